"""A small hand-made corpus for the render tests: hostile text, repeated markers, citations both ways."""

from __future__ import annotations

import datetime as dt

from generator.corpus import Citation, Corpus, Entry, Event, Session
from generator.docref import DocRef
from generator.model import (
    DateRange,
    Document,
    Footnote,
    Inline,
    Kind,
    Marker,
    Paragraph,
    Reference,
    Role,
    Span,
    Target,
    Text,
)
from generator.problems import Level, Problem

HOSTILE = '<script>alert("x")</script> {{ 7 * 7 }} {% raw %} & "quotes"'
MAIN = DocRef("cop", "resolution", "3/1")
OTHER = DocRef("cop", "resolution", "3/2")
DRAFT = DocRef("cop", "draft", "CTOC/COP/2099/L.1")
CITED = DocRef("cop", "decision", "2/5")
OUTSIDE = DocRef("general-assembly", "resolution", "61/9")


def para(path: str, line: int, role: Role, label: str | None, *inlines: Inline) -> Paragraph:
    return Paragraph(role, inlines, Span(path, line, line), label)


def ref(text: str, doc: DocRef, paragraph: str | None = None, title: str | None = None) -> Reference:
    return Reference(text, Target(doc.kind, doc, paragraph, title=title, date=dt.date(2004, 10, 1) if title else None))


def main_document() -> Document:
    path = "seeds/main.txt"
    return Document(
        source=path,
        body="cop",
        kind=Kind.RESOLUTION,
        number="3/1",
        session=3,
        place="Vienna",
        title="Hostile title " + HOSTILE,
        paragraphs=(
            para(path, 1, Role.HEADER, None, Text("Resolution 3/1")),
            para(path, 2, Role.TITLE, None, Text("Hostile title")),
            para(path, 3, Role.OPENING, None, Text("The Conference of the Parties,")),
            para(
                path,
                4,
                Role.PREAMBLE,
                "1",
                Text("Recalling", True),
                Text(" its "),
                ref("decision 2/5", CITED, "4", title="A title the citation gives"),
                Text(","),
                Marker("1"),
            ),
            para(path, 5, Role.PREAMBLE, "2", Text("Noting " + HOSTILE + ","), Marker("2")),
            para(
                path,
                6,
                Role.OPERATIVE,
                "1",
                Text("Decides", True),
                Text(" to act, as in "),
                ref("paragraph (b) of resolution 3/2", OTHER, "b"),
                Text(";"),
                Marker("1"),
            ),
            para(
                path,
                7,
                Role.OPERATIVE,
                "2",
                Text("Welcomes", True),
                Text(" "),
                ref("General Assembly resolution 61/9", OUTSIDE),
                Text(" and the meeting held in Vienna in 2005;"),
            ),
            para(path, 8, Role.OPERATIVE, "3", Text("Requests", True), Text(" more;")),
        ),
        footnotes=(
            Footnote("1", (Text("Ibid., vol. 1."),), Span(path, 9, 9)),
            Footnote("2", (Text("Note with " + HOSTILE),), Span(path, 10, 10)),
        ),
    )


def other_document() -> Document:
    path = "seeds/other.txt"
    return Document(
        source=path,
        body="cop",
        kind=Kind.RESOLUTION,
        number="3/2",
        session=3,
        title="Other resolution",
        paragraphs=(
            para(path, 1, Role.OPENING, None, Text("The Conference,")),
            para(path, 2, Role.OPERATIVE, "a", Text("Adopts "), ref("resolution 3/1", MAIN), Text(";")),
            para(path, 3, Role.OPERATIVE, "b", Text("Urges States.")),
        ),
    )


def draft_document() -> Document:
    path = "seeds/draft.txt"
    return Document(
        source=path,
        body="cop",
        kind=Kind.DRAFT_RESOLUTION,
        symbol="CTOC/COP/2099/L.1",
        session=3,
        sponsors=("Ruritania", "Freedonia"),
        distribution="Limited",
        agenda_item="2 (d)",
        distributed=dt.date(2006, 10, 10),
        title="Other resolution",
        paragraphs=(
            para(path, 1, Role.OPERATIVE, "1", Text("Urges "), ref("paragraph 3 of resolution 3/1", MAIN, "3")),
        ),
    )


def cite(source: DocRef, anchor: str, line: int, reference: Reference, resolved: bool = True) -> Citation:
    return Citation(source, anchor, Span(f"seeds/{source.slug}.txt", line, line), reference, resolved)


def corpus() -> Corpus:
    """The hand-made corpus: three texts in the collection, two cited only, two sessions, one event."""
    main, other, draft = main_document(), other_document(), draft_document()
    citations = (
        cite(MAIN, "preamble-1", 4, main.paragraphs[3].inlines[2]),  # type: ignore[arg-type]
        cite(MAIN, "para-1", 6, main.paragraphs[5].inlines[2]),  # type: ignore[arg-type]
        cite(MAIN, "para-2", 7, main.paragraphs[6].inlines[2], resolved=False),  # type: ignore[arg-type]
        cite(OTHER, "para-a", 2, other.paragraphs[1].inlines[1]),  # type: ignore[arg-type]
        cite(DRAFT, "para-1", 1, draft.paragraphs[0].inlines[1]),  # type: ignore[arg-type]
    )

    def cited_by(target: DocRef) -> tuple[Citation, ...]:
        return tuple(c for c in citations if c.reference.target.doc == target)

    entries = (
        Entry(CITED, None, "A title the citation gives", dt.date(2004, 10, 1), 2, cited_by(CITED)),
        Entry(MAIN, main, main.title, None, 3, cited_by(MAIN)),
        Entry(OTHER, other, other.title, None, 3, cited_by(OTHER), drafts=(DRAFT,)),
        Entry(DRAFT, draft, draft.title, None, 3, cited_by(DRAFT), draft_of=OTHER),
        Entry(OUTSIDE, None, None, None, None, cited_by(OUTSIDE)),
    )
    sessions = (
        Session(2, 2004, None, None, (CITED,)),
        Session(3, 2006, DateRange(dt.date(2006, 10, 9), dt.date(2006, 10, 13)), "Vienna", (MAIN, OTHER, DRAFT)),
    )
    events = (
        Event(
            "Working Group, first meeting",
            DateRange(dt.date(2005, 5, 2), dt.date(2005, 5, 3)),
            "Vienna",
            MAIN,
            Span("seeds/main.txt", 7, 7),
        ),
    )
    problems = (Problem("seeds/main.txt", 5, Level.WARNING, "a warning with " + HOSTILE),)
    return Corpus(tuple(sorted(entries, key=lambda e: e.ref)), citations, sessions, events, problems)
