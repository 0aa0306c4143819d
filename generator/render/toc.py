"""The table of contents of a document page: preamble, operative paragraphs with their first words, annexes, notes."""

from __future__ import annotations

from dataclasses import dataclass

from generator.corpus import anchor_of
from generator.model import Document, Role

FIRST_WORDS = 6  # enough to tell one operative paragraph from another: "Urges States parties to …"


@dataclass(frozen=True, slots=True)
class TocLine:
    """A line of the contents: where it leads, the number as printed, the first words."""

    anchor: str
    number: str
    words: str


@dataclass(frozen=True, slots=True)
class Toc:
    """The contents of one document page."""

    preamble: str | None  # the anchor of the first preambular paragraph
    preamble_count: int
    operative: tuple[TocLine, ...]
    annexes: tuple[TocLine, ...]  # each annex heading, then the annex's own numbered paragraphs
    footnotes: int


def first_words(text: str) -> str:
    """The first words of a paragraph, "…" after them when there are more.

    >>> first_words("Urges States parties to prevent the trafficking in firearms;")
    'Urges States parties to prevent the …'
    """
    words = text.split(maxsplit=FIRST_WORDS)  # the rest of the text in one piece, if there is more
    return " ".join(words[:FIRST_WORDS]) + (" …" if len(words) > FIRST_WORDS else "")


def document_toc(doc: Document, numbers: dict[str, str]) -> Toc:
    """The contents of `doc`; `numbers` gives the printed number of each anchor that has one ("14.", "(a)")."""
    preamble = [a for p in doc.paragraphs if p.role is Role.PREAMBLE and (a := anchor_of(p))]
    lines: dict[Role, list[TocLine]] = {Role.OPERATIVE: [], Role.ANNEX: []}
    for paragraph in doc.paragraphs:
        anchor = anchor_of(paragraph)
        if anchor is None or paragraph.role not in lines:
            continue
        heading = paragraph.role is Role.ANNEX and anchor.endswith("-heading")
        if heading or anchor in numbers or paragraph.role is Role.OPERATIVE:  # unnumbered operative ones too
            words = paragraph.text if heading else first_words(paragraph.text)
            lines[paragraph.role].append(TocLine(anchor, numbers.get(anchor, ""), words))
    return Toc(
        preamble[0] if preamble else None,
        len(preamble),
        tuple(lines[Role.OPERATIVE]),
        tuple(lines[Role.ANNEX]),
        len(doc.footnotes),
    )
