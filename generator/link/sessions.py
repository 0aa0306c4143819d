"""The sessions of every body: their numbers, years, dates, place and documents, as the texts tell them."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TypeVar

from generator.bodies import BY_KEY, HOME_BODY
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
# "CTOC/COP/2020/L.5" carries its year; "A/C.3/80/L.10" its session
SYMBOL_SESSION_RE = re.compile(r"/(?:(?P<year>(?:19|20)\d\d)|(?P<session>\d{1,3}))/")
SessionKey = tuple[str, int]  # a session: its body's key and its number


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


def session_years(entries: Iterable[Entry]) -> tuple[dict[SessionKey, int], list[Problem]]:
    """The year of each body's session whose texts are dated or whose dates a header states; a warning where
    they disagree."""
    stated: dict[SessionKey, list[tuple[int, Span]]] = {}
    for entry in entries:
        if entry.session is None:
            continue
        key = (entry.ref.body, entry.session)
        if entry.date is not None:
            stated.setdefault(key, []).append((entry.date.year, _span(entry)))
        if entry.document is not None and entry.document.session_dates is not None:
            stated.setdefault(key, []).append((entry.document.session_dates.start.year, _span(entry)))
    years = {key: found[0][0] for key, found in stated.items()}
    problems = [
        warning(span, f"{_named(key)} dated {year}, but {years[key]} elsewhere")
        for key, found in stated.items()
        for year, span in found
        if year != years[key]
    ]
    return years, problems


def _named(key: SessionKey) -> str:
    """A session as messages name it: "session 10", "General Assembly session 78"."""
    body, number = key
    return f"session {number}" if body == HOME_BODY else f"{BY_KEY[body].name} session {number}"


def _span(entry: Entry) -> Span:
    """Where an entry's date comes from: its own text, else its first citation."""
    return entry.document.paragraphs[0].span if entry.document else entry.cited_by[0].span


def session_of_symbol(doc: Document, body: str, years: dict[SessionKey, int]) -> int | None:
    """The session of a text whose symbol carries it: A/C.3/80/L.10 → 80; CTOC/COP/2020/… → the one session of 2020."""
    found = SYMBOL_SESSION_RE.search(doc.symbol or "")
    if found is None:
        return None
    if found["session"]:
        return int(found["session"])
    sessions = [number for (held, number), year in years.items() if held == body and year == int(found["year"])]
    return sessions[0] if len(sessions) == 1 else None


def build_sessions(
    entries: Sequence[Entry], named: set[int], years: dict[SessionKey, int], reports: dict[SessionKey, str]
) -> tuple[Session, ...]:
    """Every session the texts name or number, of every body, with what they say of it; by body, then number.

    `named` are the Conference's sessions its texts name ("at its eleventh session"); `reports` the
    symbols of the sessions' reports the texts give (`link.reports`).
    """
    held: dict[SessionKey, list[Entry]] = {}  # by body and session number, in corpus order
    for entry in entries:
        if entry.session is not None:
            held.setdefault((entry.ref.body, entry.session), []).append(entry)
    sessions = []
    for key in sorted({(HOME_BODY, n) for n in named} | held.keys()):
        its = held.get(key, [])
        docs = [e.document for e in its if e.document]
        sessions.append(
            Session(
                key[1],
                years.get(key),
                _first(doc.session_dates for doc in docs),
                _first(doc.place for doc in docs),
                tuple(sorted(e.ref for e in its)),
                tuple(sorted({e.date for e in its if e.date and e.ref.kind != "draft"})),
                key[0],
                reports.get(key),
            )
        )
    return tuple(sessions)


def _first(values: Iterable[T | None]) -> T | None:
    return next((v for v in values if v is not None), None)
