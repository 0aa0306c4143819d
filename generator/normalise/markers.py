"""Bare-digit footnote markers of PDF-extracted text: "Aspects5 and", "Convention,1  which"."""

from __future__ import annotations

import dataclasses
import re

from generator.dates import MONTH
from generator.model import Document, Footnote, Inline, Marker, Paragraph, Text

# A digit run standing where a superscript was: glued to a word or to punctuation
# (a period only after a letter, so "16.4" stays), after punctuation and a space,
# or after a word and a space when the extractor left two spaces or a line end after it.
# The leading lookahead lets the engine pass over any position that holds no digit in one test.
BARE_MARKER_RE = re.compile(
    rf"(?=\d)(?:(?:(?<=[^\W\d_])|(?<=[,;:)\]”’\"])|(?<=[^\W\d_]\.))(?P<glued>\d{{1,3}})(?=\s|$|[,;:.)])(?!\.\d)"
    rf"|(?<=[,;:)”’\"] )(?P<spaced>\d{{1,3}})(?=\s|$)"
    rf"|(?<=[^\W\d_] )(?P<loose>\d{{1,3}})(?=\s{{2}}|\s*$))(?!\s+(?:{MONTH})\b)"  # "of 4 December" is a date
)


def find_bare_markers(doc: Document) -> Document:
    """Turn bare digits into footnote markers where the document's footnotes call for them.

    Only a document with footnotes and no marker at all is searched. A digit is a
    marker only if it is the label of the next footnote not yet marked (markers
    run in order) and its paragraph starts before that footnote's text; a later
    label is taken, skipping one, only once the text has passed the skipped
    footnote's page. "target 16.4", "resolution 78/47", dates and volumes stay text.
    """
    if not doc.footnotes or any(isinstance(i, Marker) for p in doc.paragraphs for i in p.inlines):
        return doc
    expected = 0
    paragraphs = []
    for paragraph in doc.paragraphs:
        inlines: list[Inline] = []
        for item in paragraph.inlines:
            if not isinstance(item, Text):
                inlines.append(item)
                continue
            pieces, expected = _mark(item, paragraph, doc.footnotes, expected)
            inlines.extend(pieces)
        marked = tuple(inlines)
        paragraphs.append(paragraph if marked == paragraph.inlines else dataclasses.replace(paragraph, inlines=marked))
    return dataclasses.replace(doc, paragraphs=tuple(paragraphs))


def _mark(item: Text, paragraph: Paragraph, notes: tuple[Footnote, ...], expected: int) -> tuple[list[Inline], int]:
    pieces: list[Inline] = []
    at = 0
    for found in BARE_MARKER_RE.finditer(item.text):
        taken = _taken(found.group(found.lastgroup or ""), paragraph, notes, expected)
        if taken is None:
            continue
        pieces.append(Text(item.text[at : found.start()].rstrip(), item.emphasis))
        pieces.append(Marker(notes[taken].label))
        at = found.end()
        expected = taken + 1
    pieces.append(Text(item.text[at:], item.emphasis) if at else item)  # `item` as it was, if nothing was marked
    return [p for p in pieces if not isinstance(p, Text) or p.text], expected


def _taken(digits: str, paragraph: Paragraph, notes: tuple[Footnote, ...], expected: int) -> int | None:
    """The index of the footnote `digits` marks here, if it marks one."""
    for index in range(expected, min(expected + 2, len(notes))):
        if notes[index].label != digits or paragraph.span.first > notes[index].span.first:
            continue
        if index == expected or paragraph.span.first > notes[expected].span.last:
            return index
    return None
