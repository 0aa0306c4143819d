"""`python -m bench.lineage SEEDS_DIR`: the lineage step alone, on one core, apart from the build around it."""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.step import run_step, step_main, timed
from generator import parallel
from generator.lineage import find_lineage
from generator.lineage.find import THRESHOLD
from generator.lineage.kept import KeptLineage, lineage_key
from generator.lineage.life import lives
from generator.lineage.order import in_order
from generator.pipeline import build


@dataclass(frozen=True, slots=True)
class LineageFigures:
    """What finding the lineage of one corpus cost, the corpus being read and linked already."""

    documents: int  # texts held
    paragraphs: int  # paragraphs with earlier or later language
    steps: int  # steps of texts' lives (draft → revision → adopted) aligned
    aligned: int  # pairs of paragraph texts aligned
    wall: float  # seconds, on one core
    cpu: float  # seconds
    peak_mb: float  # the most the process's resident memory grew while the step ran, the corpus aside
    kept_wall: float = 0.0  # seconds of the step in a build that reads the same texts: it takes the lineage kept


def lineage_figures(seeds: Path) -> LineageFigures:
    """Read and link the seeds of `seeds` (not timed; the build's own lineage step too), then time the step alone.

    The step runs on one core, its candidates and alignments not spread over the worker
    pool, so that its CPU time is all in this process (a build's pool would start from a
    fork server here, the memory sampler being a thread, and its workers' time would go
    uncounted). Then the step of a rebuild with nothing new: the lineage found is put in a
    cache folder, where the step finds it kept.
    """
    corpus = build(seeds)
    parallel.PARALLEL_FROM = sys.maxsize
    step = timed(lambda: find_lineage(corpus))
    held = sum(1 for e in corpus.entries if e.document)
    shown = sum(len(paragraphs) for paragraphs in step.result.paragraphs.values())
    found = step.result
    with tempfile.TemporaryDirectory() as folder:
        KeptLineage(Path(folder)).put(lineage_key(in_order(corpus), lives(corpus), THRESHOLD), found)
        kept = timed(lambda: find_lineage(corpus, Path(folder)))
    assert kept.result.paragraphs == found.paragraphs  # taken, not found anew
    figures = (step.wall, step.cpu, step.peak_mb, kept.wall)
    return LineageFigures(held, shown, len(found.steps), found.aligned, *figures)


def run_lineage(seeds: Path, repeat: int, env: dict[str, str], timeout: float) -> LineageFigures:
    """`python -m bench.lineage` on `seeds`, `repeat` times in fresh processes: the median times, the largest peak."""
    return run_step("bench.lineage", LineageFigures, seeds, repeat, env, timeout)


def lineage_report(measured: Sequence[tuple[int, LineageFigures]]) -> str:
    """The section of the results that gives the lineage step apart, one line per corpus size."""
    if not measured:
        return ""
    lines = [
        "Lineage step alone (`python -m bench.lineage SEEDS_DIR`: on one core, the corpus read and linked first):",
        "",
    ]
    lines += [
        f"- {n:,} documents: {f.wall:.2f} s ({f.cpu:.2f} s CPU), {f.paragraphs:,} paragraphs with earlier or later "
        f"language, {f.steps} steps of drafts, {f.aligned:,} pairs aligned; resident memory grew by "
        f"{f.peak_mb:.0f} MB at most; {f.kept_wall:.2f} s in a rebuild with nothing new (the lineage kept)"
        for n, f in measured
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Run the command line."""
    return step_main("bench.lineage", "the lineage step", lineage_figures, argv)


if __name__ == "__main__":
    raise SystemExit(main())
