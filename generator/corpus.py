"""The linked collection: every document, every citation, the sessions and events."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from generator.bodies import HOME_BODY
from generator.docref import DocRef, session_url
from generator.memo import memo
from generator.model import DateRange, Document, Paragraph, Reference, Role, Span
from generator.problems import Problem
from generator.value import Value

if TYPE_CHECKING:  # the lineage step makes them from the corpus: only the annotation names them
    from generator.lineage.result import Lineage


@dataclass(frozen=True, slots=True)
class Citation(Value):
    """One reference, where it stands and what it points at."""

    source: DocRef  # the citing document
    anchor: str | None  # the citing paragraph's or footnote's id ("para-12", "fn-3")
    span: Span  # the citing paragraph's source lines
    reference: Reference
    resolved: bool  # whether the target is a page of the site or an official URL
    url: str | None = None  # once resolved, where: a site path with its anchor, or an official URL (`link.url_of`)


@dataclass(frozen=True, slots=True)
class FootnoteLinks(Value):
    """A footnote of a document in the collection, with the markers that point at it."""

    label: str
    markers: tuple[str | None, ...]  # per marker, in text order: the anchor of the paragraph it stands in
    repeats: str | None = None  # for an "Ibid." footnote: the label of the footnote it repeats


@dataclass(frozen=True, slots=True)
class Traced(Value):
    """The paragraphs of a text whose language the lineage step traces, with their digests (`lineage.traced`)."""

    positions: tuple[int, ...]  # their places among the text's paragraphs, in order
    digests: str  # beside `positions`, the digest of each one's word keys: hex digits of one length, end to end
    digest: str  # of their anchors and word keys, all of them: what the lineage step reads of the text


@dataclass(frozen=True, slots=True)
class Collected(Value):
    """What linking learns from one document alone: found where the document is read, and cached with it."""

    footnotes: tuple[FootnoteLinks, ...]  # each footnote with the markers that point at it
    citations: tuple[Citation, ...]  # in text order, paragraphs then footnotes, not yet resolved
    sessions: frozenset[int]  # the Conference sessions the text names by ordinal ("at its eleventh session")
    events: tuple[Event, ...]  # the dated meetings the text names, in text order
    problems: tuple[Problem, ...]  # what linking the footnotes warned about
    reports: tuple[SessionReport, ...] = ()  # the session reports whose symbols the text gives, in text order
    traced: Traced | None = None  # its traced paragraphs, for the lineage step


@dataclass(frozen=True, slots=True)
class Entry:
    """What the corpus knows of one document, whether its text is in the collection or only cited."""

    ref: DocRef
    document: Document | None  # None: cited only, its text not yet in the collection
    title: str | None  # the text's own title, else the one citations give
    date: dt.date | None  # adoption date, stated or harvested from citations
    session: int | None  # the session of its body (`ref.body`) it was adopted at or submitted to; None if none
    cited_by: tuple[Citation, ...]  # citations elsewhere that point at this document
    draft_of: DocRef | None = None  # for a draft: the resolution it became (inferred from the title)
    drafts: tuple[DocRef, ...] = ()  # for a resolution: its drafts in the collection
    footnotes: tuple[FootnoteLinks, ...] = ()  # for a document in the collection: its footnotes' markers


@dataclass(frozen=True, slots=True)
class Session:
    """A session of a body, as the texts tell it."""

    number: int
    year: int | None
    dates: DateRange | None
    place: str | None
    documents: tuple[DocRef, ...]  # adopted at or submitted to it, in the collection or cited
    adopted: tuple[dt.date, ...] = ()  # the days its texts were adopted, as stated or cited
    body: str = HOME_BODY  # the key of the body whose session it is
    report: str | None = None  # the symbol of its report, as a text gives it: where its resolutions are published

    @property
    def url(self) -> str:
        """The site path of its page: "sessions/10/", "general-assembly/sessions/78/"."""
        return session_url(self.body, self.number)


@dataclass(frozen=True, slots=True)
class Event(Value):
    """A dated meeting the texts name: Working Group meetings, review conferences."""

    name: str  # "Working Group on Firearms, seventh meeting"
    dates: DateRange
    place: str | None
    source: DocRef
    span: Span


@dataclass(frozen=True, slots=True)
class SessionReport(Value):
    """A text's word for the symbol of a session's report: "the report of the Conference on its tenth session"."""

    body: str  # the key of the body whose session it is
    session: int
    symbol: str  # "CTOC/COP/2020/10"
    span: Span  # where the text gives it


@dataclass(frozen=True, slots=True)
class Corpus:
    """All documents linked: the one object the renderer reads."""

    entries: tuple[Entry, ...]  # sorted by ref
    citations: tuple[Citation, ...]  # in document then text order
    sessions: tuple[Session, ...]  # by body key, then number
    events: tuple[Event, ...]  # by date
    problems: tuple[Problem, ...]  # everything the build warned about or refused
    lineage: Lineage | None = None  # each paragraph's precedents and successors, each text's life (`generator.lineage`)
    by_ref: Mapping[DocRef, Entry] = field(init=False, repr=False, compare=False)  # entries by identity
    by_symbol: Mapping[str, DocRef] = field(init=False, repr=False, compare=False)  # texts held, by symbol
    # per text held, operative label -> anchor, the first paragraph of each label; made on first use
    labelled: dict[DocRef, dict[str, str | None]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_ref", {entry.ref: entry for entry in self.entries})
        held = {doc.symbol: entry.ref for entry in self.entries if (doc := entry.document) and doc.symbol}
        object.__setattr__(self, "by_symbol", held)
        object.__setattr__(self, "labelled", {})

    def entry(self, ref: DocRef) -> Entry | None:
        """The entry of `ref`, if the corpus knows it."""
        return self.by_ref.get(ref)

    def operative_anchor(self, ref: DocRef, label: str) -> str | None:
        """The anchor of the operative paragraph labelled `label` in the text of `ref`, if the collection holds one."""
        anchors = self.labelled.get(ref)
        if anchors is None:
            entry = self.by_ref.get(ref)
            anchors = self.labelled[ref] = {}
            for paragraph in entry.document.operative if entry and entry.document else ():
                if paragraph.label is not None:
                    anchors.setdefault(paragraph.label, anchor_of(paragraph))
        return anchors.get(label)


def anchor_of(paragraph: Paragraph) -> str | None:
    """`paragraph.anchor`, made once for each role, label and repeat: pages ask for it many times over."""
    return anchor_for(paragraph.role, paragraph.label, paragraph.repeat)


@memo(4096)
def anchor_for(role: Role, label: str | None, repeat: int = 0) -> str | None:
    """The anchor of any paragraph of this role, label and repeat: "para-14" for operative paragraph 14."""
    return Paragraph(role, (), Span("", 1, 1), label, repeat).anchor
