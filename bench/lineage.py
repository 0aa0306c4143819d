"""`python -m bench.lineage SEEDS_DIR`: the lineage step alone, on one core, apart from the build around it."""

from __future__ import annotations

import argparse
import dataclasses
import functools
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from bench.measure import PeakSampler, rss_kb
from generator.lineage import find_lineage
from generator.pipeline import build


@dataclass(frozen=True, slots=True)
class LineageFigures:
    """What finding the lineage of one corpus cost, the corpus being read and linked already."""

    documents: int  # texts held
    paragraphs: int  # paragraphs with earlier or later language
    steps: int  # steps of texts' lives (draft → revision → adopted) aligned
    wall: float  # seconds, on one core
    cpu: float  # seconds
    peak_mb: float  # the most the process's resident memory grew while the step ran, the corpus aside


def lineage_figures(seeds: Path) -> LineageFigures:
    """Read and link the seeds of `seeds` (not timed; the build's own lineage step too), then time the step alone."""
    corpus = build(seeds)
    resident = functools.partial(rss_kb, os.getpid())
    before = resident()
    with PeakSampler(resident, 0.01) as sampled:
        wall, cpu = time.perf_counter(), time.process_time()
        found = find_lineage(corpus)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    held = sum(1 for e in corpus.entries if e.document)
    shown = sum(len(paragraphs) for paragraphs in found.paragraphs.values())
    return LineageFigures(held, shown, len(found.steps), wall, cpu, (sampled.peak - before) / 1024)


def run_lineage(seeds: Path, repeat: int, env: dict[str, str], timeout: float) -> LineageFigures:
    """`python -m bench.lineage` on `seeds`, `repeat` times in fresh processes: the median times, the largest peak."""
    command = [sys.executable, "-m", "bench.lineage", str(seeds)]
    done = [
        subprocess.run(command, capture_output=True, text=True, env=env, timeout=timeout, check=True)
        for _ in range(repeat)
    ]
    runs = [LineageFigures(**json.loads(d.stdout)) for d in done]
    return dataclasses.replace(
        runs[0],
        wall=statistics.median(r.wall for r in runs),
        cpu=statistics.median(r.cpu for r in runs),
        peak_mb=max(r.peak_mb for r in runs),
    )


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
        f"language, {f.steps} steps of drafts aligned; resident memory grew by {f.peak_mb:.0f} MB at most"
        for n, f in measured
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Run the command line."""
    parser = argparse.ArgumentParser(
        prog="python -m bench.lineage",
        description="Time the lineage step of a folder of seeds alone, on one core: the seeds are read and "
        "linked first, untimed. Prints its figures as JSON.",
        epilog="example: python -m bench.lineage /tmp/syn",
    )
    parser.add_argument("seeds", type=Path, metavar="SEEDS_DIR", help="folder of seed files")
    args = parser.parse_args(argv)
    print(json.dumps(asdict(lineage_figures(args.seeds))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
