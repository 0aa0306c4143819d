"""No paragraph many times longer than the others: a sign that paragraphs ran together."""

from __future__ import annotations

import statistics
from collections.abc import Iterator

from generator.check.types import named, warning
from generator.decode import Source
from generator.model import Document, Role
from generator.problems import Problem

TIMES = 6  # a paragraph this many times the median length…
FLOOR = 2_500  # …and at least this many characters ran together with others
MASTHEAD_ROLES = (Role.HEADER, Role.TITLE, Role.OPENING)


def check_paragraph_lengths(doc: Document, source: Source) -> Iterator[Problem]:
    """A warning for each paragraph longer than both `TIMES` × the median paragraph and `FLOOR` characters."""
    body = [p for p in doc.paragraphs if p.role not in MASTHEAD_ROLES]
    if not body:
        return
    median = statistics.median(len(p.text) for p in body)
    limit = max(TIMES * median, FLOOR)
    for p in body:
        if len(p.text) > limit:
            length = f"{len(p.text):,} characters, over {TIMES} × the median ({median:,.0f})"
            message = f"{named(p)} has {length}: paragraphs may have run together"
            yield warning(doc, p.span.first, message)
