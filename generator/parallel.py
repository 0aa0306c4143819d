"""Work spread over every core: worker processes forked with what they need already in memory."""

from __future__ import annotations

import functools
import gc
import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from typing import Any, Protocol, TypeVar

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
def workers(context: C, jobs: int) -> Iterator[Runner]:
    """A runner for `jobs` jobs that each read `context`: on every core when there are enough.

    The workers are forked, so `context` reaches them without being copied or pickled;
    job functions must be module-level (they are sent by name), and so are their items
    and results (they are pickled). Where forking is not available, or for a few jobs,
    the jobs run here, one after the other.
    """
    cores = os.cpu_count() or 1
    if jobs < PARALLEL_FROM or cores < 2 or "fork" not in multiprocessing.get_all_start_methods():
        yield _serial(context)
        return
    fork = multiprocessing.get_context("fork")
    gc.freeze()  # what the workers inherit is never collected there: collecting it would copy every page
    with ProcessPoolExecutor(max_workers=cores, mp_context=fork, initializer=_keep, initargs=(context,)) as pool:

        def run(function: Callable[[Any, T], R], items: Sequence[T], chunks: int = 16 * cores) -> Iterator[R]:
            return pool.map(functools.partial(_call, function), items, chunksize=chunk_size(len(items), chunks))

        yield run


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


def _keep(context: object) -> None:
    global _context
    _context = context
    gc.enable()  # a worker collects its own garbage, even when forked while collection was paused


def _call(function: Callable[[Any, T], R], item: T) -> R:
    return function(_context, item)

