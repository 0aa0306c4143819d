"""What the lineage step reads of one text alone: its traced paragraphs and their digests, made where it is read.

The workers that read the seeds make it (`link.collect`) and the cache keeps it with the
document, so that the main process neither splits nor keys a paragraph it has seen
before: it knows each paragraph's text by its digest, and the whole text's by one.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from generator.corpus import Traced, anchor_of
from generator.lineage.words import TRACED, keys, printed_words
from generator.model import Document

DIGEST = 20  # hex digits of a paragraph text's digest


def text_digest(words: Sequence[str]) -> str:
    """The digest of a paragraph text's word keys: how it is known, and its alignments kept (`lineage.memo`)."""
    return hashlib.blake2b("\x1f".join(words).encode(), digest_size=DIGEST // 2).hexdigest()


def traced(doc: Document) -> Traced:
    """The preambular, operative and annex paragraphs of `doc` that have an id and words, with their digests."""
    positions: list[int] = []
    digests: list[str] = []
    whole = hashlib.blake2b(digest_size=16)
    for position, paragraph in enumerate(doc.paragraphs):
        anchor = anchor_of(paragraph) if paragraph.role in TRACED else None
        words = keys(printed_words(paragraph)) if anchor else ()
        if words:
            positions.append(position)
            digests.append(text_digest(words))
            whole.update(f"{anchor}\x1f{digests[-1]}\x1e".encode())
    return Traced(tuple(positions), "".join(digests), whole.hexdigest())


def traced_of(doc: Document) -> Traced:
    """What the worker that read `doc` found of its traced paragraphs; found here if it did not (a hand-made text)."""
    found = doc.linked.traced if doc.linked is not None else None
    return found if found is not None and _fits(found, len(doc.paragraphs)) else traced(doc)


def _fits(found: Traced, paragraphs: int) -> bool:
    """Whether `found` can be of a text of this many paragraphs: one digest per place, places in order among them."""
    places = found.positions
    bounded = zip((-1, *places), (*places, paragraphs), strict=True)
    return len(found.digests) == DIGEST * len(places) and all(a < b for a, b in bounded)


def digests_of(found: Traced) -> list[str]:
    """The digest of each traced paragraph, in order."""
    return [found.digests[k : k + DIGEST] for k in range(0, len(found.digests), DIGEST)]
