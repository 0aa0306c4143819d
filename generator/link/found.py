"""What a finder reports: the characters of a citation and the target they name."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from generator.model import Target


@dataclass(frozen=True, slots=True)
class Found:
    """A citation found in a paragraph's plain text (its characters without markers)."""

    start: int  # offset of the first cited character
    end: int  # offset after the last cited character
    target: Target


def without_overlaps(found: Iterable[Found]) -> list[Found]:
    """`found` in text order, dropping any citation that overlaps an earlier or longer one."""
    kept: list[Found] = []
    for item in sorted(found, key=lambda f: (f.start, -f.end)):
        if not kept or item.start >= kept[-1].end:
            kept.append(item)
    return kept


def covers(found: Sequence[Found], ends: Sequence[int], start: int, end: int) -> bool:
    """Whether a citation of `found` (in text order, none overlapping another) overlaps the characters `start`..`end`.

    `ends`: the ends of `found`, in order, made once for many questions.
    """
    first = bisect_right(ends, start)  # the first citation that ends after `start`
    return first < len(found) and found[first].start < end
