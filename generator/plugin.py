"""The MkDocs plugin: a thin adapter that hands the pipeline's finished pages to MkDocs."""

from __future__ import annotations

import logging
import shutil
from contextlib import ExitStack
from pathlib import Path
from typing import Any, ClassVar

from jinja2 import Environment
from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

from generator.build import Site, build_site
from generator.cache import ParsedCache
from generator.cache import remove_leftovers as remove_cache_leftovers
from generator.folders import check_apart
from generator.memo import build_owned
from generator.mkdocs_site import WrittenFile, chosen_theme, posting_pages, settings_of, with_site_files
from generator.problems import Level
from generator.publish import SiteUpdate, SiteWriter, fresh_folder, move_site, swap_in
from generator.render.env import page_context
from generator.render.incremental import SiteFiles
from generator.render.settings import SiteSettings
from generator.site_folder import SiteFolderError, claimed, keep_unlisted, mark_site

log = logging.getLogger("mkdocs.plugins.untoc")
LOG_LEVELS = {Level.ERROR: logging.ERROR, Level.WARNING: logging.WARNING, Level.INFO: logging.DEBUG}


class UntocConfig(Config):
    """The plugin's options in `mkdocs.yml`."""

    seeds_dir = c.Type(str, default="seeds")  # the folder of seed texts, relative to mkdocs.yml
    cache_dir = c.Type(str, default=".cache/build")  # parsed seeds and page fingerprints between builds


class UntocPlugin(BasePlugin[UntocConfig]):
    """Builds the texts' pages from the seeds and adds them to MkDocs's files, beside the pages of docs_dir."""

    def path(self, config: MkDocsConfig, option: str) -> Path:
        """A folder option, relative to the folder of `mkdocs.yml`."""
        return Path(config.config_file_path).parent / str(self.config[option])

    atomic = False  # build into a fresh folder and swap it in: for `build` and `gh-deploy`, not `serve`
    swap: tuple[Path, Path] | None = None  # (fresh folder, site_dir) while an atomic build runs
    site: Site | None = None  # the site of the build under way
    settings: SiteSettings | None = None  # of the build under way, from mkdocs.yml and docs_dir
    folder: Path | None = None  # where the site of the build under way stands once it is done
    held: ExitStack | None = None  # what the build under way holds until it ends (`end`): its memos, the site's lock
    wrote: set[str] = set()  # the files of site_dir the last build wrote (its manifest), for an atomic build
    # The folder and files of the last build in this process: `mkdocs serve` makes a new plugin
    # for each rebuild, so a rebuild takes unchanged pages from here.
    last_built: ClassVar[tuple[Path, SiteFiles] | None] = None

    def on_startup(self, *, command: str, dirty: bool) -> None:
        """Build atomically, except under `serve`, which has its own temporary folder."""
        self.atomic = command != "serve"

    @event_priority(100)  # before the search plugin's, which is then not run at all
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        """Draw with the `untoc` theme, search with ours, leave the sitemap and 404 page to the pipeline.

        A build holds site_dir as the command line does (`generator.site_folder`: one build at
        a time, only a folder of ours or an empty one, what killed builds left removed) and
        writes into a fresh folder beside it, swapped in at the end.
        """
        self.held = ExitStack()
        self.held.enter_context(build_owned())
        if not config.use_directory_urls:
            raise PluginError("Config value 'use_directory_urls': the site's pages are folders; set it to true.")
        config.theme = chosen_theme(config)
        config.theme.static_templates.clear()
        if "search" in config.plugins:
            log.warning("The search plugin is replaced by untoc's own search: remove `search` from `plugins`.")
            search = config.plugins["search"]
            for methods in config.plugins.events.values():  # in place: MkDocs is going through the list of this event
                methods[:] = [method for method in methods if getattr(method, "__self__", None) is not search]
        remove_cache_leftovers(self.path(config, "cache_dir"))
        if self.atomic:  # `serve` builds into a folder of MkDocs's own making
            site_dir = Path(config.site_dir)
            try:
                check_apart(site_dir, self.path(config, "seeds_dir"), self.path(config, "cache_dir"))
                wrote = self.held.enter_context(claimed(site_dir))
            except SiteFolderError as error:
                raise PluginError(str(error)) from None
            self.wrote, self.swap = wrote or set(), (fresh_folder(site_dir), site_dir)
            config.site_dir = str(self.swap[0])
        return config

    @event_priority(50)  # before other plugins', so that they see the texts' pages
    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        """Write the texts' pages as the pipeline renders them, and add them to MkDocs's files.

        A build writes into site_dir; a rebuild under `mkdocs serve` updates the folder it serves
        (see `on_serve`). Each file's source is where it was written, so MkDocs leaves it there
        (it skips copying a file onto itself), but for the 404 page, which `serve` looks for in site_dir.
        Each page stands in the files as a Markdown page of its URL (`resolutions/7-2.md`), so that
        links and redirects to it resolve; MkDocs does not render it (see `on_nav`).
        """
        seeds, cache = self.path(config, "seeds_dir"), self.path(config, "cache_dir")
        if not seeds.is_dir():
            raise PluginError(f"{seeds}: no such folder of seeds (option seeds_dir)")
        docs = Path(config.docs_dir).resolve()
        if seeds.resolve().is_relative_to(docs):
            raise PluginError(f"{seeds}: seeds are not published: put them outside docs_dir (option seeds_dir)")
        self.settings = settings_of(config, files)
        site_dir = Path(config.site_dir)
        last_folder, last_files = UntocPlugin.last_built or (None, None)
        posted: dict[str, bytes] = {}  # the pages as the plugins' on_post_page left them
        if last_folder == served_folder(site_dir) and last_files is not None:
            update = SiteUpdate(last_folder, last_files)
            sink = posting_pages(update, config, posted)
            self.site = update.run(lambda: build_site(seeds, cache, last_folder, last_files, sink, self.settings))
            self.folder, written = last_folder, last_folder
        else:
            self.folder, written = self.swap[1] if self.swap else site_dir, site_dir
            built = last_files if last_folder == self.folder else None
            sink = posting_pages(SiteWriter(site_dir, self.folder, built), config, posted)
            self.site = build_site(seeds, cache, self.folder, built, sink, self.settings)
        self.site.files.update(posted)
        for problem in sorted(self.site.corpus.problems):
            log.log(LOG_LEVELS[problem.level], str(problem))
        log.info(self.site.summary[0])
        return with_site_files(files, self.site.files, written, site_dir, docs)

    @event_priority(-100)  # after other plugins', which have seen the texts' pages as pages
    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
        """The texts' pages are written already: MkDocs renders only the pages of docs_dir."""
        for file in files:
            if isinstance(file, WrittenFile) and file.is_documentation_page():
                file.inclusion = InclusionLevel.EXCLUDED
        return nav

    def on_env(self, env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
        """The pages of docs_dir are drawn as the texts' are: the site's settings, autoescape on."""
        env.globals["site"] = self.settings
        env.autoescape, env.trim_blocks, env.lstrip_blocks = True, True, True
        return env

    def on_page_context(
        self, context: TemplateContext, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext:
        """A page of docs_dir gets what the texts' pages get: its path, the way to the root, relative links."""
        context.update(page_context(page.url))  # type: ignore[typeddict-item]  # names the theme's templates use
        return context

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """Put the written site in the place of the previous one, and keep what the next build may take from it."""
        if self.swap:
            fresh, site_dir = self.swap
            mark_site(fresh)
            if site_dir.is_dir():
                keep_unlisted(site_dir, fresh, self.wrote)
            swap_in(fresh, site_dir)
            config.site_dir, self.swap = str(site_dir), None
        if self.site and self.folder:
            self.remember(config, self.folder)
        if self.folder == served_folder(Path(config.site_dir)):  # a rebuild under `serve`: add what MkDocs wrote
            move_site(Path(config.site_dir), self.folder, keep="404.html")
        self.end()

    def end(self) -> None:
        """The build is over, done or failed: let go of what it held."""
        if self.held:
            self.held.close()
            self.held = None

    def remember(self, config: MkDocsConfig, folder: Path) -> None:
        """The site of this build now stands in `folder`: the next build may take from it."""
        if self.site:
            self.site.remember(self.path(config, "cache_dir"), folder)
            UntocPlugin.last_built = (folder, self.site.files)

    def on_build_error(self, *, error: Exception) -> None:
        """A failed build leaves the previous site as it was: drop the half-built folder."""
        if self.swap:
            shutil.rmtree(self.swap[0], ignore_errors=True)
            self.swap = None
        self.end()

    def on_shutdown(self) -> None:
        """No build follows in this process: let go of what was kept for one.

        Else the collections of the interpreter's shutdown go through all of it first:
        0.2 to 0.35 s of a build of 1,000 documents.
        """
        UntocPlugin.last_built, ParsedCache.last_build, self.site = None, None, None

    def on_serve(self, server: Any, *, config: MkDocsConfig, builder: Any) -> Any:
        """Rebuild when a seed is added, changed or removed; serve the site from a folder that rebuilds update.

        MkDocs empties site_dir before each build, all but its hidden entries, so a rebuild
        would write every file again: the first build's site is moved into a hidden folder
        there, which is served, and which each rebuild updates in place.
        """
        server.watch(str(self.path(config, "seeds_dir")))
        site_dir = Path(config.site_dir)
        if not self.atomic and self.site and self.folder == site_dir:  # not `serve --clean`, which builds anew
            served = move_site(site_dir, served_folder(site_dir), keep="404.html")
            self.remember(config, served)
            server.root = str(served)
        return server


def served_folder(site_dir: Path) -> Path:
    """The folder `mkdocs serve` serves the site from: hidden in site_dir, which MkDocs does not empty of it."""
    return site_dir / ".untoc-served"
