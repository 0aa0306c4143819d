"""Footnotes and their markers: each footnote reached from one marker, no marker left as digits in the text."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from generator.check.types import warning
from generator.dates import MONTH
from generator.decode import Source
from generator.digits import has_digit
from generator.model import Document, Marker, Role
from generator.problems import Problem

# Where any of the three below may stand: a digit after a letter or punctuation, or five digits in a row.
# Most paragraphs hold none: one look at each passes them by.
SUSPECT_RE = re.compile(r"\d(?:(?<=[^\W\d_]\d)|(?<=[,;:)\]”’\"]\d)|\d{4})")  # a digit first: quick to pass by
# Digits glued to a word ("Ammunition50", "Aspects5"): not to a symbol's part ("A/RES/80", "Corr.2", "G20").
GLUED_TO_WORD_RE = re.compile(r"(?<![\w/.\-])(?=[^\W\d_]*[a-z])[^\W\d_]+(?P<digits>\d{1,3})(?![\w/\-]|\.\w)")
# Digits glued to the year of a date ("16 October 202036").
GLUED_TO_YEAR_RE = re.compile(rf"\b\d{{1,2}} (?:{MONTH}) (?:19|20)\d\d(?P<digits>\d{{1,3}})\b")
# Digits after the punctuation that ends a word or a quotation ("thereto,20", "”,3").
AFTER_PUNCTUATION_RE = re.compile(r"(?:(?<=[^\W\d_]|[)\]”’\"])[,;:]|[)\]”’\"])(?P<digits>\d{1,3})(?=[\s,;.:)]|$)")
# A number alone between two words ("Crime 8 and"): a marker only where an unreached footnote has its label.
LONE_NUMBER_RE = re.compile(r"(?P<digits>\d{1,3})(?= (?P<after>[^\W\d_]+))")  # the word before is looked at apart
# Words after which a number is the text's own: "article 32", "paragraph 5", "vol. 2225", "the 17 Goals".
COUNTED = frozenset(
    """article articles paragraph paragraphs para paras chapter chap section sect annex target targets goal goals
    indicator resolution resolutions decision decisions rule rules item items session sessions page pages vol no
    part principle recommendation recommendations table figure box level grade number protocol
    the a an of at in on to by for with from and or than some over about nearly almost all its their these those
    least more most only first last every each per under between among within since until""".split()
)
UNITS = frozenset("per percent million billion thousand hundred years year months days hours to".split())
CHECKED_ROLES = (Role.TITLE, Role.OPENING, Role.PREAMBLE, Role.OPERATIVE, Role.CLOSING, Role.ANNEX, Role.BODY)


def check_markers_reached(doc: Document, source: Source) -> Iterator[Problem]:
    """Warnings for a marker with no footnote, a footnote no marker reaches, and one reached from several."""
    reached: defaultdict[str, list[int]] = defaultdict(list)
    for p in doc.paragraphs:
        for item in p.inlines:
            if isinstance(item, Marker):
                reached[item.label].append(p.span.first)
    labels = {f.label for f in doc.footnotes}
    for label, lines in reached.items():
        if label not in labels:
            yield from (warning(doc, line, f"footnote marker {label} has no footnote") for line in lines)
    for f in doc.footnotes:
        lines = reached.get(f.label, [])
        if not lines:
            yield warning(doc, f.span.first, f"footnote {f.label} has no marker")
        elif len(lines) > 1:
            at = ", ".join(str(line) for line in lines)
            yield warning(doc, f.span.first, f"footnote {f.label} is reached from {len(lines)} markers (lines {at})")


def check_stray_markers(doc: Document, source: Source) -> Iterator[Problem]:
    """Warnings for digits left in a paragraph that look like a footnote marker the reader missed."""
    marked = {item.label for p in doc.paragraphs for item in p.inlines if isinstance(item, Marker)}
    unreached = {f.label for f in doc.footnotes if f.label not in marked}
    for p in doc.paragraphs:
        if p.role not in CHECKED_ROLES:
            continue
        text = p.text
        if has_digit(text) and SUSPECT_RE.search(text):  # most paragraphs hold no digit, told quicker than searched
            for pattern, what in (
                (GLUED_TO_WORD_RE, "glued to a word"),
                (GLUED_TO_YEAR_RE, "glued to a year"),
                (AFTER_PUNCTUATION_RE, "after punctuation"),
            ):
                for found in pattern.finditer(text):
                    yield warning(doc, p.span.first, f"digits {what} look like a footnote marker: {found[0]!r}")
        if not unreached:
            continue
        for found in LONE_NUMBER_RE.finditer(text):
            start = found.start()
            if found["digits"] not in unreached or start < 2 or text[start - 1] != " " or not text[start - 2].isalpha():
                continue
            before = text[text.rfind(" ", 0, start - 1) + 1 : start - 1]
            if _lone_marker(before, found["after"]):
                unreached_label = f"the label of footnote {found['digits']}, which no marker reaches"
                message = f"a number alone between words is {unreached_label}: '{before} {found['digits']}'"
                yield warning(doc, p.span.first, message)


def _lone_marker(before: str, after: str) -> bool:
    """Whether a number alone between two words may be a marker: not counted, not a day of a month."""
    return before.lower() not in COUNTED and after.lower() not in UNITS and not re.fullmatch(MONTH, after)
