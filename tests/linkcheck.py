"""A link checker over a built site: every internal href and src, and every #anchor, must resolve."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from urllib.parse import unquote, urldefrag, urlsplit

from bs4 import BeautifulSoup


@cache
def _ids(path: Path) -> frozenset[str]:
    return frozenset(str(tag["id"]) for tag in BeautifulSoup(path.read_bytes(), "html.parser").select("[id]"))


def _target(page: Path, link: str, site: Path) -> Path:
    path = urlsplit(link).path
    target = (site / unquote(path).lstrip("/")) if path.startswith("/") else (page.parent / unquote(path))
    return target / "index.html" if path.endswith("/") or target.is_dir() else target


def broken_links(site: Path) -> list[str]:
    """Every internal link of the HTML pages below `site` that leads nowhere, as "page: link"."""
    broken = []
    for page in sorted(site.rglob("*.html")):
        soup = BeautifulSoup(page.read_bytes(), "html.parser")
        for tag in soup.select("[href], [src]"):
            link = str(tag.get("href") or tag.get("src"))
            if urlsplit(link).scheme or link.startswith("//"):
                continue
            rest, anchor = urldefrag(link)
            target = _target(page, rest, site) if rest else page
            if not target.is_file() or (anchor and target.suffix == ".html" and anchor not in _ids(target.resolve())):
                broken.append(f"{page.relative_to(site)}: {link}")
    return broken
