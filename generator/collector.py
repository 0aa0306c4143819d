"""The garbage collector as a build found it: what the build pauses or freezes for speed is undone after it."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_left_as_found() -> Iterator[None]:
    """The garbage collector after a build as before it: enabled or not, and nothing left frozen by the build.

    The build freezes what it loads (`collector_paused`, and before forking workers); once
    it is over, that is unfrozen, unless something else had frozen objects before, which
    unfreezing would also release (then the build's stay frozen, as exempt as theirs).
    """
    enabled, frozen = gc.isenabled(), gc.get_freeze_count()
    try:
        yield
    finally:
        if frozen == 0:
            gc.unfreeze()
        if enabled:
            gc.enable()
        else:
            gc.disable()
