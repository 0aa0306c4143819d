"""Small corpora of hand-made texts for the lineage tests: one paragraph list per text, dated a year apart."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from generator.corpus import Corpus, Entry
from generator.docref import DocRef
from generator.model import Document, Kind, Paragraph, Role, Span, Text


def text_of(number: str, year: int, operative: Sequence[str]) -> Entry:
    """Resolution `number` adopted in `year`, its operative paragraphs numbered from 1."""
    path = f"hand/{number.replace('/', '-')}.txt"
    paragraphs = tuple(
        Paragraph(Role.OPERATIVE, (Text(words),), Span(path, n, n), str(n)) for n, words in enumerate(operative, 1)
    )
    doc = Document(source=path, body="cop", kind=Kind.RESOLUTION, number=number, paragraphs=paragraphs)
    return Entry(DocRef("cop", "resolution", number), doc, None, dt.date(year, 10, 1), int(number.split("/")[0]), ())


def corpus_of(*entries: Entry) -> Corpus:
    """The corpus of `entries`, nothing else linked."""
    return Corpus(tuple(sorted(entries, key=lambda e: e.ref)), (), (), (), ())
