"""The page of a session: its dates and place, its documents, the events leading up to it."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from generator.bodies import BY_KEY, HOME_BODY
from generator.corpus import Corpus, Event, Session
from generator.docref import DocRef
from generator.render.lookup import Lookup, session_name
from generator.render.official import official_document
from generator.render.parts import Fact, day

SESSION_TEMPLATE = "session.html"
NUMBERS_RE = re.compile(r"\d+|\D+")


@dataclass(frozen=True, slots=True)
class DocumentLine:
    """A document of a session as pages list it."""

    label: str
    title: str
    url: str
    in_collection: bool
    date: str | None


@dataclass(frozen=True, slots=True)
class EventLine:
    """A dated event as pages list it, linked to the paragraph that names it."""

    name: str
    dates: str
    place: str | None
    start: dt.date
    url: str | None
    anchor: str | None


def session_days(session: Session) -> tuple[dt.date, dt.date] | None:
    """The first and last day known of a session: its dates, else its adoption days, else its year's end."""
    if session.dates:
        return session.dates.start, session.dates.end
    if session.adopted:
        return min(session.adopted), max(session.adopted)
    return (dt.date(session.year, 12, 31),) * 2 if session.year else None


def session_when(session: Session) -> str | None:
    """When a session met, as far as the texts tell: "14–18 October 2024", "texts adopted 10 October 2014"."""
    if session.dates:
        return str(session.dates)
    if session.adopted:
        return "texts adopted " + ", ".join(day(d) for d in session.adopted)
    return str(session.year) if session.year else None


def events_by_session(corpus: Corpus) -> dict[int, tuple[Event, ...]]:
    """Each event under the first session of the Conference that ends on or after it: the events leading up to it.

    The events are the meetings the Conference's texts name (its working groups'): another body's text names
    the meetings of its own world, and other bodies' sessions list none.
    """
    dated = [(days[1], s.number) for s in corpus.sessions if s.body == HOME_BODY and (days := session_days(s))]
    dated.sort()
    found: dict[int, list[Event]] = {}
    for event in (e for e in corpus.events if e.source.body == HOME_BODY):
        after = [number for end, number in dated if end >= event.dates.start]
        owner = after[0] if after else (dated[-1][1] if dated else None)
        if owner is not None:
            found.setdefault(owner, []).append(event)
    return {number: tuple(events) for number, events in found.items()}


def session_title(session: Session) -> str:
    """A session as its page names it: "12th session", "General Assembly, 78th session"."""
    name = session_name(session.number)
    return name.capitalize() if session.body == HOME_BODY else f"{BY_KEY[session.body].name}, {name}"


def numeric_order(ref: DocRef) -> tuple[object, ...]:
    """How lists order documents: by kind, then by the numbers in their identity, 10/2 before 10/10.

    >>> refs = [DocRef("cop", "resolution", n) for n in ("10/10", "10/2", "9/1")]
    >>> [r.id for r in sorted(refs, key=numeric_order)]
    ['9/1', '10/2', '10/10']
    """
    parts = [(0, int(part), "") if part.isdigit() else (1, 0, part) for part in NUMBERS_RE.findall(ref.id)]
    return (ref.body, ref.kind, parts)


def document_line(ref: DocRef, lookup: Lookup) -> DocumentLine:
    """How a list shows one document: label, title, whether its text is in the collection, date."""
    entry = lookup.entries.get(ref)
    in_collection = bool(entry and entry.document)
    date = day(entry.date) if entry and entry.date else None
    return DocumentLine(ref.label, lookup.title(ref), ref.url, in_collection, date)


def event_line(event: Event, lookup: Lookup) -> EventLine:
    """How a list shows one event, linked to where a text names it."""
    url, anchor = lookup.event_link(event) or (None, None)
    return EventLine(event.name, str(event.dates), event.place, event.dates.start, url, anchor)


def session_context(session: Session, events: tuple[Event, ...], lookup: Lookup) -> dict[str, object]:
    """What the page of one session shows, for `session.html`: its facts, documents and the events before it."""
    when = session_when(session)
    facts = [Fact("When", when)] if when else []
    facts += [Fact("Place", session.place)] if session.place else []
    lines = [document_line(ref, lookup) for ref in sorted(session.documents, key=numeric_order)]
    return {
        "title": session_title(session),
        "body": BY_KEY[session.body].short,
        "facts": facts,
        "in_collection": [line for line in lines if line.in_collection],
        "cited_only": [line for line in lines if not line.in_collection],
        "events": [event_line(e, lookup) for e in events],
        "official": official_document(session.report) if session.report else None,
    }

