"""Other MkDocs plugins reach the site: mkdocs-minify the texts' pages, mkdocs-macros the user's pages."""

from __future__ import annotations

import shutil
from pathlib import Path

from bs4 import BeautifulSoup
from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config

from tests.conftest import SEEDS

PAGE = "resolutions/7-2/index.html"


def built(folder: Path, plugins: str) -> Path:
    """The site of a project of two seeds and a docs page with macros, with these plugins before untoc."""
    seeds, docs = folder / "seeds", folder / "docs"
    for made in (seeds, docs):
        made.mkdir(parents=True, exist_ok=True)
    for seed in SEEDS:
        shutil.copy(seed, seeds / seed.name)
    (docs / "about.md").write_text("# About\n\nThis is {{ config.site_name }}, in {{ 2 + 3 }} parts.\n")
    config = folder / "mkdocs.yml"
    config.write_text(
        f"site_name: Texts\ntheme: untoc\nnav: [about.md]\nplugins:\n{plugins}"
        f"  - untoc:\n      seeds_dir: {seeds}\n      cache_dir: {folder / 'cache'}\n"
    )
    mkdocs_build(load_config(str(config), site_dir=str(folder / "site")))
    return folder / "site"


MINIFY = "  - minify:\n      minify_html: true\n"


def words(html: bytes) -> list[str]:
    return BeautifulSoup(html, "html.parser").get_text(" ").split()


def test_mkdocs_minify_minifies_the_pages_of_the_texts(tmp_path: Path) -> None:
    plain = (built(tmp_path / "plain", "") / PAGE).read_bytes()
    minified = (built(tmp_path / "minified", MINIFY) / PAGE).read_bytes()
    assert b'<html lang="en">\n' in plain and b"\n" not in minified.strip() and b"<html lang=en>" in minified
    assert words(minified) == words(plain)


def test_a_rebuild_in_the_same_process_keeps_the_pages_minified(tmp_path: Path) -> None:
    first = (built(tmp_path, MINIFY) / PAGE).read_bytes()
    assert (built(tmp_path, MINIFY) / PAGE).read_bytes() == first


def test_mkdocs_macros_renders_the_users_pages(tmp_path: Path) -> None:
    page = (built(tmp_path, "  - macros\n") / "about" / "index.html").read_bytes()
    assert "This is Texts, in 5 parts." in " ".join(words(page))
