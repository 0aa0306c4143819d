"""The document model every step after a reader works on."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from generator.docref import DocRef
from generator.memo import memo
from generator.problems import Level, Problem
from generator.value import Value, replace

if TYPE_CHECKING:  # the corpus is made of documents: only the annotation names it
    from generator.corpus import Collected


@dataclass(frozen=True, slots=True)
class Span(Value):
    """Where a node stands in its seed file."""

    path: str  # the seed's path as given to the reader
    first: int  # first source line, 1-based
    last: int  # last source line, 1-based, >= first

    def __str__(self) -> str:
        return f"{self.path}:{self.first}"

    def through(self, other: Span) -> Span:
        """The span from the start of this one to the end of `other`."""
        return Span(self.path, min(self.first, other.first), max(self.last, other.last))


@dataclass(frozen=True, slots=True)
class Text(Value):
    """A run of plain text."""

    text: str  # the characters, whitespace folded to single spaces
    emphasis: bool = False  # set in italics in the official text


@dataclass(frozen=True, slots=True)
class Marker(Value):
    """A footnote marker standing in the text."""

    label: str  # the label of the footnote it points at ("1")


@dataclass(frozen=True, slots=True)
class Target(Value):
    """What a reference points at: a document, a part of one, or an outside thing."""

    kind: str  # resolution, decision, article, symbol, treaty, sdg-target, sdg-indicator
    doc: DocRef | None = None  # the cited resolution or decision, if it is one
    paragraph: str | None = None  # operative label for "paragraph 14 of …"
    key: str = ""  # the identity of a non-document target ("A/60/88", "convention:32", "16.4")
    date: dt.date | None = None  # the date the citation gives ("of 10 October 2014")
    title: str | None = None  # the title the citation gives ("entitled …")
    assumed: bool = False  # the citation names no body: `doc`'s is the citing text's, nothing confirming it


@dataclass(frozen=True, slots=True)
class Reference(Value):
    """A citation found in the text: the characters it covers and what they point at."""

    text: str  # the exact characters cited
    target: Target
    emphasis: bool = False


Inline = Text | Marker | Reference


def plain_text(inlines: tuple[Inline, ...]) -> str:
    """The characters of `inlines`, footnote markers left out."""
    return "".join([i.text for i in inlines if not isinstance(i, Marker)])  # a list joins faster than a generator


class Kind(str, Enum):
    """What sort of text a document is."""

    RESOLUTION = "resolution"
    DECISION = "decision"
    DRAFT_RESOLUTION = "draft resolution"
    DRAFT_DECISION = "draft decision"
    OTHER = "other"

    @property
    def is_draft(self) -> bool:
        """Whether the text is a draft, not yet adopted."""
        return self in (Kind.DRAFT_RESOLUTION, Kind.DRAFT_DECISION)


class Role(str, Enum):
    """The part of a document a paragraph belongs to."""

    HEADER = "header"  # masthead lines: body, distribution, session, sponsors
    TITLE = "title"
    OPENING = "opening"  # "The Conference of the Parties to …,"
    PREAMBLE = "preamble"
    OPERATIVE = "operative"
    CLOSING = "closing"  # after the operative part: "46th plenary meeting"
    ANNEX = "annex"  # from an "Annex" heading on: the annexed text, with its own numbering
    BODY = "body"  # not yet classified (between the reader and `classify_paragraphs`)


MASTHEAD_ROLES = (Role.HEADER, Role.TITLE, Role.OPENING)
ANNEX_HEADING = 160  # characters: an unnumbered line of an annex no longer than this, unpunctuated, is a heading

ANCHOR_PREFIXES = {
    Role.PREAMBLE: "preamble",
    Role.OPERATIVE: "para",
    Role.CLOSING: "closing",
    Role.ANNEX: "annex",
    Role.BODY: "p",
}


def unnumbered(label: str) -> int | None:
    """The place of a paragraph the text does not number, from its label "p2", among the unnumbered ones of its part.

    >>> unnumbered("p2"), unnumbered("2"), unnumbered("II p3")
    (2, None, None)
    """
    return int(label[1:]) if label[:1] == "p" and label[1:].isdigit() else None


@memo(4096)  # the same few labels in every document: asked for many times per paragraph
def paragraph_anchor(role: Role, label: str, repeat: int) -> str | None:
    """The HTML id of a paragraph of `role` labelled `label`, the `repeat`-th of that label before it."""
    prefix = ANCHOR_PREFIXES.get(role)
    if prefix is None:
        return None
    slug = "-".join(filter(None, ("".join(c for c in part if c.isalnum()) for part in label.lower().split())))
    return f"{prefix}-{slug}" + (f"-{repeat + 1}" if repeat else "")


class Inlined(Value):
    """A paragraph or footnote: its characters are worked out from its inlines once, when first asked for.

    They are kept in a slot of this class, which is no field: not compared, pickled or
    stored. The inlines of a frozen value never change, so what is kept never goes stale.
    """

    __slots__ = ("_text",)
    _text: str
    inlines: tuple[Inline, ...]  # the subclass's field

    @property
    def text(self) -> str:
        """The characters without footnote markers."""
        try:
            return self._text
        except AttributeError:  # not yet asked for
            text = plain_text(self.inlines)
            _keep_text(self, text)
            return text


_keep_text = Inlined.__dict__["_text"].__set__  # the slot's own setter: the value is frozen


@dataclass(frozen=True, slots=True)
class Paragraph(Inlined):
    """One paragraph of a document."""

    role: Role
    inlines: tuple[Inline, ...]  # its text, label stripped
    span: Span  # the lines it stands on, across any page break that cut it
    label: str | None = None  # "1", "a", "18 (a)" for operative; "1".. for preamble
    repeat: int = 0  # how many paragraphs of the same role and label come before it (a numbering slip)

    @property
    def label_in_text(self) -> bool:
        """Whether the text printed its label, stripped from its inlines: operative and annex ones, preambular items."""
        if self.label is None:
            return False
        if self.role in (Role.ANNEX, Role.OPERATIVE):  # headings and unnumbered paragraphs are named "heading", "p2"
            own = self.label.split()[-1]
            return own != "heading" and unnumbered(own) is None
        return self.role is Role.PREAMBLE and not self.label.isdigit()

    @property
    def is_heading(self) -> bool:
        """Whether it heads a part of an annex: unnumbered, short, with no closing punctuation."""
        if self.role is not Role.ANNEX or self.label is None or self.label.split()[-1][:1].isdigit():
            return False
        text = self.text.rstrip()
        return len(text) <= ANNEX_HEADING and text[-1:] not in ".,;:"

    @property
    def anchor(self) -> str | None:
        """The stable HTML id of the paragraph, from its own numbering."""
        return None if self.label is None else paragraph_anchor(self.role, self.label, self.repeat)


@dataclass(frozen=True, slots=True)
class Footnote(Inlined):
    """A footnote and where its text stands."""

    label: str  # as the text prints it: "1", "*"
    inlines: tuple[Inline, ...]  # its text
    span: Span  # the lines its text stands on


@dataclass(frozen=True, slots=True)
class Furniture(Value):
    """A line removed as page furniture, kept so that no word goes unaccounted for."""

    line: int
    text: str
    why: str  # "page header", "page footer", "footnote separator", …


@dataclass(frozen=True, slots=True)
class DateRange(Value):
    """The days a session or meeting ran, both ends included."""

    start: dt.date
    end: dt.date

    def __str__(self) -> str:
        if self.start == self.end:
            return f"{self.start.day} {self.start:%B %Y}"
        if (self.start.year, self.start.month) == (self.end.year, self.end.month):
            return f"{self.start.day}–{self.end.day} {self.end:%B %Y}"
        if self.start.year == self.end.year:
            return f"{self.start.day} {self.start:%B} – {self.end.day} {self.end:%B %Y}"
        return f"{self.start.day} {self.start:%B %Y} – {self.end.day} {self.end:%B %Y}"


@dataclass(frozen=True, slots=True)
class Document(Value):
    """One official text, from its header facts to its footnotes."""

    source: str  # path of the seed file
    digest: str = ""  # SHA-256 of the seed's bytes: the same text, the same digest
    body: str | None = None  # issuing body key: "cop", "general-assembly", "cosp", …
    kind: Kind = Kind.OTHER
    number: str | None = None  # "7/2", "67/234 B"
    symbol: str | None = None  # "CTOC/COP/2020/L.5/Rev.1"
    session: int | None = None  # 12
    distributed: dt.date | None = None  # the "Distr.:" date
    session_dates: DateRange | None = None  # "14–18 October 2024"
    adopted: dt.date | None = None  # the adoption date, when the text states it
    place: str | None = None  # "Vienna"
    sponsors: tuple[str, ...] = ()
    agenda_item: str | None = None  # "2 (d)"
    agenda_title: str | None = None  # the agenda item's title: "Crime prevention and criminal justice"
    distribution: str | None = None  # "Limited", "General"
    original: str | None = None  # the language it was written in: "Original: English"
    committee: str | None = None  # the Main Committee it came through: "Third Committee"
    report: str | None = None  # the symbol of the committee's report it was adopted on: "A/79/459"
    adopted_from: str | None = None  # the symbol of the draft it was adopted from: "A/80/L.2/Rev.1"
    submitter: str | None = None  # who submitted a draft no State sponsors: "the Chair"
    origin: str | None = None  # what a submitted draft comes from: "Economic and Social Council resolution 2025/15"
    title: str | None = None
    paragraphs: tuple[Paragraph, ...] = ()  # every paragraph in text order, by role
    footnotes: tuple[Footnote, ...] = ()
    furniture: tuple[Furniture, ...] = ()
    problems: tuple[Problem, ...] = ()  # what reading the text found wrong or could not settle
    references_found: bool = False  # the link step's first phase has run: citations are Reference items
    linked: Collected | None = None  # what linking learnt of the text alone, where it was read (`link.collect`)

    def note(self, line: int, level: Level, message: str) -> Document:
        """The document with one more problem, at `line` of its source."""
        return replace(self, problems=(*self.problems, Problem(self.source, line, level, message)))

    def with_role(self, role: Role) -> tuple[Paragraph, ...]:
        """The paragraphs of one role, in text order."""
        return tuple(p for p in self.paragraphs if p.role is role)

    @property
    def has_masthead(self) -> bool:
        """Whether the text was read as a UN text: a masthead or an opening was found, so its body is classified."""
        return any(p.role in MASTHEAD_ROLES for p in self.paragraphs)

    @property
    def opening(self) -> Paragraph | None:
        """The opening paragraph ("The Conference of the Parties to …,"), if the text has one."""
        found = self.with_role(Role.OPENING)
        return found[0] if found else None

    @property
    def preamble(self) -> tuple[Paragraph, ...]:
        """The preambular paragraphs, in text order."""
        return self.with_role(Role.PREAMBLE)

    @property
    def operative(self) -> tuple[Paragraph, ...]:
        """The operative paragraphs, subparagraphs included, in text order."""
        return self.with_role(Role.OPERATIVE)

    @property
    def ref(self) -> DocRef | None:
        """The document's identity, or None when the text gives none."""
        return DocRef.of(self.body, self.kind.value, self.number, self.symbol, self.session, self.title)
