"""The masthead of a document: its opening, title and header facts."""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.bodies import body_named, body_of_symbol
from generator.model import Document, Kind, Paragraph, Role
from generator.normalise.masthead import AGENDA_RE, DRAFT_RE, SUBMITTED_RE, Line, classify_line, read_facts
from generator.normalise.rejoin import join_paragraphs
from generator.problems import Level
from generator.value import replace

NAME_WORD = r"(?:[A-Z][\w’'\-]*|of|the|to|on|and|against|for|in)"
OPENING_RE = re.compile(rf"^The {NAME_WORD}(?: {NAME_WORD})*\s*[,:]")
TITLE_WORDS = 12  # a text with no heading is named by the first words of its first paragraph
HEADING = 150  # characters: the first line of a text with no opening is its title if no longer
MASTHEAD_REACH = 40  # paragraphs: where a masthead that lost its opening must have said what the text is


def read_header(doc: Document) -> Document:
    """Find the opening; before it, tell header lines from the title and read their facts.

    After it, the opening has role OPENING, the title paragraphs TITLE, the other
    masthead paragraphs HEADER, and the document's header facts are set. Masthead
    lines that one line of the official text was cut into are joined first (a date
    under "Resolution adopted by …", a list of sponsors, an agenda item's title).
    The title is what follows the last line saying what the text is ("80/1. Title",
    "Peru: draft resolution"), up to the opening. A text whose opening formula
    ("The General Assembly,") the extraction lost is still read as what its masthead
    says, its body starting after the title. A text with neither is no resolution or
    decision: it keeps kind `other`, every paragraph stays BODY, and its title is its
    first line when short enough for a heading, else the first words of that line.
    """
    paragraphs = doc.paragraphs
    start = next((i for i, p in enumerate(paragraphs) if OPENING_RE.match(p.text)), None)
    furniture = {f.line for f in doc.furniture}
    items = _join_cut_lines(paragraphs[: MASTHEAD_REACH if start is None else start], furniture)
    kinds = [classify_line(p.text) for p in items]
    last_kind = max((i for i, k in enumerate(kinds) if k in (Line.KIND, Line.TITLED)), default=None)
    if start is None:
        if last_kind is None:
            return _other(doc)
        items, rest = _without_opening(items, kinds, last_kind, paragraphs)
        opening = None
    else:
        rest, opening = paragraphs[start + 1 :], replace(paragraphs[start], role=Role.OPENING)
    facts: dict[str, object] = {}
    roles = _roles(kinds[: len(items)], last_kind)
    for item, role, kind in zip(items, roles, kinds, strict=False):
        if role is Role.HEADER or kind is Line.TITLED:
            read_facts(item.text, facts)
    if agenda_title := _agenda_title(items, kinds, roles):
        facts["agenda_title"] = agenda_title
    title_parts = [str(facts.pop("title"))] if "title" in facts else []
    title_parts += [p.text for p, r in zip(items, roles, strict=True) if r is Role.TITLE]
    head = tuple(replace(p, role=r) for p, r in zip(items, roles, strict=True))
    masthead = (*head, opening) if opening else head
    title = " ".join(" ".join(title_parts).split()) or None
    doc = replace(doc, paragraphs=(*masthead, *rest), title=title, **facts)
    if opening is None:
        line = rest[0].span.first if rest else 0
        doc = doc.note(line, Level.INFO, "no opening formula (\"The <body>,\"): read as its masthead says")
    return _settle_identity(doc, opening)


def _roles(kinds: Sequence[Line], last_kind: int | None) -> list[Role]:
    """HEADER up to the last line saying what the text is, TITLE after it (bracketed notes apart).

    Where no line says so, the title is the run of lines after the last fact.
    """
    last = max((i for i, k in enumerate(kinds) if k is not Line.TEXT), default=-1) if last_kind is None else last_kind
    return [Role.HEADER if i <= last or k is Line.NOTE else Role.TITLE for i, k in enumerate(kinds)]


def _agenda_title(items: Sequence[Paragraph], kinds: Sequence[Line], roles: Sequence[Role]) -> str | None:
    """The agenda item's title: what follows "Agenda item 7" on its line, and the lines after it stating nothing."""
    at = next((i for i, p in enumerate(items) if roles[i] is Role.HEADER and AGENDA_RE.search(p.text)), None)
    if at is None:
        return None
    found = AGENDA_RE.search(items[at].text)
    parts = [items[at].text[found.end() :].strip()] if found else []
    for item, kind, role in zip(items[at + 1 :], kinds[at + 1 :], roles[at + 1 :], strict=False):
        if kind is not Line.TEXT or role is not Role.HEADER:
            break
        parts.append(item.text)
    return " ".join(" ".join(parts).split()) or None


def _join_cut_lines(paragraphs: Sequence[Paragraph], furniture: set[int]) -> list[Paragraph]:
    """The masthead's paragraphs, each line that continues the one above it (no blank line between) joined to it.

    A line continues the one above when it starts in lower case ("on 17 December 2024"),
    when both state nothing and the one above stops without punctuation (an agenda
    item's title, a title over several lines), or when it ends a list of sponsors
    whose names began above ("…, Spain and" / "Ukraine: draft resolution").
    """
    joined: list[Paragraph] = []
    for p in paragraphs:
        previous = joined[-1] if joined else None
        if previous and _adjacent(previous, p, furniture) and _continues(previous.text, p.text):
            joined[-1] = join_paragraphs(previous, p)
        else:
            joined.append(p)
    return joined


def _adjacent(previous: Paragraph, p: Paragraph, furniture: set[int]) -> bool:
    """Whether nothing but furniture stands between the two: no blank line."""
    return all(line in furniture for line in range(previous.span.last + 1, p.span.first))


def _continues(before: str, text: str) -> bool:
    text, before = text.strip(), before.strip()
    if not text or not before:
        return False
    if text[0].islower():
        return True
    kind = classify_line(text)
    if kind is Line.KIND and (DRAFT_RE.match(text) or SUBMITTED_RE.match(text)):
        return before[-1] == "," or before.endswith(" and")
    ends_open = before[-1] not in ".,;:)]"
    return ends_open and kind is Line.TEXT and classify_line(before) in (Line.TEXT, Line.TITLED)


def _without_opening(
    items: list[Paragraph], kinds: list[Line], last_kind: int, paragraphs: Sequence[Paragraph]
) -> tuple[list[Paragraph], tuple[Paragraph, ...]]:
    """The masthead items and the body of a text whose masthead says what it is but that has no opening.

    The title is the line that says so, if it begins the title, or else the first item
    after it (bracketed notes passed over); the body starts with the item after that.
    """
    title = last_kind
    if kinds[last_kind] is Line.KIND:
        title = next((i for i in range(last_kind + 1, len(items)) if kinds[i] is not Line.NOTE), len(items) - 1)
    if title + 1 >= len(items):
        return items, ()
    first_line = items[title + 1].span.first
    return items[: title + 1], tuple(p for p in paragraphs if p.span.first >= first_line)


def _other(doc: Document) -> Document:
    """`doc` kept as kind `other`, titled by its first line."""
    first = doc.paragraphs[0].text if doc.paragraphs else ""
    words = first.split()
    heading = first if len(first) <= HEADING and first[-1:] not in ".,;:" else " ".join(words[:TITLE_WORDS]) + " …"
    first_line = doc.paragraphs[0].span.first if doc.paragraphs else 0
    doc = replace(doc, title=heading)
    return doc.note(first_line, Level.INFO, "no opening paragraph (\"The <body>,\"): kept as kind 'other'")


def _settle_identity(doc: Document, opening: Paragraph | None) -> Document:
    """Body, kind and session where the masthead left them open."""
    heads = (f.text for f in doc.furniture if f.why == "running head" and body_of_symbol(f.text))
    symbol = doc.symbol or next(heads, None)
    masthead = (body_named(p.text) for p in doc.with_role(Role.HEADER))
    named = (body_named(opening.text) if opening else None) or next(filter(None, masthead), None)
    body = named or (body_of_symbol(symbol) if symbol else None)
    kind = doc.kind
    if kind is Kind.OTHER and symbol and "/L." in symbol:
        kind = Kind.DRAFT_RESOLUTION
    session = doc.session
    if session is None and doc.number and len(doc.number.split("/")[0]) <= 3:  # "2023/15" names a year
        session = int(doc.number.split("/")[0])
    if session is None and kind.is_draft:
        message = "the text names no session; the link step infers it from the symbol's year"
        doc = doc.note(opening.span.first if opening else 0, Level.INFO, message)
    return replace(doc, symbol=symbol, body=body.key if body else None, kind=kind, session=session)
