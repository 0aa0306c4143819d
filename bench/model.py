"""The synthetic document: what the synthesiser composes and every shape renders."""

from __future__ import annotations

from dataclasses import dataclass

from generator.model import Text

COP = "The Conference of the Parties to the United Nations Convention against Transnational Organized Crime"


@dataclass(frozen=True, slots=True)
class Note:
    """A footnote marker standing in the text, carrying the footnote's own text."""

    runs: tuple[Text, ...]  # the footnote text; its label is its rank in the document


Piece = Text | Note


@dataclass(frozen=True, slots=True)
class Para:
    """One preambular or operative paragraph."""

    lead: str  # the opening verb phrase ("Recalling also"), set in italics by some shapes
    pieces: tuple[Piece, ...]  # the rest of the paragraph, starting with its separating space
    label: str | None = None  # "1", "a" for operative paragraphs; None in the preamble


@dataclass(frozen=True, slots=True)
class Plan:
    """The identity of one synthetic document, fixed before any text is composed."""

    index: int  # rank in the corpus; a document cites only lower ranks
    shape: str  # plain, markdown or pdf
    kind: str  # resolution, decision, draft or ga (a General Assembly resolution)
    session: int  # the Conference session (for ga: the Conference session of that year)
    number: str | None  # "14/3", "78/47"; None for drafts
    symbol: str | None  # "CTOC/COP/2028/L.3/Rev.1" for drafts
    date: str  # adoption or distribution date, "22 October 2028"
    title: str
    sponsors: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        """The file name: a rank only, no meaning."""
        return f"syn_{self.index:06d}.txt"

    @property
    def key(self) -> str:
        """How a citation names the document: "resolution 14/3", "ga 78/47", "draft CTOC/…"."""
        return f"{self.kind} {self.symbol if self.kind == 'draft' else self.number}"


@dataclass(frozen=True, slots=True)
class SynDoc:
    """A composed synthetic document."""

    plan: Plan
    opening: str  # "The Conference of the Parties …," or "The General Assembly,"
    preamble: tuple[Para, ...]
    operative: tuple[Para, ...]
    cites: tuple[str, ...]  # keys of the synthetic documents it cites, in text order

    @property
    def footnotes(self) -> int:
        """How many footnotes the document has."""
        return sum(isinstance(p, Note) for para in (*self.preamble, *self.operative) for p in para.pieces)
