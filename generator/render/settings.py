"""What every page shows of the site as a whole: its name, its address, its links, and the theme that draws it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

THEME = Path(__file__).resolve().parents[1] / "theme"  # the MkDocs theme `untoc`, the package's look
SITE_NAME = "Texts of the UNTOC Conference of the Parties"


@dataclass(frozen=True, slots=True)
class NavLink:
    """An entry of the site's navigation besides the site's own: a page of docs_dir, or a link elsewhere."""

    title: str
    url: str  # a site path ("about/"), or an absolute URL


@dataclass(frozen=True, slots=True)
class SiteSettings:
    """The site's settings: MkDocs takes them from `mkdocs.yml`; the command line has these defaults."""

    name: str = SITE_NAME
    url: str | None = None  # where the site is published, ending in "/": canonical links, the sitemap
    description: str | None = None
    repo_url: str | None = None
    copyright: str | None = None
    extra_css: tuple[str, ...] = ()  # paths below the site root, or absolute URLs
    extra_javascript: tuple[str, ...] = ()
    nav: tuple[NavLink, ...] = ()  # in the header of every page, between the site's own entries
    pages: tuple[str, ...] = ()  # the site paths of pages made from docs_dir, for the sitemap
    theme_dirs: tuple[str, ...] = (str(THEME),)  # where templates and assets are looked for, in order
