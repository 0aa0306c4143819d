"""The linked collection: every document, every citation, the sessions and events."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from generator.docref import DocRef
from generator.model import DateRange, Document, Reference, Span
from generator.problems import Problem


@dataclass(frozen=True, slots=True)
class Citation:
    """One reference, where it stands and what it points at."""

    source: DocRef  # the citing document
    anchor: str | None  # the citing paragraph's or footnote's id ("para-12", "fn-3")
    span: Span  # the citing paragraph's source lines
    reference: Reference
    resolved: bool  # whether the target is a page of the site or an official URL


@dataclass(frozen=True, slots=True)
class Entry:
    """What the corpus knows of one document, whether its text is in the collection or only cited."""

    ref: DocRef
    document: Document | None  # None: cited only, its text not yet in the collection
    title: str | None  # the text's own title, else the one citations give
    date: dt.date | None  # adoption date, stated or harvested from citations
    session: int | None
    cited_by: tuple[Citation, ...]  # citations elsewhere that point at this document
    draft_of: DocRef | None = None  # for a draft: the resolution it became (inferred from the title)
    drafts: tuple[DocRef, ...] = ()  # for a resolution: its drafts in the collection


@dataclass(frozen=True, slots=True)
class Session:
    """A session of the Conference, as the texts tell it."""

    number: int
    year: int | None
    dates: DateRange | None
    place: str | None
    documents: tuple[DocRef, ...]  # adopted at or submitted to it, in the collection or cited


@dataclass(frozen=True, slots=True)
class Event:
    """A dated meeting the texts name: Working Group meetings, review conferences."""

    name: str  # "Working Group on Firearms, seventh meeting"
    dates: DateRange
    place: str | None
    source: DocRef
    span: Span


@dataclass(frozen=True, slots=True)
class Corpus:
    """All documents linked: the one object the renderer reads."""

    entries: tuple[Entry, ...]  # sorted by ref
    citations: tuple[Citation, ...]  # in document then text order
    sessions: tuple[Session, ...]  # by number
    events: tuple[Event, ...]  # by date
    problems: tuple[Problem, ...]  # everything the build warned about or refused

    def entry(self, ref: DocRef) -> Entry | None:
        """The entry of `ref`, if the corpus knows it."""
        for entry in self.entries:
            if entry.ref == ref:
                return entry
        return None
