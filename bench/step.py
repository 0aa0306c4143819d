"""One step of the build timed alone, on one core, in fresh processes: shared by `bench.index` and `bench.lineage`."""

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
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, TypeVar

from bench.measure import PeakSampler, rss_kb

T = TypeVar("T")


F = TypeVar("F")  # a step's figures: a dataclass with fields wall, cpu and peak_mb among others


@dataclass(frozen=True, slots=True)
class Timed:
    """What running a step once gave: its result, its times and how far resident memory grew."""

    result: Any
    wall: float  # seconds
    cpu: float  # seconds
    peak_mb: float  # the most the process's resident memory grew while the step ran


def timed(step: Callable[[], T]) -> Timed:
    """Run `step` once, timing it and sampling the process's resident memory (tracemalloc would miscount orjson's)."""
    resident = functools.partial(rss_kb, os.getpid())
    before = resident()
    with PeakSampler(resident, 0.01) as sampled:
        wall, cpu = time.perf_counter(), time.process_time()
        result = step()
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return Timed(result, wall, cpu, (sampled.peak - before) / 1024)


def run_step(module: str, figures: type[F], seeds: Path, repeat: int, env: dict[str, str], timeout: float) -> F:
    """`python -m MODULE SEEDS`, `repeat` times in fresh processes: the median times, the largest peak."""
    command = [sys.executable, "-m", module, str(seeds)]
    done = [
        subprocess.run(command, capture_output=True, text=True, env=env, timeout=timeout, check=True)
        for _ in range(repeat)
    ]
    runs: list[Any] = [figures(**json.loads(d.stdout)) for d in done]
    return dataclasses.replace(  # type: ignore[no-any-return]
        runs[0],
        wall=statistics.median(r.wall for r in runs),
        cpu=statistics.median(r.cpu for r in runs),
        peak_mb=max(r.peak_mb for r in runs),
    )


def step_main(module: str, what: str, figures_of: Callable[[Path], Any], argv: list[str] | None) -> int:
    """The command line of a step's benchmark: time `what` for a folder of seeds and print its figures as JSON."""
    parser = argparse.ArgumentParser(
        prog=f"python -m {module}",
        description=f"Time {what} of a folder of seeds alone, on one core: the seeds are read and "
        "linked first, untimed. Prints its figures as JSON.",
        epilog=f"example: python -m {module} /tmp/syn",
    )
    parser.add_argument("seeds", type=Path, metavar="SEEDS_DIR", help="folder of seed files")
    args = parser.parse_args(argv)
    print(json.dumps(asdict(figures_of(args.seeds))))
    return 0
