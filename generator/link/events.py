"""Dated meetings the texts name: "the Working Group on Firearms at its seventh meeting, held in Vienna on …"."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence

from generator.corpus import Event
from generator.dates import parse_date_range
from generator.docref import DocRef
from generator.model import DateRange, Document
from generator.normalise.ordinals import ORDINAL

ORDINALS = rf"(?P<ordinals>(?i:{ORDINAL})(?:(?:,\s*|,?\s+and\s+)(?i:{ORDINAL}))*)"
NAME = r"[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|on|for|and|the|in|to|against))*"
DAYS = r"(?:on|from)\s+[\w\s–-]*?\d{4}"
HELD_RE = re.compile(
    rf",?\s*held(?:\s+in\s+(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*))?\s+(?P<days>{DAYS}(?:,?\s+and\s+{DAYS})*)"
)
DAYS_SEPARATOR_RE = re.compile(r",?\s+and\s+(?=(?:on|from)\s)")
MEETINGS_OF_RE = re.compile(rf"\b{ORDINALS}\s+meetings?\s+of\s+the\s+(?P<name>{NAME})$")
AT_ITS_RE = re.compile(rf"\bthe\s+(?P<name>{NAME})\s+at\s+its\s+{ORDINALS}\s+meetings?$")
THE_ORDINAL_RE = re.compile(rf"\bthe\s+{ORDINALS}\s+(?=[A-Z])")
ORDINAL_RE = re.compile(rf"(?i:{ORDINAL})")


def find_events(doc: Document, ref: DocRef, texts: Sequence[str]) -> Iterator[Event]:
    """Each meeting `doc` names with an ordinal and dates, one per ordinal: "tenth and eleventh meetings".

    `texts` are the texts of its paragraphs, in order.
    """
    for paragraph, text in zip(doc.paragraphs, texts, strict=True):
        if "held" not in text:  # every match holds the word; most paragraphs name no meeting: skip the costly search
            continue
        for held in HELD_RE.finditer(text):
            named = _name(text[: held.start()].rstrip(" ,"))
            if named is None:
                continue
            name, ordinals = named
            days = [d for d in map(parse_date_range, DAYS_SEPARATOR_RE.split(held["days"])) if d is not None]
            for ordinal, dates in _pairs(ordinals, days):
                yield Event(name(ordinal), dates, held["place"], ref, paragraph.span)


def _name(before: str) -> tuple[Callable[[str], str], list[str]] | None:
    """How to name each meeting the words before "held" name, and their ordinals."""
    # both patterns name "meeting": a search for them elsewhere would only cost time
    found = (MEETINGS_OF_RE.search(before) or AT_ITS_RE.search(before)) if "meeting" in before else None
    if found is not None:
        group = found["name"]
        return (lambda ordinal: f"{group}, {ordinal} meeting"), ORDINAL_RE.findall(found["ordinals"])
    conference = list(THE_ORDINAL_RE.finditer(before))
    if not conference:
        return None
    title = before[conference[-1].end() :]
    return (lambda ordinal: f"{ordinal.capitalize()} {title}"), ORDINAL_RE.findall(conference[-1]["ordinals"])


def _pairs(ordinals: list[str], days: list[DateRange]) -> Iterable[tuple[str, DateRange]]:
    """Ordinals with their dates: in order ("…, respectively"), or all on the one date given."""
    if len(days) == 1:
        return [(ordinal, days[0]) for ordinal in ordinals]
    return zip(ordinals, days, strict=True) if len(days) == len(ordinals) else []


def unique_events(events: Iterable[Event]) -> tuple[Event, ...]:
    """Each meeting once, by date: the first text that names it stands as its source."""
    seen: dict[tuple[str, DateRange], Event] = {}
    for event in events:
        seen.setdefault((event.name.casefold(), event.dates), event)
    return tuple(sorted(seen.values(), key=lambda e: (e.dates.start, e.name)))
