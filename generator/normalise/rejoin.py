"""Rejoining paragraphs that page breaks, footnote blocks and blank lines cut in two."""

from __future__ import annotations

import bisect
import re

from generator.model import Document, Paragraph, Role, Text
from generator.normalise.labels import (
    ANNEX_RE,
    LABEL_ALONE_RE,
    MEETING_RE,
    label_of,
    opens_operative_paragraph,
    opens_preambular_paragraph,
)
from generator.read.unwrap import separator
from generator.value import replace

ENDS_PARAGRAPH = ".,;:!?"
PAGE_EDGE = ("page footer", "running head")  # furniture that stands where a page ends
HEADING = 60  # characters: in a text with no opening, an unpunctuated line this short is a heading
# A bare footnote marker after the closing punctuation ("…Trafficking 2020,7"): not yet
# known as a marker here, since markers are only found in whole paragraphs.
TRAILING_MARKER_RE = re.compile(r"(?<=[.,;:])\s?\d{1,3}$")
CLOSERS = "\"'”’)]"


def rejoin_paragraphs(doc: Document) -> Document:
    """Join each body paragraph to the one before it when that one was cut mid-sentence.

    After it, every BODY paragraph begins a paragraph of the official text. A
    paragraph is cut when the next one begins in lower case, when it stops without
    closing punctuation (unless, in a text with no opening, it is as short as a
    heading), or after a comma (or, in a UN text, a colon no lettered item follows) when
    the next begins with a word no paragraph opens with.
    A paragraph that starts with a label ("1.", "(a)") is never a continuation; in a
    UN text, a numbered paragraph goes on over a page break even after a full stop.
    """
    joined: list[Paragraph] = []
    headings = not doc.has_masthead  # a text that is no UN text may have headings; a resolution's body has none
    breaks = sorted(f.line for f in doc.furniture if f.why in PAGE_EDGE)
    for paragraph in doc.paragraphs:
        previous = joined[-1] if joined else None
        body = previous is not None and previous.role is paragraph.role is Role.BODY
        if previous and body and (
            _continues(previous, paragraph, headings) or not headings and _numbered_goes_on(previous, paragraph, breaks)
        ):
            joined[-1] = join_paragraphs(previous, paragraph)
        else:
            joined.append(paragraph)
    return replace(doc, paragraphs=tuple(joined))


def _continues(previous: Paragraph, paragraph: Paragraph, headings: bool) -> bool:
    text, before = paragraph.text.lstrip(), previous.text
    if LABEL_ALONE_RE.match(before):
        return True  # "1." or "I." alone on its line (a page break after it), its text or heading next
    if not text or LABEL_ALONE_RE.match(text) or label_of(text):
        return False
    if ANNEX_RE.fullmatch(before.strip()) or ANNEX_RE.fullmatch(text.strip()):
        return False
    if MEETING_RE.match(text):
        return False
    end = TRAILING_MARKER_RE.sub("", before.rstrip()[-8:]).rstrip(CLOSERS)[-1:]  # its end only: it grows as it joins
    if text[0].islower():
        return True
    if end not in ENDS_PARAGRAPH:
        return not headings or len(before) > HEADING
    # After a comma, or a colon that no lettered item follows, a paragraph goes on unless the next one opens as one:
    # as a preambular paragraph, or after a preambular one ending in a comma as an unnumbered operative one
    # ("Noting …," / "Decides to …"). After a colon, what follows is what it announces.
    operative = end == "," and opens_preambular_paragraph(before) and opens_operative_paragraph(text)
    if opens_preambular_paragraph(text) or operative:
        return False
    return end == "," or end == ":" and not headings


def _numbered_goes_on(previous: Paragraph, paragraph: Paragraph, breaks: list[int]) -> bool:
    """Whether a numbered paragraph goes on over a page break after a full stop: "…trust fund." / "We also stress…".

    What follows the break is no label, heading, meeting line or preambular paragraph.
    """
    at = bisect.bisect_right(breaks, previous.span.last)
    if at == len(breaks) or breaks[at] >= paragraph.span.first or not label_of(previous.text):
        return False
    text = paragraph.text.strip()
    if not text or label_of(text) or LABEL_ALONE_RE.match(text) or MEETING_RE.match(text) or ANNEX_RE.fullmatch(text):
        return False
    return text[-1:] in ENDS_PARAGRAPH and not opens_preambular_paragraph(text)


def join_paragraphs(previous: Paragraph, paragraph: Paragraph) -> Paragraph:
    """One paragraph: the text of both with one space between, the span of both."""
    head = list(previous.inlines)
    tail = list(paragraph.inlines)
    while head and isinstance(head[-1], Text) and not head[-1].text.strip():
        head.pop()
    if tail and isinstance(tail[0], Text):
        tail[0] = replace(tail[0], text=tail[0].text.lstrip())
    last, first = (head[-1] if head else None), (tail[0] if tail else None)
    if isinstance(last, Text) and isinstance(first, Text) and last.emphasis == first.emphasis and first.text:
        before = last.text.rstrip()
        head[-1] = replace(last, text=before + separator(before, first.text) + first.text)
        tail.pop(0)
    elif isinstance(last, Text):
        head[-1] = replace(last, text=last.text.rstrip() + " ")
    elif head:
        head.append(Text(" "))
    return replace(previous, inlines=(*head, *tail), span=previous.span.through(paragraph.span))
