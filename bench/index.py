"""`python -m bench.index SEEDS_DIR`: the search index alone, on one core, apart from the build around it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.step import run_step, step_main, timed
from generator.cache import code_version
from generator.corpus import Corpus, Entry
from generator.pipeline import build
from generator.render.search import bundle_files, bundles_file, entries_by_bundle

Bundle = tuple[str, list[Entry]]  # a bundle's name and the entries it indexes


@dataclass(frozen=True, slots=True)
class IndexFigures:
    """What making the search index of one corpus cost, the corpus being read and linked already."""

    documents: int  # pages indexed: documents in the collection and documents only cited
    bundles: int
    files: int
    output_mb: float
    wall: float  # seconds, on one core
    cpu: float  # seconds
    peak_mb: float  # the most the process's resident memory grew while indexing, the corpus aside


def bundles_of(corpus: Corpus) -> list[Bundle]:
    """The search bundles of `corpus`, as a build makes them."""
    return [(name, [corpus.entries[n] for n in numbers]) for name, numbers in entries_by_bundle(corpus.entries).items()]


def search_files(bundles: Sequence[Bundle], version: str) -> dict[str, bytes]:
    """Every file of the search index, as a build makes them: each bundle's, then the list of bundles."""
    files: dict[str, bytes] = {}
    for name, entries in bundles:
        files.update(bundle_files(name, entries, version))
    files.update(bundles_file(name for name, _ in bundles))
    return files


def index_figures(seeds: Path) -> IndexFigures:
    """Read and link the seeds of `seeds` (not timed), then time the making of their search index, and its memory."""
    corpus = build(seeds)
    bundles = bundles_of(corpus)
    version = code_version()
    step = timed(lambda: search_files(bundles, version))
    output = sum(len(data) for data in step.result.values())
    files, mb = len(step.result), output / 1e6
    return IndexFigures(len(corpus.entries), len(bundles), files, mb, step.wall, step.cpu, step.peak_mb)


def run_index(seeds: Path, repeat: int, env: dict[str, str], timeout: float) -> IndexFigures:
    """`python -m bench.index` on `seeds`, `repeat` times in fresh processes: the median times, the largest peak."""
    return run_step("bench.index", IndexFigures, seeds, repeat, env, timeout)


def report(measured: Sequence[tuple[int, IndexFigures]]) -> str:
    """The section of the results that gives the search index apart, one line per corpus size."""
    if not measured:
        return ""
    lines = [
        "Search index alone (`python -m bench.index SEEDS_DIR`: on one core, the corpus read and linked "
        "first and not timed; in a build it is made on every core, among the pages):",
        "",
    ]
    lines += [
        f"- {n:,} documents: {f.wall:.2f} s ({f.cpu:.2f} s CPU) for {f.documents:,} pages in {f.bundles} bundles, "
        f"{f.files:,} files, {f.output_mb:.1f} MB; resident memory grew by {f.peak_mb:.0f} MB at most"
        for n, f in measured
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Run the command line."""
    return step_main("bench.index", "the search index", index_figures, argv)


if __name__ == "__main__":
    raise SystemExit(main())
