"""The masthead of a document: its opening, title and header facts."""

from __future__ import annotations

import dataclasses
import re

from generator.bodies import body_named, body_of_symbol
from generator.dates import MONTH, parse_date, parse_date_range
from generator.docref import NUMBER as DOC_NUMBER
from generator.model import Document, Kind, Paragraph, Role
from generator.normalise.ordinals import ORDINAL, parse_ordinal
from generator.problems import Level
from generator.read.furniture import SYMBOL

NAME_WORD = r"(?:[A-Z][\w’'\-]*|of|the|to|on|and|against|for|in)"
OPENING_RE = re.compile(rf"^The {NAME_WORD}(?: {NAME_WORD})*\s*[,:]")
NUMBER = rf"{DOC_NUMBER}(?: [A-Z]\b)?"
# "Resolution 7/2", "Decision 4/6 Title", "Economic and Social Council resolution 2023/15"
KIND_NUMBER_RE = re.compile(
    rf"^(?:(?P<body>[A-Z][\w ,]*?)\s+)?(?P<kind>[Rr]esolution|[Dd]ecision)\s+(?P<number>{NUMBER})\.?\s*(?P<title>.*)$"
)
NUMBERED_TITLE_RE = re.compile(rf"^(?P<number>{NUMBER})\.\s+(?P<title>\S.*)$")
ADOPTED_RE = re.compile(r"\b(?P<kind>Resolution|Decision) adopted by the (?P<body>.+?) on (?P<date>\d.*)", re.I)
SYMBOL_IN_TEXT_RE = re.compile(rf"(?<![\w/]){SYMBOL}(?![\w/])")
DISTR_RE = re.compile(r"\bDistr\.?\s*:?\s*(?P<distribution>General|Limited|Restricted)\b", re.I)
SESSION_RE = re.compile(rf"\b(?P<ordinal>{ORDINAL})\s+session\b[\s,]*(?P<rest>.*)$", re.I)
PLACE_RE = re.compile(r"^(?P<place>[A-Z][\w.\-]*(?: [A-Z][\w.\-]*)*),\s*\d")
AGENDA_RE = re.compile(r"\bAgenda item\s+(?P<item>\d+(?:\s*\([a-z]+\))*)", re.I)
DRAFT_RE = re.compile(r"^(?:(?P<sponsors>[^:]+?):\s*)?(?:revised\s+)?draft (?P<kind>resolution|decision)\b", re.I)
TITLE_WORDS = 12  # a text with no heading is named by the first words of its first paragraph
HEADING = 150  # characters: the first line of a text with no opening is its title if no longer
BRACKETED_RE = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
DATE_ALONE_RE = re.compile(rf"\d{{1,2}} (?:{MONTH}) \d{{4}}")
MASTHEAD_RE = re.compile(r"^(?:United Nations|English only|Original:\s*\w+|\[.*\])\s*$", re.I)


def read_header(doc: Document) -> Document:
    """Find the opening; before it, tell header lines from the title and read their facts.

    After it, the opening has role OPENING, the title paragraphs TITLE, the other
    masthead paragraphs HEADER, and the document's header facts are set. A text
    with no opening ("The General Assembly,") is no resolution or decision: it
    keeps kind `other`, every paragraph stays BODY, and its title is its first line
    when short enough for a heading, else the first words of that line.
    """
    start = next((i for i, p in enumerate(doc.paragraphs) if OPENING_RE.match(p.text)), None)
    if start is None:
        first = doc.paragraphs[0].text if doc.paragraphs else ""
        words = first.split()
        heading = first if len(first) <= HEADING and first[-1:] not in ".,;:" else " ".join(words[:TITLE_WORDS]) + " …"
        first_line = doc.paragraphs[0].span.first if doc.paragraphs else 0
        doc = dataclasses.replace(doc, title=heading)
        return doc.note(first_line, Level.INFO, "no opening paragraph (\"The <body>,\"): kept as kind 'other'")
    facts: dict[str, object] = {}
    roles = [_read_facts(p.text, facts) for p in doc.paragraphs[:start]]
    # The title is the run of lines just above the opening: fact-less lines above the
    # last fact (a committee's name, an agenda item's title) belong to the masthead.
    last_fact = max((i for i, r in enumerate(roles) if r is Role.HEADER), default=-1)
    roles = [Role.HEADER if i < last_fact else r for i, r in enumerate(roles)]
    opening = doc.paragraphs[start]
    paragraphs = [
        *(dataclasses.replace(p, role=r) for p, r in zip(doc.paragraphs, roles, strict=False)),
        dataclasses.replace(opening, role=Role.OPENING),
        *doc.paragraphs[start + 1 :],
    ]
    title = facts.pop("title", None) or " ".join(
        p.text for p, r in zip(doc.paragraphs, roles, strict=False) if r is Role.TITLE
    )
    doc = dataclasses.replace(doc, paragraphs=tuple(paragraphs), title=title or None, **facts)  # type: ignore[arg-type]
    return _settle_identity(doc, opening)


def _read_facts(text: str, facts: dict[str, object]) -> Role:
    """Record the facts one masthead paragraph states; HEADER if it states any, else TITLE."""
    role = Role.TITLE
    if MASTHEAD_RE.match(text):
        return Role.HEADER
    found = KIND_NUMBER_RE.match(text)
    if found and (not found["body"] or body_named(found["body"])):
        facts["kind"] = Kind(found["kind"].lower())
        facts["number"] = found["number"]
        if found["title"]:
            facts["title"] = found["title"]
        return Role.HEADER
    if found := NUMBERED_TITLE_RE.match(text):
        facts["number"], facts["title"] = found["number"], found["title"]
        facts.setdefault("kind", Kind.RESOLUTION)
        return Role.HEADER
    if found := ADOPTED_RE.search(text):
        facts["kind"] = Kind(found["kind"].lower())
        facts["adopted"] = parse_date(found["date"])
        role = Role.HEADER
    if found := DRAFT_RE.match(text):
        facts["kind"] = Kind(f"draft {found['kind'].lower()}")
        if found["sponsors"]:
            facts["sponsors"] = tuple(s for s in re.split(r",\s*|\s+and\s+", found["sponsors"].strip()) if s)
        return Role.HEADER
    if DATE_ALONE_RE.fullmatch(text.strip()) and "distribution" in facts:
        facts.setdefault("distributed", parse_date(text))
        return Role.HEADER
    if found := DISTR_RE.search(text):
        facts["distribution"] = found["distribution"].capitalize()
        if distributed := parse_date(text[found.end() :]):
            facts["distributed"] = distributed
        role = Role.HEADER
    if found := SESSION_RE.search(text):
        facts["session"] = parse_ordinal(found["ordinal"])
        facts["session_dates"] = parse_date_range(found["rest"])
        if place := PLACE_RE.match(found["rest"]):
            facts["place"] = place["place"]
        role = Role.HEADER
    if found := AGENDA_RE.search(text):
        facts["agenda_item"] = re.sub(r"\s+", " ", found["item"])
        role = Role.HEADER
    unbracketed = BRACKETED_RE.sub(" ", text)  # "(A/78/409)" names another document
    symbols = [s for s in SYMBOL_IN_TEXT_RE.findall(unbracketed) if body_of_symbol(s) and any(c.isdigit() for c in s)]
    if symbols:
        facts.setdefault("symbol", symbols[0])
        role = Role.HEADER
    named = body_named(text)
    if named and named.name == text.strip():
        role = Role.HEADER
    return role


def _settle_identity(doc: Document, opening: Paragraph) -> Document:
    """Body, kind and session where the masthead left them open."""
    heads = (f.text for f in doc.furniture if f.why == "running head" and body_of_symbol(f.text))
    symbol = doc.symbol or next(heads, None)
    masthead = (body_named(p.text) for p in doc.with_role(Role.HEADER))
    named = body_named(opening.text) or next(filter(None, masthead), None)
    body = named or (body_of_symbol(symbol) if symbol else None)
    kind = doc.kind
    if kind is Kind.OTHER and symbol and "/L." in symbol:
        kind = Kind.DRAFT_RESOLUTION
    session = doc.session
    if session is None and doc.number and len(doc.number.split("/")[0]) <= 3:  # "2023/15" names a year
        session = int(doc.number.split("/")[0])
    if session is None and kind.is_draft:
        message = "the text names no session; the link step infers it from the symbol's year"
        doc = doc.note(opening.span.first, Level.INFO, message)
    return dataclasses.replace(doc, symbol=symbol, body=body.key if body else None, kind=kind, session=session)
