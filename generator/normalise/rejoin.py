"""Rejoining paragraphs that page breaks, footnote blocks and blank lines cut in two."""

from __future__ import annotations

import dataclasses
import re

from generator.model import Document, Paragraph, Role, Text
from generator.normalise.labels import ANNEX_RE, label_of
from generator.read.unwrap import separator

ENDS_PARAGRAPH = ".,;:!?"
HEADING = 60  # characters: in a text with no opening, an unpunctuated line this short is a heading
# A bare footnote marker after the closing punctuation ("…Trafficking 2020,7"): not yet
# known as a marker here, since markers are only found in whole paragraphs.
TRAILING_MARKER_RE = re.compile(r"(?<=[.,;:])\s?\d{1,3}$")
CLOSERS = "\"'”’)]"
# Words a preambular paragraph opens with besides participles ("Recalling", "Concerned").
PREAMBLE_OPENERS = {
    "also", "further", "aware", "mindful", "cognizant", "conscious", "in", "with", "having",
    "deeply", "gravely", "seriously", "strongly", "firmly", "bearing", "keeping", "noting",
}
PARTICIPLE_RE = re.compile(r"^[A-Z][a-z]+(?:ing|ed)$")


def rejoin_paragraphs(doc: Document) -> Document:
    """Join each body paragraph to the one before it when that one was cut mid-sentence.

    After it, every BODY paragraph begins a paragraph of the official text. A
    paragraph is cut when the next one begins in lower case, when it stops without
    closing punctuation (unless, in a text with no opening, it is as short as a
    heading), or after a comma when the next begins with a word no paragraph opens with.
    A paragraph that starts with a label ("1.", "(a)") is never a continuation.
    """
    joined: list[Paragraph] = []
    headings = doc.opening is None  # a text with no opening may have headings; a resolution's body has none
    for paragraph in doc.paragraphs:
        previous = joined[-1] if joined else None
        if previous and previous.role is paragraph.role is Role.BODY and _continues(previous, paragraph, headings):
            joined[-1] = _join(previous, paragraph)
        else:
            joined.append(paragraph)
    return dataclasses.replace(doc, paragraphs=tuple(joined))


def _continues(previous: Paragraph, paragraph: Paragraph, headings: bool) -> bool:
    text, before = paragraph.text.lstrip(), previous.text
    if not text or label_of(text) or ANNEX_RE.fullmatch(before.strip()):
        return False
    end = TRAILING_MARKER_RE.sub("", before.rstrip()[-8:]).rstrip(CLOSERS)[-1:]  # its end only: it grows as it joins
    if text[0].islower():
        return True
    if end not in ENDS_PARAGRAPH:
        return not headings or len(before) > HEADING

    first = text.split()[0].strip("*")
    return end == "," and not (PARTICIPLE_RE.match(first) or first.lower() in PREAMBLE_OPENERS)


def _join(previous: Paragraph, paragraph: Paragraph) -> Paragraph:
    """One paragraph: the text of both with one space between, the span of both."""
    head = list(previous.inlines)
    tail = list(paragraph.inlines)
    while head and isinstance(head[-1], Text) and not head[-1].text.strip():
        head.pop()
    if tail and isinstance(tail[0], Text):
        tail[0] = dataclasses.replace(tail[0], text=tail[0].text.lstrip())
    last, first = (head[-1] if head else None), (tail[0] if tail else None)
    if isinstance(last, Text) and isinstance(first, Text) and last.emphasis == first.emphasis and first.text:
        before = last.text.rstrip()
        head[-1] = dataclasses.replace(last, text=before + separator(before, first.text) + first.text)
        tail.pop(0)
    elif isinstance(last, Text):
        head[-1] = dataclasses.replace(last, text=last.text.rstrip() + " ")
    elif head:
        head.append(Text(" "))
    return dataclasses.replace(previous, inlines=(*head, *tail), span=previous.span.through(paragraph.span))
