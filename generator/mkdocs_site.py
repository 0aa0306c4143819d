"""The MkDocs side of the plugin: the theme, settings and header mkdocs.yml gives, and the files given to MkDocs."""

from __future__ import annotations

import os
import warnings
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.theme import Theme

from generator.render.settings import NavLink, SiteSettings
from generator.render.site import Sink

THEME_NAME = "untoc"
# What the site's pages are rendered with: a theme without one of these cannot draw them.
PAGE_TEMPLATES = (
    *("main.html", "document.html", "cited.html", "home.html", "session.html", "timeline.html"),
    *("report.html", "404.html", "sitemap.xml"),
)


def chosen_theme(config: MkDocsConfig) -> Theme:
    """The theme the site is drawn with: `untoc` unless `mkdocs.yml` names another, which must have every template.

    A theme without them (MkDocs's own, Material) would leave the pages of the texts
    undrawn: that is an error naming the option, not a theme silently set aside.
    """
    if not theme_is_set(config):
        return Theme(name=THEME_NAME)
    theme = config.theme
    missing = [name for name in PAGE_TEMPLATES if not any((Path(folder) / name).is_file() for folder in theme.dirs)]
    if missing:
        named = theme.name or f"custom_dir {theme.custom_dir}"
        raise PluginError(
            f"Config value 'theme': the theme {named!r} cannot draw the pages of the texts: it has no "
            f"{', '.join(missing)}. Leave `theme` out, or set `name: {THEME_NAME}` (and `custom_dir` for changes)."
        )
    return theme


def theme_is_set(config: MkDocsConfig) -> bool:
    """Whether `mkdocs.yml` sets a theme, rather than leaving MkDocs's default."""
    with warnings.catch_warnings():  # MkDocs calls the raw configuration deprecated, with no other way to it
        warnings.simplefilter("ignore", DeprecationWarning)
        return any("theme" in raw for raw in getattr(config, "user_configs", ()))


def settings_of(config: MkDocsConfig, files: Files) -> SiteSettings:
    """The site's settings as `mkdocs.yml` has them, with the pages of docs_dir for the header and the sitemap."""
    pages = files.documentation_pages()
    return SiteSettings(
        name=config.site_name,
        url=config.site_url or None,
        description=config.site_description or None,
        repo_url=config.repo_url or None,
        copyright=config.copyright or None,
        extra_css=tuple(config.extra_css),
        extra_javascript=tuple(str(getattr(script, "path", script)) for script in config.extra_javascript),
        nav=tuple(nav_links(config, files)),
        pages=tuple(sorted(file.url for file in pages)),
        theme_dirs=tuple(config.theme.dirs),
    )


def nav_links(config: MkDocsConfig, files: Files) -> Iterator[NavLink]:
    """The pages of docs_dir in the order of `nav:` (sections flattened), or all of them, in MkDocs's order."""
    entries: list[Any] = config.nav if config.nav is not None else [f.src_uri for f in files.documentation_pages()]
    yield from _walk(entries, config, files)


def _walk(entries: list[Any], config: MkDocsConfig, files: Files) -> Iterator[NavLink]:
    for entry in entries:
        title, target = next(iter(entry.items())) if isinstance(entry, dict) else (None, entry)
        if isinstance(target, list):
            yield from _walk(target, config, files)
            continue
        file = files.get_file_from_path(str(target))
        if file is None:  # a link elsewhere, or a page MkDocs reports as not found
            if "://" in str(target):
                yield NavLink(str(title or target), str(target))
            continue
        yield NavLink(str(title) if title else page_title(file, config), file.url)


def page_title(file: File, config: MkDocsConfig) -> str:
    """A docs page's title as MkDocs finds it: its metadata's `title`, its first heading, or its file name."""
    page = Page(None, file, config)
    page.read_source(config)
    file.page = None  # MkDocs makes the file's page itself, as if this one had not been
    return str(page.title)


def with_site_files(files: Files, made: Iterable[str], written: Path, site_dir: Path, docs: Path) -> Files:
    """MkDocs's `files` with the pipeline's, `made` in folder `written`, added; MkDocs finds them in `site_dir`.

    A theme's copy of one of them (an asset, the sitemap's template) gives way; a file of
    `docs` at one of their paths is an error naming it.
    """
    ours = {path: site_file(path, written, site_dir) for path in made}
    kept = []
    for file in files:
        if file.dest_uri in ours or file.src_uri in ours:
            if file.abs_src_path and Path(file.abs_src_path).resolve().is_relative_to(docs):
                raise PluginError(f"{file.abs_src_path}: stands where the site has a page of its own")
            continue
        kept.append(file)
    return Files([*kept, *ours.values()])


class WrittenFile(File):
    """A file of the site that the pipeline wrote: MkDocs copies it only if it is to stand elsewhere."""

    def __init__(self, path: str, written: str, dest_dir: str) -> None:
        page = self.is_page_path(path)
        src = path.removesuffix("index.html").removesuffix("/") + ".md" if page else path
        super().__init__(src if src != ".md" else "index.md", written, dest_dir, True, dest_uri=path)
        self.abs_src_path = os.path.join(written, path)
        self.inclusion = InclusionLevel.NOT_IN_NAV if page else InclusionLevel.INCLUDED

    @staticmethod
    def is_page_path(path: str) -> bool:
        """Whether the file at `path` is a page (a folder's `index.html`), which stands as a Markdown page."""
        return path == "index.html" or path.endswith("/index.html")

    def copy_file(self, dirty: bool = False) -> None:
        """Copy the file unless it stands where it goes (MkDocs would check that with two system calls)."""
        if self.abs_src_path != self.abs_dest_path:
            super().copy_file(dirty)


def site_file(path: str, written: Path, site_dir: Path) -> WrittenFile:
    """The file at `path` that the pipeline wrote in `written`, which MkDocs is to find in site_dir."""
    return WrittenFile(path, str(written), str(site_dir if path == "404.html" else written))


def posting_pages(sink: Sink, config: MkDocsConfig, posted: dict[str, bytes]) -> Sink:
    """`sink`, but that each page this build renders goes through the plugins' `on_post_page` first, into `posted`.

    MkDocs does not render the texts' pages, so a plugin that changes pages after
    rendering (mkdocs-minify) is handed each of them here, with a Page of its URL, as
    MkDocs hands it its own. A page taken from the last build went through them then.
    Without such a plugin, `sink` itself: the common case pays nothing.
    """
    if not config.plugins.events["post_page"]:
        return sink

    def post(path: str, data: bytes | None) -> None:
        if data is not None and WrittenFile.is_page_path(path):
            page = Page(None, WrittenFile(path, config.site_dir, config.site_dir), config)
            output = config.plugins.on_post_page(data.decode("utf-8"), page=page, config=config)
            data = posted[path] = output.encode("utf-8")
        sink(path, data)

    return post
