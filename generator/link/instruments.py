"""The treaties whose articles the texts cite: the Convention, its Protocols, the Corruption Convention."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from generator.bodies import BODY_NAME_RE

TREATY_PAGE = "https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no={mtdsg}&chapter=18"


@dataclass(frozen=True, slots=True)
class Instrument:
    """A treaty the texts cite articles of, and the names they give it."""

    key: str  # stable key, the first part of an article target's key ("convention:32")
    word: str  # the word that stands for it once named: "Convention", "Protocol"
    names: tuple[str, ...]  # its full and short names as the texts write them, a name before any name it begins with
    mtdsg: str  # its number in the Secretary-General's treaty collection, for the official page
    body: str | None = None  # the body that is its conference of parties, whose texts it is "the Convention" of


INSTRUMENTS: tuple[Instrument, ...] = (
    Instrument(
        "convention",
        "Convention",
        (
            "United Nations Convention against Transnational Organized Crime",
            "Convention against Transnational Organized Crime",
            "Organized Crime Convention",
        ),
        "XVIII-12",
        "cop",
    ),
    Instrument(
        "trafficking-in-persons-protocol",
        "Protocol",
        (
            "Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children",
            "Trafficking in Persons Protocol",
        ),
        "XVIII-12-a",
    ),
    Instrument(
        "migrants-protocol",
        "Protocol",
        (
            "Protocol against the Smuggling of Migrants by Land, Sea and Air",
            "Smuggling of Migrants Protocol",
            "Migrants Protocol",
        ),
        "XVIII-12-b",
    ),
    Instrument(
        "firearms-protocol",
        "Protocol",
        (
            "Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components"
            " and Ammunition",
            "Firearms Protocol",
        ),
        "XVIII-12-c",
    ),
    Instrument(
        "uncac",
        "Convention",
        ("United Nations Convention against Corruption", "Convention against Corruption"),
        "XVIII-14",
        "cosp",
    ),
)
BY_KEY = {i.key: i for i in INSTRUMENTS}
# As for BODY_NAME_RE, the lookahead on the first letters lets the engine pass over other positions at once.
FIRST_LETTERS = "".join(sorted({name[0] for i in INSTRUMENTS for name in i.names}))
NAMED_RE = re.compile(
    f"(?=[{FIRST_LETTERS}])(?:"
    + "|".join(f"(?P<{i.key.replace('-', '_')}>{'|'.join(map(re.escape, i.names))})" for i in INSTRUMENTS)
    + ")"
)
GENERIC = r"(?:the )?(?:Convention|Protocol)\b(?! against| to)"
INSTRUMENT = rf"(?:{NAMED_RE.pattern})|{GENERIC}"


@dataclass(frozen=True, slots=True)
class Named:
    """What a reader has read of a document, in text order, to tell the instrument a generic word means.

    The texts are only kept: which instrument each last named is found when a citation
    asks (`meant`), which few paragraphs do, and then kept for the next one that asks.
    """

    body: str  # the citing document's body: "the Convention" of its own conference when none is named
    text: str = ""  # the last text read
    before: Named | None = None  # what was read before it
    _last: dict[str, str] | None = field(default=None, init=False, repr=False, compare=False)  # `last()`, once found
    _bodies: tuple[str, ...] | None = field(default=None, init=False, repr=False, compare=False)  # `bodies()`, once

    def after(self, text: str) -> Named:
        """What is known once `text` has been read."""
        return Named(self.body, text, self)

    def last(self) -> dict[str, str]:
        """Word ("Protocol") -> key of the instrument last named with it in the texts read."""
        unknown: list[Named] = []  # from this one back to the last one that was asked already
        named: Named | None = self
        while named is not None and named._last is None:
            unknown.append(named)
            named = named.before
        last = named._last if named is not None and named._last is not None else {}
        for named in reversed(unknown):
            mentioned = _mentions(named.text, len(named.text))
            last = {**last, **mentioned} if mentioned else last
            object.__setattr__(named, "_last", last)  # a cache: no field of equality or hash
        return last

    def bodies(self) -> tuple[str, ...]:
        """The keys of the bodies named in the texts read, the last named first, each once."""
        unknown: list[Named] = []  # from this one back to the last one that was asked already
        named: Named | None = self
        while named is not None and named._bodies is None:
            unknown.append(named)
            named = named.before
        found = named._bodies if named is not None and named._bodies is not None else ()
        for named in reversed(unknown):
            here = bodies_named_in(named.text) if named.text else ()
            found = (*here, *(key for key in found if key not in here)) if here else found
            object.__setattr__(named, "_bodies", found)  # a cache: no field of equality or hash
        return found

    def meant(self, name: str, text: str, at: int) -> str | None:
        """The key of the instrument `name` stands for at offset `at` of `text`, or None."""
        found = NAMED_RE.fullmatch(name)
        if found is not None and found.lastgroup is not None:
            return found.lastgroup.replace("_", "-")
        word = name.removeprefix("the ")
        known = {**self.last(), **_mentions(text, at)}
        own = next((i.key for i in INSTRUMENTS if i.word == word and i.body == self.body), None)
        return known.get(word, own)


def bodies_named_in(text: str, end: int | None = None) -> tuple[str, ...]:
    """The keys of the bodies `text` names before `end`, the last named first, each once."""
    found = BODY_NAME_RE.finditer(text, 0, len(text) if end is None else end)
    keys = [m.lastgroup.replace("_", "-") for m in found if m.lastgroup]
    return tuple(dict.fromkeys(key for key in reversed(keys)))


def _mentions(text: str, end: int) -> dict[str, str]:
    """Word -> instrument last named before `end`, leaving out names inside a body's name."""
    named = list(NAMED_RE.finditer(text, 0, end)) if "Convention" in text or "Protocol" in text else []
    if not named:  # every instrument's name holds one of these words; most paragraphs name none
        return {}
    inside_bodies = [m.span() for m in BODY_NAME_RE.finditer(text)]
    last: dict[str, str] = {}
    for found in named:
        if any(s <= found.start() < e for s, e in inside_bodies) or found.lastgroup is None:
            continue
        key = found.lastgroup.replace("_", "-")
        last[BY_KEY[key].word] = key
    return last


def instrument_page(key: str) -> str | None:
    """The official page of the instrument `key` in the United Nations Treaty Collection."""
    instrument = BY_KEY.get(key)
    return TREATY_PAGE.format(mtdsg=instrument.mtdsg) if instrument else None
