"""Resolutions and decisions cited by number, alone or in lists, and the paragraphs cited of them."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass

from generator.bodies import BODIES, BODY_NAME_RE, BY_KEY, body_named
from generator.dates import MONTH, parse_date
from generator.docref import NUMBER as DOC_NUMBER
from generator.docref import SERIAL_NUMBER, DocRef
from generator.link.found import Found
from generator.link.instruments import Named
from generator.link.issuer import Context
from generator.model import Target

NUMBER = rf"(?:{SERIAL_NUMBER}|{DOC_NUMBER}(?: [A-Z](?![\w/]))?)"
HEAD = "(?P<head>" + "|".join(sorted({b.head for b in BODIES})) + r")\b"  # "Conference", "Commission", …
DATE = rf"\d{{1,2}}\s+(?:{MONTH})\s+\d{{4}}"
KIND = r"(?P<kind>[Rr]esolution|[Dd]ecision)s?\s+"
LABEL = r"(?:\d{1,3}(?:\s*\([a-z]{1,4}\))?|\([a-z]{1,4}\))"  # "14", "2 (a)", "(b)"
LIST_SEPARATOR = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
LABELS = rf"[Pp]aragraphs?\s+(?P<labels>{LABEL}(?:{LIST_SEPARATOR}{LABEL})*)"

START_RE = re.compile(rf"\b{KIND}(?={NUMBER})")
LOOK_BACK = 600  # characters before a citation where its body or the paragraphs cited of it are named
ITEM_RE = re.compile(
    rf"(?P<number>{NUMBER})(?:\s+of\s+(?P<date>{DATE}))?"
    r"(?:,?\s+entitled\s+(?:\"(?P<straight>[^\"]+)\"|“(?P<curly>[^”]+)”))?"  # a title quotes with the other kind
)
NEXT_RE = re.compile(rf"{LIST_SEPARATOR}(?P<its>its\s+)?(?:{KIND})?(?={NUMBER})")
# "… of the Conference of the States Parties", "… on <subject>, adopted by the Conference of …", "… of the Council"
BODY_AFTER_RE = re.compile(
    rf"(?:\s+of\s+the|(?:\s+on\s+[^,;:()]{{1,200}}?)?,?\s+adopted\s+by\s+the)\s+(?:(?P<name>{BODY_NAME_RE.pattern})|{HEAD})"
)
BODY_BEFORE_RE = re.compile(rf"(?P<name>{BODY_NAME_RE.pattern})\s+$")
ITS = "its"  # what `_prefix` says of a citation after "its" or "their": its body is the antecedent's
HEAD_BEFORE_RE = re.compile(rf"\b{HEAD}\s+$")
ITS_BEFORE_RE = re.compile(r"\b(?:[Ii]ts|[Tt]heir)\s+$")
PARAGRAPHS_BEFORE_RE = re.compile(rf"\b{LABELS}\s+of\s+$")
OWN_PARAGRAPHS_RE = re.compile(rf"\b{LABELS}\s+(?:above|below|of\s+the\s+present\s+(?:resolution|decision))\b")
LABEL_RE = re.compile(r"(?P<number>\d{1,3})(?:\s*\((?P<sub>[a-z]{1,4})\))?|\((?P<letter>[a-z]{1,4})\)")


@dataclass(frozen=True, slots=True)
class Item:
    """One number of a list of citations, before its body is settled."""

    start: int  # where its link begins: the kind word or body name before it, else the number
    end: int  # the end of the number
    kind: str  # "resolution" or "decision"
    number: str
    date: str | None
    title: str | None
    its: bool  # preceded by its own "its" inside the list
    after: int  # the end of what the list says of it: its date and title included


def find_numbered(text: str, body: str, own: DocRef | None, context: Context | None = None) -> list[Found]:
    """Every resolution, decision and paragraph of one cited by number in `text`.

    `body` is the citing document's body: the body of "its resolution" and "Conference
    resolution" in a Conference's text; `own` is the citing document, for "paragraph 5
    above"; `context` what stands around `text`, for the body of a citation that names
    none (`Context.settle`): its target is then marked as assumed where nothing confirms it.
    """
    found = _own_paragraphs(text, own)
    if "esolution" not in text and "ecision" not in text:  # most paragraphs cite none by number
        return found
    context = context or Context(Named(body))
    extents = Antecedents(text)  # whole citations, body names included: no antecedent of "its"
    at = 0
    while (start := START_RE.search(text, at)) is not None:
        items, end = _read_list(text, start)
        words_start, link_start, said = _prefix(text, start.start(), body, extents, context)
        items[0] = dataclasses.replace(items[0], start=link_start)
        named_after = BODY_AFTER_RE.match(text, end)
        if named_after is not None:
            said = _named(named_after, body, text, context)
        refs = [_issued(item, said, body, text, extents, context) for item in items]
        found += [
            Found(item.start, item.end, Target(item.kind, ref, None, "", _date(item.date), item.title, assumed))
            for item, (ref, assumed) in zip(items, refs, strict=True)
            if BY_KEY[ref.body].numbers(ref.id)  # "decision 2017/5" of this Conference is no citation
        ]
        found += _paragraphs_of(text, words_start, refs[0][0])
        extents.cited(words_start, named_after.end() if named_after else end)
        at = end
    return found


def _issued(
    item: Item, said: str | None, body: str, text: str, extents: Antecedents, context: Context
) -> tuple[DocRef, bool]:
    """The identity `item` cites and whether its body is only assumed; `said` is the body its list names, if any."""
    if item.its or said is ITS:
        return DocRef(_its_body(item, body, extents), item.kind, item.number), False
    if said is not None:
        return DocRef(said, item.kind, item.number), False
    key, assumed = context.settle(item.number, _date(item.date), body, text, item.after)
    return DocRef(key, item.kind, item.number), assumed


def _named(found: re.Match[str], body: str, text: str, context: Context) -> str | None:
    """The body a body name or a head word ("Conference", "Council") names at `found`; None if none is known."""
    name = found.groupdict().get("name")
    if name:
        return _key(name)
    head = found["head"]
    return body if BY_KEY[body].head == head else context.head_body(head, text, found.start())


def _read_list(text: str, start: re.Match[str]) -> tuple[list[Item], int]:
    """The numbers of the list that begins with the kind word `start`, and where the list ends."""
    items: list[Item] = []
    kind, link_start, its, at = start["kind"].lower(), start.start(), False, start.end()
    while (item := ITEM_RE.match(text, at)) is not None:
        title = (item["straight"] or item["curly"] or "").strip() or None
        items.append(Item(link_start, item.end("number"), kind, item["number"], item["date"], title, its, item.end()))
        at = item.end()
        following = NEXT_RE.match(text, at)
        if following is None:
            break
        kind = following["kind"].lower() if following["kind"] else kind
        link_start = following.start("kind") if following["kind"] else following.end()
        its, at = bool(following["its"]), following.end()
    return items, at


def _prefix(text: str, at: int, body: str, extents: Antecedents, context: Context) -> tuple[int, int, str | None]:
    """Where the words of the citation at `at` begin, where its first link begins, and the body its first words name.

    Only the last `LOOK_BACK` characters before it are searched: the words before a citation
    are few, and a search of all the text before each citation would cost its length every time.
    """
    since = max(0, at - LOOK_BACK)
    named = BODY_BEFORE_RE.search(text, since, at)
    if named is not None:
        return named.start(), named.start(), _key(named["name"])
    head = HEAD_BEFORE_RE.search(text, since, at)
    if head is not None:
        return head.start(), head.start(), _named(head, body, text, context)
    its = ITS_BEFORE_RE.search(text, since, at)
    if its is not None:
        return its.start(), at, ITS
    return at, at, None


class Antecedents:
    """The bodies a text names outside its citations, read in text order: what "its" stands for at each place.

    Each is looked at once, as the places asked about and the citations recorded move on
    through the text.
    """

    def __init__(self, text: str) -> None:
        self.names = list(BODY_NAME_RE.finditer(text)) if "its" in text else []  # no "its": none is asked for
        self.next = 0  # the first name not yet passed
        self.outside: list[re.Match[str]] = []  # the names passed that stand in no citation, in order
        self.citations: list[tuple[int, int]] = []  # recorded, in text order
        self.passed = 0  # the citations that end before the next name

    def cited(self, start: int, end: int) -> None:
        """Record a citation from `start` to `end`: no name in it is an antecedent."""
        while self.outside and self.outside[-1].start() >= start:
            self.outside.pop()
        self.citations.append((start, end))

    def last_before(self, at: int) -> re.Match[str] | None:
        """The last body named before `at` outside a citation recorded."""
        while self.next < len(self.names) and self.names[self.next].end() <= at:
            name, citations = self.names[self.next], self.citations
            while self.passed < len(citations) and citations[self.passed][1] <= name.start():
                self.passed += 1
            if not (self.passed < len(citations) and citations[self.passed][0] <= name.start()):
                self.outside.append(name)
            self.next += 1
        return self.outside[-1] if self.outside else None


def _its_body(item: Item, body: str, extents: Antecedents) -> str:
    """The body "its" before `item` stands for: the last body named before it outside a citation, if it could
    have adopted the text cited, else the citing one.

    "the adoption by the General Assembly of the Global Framework …, in its resolution 78/47"; but "Requests
    the Commission …, in accordance with its resolution 73/184 of 17 December 2018" in an Assembly text.
    """
    named = extents.last_before(item.start)
    key = _key(named.group()) if named else body
    return key if key == body or BY_KEY[key].fits(item.number, _date(item.date)) else body


def _key(name: str) -> str:
    """The key of the body a BODY_NAME_RE match names."""
    named = body_named(name)
    assert named is not None, name  # every match of BODY_NAME_RE names a body
    return named.key


def _date(text: str | None) -> dt.date | None:
    return parse_date(text) if text else None


def _paragraphs_of(text: str, at: int, ref: DocRef) -> list[Found]:
    """The paragraphs cited in "paragraphs 3 and 4 of" just before `at`, where the citation of `ref` begins."""
    cited = PARAGRAPHS_BEFORE_RE.search(text, max(0, at - LOOK_BACK), at)
    return _labels(cited, ref) if cited else []


def _own_paragraphs(text: str, own: DocRef | None) -> list[Found]:
    """Paragraphs of the citing text itself: "paragraph 5 above"."""
    if own is None or "aragraph" not in text:
        return []
    return [f for cited in OWN_PARAGRAPHS_RE.finditer(text) for f in _labels(cited, own)]


def _labels(cited: re.Match[str], ref: DocRef) -> list[Found]:
    """One paragraph citation per label of `cited`; the first link takes the word "paragraph" too."""
    found: list[Found] = []
    for label in LABEL_RE.finditer(cited["labels"]):
        start = cited.start("labels") + label.start()
        paragraph = label["letter"] or (f"{label['number']} ({label['sub']})" if label["sub"] else label["number"])
        link_start = cited.start() if not found else start
        found.append(Found(link_start, start + len(label.group()), Target("paragraph", doc=ref, paragraph=paragraph)))
    return found
