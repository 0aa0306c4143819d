"""The one way to build the site, shared by the command line and the MkDocs plugin."""

from __future__ import annotations

import dataclasses
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from generator.corpus import Corpus
from generator.pipeline import build
from generator.render.nothing_lost import lost_words
from generator.render.report import render_report, summary
from generator.render.search import index_search
from generator.render.site import render_site


@dataclass(frozen=True, slots=True)
class Site:
    """A rendered site: its files by path below the root, and the corpus they were made from."""

    corpus: Corpus
    files: dict[str, bytes]

    @property
    def summary(self) -> list[str]:
        """The lines a build prints: its numbers, then each warning and error."""
        return summary(self.corpus)


def build_site(seeds_dir: Path, cache: Path | None = None) -> Site:
    """Read, link and render every seed in `seeds_dir`, keeping parsed seeds in `cache` if given.

    Last, every page is checked to hold every word of its document; a page that does
    not is an error of the build, listed on the report page, which is rendered again.
    """
    corpus = build(Path(seeds_dir), cache)
    files = render_site(corpus)
    lost = lost_words(corpus, files)
    if lost:
        corpus = dataclasses.replace(corpus, problems=tuple(sorted({*corpus.problems, *lost})))
        files["report/index.html"] = render_report(corpus)
    return Site(corpus, files)


def write_files(files: dict[str, bytes], site_dir: Path) -> None:
    """Write `files` below `site_dir`, making folders as needed."""
    for path, data in files.items():
        target = site_dir / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)


def fresh_folder(out_dir: Path) -> Path:
    """A new empty folder beside `out_dir`, to build a site into before it replaces `out_dir`."""
    out_dir = Path(out_dir).resolve()
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    fresh = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}-", dir=out_dir.parent))
    fresh.chmod(0o755)  # mkdtemp makes it private; a site folder is read by web servers
    return fresh


def swap_in(fresh: Path, out_dir: Path) -> None:
    """Put the finished site `fresh` in the place of `out_dir`, by renames, so no reader sees half a site."""
    out_dir = Path(out_dir).resolve()
    old = out_dir.with_name(f"{fresh.name}-old")
    if out_dir.exists():
        out_dir.rename(old)
    fresh.rename(out_dir)
    shutil.rmtree(old, ignore_errors=True)


def write_site(files: dict[str, bytes], out_dir: Path) -> str:
    """Write the site and its search index beside `out_dir`, then swap it in; say how search went.

    A build that fails on the way leaves `out_dir` as it was.
    """
    fresh = fresh_folder(out_dir)
    try:
        write_files(files, fresh)
        search = index_search(fresh)
        swap_in(fresh, out_dir)
    finally:
        shutil.rmtree(fresh, ignore_errors=True)
    return search
