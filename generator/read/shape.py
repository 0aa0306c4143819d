"""Telling the shape of a text by looking at it."""

from __future__ import annotations

import re
from enum import Enum

from generator.decode import Source
from generator.read.furniture import FOOTER_RE, SEPARATOR_RE

MARKUP_RE = re.compile(
    r"^\s{0,3}#{1,6}\s|</?(?:sup|sub|span|p|br|div|em|strong|i|b)\b[^<>]*>|&[a-z]+;|&#\d+;|\[\^\w+\]", re.I
)
WRAP_WIDTH = 110  # a hard-wrapped page line is shorter than this


class Shape(str, Enum):
    """The shapes seeds come in."""

    PLAIN = "plain"
    MARKDOWN = "markdown"
    PDF = "pdf"


def detect_shape(source: Source) -> Shape:
    """Markdown if it holds Markdown headings or HTML residue; PDF-extracted if it
    has page furniture or hard-wrapped lines; plain text otherwise.

    A line is hard-wrapped when it stops mid-sentence: most lines of an extracted
    page end without punctuation and none is much wider than a page.
    """
    lines = [line.strip() for line in source.lines if line.strip()]
    if any(MARKUP_RE.search(line) for line in lines if _may_hold_markup(line)):
        return Shape.MARKDOWN
    if any(SEPARATOR_RE.fullmatch(line) or FOOTER_RE.fullmatch(line) for line in lines):
        return Shape.PDF
    if not lines:
        return Shape.PLAIN
    unended = sum(1 for line in lines if line[-1] not in ".,;:!?\"”")
    widths = sorted(len(line) for line in lines)
    if unended / len(lines) >= 0.5 and widths[int(0.9 * (len(widths) - 1))] <= WRAP_WIDTH and len(lines) > 5:
        return Shape.PDF
    return Shape.PLAIN


def _may_hold_markup(line: str) -> bool:
    """Whether `line` holds one of the characters every MARKUP_RE match holds: far quicker to tell than a search."""
    return "#" in line or "<" in line or "&" in line or "[" in line
