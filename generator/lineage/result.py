"""What the lineage step finds: each paragraph's echoes, each step of a text's life, each text's predecessor."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from generator.docref import DocRef
from generator.value import Value


@dataclass(frozen=True, slots=True)
class Echo(Value):
    """A paragraph elsewhere in the same words: earlier (a precedent) or later (a successor)."""

    ref: DocRef  # the other text
    anchor: str  # the other paragraph's id
    share: float  # share of words in common, to two places
    score: float  # the share, lowered where the words shared are common to many texts; to two places


@dataclass(frozen=True, slots=True)
class Echoes(Value):
    """The closest precedents and successors of one paragraph, best first."""

    precedents: tuple[Echo, ...]
    successors: tuple[Echo, ...]


Pairing = tuple[
    tuple[str, str, float], ...
]  # a later text's paragraphs and their counterparts: (id, earlier id, share)


@dataclass(frozen=True, slots=True)
class Lineage:
    """What the lineage step found: each paragraph's echoes, each step of a text's life, each text's predecessor."""

    paragraphs: Mapping[DocRef, Mapping[str, Echoes]]  # by text, by paragraph id: only paragraphs with echoes
    steps: Mapping[tuple[DocRef, DocRef], Pairing]  # (earlier, later) for draft → revision → adopted text
    predecessor: Mapping[DocRef, DocRef]  # the earlier text each text takes most paragraphs from, if any
    successive: Mapping[tuple[DocRef, DocRef], Pairing]  # (predecessor, text) for the texts that are no life's steps
    # (earlier, later) texts of one life not next to each other: draft L.5 and the adopted text, once Rev.1 came between
    across: Mapping[tuple[DocRef, DocRef], Pairing]
    aligned: int = 0  # pairs of paragraph texts aligned by this build (not taken from the cache's memo)
