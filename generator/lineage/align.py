"""The exact word alignment of two paragraphs: the words they have in common, and a redline."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from generator.value import Value


@dataclass(frozen=True, slots=True)
class Aligned(Value):
    """Two word lists aligned: the runs they share, in order."""

    blocks: tuple[tuple[int, int, int], ...]  # (start in the first, start in the second, length) per shared run
    share: float  # share of words in common: twice the shared words over the words of both


@dataclass(frozen=True, slots=True)
class Change(Value):
    """A run of words of a redline: kept, taken out of the earlier text, or put into the later one."""

    op: str  # "same", "del", "ins"
    text: str


def align(first: Sequence[str], second: Sequence[str]) -> Aligned:
    """The longest shared runs of two key sequences, in order (difflib, without its junk heuristic)."""
    if not first or not second:
        return Aligned((), 0.0)
    blocks = SequenceMatcher(None, first, second, autojunk=False).get_matching_blocks()
    runs = tuple((b.a, b.b, b.size) for b in blocks if b.size)
    return Aligned(runs, 2 * sum(run[2] for run in runs) / (len(first) + len(second)))


def redline(earlier: Sequence[str], later: Sequence[str], aligned: Aligned) -> tuple[Change, ...]:
    """The later words against the earlier ones, by `aligned` (of their keys): what was taken out, put in, kept."""
    changes: list[Change] = []
    i = j = 0

    def put(op: str, words: Sequence[str]) -> None:
        if words:
            changes.append(Change(op, " ".join(words)))

    for a, b, size in (*aligned.blocks, (len(earlier), len(later), 0)):
        put("del", earlier[i:a])
        put("ins", later[j:b])
        put("same", later[b : b + size])
        i, j = a + size, b + size
    return tuple(changes)
