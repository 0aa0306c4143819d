"""A progress bar for long builds on a terminal; silent when output goes elsewhere."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import TextIO, TypeVar

LONG_BUILD = 300  # items: fewer finish too fast for a bar to help
WIDTH = 30  # characters of the bar itself
Item = TypeVar("Item")


def progress(items: Iterable[Item], label: str, total: int, stream: TextIO | None = None) -> Iterator[Item]:
    """`items`, drawing "label [#####     ] 120/1000" on the terminal as they go by."""
    stream = stream or sys.stderr
    shown = total >= LONG_BUILD and stream.isatty()
    step = max(1, total // 100)
    done = 0
    for done, item in enumerate(items, start=1):
        if shown and (done % step == 0 or done == total):
            filled = WIDTH * done // total
            stream.write(f"\r{label} [{'#' * filled}{' ' * (WIDTH - filled)}] {done}/{total}")
            stream.flush()
        yield item
    if shown and done:
        stream.write("\n")
        stream.flush()
