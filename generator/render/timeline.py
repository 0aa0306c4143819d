"""The timeline: every session and dated event on a year axis, drawn with HTML and CSS."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from generator.bodies import BY_KEY, HOME_BODY
from generator.corpus import Corpus, Session
from generator.render.env import render_page
from generator.render.lookup import Lookup, session_name
from generator.render.session import (
    DocumentLine,
    EventLine,
    document_line,
    event_line,
    numeric_order,
    session_days,
    session_when,
)


@dataclass(frozen=True, slots=True)
class SessionMark:
    """A session on the timeline, with its documents."""

    number: int
    name: str
    url: str
    dates: str | None
    place: str | None
    documents: tuple[DocumentLine, ...]


@dataclass(slots=True)
class Year:
    """One tick of the axis and what happened in it, in date order."""

    year: int
    marks: list[tuple[dt.date, int, SessionMark | EventLine]] = field(default_factory=list)


def session_mark(session: Session, lookup: Lookup) -> SessionMark:
    """A session as the timeline and the home page draw it."""
    return SessionMark(
        session.number,
        session_name(session.number).capitalize(),
        session.url,
        session_when(session),
        session.place,
        tuple(document_line(ref, lookup) for ref in sorted(session.documents, key=numeric_order)),
    )


@dataclass(frozen=True, slots=True)
class Lane:
    """The sessions of one other body, on an axis of their own below the Conference's."""

    key: str  # the body's key, the lane's id
    name: str
    years: list[Year]
    undated: list[SessionMark]


def years(corpus: Corpus, lookup: Lookup, body: str = HOME_BODY) -> list[Year]:
    """Every year from the first to the last that anything of `body` happened in, each with its marks.

    Each axis has the events its body's texts name as well.
    """
    found: dict[int, Year] = {}
    for session in corpus.sessions:
        if session.body == body and (days := session_days(session)) is not None:
            start = days[0]
            found.setdefault(start.year, Year(start.year)).marks.append((start, 0, session_mark(session, lookup)))
    for event in (e for e in corpus.events if e.source.body == body):
        start = event.dates.start
        found.setdefault(start.year, Year(start.year)).marks.append((start, 1, event_line(event, lookup)))
    if not found:
        return []
    axis = [found.get(year, Year(year)) for year in range(min(found), max(found) + 1)]
    for year in axis:
        year.marks.sort(key=lambda mark: mark[:2])
    return axis


def render_timeline(corpus: Corpus, lookup: Lookup) -> bytes:
    """The HTML page of the timeline: the Conference's sessions and events, then a lane per other body."""
    undated = [session_mark(s, lookup) for s in corpus.sessions if s.body == HOME_BODY and session_days(s) is None]
    others = sorted({s.body for s in corpus.sessions} - {HOME_BODY}, key=lambda key: BY_KEY[key].short)
    lanes = [
        Lane(
            key,
            BY_KEY[key].short,
            years(corpus, lookup, key),
            [session_mark(s, lookup) for s in corpus.sessions if s.body == key and session_days(s) is None],
        )
        for key in others
    ]
    return render_page("timeline.html", "timeline/", years=years(corpus, lookup), undated=undated, lanes=lanes)
