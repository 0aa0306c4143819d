"""What a build remembers while it runs, owned by the build: memos and tables emptied when it ends.

A long-lived process (`mkdocs serve`) runs build after build: nothing one build found
is kept for the next (`build_owned`). A table holds what a build settled for its whole
run (the URLs it gave identities that would share one); workers not forked from the
build are handed its tables (`tables`, `take_tables`), as they inherit nothing.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

T = TypeVar("T")

_MEMOS: list[functools._lru_cache_wrapper[Any]] = []
_TABLES: dict[str, dict[Any, Any]] = {}  # by "module:name"


def memo(maxsize: int | None) -> Callable[[Callable[..., T]], functools._lru_cache_wrapper[T]]:
    """`functools.lru_cache(maxsize)`, emptied when the build ends: for functions of their arguments alone."""

    def decorate(function: Callable[..., T]) -> functools._lru_cache_wrapper[T]:
        cached = functools.lru_cache(maxsize=maxsize)(function)
        _MEMOS.append(cached)
        return cached

    return decorate


def table(module: str, name: str) -> dict[Any, Any]:
    """A dict of module `module` that a build fills for its whole run, emptied when it ends."""
    return _TABLES.setdefault(f"{module}:{name}", {})


def clear_build_caches() -> None:
    """Empty every memo and table: what the next build finds, it finds afresh."""
    for cached in _MEMOS:
        cached.cache_clear()
    for held in _TABLES.values():
        held.clear()


@contextmanager
def build_owned() -> Iterator[None]:
    """Run a build; its memos and tables are emptied when it ends, whether it succeeded or not."""
    try:
        yield
    finally:
        clear_build_caches()


def tables() -> dict[str, dict[Any, Any]]:
    """The tables this build has filled, to hand to a worker that does not inherit them."""
    return {key: dict(held) for key, held in _TABLES.items() if held}


def take_tables(given: dict[str, dict[Any, Any]]) -> None:
    """In a worker started afresh: the tables of the build it works for, and no memo made without them."""
    for key in given:
        importlib.import_module(key.partition(":")[0])  # a worker started afresh may not have the module yet
    clear_build_caches()
    for key, held in given.items():
        _TABLES[key].update(held)


def held() -> dict[str, int]:
    """How many entries each memo and table holds now, by name (what the tests look at)."""
    memos = {f"{cached.__module__}:{cached.__qualname__}": cached.cache_info().currsize for cached in _MEMOS}
    return memos | {key: len(entries) for key, entries in _TABLES.items()}
