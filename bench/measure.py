"""`python -m bench.measure LOG -- CMD…`: run one command, print its wall time and peak memory as JSON.

Run in a fresh process per measured command, so that RUSAGE_CHILDREN holds
that command's process tree alone.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

SAMPLE_SECONDS = 0.05
PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024


@dataclass(frozen=True, slots=True)
class Measurement:
    """What one run of a command cost."""

    returncode: int
    wall: float  # seconds
    max_rss_mb: float  # largest resident set of any one process of the tree (ru_maxrss)
    tree_peak_mb: float  # largest sum of resident sets over the live tree, sampled every 50 ms


def measure(
    command: list[str], log: Path, cwd: Path, env: dict[str, str] | None = None, timeout: float | None = None
) -> Measurement:
    """Run `command` in `cwd` under a fresh measuring process; its output goes to `log`."""
    wrapper = [sys.executable, "-m", "bench.measure", str(log), "--", *command]
    try:
        done = subprocess.run(wrapper, capture_output=True, text=True, cwd=cwd, env=env, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return Measurement(-1, float(timeout or 0), 0.0, 0.0)
    if done.returncode != 0 or not done.stdout.strip():
        return Measurement(done.returncode or -1, 0.0, 0.0, 0.0)
    return Measurement(**json.loads(done.stdout.strip().splitlines()[-1]))


def tree_rss_kb(root: int) -> int:
    """The resident memory of `root` and all its descendants, in KiB."""
    parents: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            parents.setdefault(int(stat.rpartition(")")[2].split()[1]), []).append(int(entry))
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        todo += parents.get(pid, [])
        try:
            total += rss_kb(pid)
        except OSError:
            continue
    return total


def rss_kb(pid: int) -> int:
    """The resident memory of process `pid`, in KiB; OSError once it is gone."""
    return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE_KB


class PeakSampler:
    """The largest value `reading()` gives while a `with` block runs: on entry, every `every` seconds, on exit."""

    def __init__(self, reading: Callable[[], int], every: float) -> None:
        self.reading = reading
        self.every = every
        self.peak = 0
        self.stop = threading.Event()
        self.sampler = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> PeakSampler:
        self.peak = self.reading()
        self.sampler.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.stop.set()
        self.sampler.join()
        self.peak = max(self.peak, self.reading())

    def _sample(self) -> None:
        while not self.stop.wait(self.every):
            self.peak = max(self.peak, self.reading())


def _run(log: Path, command: list[str]) -> Measurement:
    with log.open("w") as out:
        start = time.perf_counter()
        child = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT)
        with PeakSampler(lambda: tree_rss_kb(child.pid), SAMPLE_SECONDS) as tree:
            returncode = child.wait()
            wall = time.perf_counter() - start
    max_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KiB on Linux
    return Measurement(returncode, wall, max_rss / 1024, max(tree.peak, max_rss) / 1024)


def main(argv: list[str] | None = None) -> int:
    """Run the command line; the exit status is always 0 once the command ran."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) < 3 or args[1] != "--":
        print("usage: python -m bench.measure LOG -- COMMAND [ARG…]", file=sys.stderr)
        return 2
    result = _run(Path(args[0]), args[2:])
    print(json.dumps(asdict(result)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
