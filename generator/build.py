"""The one way to build the site, shared by the command line and the MkDocs plugin."""

from __future__ import annotations

import dataclasses
import os
import shutil
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from generator.corpus import Corpus
from generator.pipeline import build
from generator.render.incremental import PageRecord, Reuse, plan_reuse, save_records
from generator.render.paths import page_file
from generator.render.report import render_report, summary
from generator.render.site import render_site

T = TypeVar("T")
PAGES = "pages.json"  # in the cache folder: the page fingerprints of the last build


@dataclass(frozen=True, slots=True)
class Site:
    """A rendered site: its files by path below the root, and the corpus they were made from."""

    corpus: Corpus
    files: dict[str, bytes]
    rendered: frozenset[str] = frozenset()  # the document pages rendered, not taken from the last build
    records: dict[str, PageRecord] = field(default_factory=dict)  # page fingerprints, for the next build

    @property
    def summary(self) -> list[str]:
        """The lines a build prints: its numbers, then each warning and error."""
        return summary(self.corpus)

    def remember(self, cache: Path | None, site_dir: Path) -> None:
        """Once the site is written to `site_dir`, leave its page fingerprints in `cache` for the next build."""
        if cache is not None:
            save_records(cache / PAGES, site_dir, self.records)


def build_site(
    seeds_dir: Path,
    cache: Path | None = None,
    site_dir: Path | None = None,
    built: Mapping[str, bytes] | None = None,
    write_to: Path | None = None,
) -> Site:
    """Read, link and render every seed in `seeds_dir`; with `write_to`, write the site into that folder as it is made.

    With a `cache` folder, parsed seeds are kept there, and a document page whose
    fingerprint has not changed since the build that wrote `site_dir` is taken from
    there (or from `built`, the files of that build if this process still has them)
    instead of being rendered. Every rendered page is checked to hold every word of
    its document; a page that does not is an error of the build, listed on the
    report page, which is then rendered again.
    """
    corpus = build(Path(seeds_dir), cache)
    reuse = plan_reuse(corpus, cache / PAGES, Path(site_dir), built) if cache and site_dir else Reuse()
    writer = SiteWriter(write_to, Path(site_dir) if site_dir else None) if write_to else None
    rendered = render_site(corpus, reuse.kept, writer)
    files, lost = rendered.files, rendered.lost
    records = dict(reuse.records)
    for url, problem in lost.items():
        if url in records:
            records[url] = dataclasses.replace(records[url], lost=(problem.message,))
    if lost or reuse.carried:
        problems = {*corpus.problems, *lost.values(), *reuse.carried}
        corpus = dataclasses.replace(corpus, problems=tuple(sorted(problems)))
        files["report/index.html"] = render_report(corpus)
        if writer:
            writer("report/index.html", files["report/index.html"], False)
    pages = {page_file(entry.ref.url) for entry in corpus.entries}
    return Site(corpus, files, frozenset(pages - reuse.kept.pages.keys()), records)


class SiteWriter:
    """Writes files into a site folder as they come; those taken unchanged from the last build are linked from it."""

    def __init__(self, folder: Path, last_build: Path | None) -> None:
        self.folder = folder
        self.last_build = last_build  # the folder of the last build, where taken files still stand
        self.folders: set[Path] = set()

    def __call__(self, path: str, data: bytes, taken: bool) -> None:
        """Write `data` at `path` below the folder; link it from the last build if `taken` and still there."""
        target = self.folder / path
        if target.parent not in self.folders:
            target.parent.mkdir(parents=True, exist_ok=True)
            self.folders.add(target.parent)
        if taken and self.last_build is not None:
            try:
                os.link(self.last_build / path, target)
                return
            except OSError:  # another file system, the file is gone, or it is there already: write it
                pass
        target.write_bytes(data)


def write_files(files: dict[str, bytes], site_dir: Path) -> None:
    """Write `files` below `site_dir`, making folders as needed."""
    writer = SiteWriter(site_dir, None)
    for path, data in files.items():
        writer(path, data, False)


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


def publish(out_dir: Path, make: Callable[[Path], T]) -> T:
    """`make(folder)` writes a site into a fresh folder beside `out_dir`, which then takes the place of `out_dir`.

    A build that fails on the way leaves `out_dir` as it was.
    """
    fresh = fresh_folder(out_dir)
    try:
        made = make(fresh)
        swap_in(fresh, out_dir)
    finally:
        shutil.rmtree(fresh, ignore_errors=True)
    return made


def write_site(files: dict[str, bytes], out_dir: Path) -> None:
    """Write the files of a site in the place of `out_dir`, by `publish`."""
    publish(out_dir, lambda folder: write_files(files, folder))
