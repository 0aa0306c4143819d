"""Work spread over every core: worker processes forked with what they need already in memory, where that is safe."""

from __future__ import annotations

import functools
import gc
import multiprocessing
import os
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from typing import Any, Protocol, TypeVar

from generator.collector import collector_left_as_found
from generator.memo import tables, take_tables

PARALLEL_FROM = 200  # jobs: below this, starting worker processes costs more than it saves
CHUNK_MOST = 32  # jobs a worker takes at once, at most: at the end, one core waits for the other's last chunk

C = TypeVar("C")
T = TypeVar("T")
R = TypeVar("R")

_context: Any = None  # in a worker: the context its pool was started with


class Runner(Protocol):
    """Maps a job function over items, in order: `run(function, items)` calls `function(context, item)`."""

    def __call__(self, function: Callable[[Any, T], R], items: Sequence[T], chunks: int = ...) -> Iterator[R]: ...


@contextmanager
def workers(context: C, jobs: int, pickled_worth: bool = True) -> Iterator[Runner]:
    """A runner for `jobs` jobs that each read `context`: on every core when there are enough.

    Where this process runs no other thread, the workers are forked, so `context` reaches
    them without being copied or pickled. A process with other threads (`mkdocs serve`
    rebuilds while its server runs) is never forked: a thread may hold a lock that the
    child would inherit held forever, so the workers come from a fork server and `context`
    is pickled to each, with the tables of the build (`generator.memo`). Job functions must
    be module-level (they are sent by name), and so are their items and results (they are
    pickled). For a few jobs, the jobs run here, one after the other; so do all of them
    where `context` would be pickled and the caller says the jobs are not worth it.
    """
    cores = os.cpu_count() or 1
    method = start_method() if jobs >= PARALLEL_FROM and cores > 1 else ""
    if not method or method != "fork" and not pickled_worth:
        yield _serial(context)
        return
    start = multiprocessing.get_context(method)
    if method == "forkserver":  # the server imports the package's modules once; each worker is forked from it
        package = __name__.partition(".")[0]
        start.set_forkserver_preload(sorted(name for name in sys.modules if name.partition(".")[0] == package))
    given = None if method == "fork" else tables()  # forked workers have them already
    with (
        collector_left_as_found(),
        ProcessPoolExecutor(max_workers=cores, mp_context=start, initializer=_keep, initargs=(context, given)) as pool,
    ):
        if method == "fork":
            gc.freeze()  # what the workers inherit is never collected there: collecting it would copy every page

        def run(function: Callable[[Any, T], R], items: Sequence[T], chunks: int = 16 * cores) -> Iterator[R]:
            return pool.map(functools.partial(_call, function), items, chunksize=chunk_size(len(items), chunks))

        yield run


def start_method() -> str:
    """How worker processes start: forked from this one if that is safe (no other thread runs), else from a server."""
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threads() == 1:
        return "fork"
    return "forkserver" if "forkserver" in methods else "spawn"


def threads() -> int:
    """How many threads this process runs, those not started by Python's `threading` too where the system says."""
    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:
        return threading.active_count()


def chunk_size(jobs: int, chunks: int) -> int:
    """How many of `jobs` a worker takes at once: about `chunks` chunks in all, none over `CHUNK_MOST` jobs.

    >>> chunk_size(1000, 32), chunk_size(10_000, 32), chunk_size(50, 100), chunk_size(0, 0)
    (31, 32, 1, 1)
    """
    return max(1, min(jobs // max(1, chunks), CHUNK_MOST))  # no jobs may come in no chunks


def _serial(context: C) -> Runner:
    def run(function: Callable[[Any, T], R], items: Sequence[T], chunks: int = 0) -> Iterator[R]:
        return (function(context, item) for item in items)

    return run


def _keep(context: object, given: dict[str, dict[Any, Any]] | None) -> None:
    global _context
    _context = context
    if given is not None:
        take_tables(given)
    gc.enable()  # a worker collects its own garbage, even when forked while collection was paused


def _call(function: Callable[[Any, T], R], item: T) -> R:
    return function(_context, item)
