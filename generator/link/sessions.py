"""The sessions of the Conference: their numbers, years, dates, place and documents, as the texts tell them."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TypeVar

from generator.bodies import HOME_BODY
from generator.corpus import Entry, Session
from generator.link.warn import warning
from generator.model import Document, Span
from generator.normalise.ordinals import ORDINAL, parse_ordinal
from generator.problems import Problem

# "at its eighth session", "the eighth session of the Conference"; not "… session of the General Assembly".
# The lookahead changes no match, only the speed: it passes over a word not followed by "session" in one step.
SESSION_NAMED_RE = re.compile(
    rf"\b(?=[a-z-]+\s+session)(?P<ordinal>{ORDINAL})\s+session\b(?!\s+of\s+the\s+(?!Conference\b)[A-Z])", re.I
)
T = TypeVar("T")
SYMBOL_YEAR_RE = re.compile(r"/(?P<year>(?:19|20)\d\d)/")


def named_sessions(doc: Document, texts: Sequence[str]) -> set[int]:
    """The sessions a Conference's own text names by their ordinal: "at its eleventh session".

    `texts` are the texts of its paragraphs.
    """
    if (doc.body or HOME_BODY) != HOME_BODY:
        return set()
    return {
        number
        for text in texts
        if "ession" in text  # most paragraphs name no session: skip the costly search
        for found in SESSION_NAMED_RE.finditer(text)
        if (number := parse_ordinal(found["ordinal"])) is not None
    }


def session_years(entries: Iterable[Entry]) -> tuple[dict[int, int], list[Problem]]:
    """The year of each session whose texts are dated or whose dates a header states; a warning where they disagree."""
    stated: dict[int, list[tuple[int, Span]]] = {}
    for entry in entries:
        if entry.session is not None and entry.date is not None:
            stated.setdefault(entry.session, []).append((entry.date.year, _span(entry)))
        if entry.session is not None and entry.document is not None and entry.document.session_dates is not None:
            stated.setdefault(entry.session, []).append((entry.document.session_dates.start.year, _span(entry)))
    years = {number: found[0][0] for number, found in stated.items()}
    problems = [
        warning(span, f"session {number} dated {year}, but {years[number]} elsewhere")
        for number, found in stated.items()
        for year, span in found
        if year != years[number]
    ]
    return years, problems


def _span(entry: Entry) -> Span:
    """Where an entry's date comes from: its own text, else its first citation."""
    return entry.document.paragraphs[0].span if entry.document else entry.cited_by[0].span


def session_of_symbol(doc: Document, years: dict[int, int]) -> int | None:
    """The session of a text whose symbol carries a year: CTOC/COP/2020/… → the one session of 2020."""
    found = SYMBOL_YEAR_RE.search(doc.symbol or "")
    if found is None:
        return None
    sessions = [number for number, year in years.items() if year == int(found["year"])]
    return sessions[0] if len(sessions) == 1 else None


def build_sessions(entries: Sequence[Entry], named: set[int], years: dict[int, int]) -> tuple[Session, ...]:
    """Every session the texts name or number, with what they say of it."""
    held: dict[int, list[Entry]] = {}  # by session number, in corpus order
    for entry in entries:
        if entry.session is not None:
            held.setdefault(entry.session, []).append(entry)
    sessions = []
    for number in sorted(named | held.keys()):
        its = held.get(number, [])
        docs = [e.document for e in its if e.document]
        sessions.append(
            Session(
                number,
                years.get(number),
                _first(doc.session_dates for doc in docs),
                _first(doc.place for doc in docs),
                tuple(sorted(e.ref for e in its)),
                tuple(sorted({e.date for e in its if e.date and e.ref.kind != "draft"})),
            )
        )
    return tuple(sessions)


def _first(values: Iterable[T | None]) -> T | None:
    return next((v for v in values if v is not None), None)
