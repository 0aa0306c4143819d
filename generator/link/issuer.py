"""Who issued a text cited by number when the citation names no body: context, number form, dates, footnotes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from generator.bodies import BODIES, BY_KEY, HOME_BODY, body_of_symbol
from generator.link.instruments import Named, bodies_named_in
from generator.link.symbols import SYMBOL_RE
from generator.model import Document, Footnote, Inline, Marker

NEAR = 3  # a footnote marker this many characters or fewer after a number notes that citation


@dataclass(frozen=True, slots=True)
class Context:
    """What a citation's surroundings say of who issued it: bodies named before, footnotes after."""

    named: Named  # the texts read before, for the bodies they name
    markers: tuple[tuple[int, str], ...] = ()  # the footnote markers of the text: (offset in its characters, label)
    noted: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # footnote label -> bodies of its symbols
    lead: str = ""  # for a footnote: the text before its marker, which it is a note to

    def head_body(self, head: str, text: str, at: int) -> str | None:
        """The body last named before offset `at` whose name "Conference", "Commission" … stands for."""
        return next((key for key in self._before(text, at) if BY_KEY[key].head == head), None)

    def settle(self, number: str, date: dt.date | None, body: str, text: str, end: int) -> tuple[str, bool]:
        """The body that issued `number` (cited ending at `end` of `text`), and whether it is only assumed.

        In order: a footnote just after it citing a body's documents; the citing body `body`
        if its numbering and sessions' years allow (assumed); the one body numbering so
        ("2019/19", "1373 (2001)"); the last body named before that could have (assumed);
        else, if it is dated, the collection's own body, assumed.
        """
        for label in (label for at, label in self.markers if end <= at <= end + NEAR):
            fitting = [key for key in self.noted.get(label, ()) if BY_KEY[key].fits(number, date)]
            if fitting:
                return fitting[0], False
        if BY_KEY[body].fits(number, date):
            return body, True
        by_form = [b.key for b in BODIES if b.fits(number, date)]
        if len(by_form) == 1:
            return by_form[0], False
        named = (key for key in self._before(text, end) if BY_KEY[key].fits(number, date))
        # Else only a date can tell whose it is, against the sessions the collection dates (`link.refile`);
        # with none, `body`, which cannot have adopted it: no citation.
        return next(named, HOME_BODY if date else body), True

    def _before(self, text: str, at: int) -> tuple[str, ...]:
        """The bodies named before offset `at` of `text`, then in the lead, then in the texts before: last first."""
        return (*bodies_named_in(text, at), *bodies_named_in(self.lead), *self.named.bodies())


def noted_bodies(footnotes: tuple[Footnote, ...]) -> dict[str, tuple[str, ...]]:
    """Footnote label -> the bodies whose documents it cites by symbol ("CTOC/COP/2020/10"), in text order."""
    noted: dict[str, tuple[str, ...]] = {}
    for note in footnotes:
        text = note.text
        if "/" in text:  # in every symbol
            bodies = [found.key for m in SYMBOL_RE.finditer(text) if (found := body_of_symbol(m["symbol"]))]
            if bodies:
                noted[note.label] = tuple(dict.fromkeys(bodies))
    return noted


def marker_offsets(inlines: tuple[Inline, ...]) -> tuple[tuple[int, str], ...]:
    """Each footnote marker of `inlines` with its offset in their characters (markers left out)."""
    found: list[tuple[int, str]] = []
    at = 0
    for item in inlines:
        if isinstance(item, Marker):
            found.append((at, item.label))
        else:
            at += len(item.text)
    return tuple(found)


def leads(doc: Document) -> dict[str, str]:
    """Footnote label -> the characters of the paragraph its first marker stands in, up to the marker."""
    found: dict[str, str] = {}
    for paragraph in doc.paragraphs:
        if any(isinstance(item, Marker) for item in paragraph.inlines):
            text = paragraph.text
            for at, label in marker_offsets(paragraph.inlines):
                found.setdefault(label, text[:at])
    return found
