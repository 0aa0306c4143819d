"""`python -m bench.run`: time our build, plain MkDocs and the markdown-it-py floor on synthetic corpora."""

from __future__ import annotations

import argparse
import itertools
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.cache_load import cache_report, run_cache_load
from bench.index import report, run_index
from bench.largest import measure_largest
from bench.lineage import lineage_report, run_lineage
from bench.measure import Measurement, measure
from bench.peer import write_peer
from bench.serve import serve_rebuilds
from bench.synthesise import corpus, write_corpus
from bench.table import Row, growth, table

OURS_CONFIG = """site_name: Synthetic texts of the Conference
plugins:
  - untoc:
      seeds_dir: {seeds}
      cache_dir: {cache}
"""
# Outputs of earlier runs are moved here, not deleted, until every size is measured: on an ext4
# file system without a journal (this machine's), a file made within minutes of the deletion of
# many others costs up to a millisecond of kernel time, so deleting one run's thousands of files
# would slow the next run by seconds, by an amount set by what the previous case wrote.
TRASH = "set-aside"
INDEX = "ours: search index alone"  # reported apart, below the table (`bench.index`)
LINEAGE = "ours: lineage step alone"  # reported apart, below the table (`bench.lineage`)
CACHE = "ours: cache load alone"  # reported apart, below the table (`bench.cache_load`)
# Each step timed apart: how it is run on a corpus's seeds, and its section of the results.
APART: dict[str, tuple[Callable[[Path, int, dict[str, str], float], Any], Callable[[Any], str]]] = {
    INDEX: (run_index, report),
    LINEAGE: (run_lineage, lineage_report),
    CACHE: (run_cache_load, cache_report),
}
MEMORY = (
    "peak MB: the largest resident set of one process of the command's tree (ru_maxrss, "
    "getrusage RUSAGE_CHILDREN in a fresh wrapper process); tree MB: the largest sum of resident "
    "sets over the live tree, sampled every 50 ms from /proc"
)


@dataclass(frozen=True, slots=True)
class Case:
    """One measured command, with what to do before each timed run."""

    name: str
    command: list[str]
    output: Path  # what the command writes, measured for size
    prepare: Callable[[int], None]  # called with the repeat's rank before it runs


def cases(n: int, work: Path, seed: int) -> list[Case]:
    """The five measurements for a corpus of `n` documents written into `work`."""
    docs = corpus(n + 1, seed)
    seeds, extra = work / "seeds", work / "extra"
    write_corpus(docs[:n], seeds)
    write_corpus(docs[n:], extra)
    peer = write_peer(docs[:n], work / "peer")
    ours = work / "ours" / "mkdocs.yml"
    (ours.parent / "docs").mkdir(parents=True)
    ours.write_text(OURS_CONFIG.format(seeds=seeds, cache=work / "cache"))
    py = sys.executable
    build = [py, "-m", "generator", "build", "--seeds", str(seeds), "--out", str(work / "site")]
    build += ["--cache", str(work / "cache")]
    added = seeds / docs[n].plan.name

    set_aside = itertools.count()

    def fresh(*paths: Path) -> Callable[[int], None]:
        def move_aside(_rank: int) -> None:
            for path in paths:
                if path.exists():
                    (work / TRASH).mkdir(exist_ok=True)
                    path.rename(work / TRASH / str(next(set_aside)))

        return move_aside

    def add_one(_rank: int) -> None:
        """Back to the corpus of n documents built by the command line, untimed, then one seed more.

        Every time: the cache folder was last filled by another case (the MkDocs build, for another site folder).
        """
        added.unlink(missing_ok=True)
        measure(build, work / "restore.log", work, _env(work))
        shutil.copy(extra / added.name, added)

    return [
        Case("ours: generator build", build, work / "site", fresh(work / "site", work / "cache")),
        Case(
            "ours: mkdocs build (untoc plugin)",
            _mkdocs(ours, work / "ours-site"),
            work / "ours-site",
            fresh(work / "ours-site", work / "cache"),
        ),
        Case(
            "peer: plain mkdocs build", _mkdocs(peer, work / "peer-site"), work / "peer-site", fresh(work / "peer-site")
        ),
        Case("ours: rebuild after one new seed", build, work / "site", add_one),
        Case(
            "floor: markdown-it-py + Jinja2",
            [py, "-m", "bench.floor", str(peer.parent / "docs"), str(work / "floor")],
            work / "floor",
            fresh(work / "floor"),
        ),
    ]


def _env(work: Path) -> dict[str, str]:
    """The environment of a measured command: the repo importable, caches inside `work`."""
    return {
        **os.environ,
        "XDG_CACHE_HOME": str(work / "cache"),
        "PYTHONPATH": str(Path(__file__).resolve().parent.parent),
    }


def _mkdocs(config: Path, site: Path) -> list[str]:
    return [sys.executable, "-m", "mkdocs", "build", "--quiet", "--clean", "-f", str(config), "-d", str(site)]


def serve_rows(n: int, work: Path, repeat: int, timeout: float) -> list[Row]:
    """Under `mkdocs serve` of the built corpus, the rebuild after one new seed: from its start, and from the seed."""
    [extra] = sorted((work / "extra").iterdir())
    (work / "seeds" / extra.name).unlink(missing_ok=True)  # left by the command-line rebuild
    names = ("ours: mkdocs serve, rebuild after one new seed", "ours: mkdocs serve, new seed to rebuilt site")
    try:
        config, added = work / "ours" / "mkdocs.yml", work / "seeds" / extra.name
        runs = serve_rebuilds(config, extra, added, repeat, work / "serve.log", _env(work), timeout)
    except (OSError, TimeoutError, subprocess.SubprocessError) as error:
        return [Row(n, name, failure=str(error)) for name in names]
    return [
        Row(n, names[0], docs=1, wall=statistics.median(r.build for r in runs)),
        Row(n, names[1], docs=1, wall=statistics.median(r.latency for r in runs)),
    ]


def run_case(case: Case, n: int, repeat: int, work: Path, timeout: float) -> Row:
    """Run `case` `repeat` times; a failed run stops it and is reported in the row."""
    runs: list[Measurement] = []
    log = work / f"{re.sub(r'[^a-z]+', '-', case.name)}.log"
    for rank in range(repeat):
        case.prepare(rank)
        os.sync()  # what earlier steps wrote (the corpus, other cases' sites) goes to disk now, not while timed
        result = measure(case.command, log, work, _env(work), timeout)
        if result.returncode != 0:
            tail = log.read_text(errors="replace").strip().splitlines()[-1:] if log.exists() else []
            why = "timed out" if result.returncode == -1 else f"exit {result.returncode}"
            return Row(n, case.name, failure=f"{why}: {tail[0][:120] if tail else 'no output'}")
        runs.append(result)
    size = sum(f.stat().st_size for f in case.output.rglob("*") if f.is_file()) if case.output.exists() else 0
    return Row(
        n,
        case.name,
        docs=1 if "rebuild" in case.name else n,
        wall=statistics.median(r.wall for r in runs),
        max_rss_mb=max(r.max_rss_mb for r in runs),
        tree_peak_mb=max(r.tree_peak_mb for r in runs),
        output_mb=size / 1e6,
        files=sum(1 for f in case.output.rglob("*") if f.is_file()) if case.output.exists() else 0,
    )


def main(argv: list[str] | None = None) -> int:
    """Run the command line."""
    parser = argparse.ArgumentParser(
        prog="python -m bench.run",
        description="Time our build against plain MkDocs and the markdown-it-py + Jinja2 floor on synthetic corpora.",
        epilog="example: python -m bench.run --sizes 100,1000 --repeat 3   (add 10000 to --sizes for the long run)",
    )
    parser.add_argument(
        "--sizes", default="100,1000", help="corpus sizes, comma-separated (default 100,1000; 10000 takes long)"
    )
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per measurement; the median is reported")
    parser.add_argument(
        "--out", type=Path, default=Path("bench/RESULTS.md"), help="Markdown file to write the table to"
    )
    parser.add_argument("--seed", type=int, default=0, help="seed value of the synthetic corpus")
    parser.add_argument("--timeout", type=float, default=3600, help="seconds before one run counts as failed")
    parser.add_argument("--keep", action="store_true", help="keep the work folders and print where they are")
    parser.add_argument(
        "--skip",
        default="",
        help="leave out the measurements whose names hold one of these comma-separated words "
        "(e.g. --skip peer for 10,000 documents, where plain MkDocs writes a navigation of every page on every page; "
        "--skip largest leaves out the largest single texts)",
    )
    args = parser.parse_args(argv)
    rows: list[Row] = []
    apart: dict[str, list[tuple[int, Any]]] = {name: [] for name in APART}
    works = []
    skipped = [word for word in args.skip.split(",") if word]
    for n in (int(s) for s in args.sizes.split(",")):
        work = Path(tempfile.mkdtemp(prefix=f"bench-{n}-"))
        works.append(work)
        try:
            measured = cases(n, work, args.seed)
        except (OSError, SystemExit, ValueError) as error:
            measured = []
            rows.append(Row(n, "synthesise the corpus", failure=str(error)))
        for case in measured:
            if not any(word in case.name for word in skipped):
                rows.append(run_case(case, n, args.repeat, work, args.timeout))
                print(table(rows[-1:], header=False), end="", flush=True)
        for name, (run_apart, report_apart) in APART.items():
            if measured and not any(word in name for word in skipped):
                try:
                    apart[name].append((n, run_apart(work / "seeds", args.repeat, _env(work), args.timeout)))
                    print(report_apart(apart[name][-1:]), end="", flush=True)
                except (OSError, ValueError, subprocess.SubprocessError) as error:
                    rows.append(Row(n, name, failure=str(error)))
        if measured and not any(word in "ours: mkdocs serve" for word in skipped):
            rows += serve_rows(n, work, args.repeat, args.timeout)
            print(table(rows[-2:], header=False), end="", flush=True)
    largest = ""
    if "largest" not in skipped:
        works.append(Path(tempfile.mkdtemp(prefix="bench-largest-")))
        largest = f"\n## The largest single texts, built alone\n\n{measure_largest(works[-1])}"
    for work in works:  # only now, when nothing more is timed (see TRASH)
        if args.keep:
            print(f"work folder kept: {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)
    command = "python -m bench.run " + " ".join(argv if argv is not None else sys.argv[1:])
    machine = f"{os.cpu_count()} cores, Python {platform.python_version()}, {platform.platform()}"
    args.out.write_text(
        f"# Benchmark results\n\nCommand: `{command.strip()}`  \nMachine: {machine}  \n"
        f"Repeats: {args.repeat} (median wall time)  \nMemory: {MEMORY}.\n\n{table(rows)}\n{growth(rows)}\n"
        + "\n".join(report_apart(apart[name]) for name, (_, report_apart) in APART.items())
        + largest,
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
