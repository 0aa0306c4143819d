"""The MkDocs plugin: a thin adapter that hands the pipeline's finished pages to MkDocs."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path
from typing import Any, ClassVar

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files

from generator.build import Site, build_site
from generator.problems import Level
from generator.publish import SiteUpdate, SiteWriter, fresh_folder, move_site, swap_in

log = logging.getLogger("mkdocs.plugins.untoc")
LOG_LEVELS = {Level.ERROR: logging.ERROR, Level.WARNING: logging.WARNING, Level.INFO: logging.DEBUG}


class UntocConfig(Config):
    """The plugin's options in `mkdocs.yml`."""

    seeds_dir = c.Type(str, default="seeds")  # the folder of seed texts, relative to mkdocs.yml
    cache_dir = c.Type(str, default=".cache/build")  # parsed seeds and page fingerprints between builds


class UntocPlugin(BasePlugin[UntocConfig]):
    """Builds the whole site from the seeds and gives MkDocs the files to write as they are."""

    def path(self, config: MkDocsConfig, option: str) -> Path:
        """A folder option, relative to the folder of `mkdocs.yml`."""
        return Path(config.config_file_path).parent / str(self.config[option])

    atomic = False  # build into a fresh folder and swap it in: for `build` and `gh-deploy`, not `serve`
    swap: tuple[Path, Path] | None = None  # (fresh folder, site_dir) while an atomic build runs
    site: Site | None = None  # the site of the build under way
    folder: Path | None = None  # where the site of the build under way stands once it is done
    # The folder and files of the last build in this process: `mkdocs serve` makes a new plugin
    # for each rebuild, so a rebuild takes unchanged pages from here.
    last_built: ClassVar[tuple[Path, dict[str, bytes]] | None] = None

    def on_startup(self, *, command: str, dirty: bool) -> None:
        """Build atomically, except under `serve`, which has its own temporary folder."""
        self.atomic = command != "serve"

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        """Leave the sitemap and 404 page to the pipeline; build into a fresh folder beside site_dir."""
        config.theme.static_templates.clear()
        if self.atomic:
            self.swap = (fresh_folder(Path(config.site_dir)), Path(config.site_dir))
            config.site_dir = str(self.swap[0])
        return config

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        """Write the pipeline's site as it renders, and give MkDocs those files in place of its own.

        A build writes into site_dir; a rebuild under `mkdocs serve` updates the folder it serves
        (see `on_serve`). Each file's source is where it was written, so MkDocs leaves it there
        (it skips copying a file onto itself), but for the 404 page, which `serve` looks for in site_dir.
        """
        if not self.path(config, "seeds_dir").is_dir():
            raise PluginError(f"{self.path(config, 'seeds_dir')}: no such folder of seeds (option seeds_dir)")
        site_dir = Path(config.site_dir)
        seeds, cache = self.path(config, "seeds_dir"), self.path(config, "cache_dir")
        last_folder, last_files = UntocPlugin.last_built or (None, None)
        if last_folder == served_folder(site_dir) and last_files is not None:
            update = SiteUpdate(last_folder, last_files)
            self.site = update.run(lambda: build_site(seeds, cache, last_folder, last_files, update))
            self.folder, written = last_folder, last_folder
        else:
            self.folder, written = self.swap[1] if self.swap else site_dir, site_dir
            built = last_files if last_folder == self.folder else None
            self.site = build_site(seeds, cache, self.folder, built, SiteWriter(site_dir, self.folder))
        for problem in sorted(self.site.corpus.problems):
            log.log(LOG_LEVELS[problem.level], str(problem))
        log.info(self.site.summary[0])
        return Files(
            [
                WrittenFile(
                    path, str(written), str(site_dir if path == "404.html" else written), config.use_directory_urls
                )
                for path in self.site.files
            ]
        )

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """Put the written site in the place of the previous one, and keep what the next build may take from it."""
        if self.swap:
            swap_in(*self.swap)
            config.site_dir, self.swap = str(self.swap[1]), None
        if self.site and self.folder:
            self.remember(config, self.folder)

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


class WrittenFile(File):
    """A file of the site that the pipeline wrote: MkDocs copies it only if it is to stand elsewhere."""

    def copy_file(self, dirty: bool = False) -> None:
        """Copy the file unless it stands where it goes (MkDocs would check that with two system calls)."""
        if self.abs_src_path != self.abs_dest_path:
            super().copy_file(dirty)


def served_folder(site_dir: Path) -> Path:
    """The folder `mkdocs serve` serves the site from: hidden in site_dir, which MkDocs does not empty of it."""
    return site_dir / ".untoc-served"
