"""Work spread over worker processes gives what the same work gives in one process."""

from __future__ import annotations

import gc
import os
import threading
import time
import warnings
from pathlib import Path

import pytest

from generator import parallel
from generator.build import build_site
from tests.conftest import ROOT


@pytest.fixture
def alone() -> None:
    """Waits until this process runs one thread: one of an earlier test (a pool's, a browser's) may be ending."""
    for _ in range(100):
        if parallel.threads() == 1:
            return
        time.sleep(0.05)
    pytest.skip(f"this process still runs {parallel.threads()} threads: forking is never tried here")


def scaled(factor: int, item: int) -> int:
    return factor * item


@pytest.mark.parametrize("chunks", [0, 1, 3, 100])
def test_a_runner_maps_in_order_whatever_the_chunks_even_with_no_items(
    monkeypatch: pytest.MonkeyPatch, chunks: int
) -> None:
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 2)
    with parallel.workers(3, parallel.PARALLEL_FROM) as run:
        assert list(run(scaled, [], chunks=chunks)) == []
        assert list(run(scaled, list(range(50)), chunks=chunks)) == [3 * n for n in range(50)]


def test_a_process_with_another_thread_is_never_forked(alone: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """Forking while a thread runs (`mkdocs serve` rebuilds) could leave a lock held in the child: a server forks."""
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 2)
    assert parallel.start_method() == "fork"
    waiting = threading.Event()
    thread = threading.Thread(target=waiting.wait)
    thread.start()
    try:
        assert parallel.start_method() != "fork"
        with warnings.catch_warnings(record=True) as warned:
            warnings.simplefilter("always")  # Python 3.12+ warns of a fork with threads running
            with parallel.workers(3, parallel.PARALLEL_FROM) as run:
                assert list(run(scaled, list(range(50)))) == [3 * n for n in range(50)]
        assert [str(warning.message) for warning in warned] == []
    finally:
        waiting.set()
        thread.join()


def process_of(_context: object, _item: int) -> int:
    return os.getpid()


@pytest.mark.parametrize("threaded", [False, True])
def test_jobs_not_worth_pickling_the_context_for_run_here_where_it_would_be_pickled(
    alone: None, monkeypatch: pytest.MonkeyPatch, threaded: bool
) -> None:
    """A rebuild's lineage under `mkdocs serve`: little to do, a large context, workers that cannot be forked."""
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 2)
    waiting = threading.Event()
    thread = threading.Thread(target=waiting.wait)
    if threaded:
        thread.start()
    try:
        with parallel.workers(3, parallel.PARALLEL_FROM, pickled_worth=False) as run:
            here = set(run(process_of, list(range(parallel.PARALLEL_FROM)))) == {os.getpid()}
        assert here is threaded  # forked workers get the context free: they are used
    finally:
        waiting.set()
        if threaded:
            thread.join()


def test_a_build_leaves_the_garbage_collector_as_it_found_it(tmp_path: Path) -> None:
    """Collection paused and objects frozen while the build runs; after it, nothing it froze stays frozen."""
    gc.unfreeze()  # as in a process where nothing else froze objects (other tests here may have)
    build_site(ROOT / "seeds")
    assert gc.isenabled() and gc.get_freeze_count() == 0
    gc.disable()
    try:
        build_site(ROOT / "seeds")
        assert not gc.isenabled() and gc.get_freeze_count() == 0
    finally:
        gc.enable()
