"""The reports of sessions, where a text gives their symbols: the document a symbol-less resolution is published in.

A body that gives its resolutions no symbol of their own (the Conference) publishes them
in the report of the session that adopted them. The texts give that report's symbol in
three ways, each read here:

- "the report of the Conference … on its tenth session (CTOC/COP/2020/10)";
- the same words ending in a footnote marker, the footnote opening with the symbol;
- a footnote placing a resolution in it: "See CTOC/COP/2020/10, chap. I, resolution 10/1."

The symbol must be issued by the body the words name, or by the citing text's body when
they name it by its head word alone ("the Conference"): a symbol of another body is no
report of this one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from generator.bodies import BY_KEY, Body, body_named, body_of_symbol
from generator.corpus import SessionReport
from generator.link.sessions import SessionKey
from generator.link.warn import warning
from generator.model import Document, Footnote, Inline, Marker, Reference, Span, Text
from generator.normalise.ordinals import ORDINAL, parse_ordinal
from generator.problems import Problem

# the words before the symbol or the marker: "report of the Conference … on its tenth session, held in … 2020 ("
REPORT_OF_RE = re.compile(
    rf"\breport\s+of\s+the\s+(?P<name>[A-Z][^()]{{0,160}}?)\s+on\s+(?:the\s+work\s+of\s+)?its\s+"
    rf"(?P<ordinal>{ORDINAL})\s+session(?:,\s+held\s+[^()]{{0,120}}?\d{{4}})?(?:\s*(?P<open>\()|[,;:.]?)\s*$",
    re.I,
)
# a footnote placing a numbered text in a report: "See CTOC/COP/2020/10, chap. I, sect. A, resolution 10/1"
PLACED_IN_RE = re.compile(r",\s*chap\.\s*[IVXLC]+\b[^;]{0,60}?\b(?:resolution|decision)\s+(?P<session>\d{1,3})/\d+\b")
SEE_RE = re.compile(r"^\s*(?:See\s+(?:also\s+)?)?$")
BEFORE = 400  # characters of text before a symbol or marker that the words can stand in


def find_reports(doc: Document) -> Iterator[SessionReport]:
    """Each session report whose symbol `doc` gives, in text order: paragraphs, then footnotes."""
    notes = {note.label: note for note in doc.footnotes}
    parts = [*((p.inlines, p.span) for p in doc.paragraphs), *((n.inlines, n.span) for n in doc.footnotes)]
    for inlines, span in parts:
        if any(isinstance(item, (Reference, Marker)) for item in inlines):  # most paragraphs cite nothing
            yield from _reported(inlines, span, doc.body, notes)
    for note in doc.footnotes:
        yield from _placed(note)


def _reported(
    inlines: Sequence[Inline], span: Span, citing: str | None, notes: dict[str, Footnote]
) -> Iterator[SessionReport]:
    """The reports named by "report of … on its Nth session" before a symbol in brackets, or before a marker of a
    footnote opening with the symbol."""
    before = ""
    for item in inlines:
        if isinstance(item, Text):
            before = (before + item.text)[-BEFORE:]
            continue
        symbol, bracketed = None, False
        if isinstance(item, Reference) and item.target.kind == "symbol":
            symbol, bracketed = item.target.key, True
        elif isinstance(item, Marker) and item.label in notes:
            symbol = _opening_symbol(notes[item.label].inlines)
        found = REPORT_OF_RE.search(before) if symbol else None
        if symbol and found and bracketed == bool(found["open"]):
            body = _issuer(found["name"], symbol, citing)
            session = parse_ordinal(found["ordinal"])
            if body is not None and session is not None:
                yield SessionReport(body.key, session, symbol, span)
        before = (before + item.text)[-BEFORE:] if isinstance(item, Reference) else ""


def _opening_symbol(inlines: Sequence[Inline]) -> str | None:
    """The symbol a footnote opens with ("CTOC/COP/2020/10.", "See CTOC/COP/2020/10"), if it does."""
    before = ""
    for item in inlines:
        if isinstance(item, Reference):
            return item.target.key if item.target.kind == "symbol" and SEE_RE.match(before) else None
        before += item.text if isinstance(item, Text) else ""
    return None


def _issuer(name: str, symbol: str, citing: str | None) -> Body | None:
    """The body whose report `symbol` is, if the words `name` name the body that issues it."""
    issuer = body_of_symbol(symbol)
    if issuer is None:
        return None
    named = body_named(name)
    if named is not None:
        return issuer if named is issuer else None
    return issuer if citing == issuer.key and name.split()[0].lower() == issuer.head.lower() else None


def _placed(note: Footnote) -> Iterator[SessionReport]:
    """The report a footnote opening with a symbol places a numbered text in: "…, chap. I, resolution 10/1"."""
    symbol = _opening_symbol(note.inlines)
    issuer = body_of_symbol(symbol) if symbol else None
    found = PLACED_IN_RE.search(note.text) if issuer else None
    if symbol and issuer and found:
        yield SessionReport(issuer.key, int(found["session"]), symbol, note.span)


def session_reports(found: Iterable[SessionReport]) -> tuple[dict[SessionKey, str], list[Problem]]:
    """The report of each session, the first the texts give; a warning where a text gives another."""
    reports: dict[SessionKey, str] = {}
    problems = []
    for report in found:
        key = (report.body, report.session)
        known = reports.setdefault(key, report.symbol)
        if known != report.symbol:
            named = f"{BY_KEY[report.body].short} session {report.session}"
            problems.append(warning(report.span, f"the report of {named} is {report.symbol} here, {known} elsewhere"))
    return reports, problems
