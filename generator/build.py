"""The one way to build the site, shared by the command line and the MkDocs plugin."""

from __future__ import annotations

import dataclasses
import os
import shutil
import tempfile
from collections.abc import Mapping, Set
from dataclasses import dataclass, field
from pathlib import Path

from generator.corpus import Corpus
from generator.pipeline import build
from generator.render.incremental import PageRecord, Reuse, plan_reuse, save_records
from generator.render.paths import page_file
from generator.render.report import render_report, summary
from generator.render.site import render_site

PAGES = "pages.json"  # in the cache folder: the page fingerprints of the last build


@dataclass(frozen=True, slots=True)
class Site:
    """A rendered site: its files by path below the root, and the corpus they were made from."""

    corpus: Corpus
    files: dict[str, bytes]
    rendered: frozenset[str] = frozenset()  # the document pages rendered, not taken from the last build
    records: dict[str, PageRecord] = field(default_factory=dict)  # page fingerprints, for the next build
    taken: frozenset[str] = frozenset()  # the files taken unchanged from the site the build was given

    @property
    def summary(self) -> list[str]:
        """The lines a build prints: its numbers, then each warning and error."""
        return summary(self.corpus)

    def remember(self, cache: Path | None, site_dir: Path) -> None:
        """Once the site is written to `site_dir`, leave its page fingerprints in `cache` for the next build."""
        if cache is not None:
            save_records(cache / PAGES, site_dir, self.records)


def build_site(
    seeds_dir: Path, cache: Path | None = None, site_dir: Path | None = None, built: Mapping[str, bytes] | None = None
) -> Site:
    """Read, link and render every seed in `seeds_dir`.

    With a `cache` folder, parsed seeds are kept there, and a document page whose
    fingerprint has not changed since the build that wrote `site_dir` is taken from
    there (or from `built`, the files of that build if this process still has them)
    instead of being rendered. Every rendered page is checked to hold every word of
    its document; a page that does not is an error of the build, listed on the
    report page, which is then rendered again.
    """
    corpus = build(Path(seeds_dir), cache)
    reuse = plan_reuse(corpus, cache / PAGES, Path(site_dir), built) if cache and site_dir else Reuse()
    rendered = render_site(corpus, reuse.kept)
    files, lost = rendered.files, rendered.lost
    records = dict(reuse.records)
    for url, problem in lost.items():
        if url in records:
            records[url] = dataclasses.replace(records[url], lost=(problem.message,))
    if lost or reuse.carried:
        problems = {*corpus.problems, *lost.values(), *reuse.carried}
        corpus = dataclasses.replace(corpus, problems=tuple(sorted(problems)))
        files["report/index.html"] = render_report(corpus)
    pages = {page_file(entry.ref.url) for entry in corpus.entries}
    return Site(corpus, files, frozenset(pages - reuse.kept.pages.keys()), records, rendered.taken)


def write_files(
    files: dict[str, bytes], site_dir: Path, same_in: Path | None = None, same: Set[str] = frozenset()
) -> None:
    """Write `files` below `site_dir`, making folders as needed.

    The files whose paths are in `same` hold the bytes they hold below `same_in`: they are
    linked from there, which costs less than writing them.
    """
    folders: set[Path] = set()
    for path, data in files.items():
        target = site_dir / path
        if target.parent not in folders:
            target.parent.mkdir(parents=True, exist_ok=True)
            folders.add(target.parent)
        if same_in is not None and path in same:
            try:
                os.link(same_in / path, target)
                continue
            except OSError:  # another file system, or the file is gone: write it
                pass
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


def write_site(files: dict[str, bytes], out_dir: Path, unchanged: Set[str] = frozenset()) -> None:
    """Write the site beside `out_dir`, then swap it in; a build that fails on the way leaves `out_dir` as it was.

    Files whose paths are in `unchanged` are the same as in `out_dir`, and are linked from there.
    """
    fresh = fresh_folder(out_dir)
    try:
        write_files(files, fresh, Path(out_dir), unchanged)
        swap_in(fresh, out_dir)
    finally:
        shutil.rmtree(fresh, ignore_errors=True)
