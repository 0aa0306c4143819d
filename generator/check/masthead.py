"""Kind and symbol found where the masthead shows them."""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.bodies import body_of_symbol
from generator.check.types import error
from generator.decode import Source
from generator.model import Document, Kind, Paragraph
from generator.problems import Problem
from generator.read.furniture import SYMBOL_RE

MASTHEAD = 15  # paragraphs: where a text with no opening shows its masthead, at most
RUNNING_TEXT = 400  # characters: a paragraph this long is the body, not the masthead
BRACKETED_RE = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")  # "(A/78/482, para. 29)" names another document
# What a masthead line says of the kind, and the kinds that agree with it.
KIND_CUES: tuple[tuple[re.Pattern[str], frozenset[Kind]], ...] = (
    (re.compile(r"\bResolution adopted by\b"), frozenset({Kind.RESOLUTION})),
    (re.compile(r"\bDecision adopted by\b"), frozenset({Kind.DECISION})),
    (re.compile(r"^(?:Resolution|RESOLUTION)\s+\d{1,4}/\d{1,4}\b"), frozenset({Kind.RESOLUTION})),
    (re.compile(r"^(?:Decision|DECISION)\s+\d{1,4}/\d{1,4}\b"), frozenset({Kind.DECISION})),
    (re.compile(r"^\d{1,4}/\d{1,4}(?: [A-Z])?\.\s+\S"), frozenset({Kind.RESOLUTION, Kind.DECISION})),
    (re.compile(r"(?:^|:\**\s+)(?:[Rr]evised\s+)?[Dd]raft resolution\b"), frozenset({Kind.DRAFT_RESOLUTION})),
    (re.compile(r"(?:^|:\**\s+)(?:[Rr]evised\s+)?[Dd]raft decision\b"), frozenset({Kind.DRAFT_DECISION})),
)


def masthead(doc: Document) -> tuple[Paragraph, ...]:
    """The paragraphs of the masthead: those before the opening, else the first short ones of the text."""
    opening = doc.opening
    if opening is not None:
        return doc.paragraphs[: doc.paragraphs.index(opening)]
    first = doc.paragraphs[:MASTHEAD]
    return first[: next((i for i, p in enumerate(first) if len(p.text) > RUNNING_TEXT), len(first))]


def check_kind(doc: Document, source: Source) -> Iterator[Problem]:
    """An error where the first masthead line that names a kind disagrees with the document's."""
    for p in masthead(doc):
        for cue, kinds in KIND_CUES:
            if cue.search(p.text):
                if doc.kind not in kinds:
                    shown = " or ".join(sorted(k.value for k in kinds))
                    yield error(
                        doc, p.span.first, f"the masthead shows a {shown}, but the kind read is {doc.kind.value}"
                    )
                return


def shown_symbols(doc: Document) -> list[tuple[int, str]]:
    """The document symbols the masthead shows, with their lines, in text order: unbracketed, of a known body."""
    paragraphs = masthead(doc)
    shown = [(p.span.first, word) for p in paragraphs for word in BRACKETED_RE.sub(" ", p.text).split()]
    end = doc.paragraphs[len(paragraphs)].span.first if len(paragraphs) < len(doc.paragraphs) else 0
    shown += [(f.line, f.text.strip()) for f in doc.furniture if f.line < end]
    found = []
    for line, word in sorted(shown, key=lambda found: found[0]):
        symbol = word.rstrip(".,;:")
        if SYMBOL_RE.fullmatch(symbol) and "/" in symbol and any(c.isdigit() for c in symbol):
            if body_of_symbol(symbol):
                found.append((line, symbol))
    return found


def check_symbol(doc: Document, source: Source) -> Iterator[Problem]:
    """An error where the masthead shows a symbol and the document has none, or another."""
    shown = shown_symbols(doc)
    if not shown or doc.symbol in {symbol for _, symbol in shown}:
        return
    line, symbol = shown[0]
    if doc.symbol is None:
        yield error(doc, line, f"the masthead shows the symbol {symbol}, but the document has none")
    else:
        yield error(doc, line, f"the masthead shows the symbol {symbol}, but the symbol read is {doc.symbol}")
