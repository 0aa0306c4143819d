"""The distinct paragraph texts of the collection, each known by its digest, and where each stands in time."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from generator.corpus import Entry, anchor_of
from generator.lineage.traced import digests_of, traced_of
from generator.lineage.words import keys, printed_words


@dataclass(slots=True)
class Texts:
    """The distinct paragraph texts of the collection and where each stands."""

    words: list[tuple[str, ...]]  # per text, its word keys
    digests: list[str]  # per text, the digest of its word keys (`lineage.traced`)
    holders: list[int]  # per text, how many documents hold it
    ranks: list[list[int]]  # per text, the rank in time of each document holding it, in order
    anchors: list[list[str]]  # per text, beside `ranks`, the paragraph's id in that document


def distinct_texts(entries: Sequence[Entry]) -> tuple[Texts, list[tuple[int, str, int]]]:
    """The distinct texts of the traced paragraphs of `entries` (in order), and each paragraph as (rank, id, text).

    A paragraph is known by the digest its worker made: only the first of each text is
    split into word keys here.
    """
    numbers: dict[str, int] = {}
    texts = Texts([], [], [], [], [])
    paragraphs: list[tuple[int, str, int]] = []
    for rank, entry in enumerate(entries):
        assert entry.document is not None  # `in_order` places only texts held
        held: set[int] = set()
        found, all_paragraphs = traced_of(entry.document), entry.document.paragraphs
        for position, digest in zip(found.positions, digests_of(found), strict=True):
            paragraph = all_paragraphs[position]
            anchor = anchor_of(paragraph)
            if anchor is None:  # never, unless the cache file was made by hand
                continue
            text = numbers.setdefault(digest, len(numbers))
            if text == len(texts.words):
                texts.words.append(keys(printed_words(paragraph)))
                texts.digests.append(digest)
                texts.holders.append(0)
                texts.ranks.append([])
                texts.anchors.append([])
            texts.holders[text] += text not in held
            held.add(text)
            texts.ranks[text].append(rank)
            texts.anchors[text].append(anchor)
            paragraphs.append((rank, anchor, text))
    return texts, paragraphs
