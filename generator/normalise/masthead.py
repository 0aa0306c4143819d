"""The facts one masthead line states: symbol, distribution, session, agenda item, kind, sponsors."""

from __future__ import annotations

import re
from enum import Enum

from generator.bodies import body_named, body_of_symbol
from generator.dates import MONTH, parse_date, parse_date_range
from generator.docref import NUMBER as DOC_NUMBER
from generator.model import Kind
from generator.normalise.ordinals import ORDINAL, parse_ordinal
from generator.read.furniture import SYMBOL

NUMBER = rf"{DOC_NUMBER}(?: [A-Z]\b)?"
# "Resolution 7/2", "Decision 4/6 Title", "Economic and Social Council resolution 2023/15"
KIND_NUMBER_RE = re.compile(
    rf"^(?:(?P<body>[A-Z][\w ,]*?)\s+)?(?P<kind>[Rr]esolution|[Dd]ecision)\s+(?P<number>{NUMBER})\.?\s*(?P<title>.*)$"
)
NUMBERED_TITLE_RE = re.compile(rf"^(?P<number>{NUMBER})\.\s+(?P<title>\S.*)$")
# "Resolution adopted by the General Assembly on 19 December 2023", the date perhaps on the next line
ADOPTED_RE = re.compile(r"^(?P<kind>Resolution|Decision) adopted by the (?P<body>.+?)(?:\s+on (?P<date>\d.*))?$", re.I)
MARKS = r"(?:\*{1,3}|\d{1,2})?"  # a footnote marker glued to the sponsors' colon: "State of Palestine:*"
# "Italy: draft resolution", "El Salvador, Guatemala and Mexico: revised draft resolution"
DRAFT_RE = re.compile(
    rf"^(?:(?P<sponsors>[^:]+?):{MARKS}\s*)?(?:revised\s+)?draft (?P<kind>resolution|decision)\b(?! submitted)", re.I
)
# "Draft resolution submitted by the Chair on the recommendation of the Economic and Social Council (…)"
SUBMITTED_RE = re.compile(
    r"^(?:Revised\s+)?[Dd]raft (?P<kind>resolution|decision) submitted by (?P<submitter>.+?)"
    r"(?:,? (?:on the recommendation of|on the basis of) (?P<origin>.+?))?\.?$"
)
# "[on the report of the Third Committee (A/79/459, para. 37)]", "[without reference to a Main Committee (A/80/L.4)]"
BRACKET_RE = re.compile(
    rf"^\[(?:on the reports? of the (?P<committee>[^(]+?)|without reference to a Main Committee)"
    rf"\s*(?:\((?P<symbol>{SYMBOL})[^)]*\))?\s*\]\s*$"
)
COMMITTEE_RE = re.compile(
    r"^(?P<committee>(?:First|Second|Third|Fourth|Fifth|Sixth) Committee|Special Political and Decolonization"
    r" Committee(?: \(Fourth Committee\))?)\s*$"
)
SYMBOL_IN_TEXT_RE = re.compile(rf"(?<![\w/]){SYMBOL}(?![\w/])")
DISTR_RE = re.compile(r"\bDistr\.?\s*:?\s*(?P<distribution>General|Limited|Restricted)\b", re.I)
SESSION_RE = re.compile(rf"^(?P<ordinal>{ORDINAL})\s+(?:special\s+)?session\b[\s,]*(?P<rest>.*)$", re.I)
PLACE_RE = re.compile(r"^(?P<place>[A-Z][\w.\-]*(?: [A-Z][\w.\-]*)*),\s*\d")
AGENDA_RE = re.compile(r"\bAgenda items?\s+(?P<item>\d+(?:\s*\([a-z]+\))*)", re.I)
ORIGINAL_RE = re.compile(r"^(?:Original:\s*(?P<language>[A-Z][a-z]+)|(?P<only>[A-Z][a-z]+) only\s*$)")
DATE_ALONE_RE = re.compile(rf"\d{{1,2}} (?:{MONTH}) \d{{4}}")
MASTHEAD_RE = re.compile(r"^(?:United Nations|English only|Original:\s*\w+|\[.*\])\s*$", re.I)
BRACKETED_RE = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")


class Line(Enum):
    """What one masthead line is."""

    FACT = "fact"  # states a fact of the masthead: symbol, distribution, session, agenda item, committee
    KIND = "kind"  # says what the text is: "Resolution 7/2", "Peru: draft resolution", "Resolution adopted by …"
    TITLED = "titled"  # says what the text is and begins its title: "80/1. Participation by …"
    NOTE = "note"  # a bracketed note after the kind: "[on the report of the Third Committee (A/79/459)]"
    TEXT = "text"  # states nothing: a title, an agenda item's title, a committee's name


def classify_line(text: str) -> Line:
    """What a masthead line is, by its form alone."""
    text = text.strip()
    if BRACKET_RE.match(text):
        return Line.NOTE
    if NUMBERED_TITLE_RE.match(text):
        return Line.TITLED
    found = KIND_NUMBER_RE.match(text)
    if found and (not found["body"] or body_named(found["body"])):
        return Line.TITLED if found["title"] else Line.KIND
    if ADOPTED_RE.match(text) or DRAFT_RE.match(text) or SUBMITTED_RE.match(text):
        return Line.KIND
    return Line.FACT if _states_fact(text) else Line.TEXT


def _states_fact(text: str) -> bool:
    if MASTHEAD_RE.match(text) or COMMITTEE_RE.match(text) or DATE_ALONE_RE.fullmatch(text):
        return True
    if DISTR_RE.search(text) or SESSION_RE.match(text) or AGENDA_RE.search(text) or _own_symbols(text):
        return True
    named = body_named(text)
    return named is not None and named.name == text


def read_facts(text: str, facts: dict[str, object]) -> None:
    """Record in `facts` what one masthead line (or lines joined) states."""
    text = text.strip()
    if found := BRACKET_RE.match(text):
        key = "report" if found["committee"] else "adopted_from"
        if found["committee"]:
            facts["committee"] = found["committee"].strip()
        if found["symbol"]:
            facts[key] = found["symbol"]
        return
    if found := NUMBERED_TITLE_RE.match(text):
        facts["number"], facts["title"] = found["number"], found["title"]
        facts.setdefault("kind", Kind.RESOLUTION)
        return
    if (found := KIND_NUMBER_RE.match(text)) and (not found["body"] or body_named(found["body"])):
        facts["kind"] = Kind(found["kind"].lower())
        facts["number"] = found["number"]
        if found["title"]:
            facts["title"] = found["title"]
        return
    if found := ADOPTED_RE.match(text):
        facts["kind"] = Kind(found["kind"].lower())
        if found["date"]:
            facts["adopted"] = parse_date(found["date"])
        return
    if found := SUBMITTED_RE.match(text):
        facts["kind"] = Kind(f"draft {found['kind']}")
        facts["submitter"] = found["submitter"].strip()
        if found["origin"]:
            facts["origin"] = found["origin"].strip()
        return
    if found := DRAFT_RE.match(text):
        facts["kind"] = Kind(f"draft {found['kind'].lower()}")
        if found["sponsors"]:
            facts["sponsors"] = split_sponsors(found["sponsors"])
        return
    _read_plain_facts(text, facts)


def _read_plain_facts(text: str, facts: dict[str, object]) -> None:
    if found := COMMITTEE_RE.match(text):
        facts["committee"] = found["committee"]
    if DATE_ALONE_RE.fullmatch(text) and "distribution" in facts:
        facts.setdefault("distributed", parse_date(text))
    if found := ORIGINAL_RE.match(text):
        facts["original"] = found["language"] or found["only"]
    if found := DISTR_RE.search(text):
        facts["distribution"] = found["distribution"].capitalize()
        if distributed := parse_date(text[found.end() :]):
            facts["distributed"] = distributed
    if found := SESSION_RE.match(text):
        facts["session"] = parse_ordinal(found["ordinal"])
        facts["session_dates"] = parse_date_range(found["rest"])
        if place := PLACE_RE.match(found["rest"]):
            facts["place"] = place["place"]
    if found := AGENDA_RE.search(text):
        facts["agenda_item"] = re.sub(r"\s+", " ", found["item"])
    if symbols := _own_symbols(text):
        facts.setdefault("symbol", symbols[0])


def _own_symbols(text: str) -> list[str]:
    """The document symbols a masthead line states, leaving out those in brackets ("(A/78/409)" names another)."""
    unbracketed = BRACKETED_RE.sub(" ", text)
    return [s for s in SYMBOL_IN_TEXT_RE.findall(unbracketed) if body_of_symbol(s) and any(c.isdigit() for c in s)]


# Member States whose names hold an "and": a sponsor list is never cut there.
NAMES_WITH_AND = (
    "Antigua and Barbuda", "Bosnia and Herzegovina", "Saint Kitts and Nevis", "Saint Vincent and the Grenadines",
    "Sao Tome and Principe", "Trinidad and Tobago", "United Kingdom of Great Britain and Northern Ireland",
)
NAMES_WITH_AND_RE = re.compile("|".join(re.escape(name) for name in NAMES_WITH_AND))
JOINER = "\x00"  # stands for the "and" of a State's name while a list is cut


def split_sponsors(names: str) -> tuple[str, ...]:
    """The sponsors of "Brazil, Kuwait, Qatar and Spain", each named once.

    >>> split_sponsors("Bolivia (Plurinational State of), Trinidad and Tobago and Peru")
    ('Bolivia (Plurinational State of)', 'Trinidad and Tobago', 'Peru')
    """
    kept = NAMES_WITH_AND_RE.sub(lambda found: found[0].replace(" and ", JOINER), " ".join(names.split()))
    parts = re.split(r",\s*(?:and\s+)?|\s+and\s+", kept)
    return tuple(dict.fromkeys(p.replace(JOINER, " and ").strip() for p in parts if p.strip()))
