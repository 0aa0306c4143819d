"""The runs of words two paragraph texts share: the exact alignment the lineage step scores, over word numbers."""

from __future__ import annotations

from collections.abc import Sequence

Runs = tuple[tuple[int, int, int], ...]  # (start in the first text, start in the second, length in words), in order


def word_pairs(ids: Sequence[int]) -> list[int]:
    """The pair of words starting at each word of a text, by word number (a one-word text: none)."""
    return [(a << 21) | b for a, b in zip(ids, ids[1:], strict=False)]


class Aligner:
    """Aligns texts given as word numbers, and remembers each text's pairs of words and where each stands."""

    def __init__(self, ids: Sequence[Sequence[int]]) -> None:
        """Texts by number, each a sequence of word numbers."""
        self.ids = ids
        self.pairs: dict[int, list[int]] = {}  # per text, its pairs of words in order
        self.positions: dict[int, dict[int, list[int]]] = {}  # per text, where each pair of its words starts

    def runs(self, text: int, other: int) -> Runs:
        """The runs of words two texts share, as (start in `text`, start in `other`, length), in order.

        Found by the pairs of words they share, in time linear in the texts' lengths and
        their shared pairs (difflib's exact alignment cost twice as much and more here):
        pairs the two hold at the same offset from each other make a run; the longest runs
        that keep one order are kept. Lone shared words ("the", "of") are not counted.
        """
        where = self._positions(other).get
        open_runs: dict[int, list[int]] = {}  # by diagonal (start in other - start in text): [first pair, last pair]
        opened = open_runs.get
        closed: list[tuple[int, int, int]] = []  # (-length, start in text, start in other)
        for i, pair in enumerate(self._pairs(text)):  # in order: a run's pair before is seen first
            for j in where(pair, ()):
                run = opened(j - i)
                if run is None:
                    open_runs[j - i] = [i, i]
                elif run[1] == i - 1:
                    run[1] = i
                else:
                    closed.append((run[0] - run[1] - 2, run[0], run[0] + j - i))
                    run[0] = run[1] = i
        closed += [(first - last - 2, first, first + d) for d, (first, last) in open_runs.items()]
        closed.sort()
        kept: list[tuple[int, int, int]] = []
        for negated, a, b in closed:
            n = -negated
            for a2, b2, n2 in kept:  # the longest runs first: one is kept if it keeps the order of those kept
                if not (a + n <= a2 and b + n <= b2 or a >= a2 + n2 and b >= b2 + n2):
                    break
            else:
                kept.append((a, b, n))
        kept.sort()
        return tuple(kept)

    def _pairs(self, text: int) -> list[int]:
        """The pairs of words of text `text`, made once per text."""
        found = self.pairs.get(text)
        if found is None:
            found = self.pairs[text] = word_pairs(self.ids[text])
        return found

    def _positions(self, text: int) -> dict[int, list[int]]:
        """Where each pair of words of text `text` starts, made once per text."""
        found = self.positions.get(text)
        if found is None:
            found = self.positions[text] = {}
            for at, pair in enumerate(self._pairs(text)):
                found.setdefault(pair, []).append(at)
        return found
