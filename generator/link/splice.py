"""Put found citations into a paragraph's inline items, and read them back out."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from itertools import pairwise

from generator.link.found import Found
from generator.model import Inline, Marker, Reference, Text


def splice(inlines: tuple[Inline, ...], found: Sequence[Found]) -> tuple[Inline, ...]:
    """`inlines` with the characters of each citation in `found` as Reference items.

    Offsets in `found` count the characters of the plain text (markers left out). Text
    items are cut at citation boundaries and keep their emphasis; a citation that spans
    a marker or a change of emphasis becomes several Reference items with one target.
    Empty Text items are dropped (folded text has none).
    """
    if not found:  # most paragraphs cite nothing
        return tuple(item for item in inlines if not isinstance(item, Text) or item.text)
    ordered = sorted(found, key=lambda f: f.start)  # none overlaps another: their ends are in order too
    starts, ends = [f.start for f in ordered], [f.end for f in ordered]
    spliced: list[Inline] = []
    at = 0
    for item in inlines:
        if isinstance(item, Text):
            end = at + len(item.text)
            near = ordered[bisect_right(ends, at) : bisect_left(starts, end)]  # the citations that touch this item
            if near:
                spliced += _cut(item, at, end, near)
            elif item.text:  # as it stands: most items hold no citation
                spliced.append(item)
            at = end
        else:
            spliced.append(item)
            at += 0 if isinstance(item, Marker) else len(item.text)
    return tuple(spliced)


def _cut(item: Text, at: int, end: int, near: list[Found]) -> Iterator[Inline]:
    """The pieces of one Text item from offset `at` to `end`, which the citations `near` touch: plain and cited runs."""
    bounds = sorted({at, end, *(b for f in near for b in (f.start, f.end) if at < b < end)})
    upcoming = iter(near)  # in text order: the one a piece may stand in is the first that has not ended before it
    current = next(upcoming, None)
    for start, stop in pairwise(bounds):
        while current is not None and current.end <= start:
            current = next(upcoming, None)
        piece = item.text[start - at : stop - at]
        if current is not None and current.start <= start and stop <= current.end:
            yield Reference(piece, current.target, item.emphasis)
        else:
            yield Text(piece, item.emphasis)


def references(inlines: tuple[Inline, ...]) -> Iterator[Reference]:
    """The citations in `inlines`, the pieces of one citation (around a marker or emphasis) joined."""
    pending: Reference | None = None
    for item in inlines:
        if isinstance(item, Marker):
            continue
        if isinstance(item, Reference) and pending is not None and item.target == pending.target:
            pending = Reference(pending.text + item.text, pending.target, pending.emphasis)
            continue
        if pending is not None:
            yield pending
        pending = item if isinstance(item, Reference) else None
    if pending is not None:
        yield pending
