"""Texts on one subject: each text's predecessor, and its paragraphs paired one to one with their counterparts there."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

Near = list[list[tuple[int, float, float]]]  # per text, the texts aligned with it: (text, share, score)


def predecessors(
    precedents: dict[tuple[int, str], list[tuple[float, int, str, float]]], least: int, most: int
) -> dict[int, list[int]]:
    """Per text (by rank), the `most` earlier texts it takes most paragraphs from, at least `least`; later on a tie.

    `precedents`: per paragraph (rank, id), its precedents as (-score, -rank, id, share).
    """
    taken: dict[int, Counter[int]] = {}
    for (rank, _), found in precedents.items():
        if found:
            taken.setdefault(rank, Counter()).update({-negated for _, negated, _, _ in found})
    chosen = {}
    for rank, counts in taken.items():
        ranked = sorted(((count, earlier) for earlier, count in counts.items() if count >= least), reverse=True)
        if ranked:
            chosen[rank] = [earlier for _, earlier in ranked[:most]]
    return chosen


def counterparts(
    later: Sequence[tuple[str, int]], earlier: Sequence[tuple[str, int]], near: Near, least: float
) -> list[tuple[str, str, float, float]]:
    """The paragraphs (id, text) of `later` paired one to one with those of `earlier`: (id, earlier id, share, score).

    Best share first; a pair needs a share of `least` and must have been aligned (`near`),
    the same text included (when several documents hold it).
    """
    where: dict[int, list[str]] = {}
    for anchor, text in earlier:
        where.setdefault(text, []).append(anchor)
    options = []
    for anchor, text in later:
        for other, share, score in near[text]:
            if share >= least:
                options += [(-share, -score, anchor, theirs) for theirs in where.get(other, ())]
    options.sort()
    mine: set[str] = set()
    theirs_used: set[str] = set()
    pairs = []
    for share, score, anchor, theirs in options:
        if anchor not in mine and theirs not in theirs_used:
            mine.add(anchor)
            theirs_used.add(theirs)
            pairs.append((anchor, theirs, -share, -score))
    return pairs
