"""Which texts came first: by date, then a draft before its revisions and the text adopted from it."""

from __future__ import annotations

import datetime as dt
import re

from generator.corpus import Corpus, Entry

REVISION_RE = re.compile(r"/Rev\.(\d+)$")


def revision(symbol: str | None) -> int:
    """The revision a draft's symbol names: 0 for "…/L.5", 1 for "…/L.5/Rev.1"."""
    found = REVISION_RE.search(symbol or "")
    return int(found[1]) if found else 0


def when(entry: Entry, years: dict[int, int]) -> dt.date | None:
    """The day a text stands at in time: adopted, distributed, its session's first day, or its session's year."""
    doc = entry.document
    if doc is None:
        return None
    if entry.date or doc.distributed:
        return entry.date or doc.distributed
    if doc.session_dates:
        return doc.session_dates.start
    year = years.get(entry.session) if entry.session is not None else None
    return dt.date(year, 12, 31) if year else None  # a text known by its session's year alone: at the year's end


def in_order(corpus: Corpus) -> list[Entry]:
    """The texts of the collection that can be placed in time, earliest first.

    On one day, drafts come before their revisions and the adopted text; then texts by
    identity (an earlier symbol of the same session first). Texts that give no date and
    no session of a known year are left out: their earlier and later texts are unknown.
    """
    years = {s.number: s.year for s in corpus.sessions if s.year is not None}
    placed: list[tuple[dt.date, int, int, Entry]] = []
    for entry in corpus.entries:
        day = when(entry, years)
        if day is not None and entry.document is not None:
            doc = entry.document
            placed.append((day, 0 if doc.kind.is_draft else 1, revision(doc.symbol), entry))
    placed.sort(key=lambda each: (*each[:3], each[3].ref))
    return [each[3] for each in placed]
