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

from generator.build import Site, build_site, fresh_folder, swap_in
from generator.problems import Level

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
    # The site folder and files of the last build in this process: `mkdocs serve` makes a new plugin
    # for each rebuild and empties the folder before it, so a rebuild takes unchanged pages from here.
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
        """Write the pipeline's site into site_dir as it renders, and give MkDocs those files in place of its own.

        Each file's source is where it was written, so MkDocs leaves it there (it skips copying a file onto itself).
        """
        if not self.path(config, "seeds_dir").is_dir():
            raise PluginError(f"{self.path(config, 'seeds_dir')}: no such folder of seeds (option seeds_dir)")
        published = self.published(config)
        built = UntocPlugin.last_built[1] if UntocPlugin.last_built and UntocPlugin.last_built[0] == published else None
        site_dir = Path(config.site_dir)
        seeds, cache = self.path(config, "seeds_dir"), self.path(config, "cache_dir")
        self.site = build_site(seeds, cache, published, built, write_to=site_dir)
        for problem in sorted(self.site.corpus.problems):
            log.log(LOG_LEVELS[problem.level], str(problem))
        log.info(self.site.summary[0])
        written = str(site_dir)
        return Files([File(path, written, written, config.use_directory_urls) for path in self.site.files])

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """Put the written site in the place of the previous one."""
        if self.swap:
            swap_in(*self.swap)
            config.site_dir, self.swap = str(self.swap[1]), None
        if self.site:
            self.site.remember(self.path(config, "cache_dir"), Path(config.site_dir))
            UntocPlugin.last_built = (Path(config.site_dir), self.site.files)

    def published(self, config: MkDocsConfig) -> Path:
        """The folder the last build's site stands in: site_dir, not the fresh folder being built."""
        return self.swap[1] if self.swap else Path(config.site_dir)

    def on_build_error(self, *, error: Exception) -> None:
        """A failed build leaves the previous site as it was: drop the half-built folder."""
        if self.swap:
            shutil.rmtree(self.swap[0], ignore_errors=True)
            self.swap = None

    def on_serve(self, server: Any, *, config: MkDocsConfig, builder: Any) -> Any:
        """Rebuild when a seed is added, changed or removed."""
        server.watch(str(self.path(config, "seeds_dir")))
        return server
