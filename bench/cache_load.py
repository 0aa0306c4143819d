"""`python -m bench.cache_load SEEDS_DIR`: loading the cache of parsed documents, against a pickle of the same.

The cache is JSON lines read by the model's type hints (`generator.cache`), never a
pickle, which could run code. The pickle is only a measured peer here, in the layout of
the old cache (`documents.pickle`: each document pickled, by key, in one pickled dict),
written and read in a folder of this benchmark's own.
"""

from __future__ import annotations

import argparse
import gc
import json
import pickle
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from generator.cache import ParsedCache
from generator.model import Document
from generator.pipeline import read_and_collect
from generator.seed_files import read_seed_file, seed_files
from generator.seeds import read_collection

Seed = tuple[str, bytes]  # a seed's path as the cache keys it, and its bytes


@dataclass(frozen=True, slots=True)
class CacheFigures:
    """What loading every document of one corpus from the cache cost, and the same from a pickle (medians)."""

    documents: int
    repeats: int
    wall: float  # seconds: the cache file read, checked and every document made from it
    cpu: float
    mb: float  # the cache file's size
    pickle_wall: float  # seconds: the pickle read, and every document unpickled
    pickle_cpu: float
    pickle_mb: float


def seeds_of(folder: Path) -> list[Seed]:
    """The seeds of `folder` as a build finds and names them."""
    found = seed_files(folder, folder.parent)
    return [(p.relative_to(folder.parent).as_posix(), read_seed_file(p, p.name)) for p in found.files]


def load_cache(cache: Path, seeds: Sequence[Seed]) -> int:
    """Load every document of `seeds` from the cache file in `cache`, as a new process does: how many it held."""
    ParsedCache.last_build = None  # nothing in memory from an earlier load
    parsed = ParsedCache(cache)
    return sum(1 for name, data in seeds if parsed.get(name, data) is not None)


def load_pickle(file: Path, seeds: Sequence[Seed], key: Callable[[str, bytes], str]) -> int:
    """Load every document of `seeds` from the pickle peer, keyed as the cache keys them: how many it held."""
    outer = pickle.loads(file.read_bytes())  # noqa: S301 - the peer measured, a file this benchmark wrote
    return sum(1 for seed in seeds if isinstance(pickle.loads(outer[key(*seed)]), Document))  # noqa: S301 - likewise


def _timed(load: Callable[[], int], documents: int) -> tuple[float, float]:
    """Wall and CPU seconds of `load`, with the garbage collector paused, as the pipeline loads."""
    gc.collect()
    gc.disable()
    try:
        wall, cpu = time.perf_counter(), time.process_time()
        loaded = load()
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    finally:
        gc.enable()
    if loaded != documents:
        raise ValueError(f"{loaded} documents loaded of {documents}")
    return wall, cpu


def cache_figures(folder: Path, repeat: int = 3) -> CacheFigures:
    """Fill a cache with the seeds of `folder` (not timed), write the pickle peer, then time both, alternating."""
    seeds = seeds_of(folder)
    with tempfile.TemporaryDirectory(prefix="bench-cache-") as work:
        cache, peer = Path(work) / "cache", Path(work) / "documents.pickle"
        documents = read_collection(folder, read_and_collect, ParsedCache(cache)).documents
        key = ParsedCache(cache).key
        by_source = {doc.source: doc for doc in documents}
        outer = {key(name, data): pickle.dumps(by_source[name], pickle.HIGHEST_PROTOCOL) for name, data in seeds}
        peer.write_bytes(pickle.dumps(outer, pickle.HIGHEST_PROTOCOL))
        del documents, by_source, outer
        loads = {"ours": lambda: load_cache(cache, seeds), "pickle": lambda: load_pickle(peer, seeds, key)}
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in loads}
        for rank in range(repeat):  # A/B alternating, each first in turn: a shared machine drifts
            for name in sorted(loads, reverse=rank % 2 == 1):
                times[name].append(_timed(loads[name], len(seeds)))
        ours, theirs = times["ours"], times["pickle"]
        size = (cache / ParsedCache.FILE).stat().st_size / 1e6
        return CacheFigures(
            len(seeds),
            repeat,
            statistics.median(w for w, _ in ours),
            statistics.median(c for _, c in ours),
            size,
            statistics.median(w for w, _ in theirs),
            statistics.median(c for _, c in theirs),
            peer.stat().st_size / 1e6,
        )


def run_cache_load(seeds: Path, repeat: int, env: dict[str, str], timeout: float) -> CacheFigures:
    """`python -m bench.cache_load` on `seeds` in a fresh process, `repeat` timed loads of each."""
    command = [sys.executable, "-m", "bench.cache_load", str(seeds), "--repeat", str(repeat)]
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=timeout, check=True)
    return CacheFigures(**json.loads(done.stdout))


def cache_report(measured: Sequence[tuple[int, CacheFigures]]) -> str:
    """The section of the results that gives the cache's load time, against the pickle peer, one line per size."""
    if not measured:
        return ""
    lines = [
        "Cache load alone (`python -m bench.cache_load SEEDS_DIR`: every document made from the cache file, as a "
        "rebuild in a new process loads them, against a pickle of the same documents, the old format; medians, "
        "the two alternating):",
        "",
    ]
    lines += [
        f"- {n:,} documents: {f.wall:.2f} s ({f.cpu:.2f} s CPU) from {f.mb:.0f} MB of JSON lines; "
        f"pickle {f.pickle_wall:.2f} s ({f.pickle_cpu:.2f} s CPU) from {f.pickle_mb:.0f} MB "
        f"({f.cpu / f.pickle_cpu:.2f}× its CPU)"
        for n, f in measured
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Run the command line."""
    parser = argparse.ArgumentParser(
        prog="python -m bench.cache_load",
        description="Time loading the cache of parsed documents of a folder of seeds, against a pickle of the "
        "same documents. The cache is filled first, untimed. Prints its figures as JSON.",
        epilog="example: python -m bench.cache_load /tmp/syn --repeat 5",
    )
    parser.add_argument("seeds", type=Path, metavar="SEEDS_DIR", help="folder of seed files")
    parser.add_argument("--repeat", type=int, default=3, help="timed loads of each; the medians are reported")
    args = parser.parse_args(argv)
    print(json.dumps(asdict(cache_figures(args.seeds, args.repeat))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
