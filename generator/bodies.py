"""The UN bodies whose texts the collection holds or cites: an open list, one `Body` each."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

HOME_BODY = "cop"  # the Conference whose texts the site is about; its URLs carry no prefix
# How a body numbers its resolutions: "<session>/<n>" ("7/2"), "<year>/<n>" ("2019/19"), "<n> (<year>)" ("1373 (2001)").
SESSION, YEAR, SERIAL = "session", "year", "serial"
SERIAL_RE = re.compile(r"\d{1,4} \((?:19|20)\d\d\)")


@dataclass(frozen=True, slots=True)
class Body:
    """An issuing body: its stable key, its names, its document symbols and how it numbers its texts."""

    key: str  # stable short key, also the URL prefix of its documents
    name: str  # full name as the texts write it
    pattern: str  # regex of the ways the texts name it, starting with a plain capital letter (see BODY_NAME_RE)
    symbol_prefixes: tuple[str, ...]  # document symbols the body issues begin so
    head: str  # the word that names it alone once named: "Conference resolution 5/4", "Commission resolution 31/1"
    official_resolution: str | None = None  # symbol of resolution N, "{n}" standing for it
    numbering: str = SESSION  # SESSION, YEAR or SERIAL
    first_numbered: int = 1  # the first session whose texts are numbered "<session>/<n>"
    first_year: int | None = None  # session N meets in year first_year + N (or the next year); None: not by rule
    short_name: str = ""  # how headings name it where its full name is long; "" for its name

    @property
    def short(self) -> str:
        """Its short name for headings: "Conference of the Parties", "General Assembly"."""
        return self.short_name or self.name

    def numbers(self, number: str) -> bool:
        """Whether `number` is of the form this body numbers its texts in.

        >>> BY_KEY["general-assembly"].numbers("70/1"), BY_KEY["general-assembly"].numbers("10/1")
        (True, False)
        >>> BY_KEY["security-council"].numbers("1373 (2001)"), BY_KEY["ecosoc"].numbers("2019/19")
        (True, True)
        """
        return number_form(number) == self.numbering and (
            self.numbering != SESSION or int(number.split("/")[0]) >= self.first_numbered
        )

    def fits(self, number: str, date: dt.date | None) -> bool:
        """Whether this body could have adopted `number` on `date`, by its numbering and its sessions' years."""
        if not self.numbers(number):
            return False
        if date is None or self.first_year is None or self.numbering != SESSION:
            return True
        return date.year - self.first_year - int(number.split("/")[0]) in (0, 1)

    @property
    def url_prefix(self) -> str:
        """The folder its documents stand in below the site root: "" for the Conference, else "key/"."""
        return "" if self.key == HOME_BODY else f"{self.key}/"


def number_form(number: str) -> str:
    """How `number` is made: SESSION ("7/2", "67/234 B"), YEAR ("2019/19") or SERIAL ("1373 (2001)")."""
    if SERIAL_RE.fullmatch(number):
        return SERIAL
    return YEAR if len(number.split("/")[0]) == 4 else SESSION


BODIES: tuple[Body, ...] = (
    Body(
        "cop",
        "Conference of the Parties to the United Nations Convention against Transnational Organized Crime",
        r"Conference of the Parties to the United Nations Convention against Transnational Organized Crime",
        ("CTOC/COP/",),
        "Conference",
        short_name="Conference of the Parties",
    ),
    Body(
        "cosp",
        "Conference of the States Parties to the United Nations Convention against Corruption",
        # "the Conference of the States Parties to the Convention", "… at its tenth session": only UNCAC's is so named
        r"Conference of the States Parties(?: to the (?:United Nations )?Convention(?: against Corruption)?)?",
        ("CAC/COSP/",),
        "Conference",
        short_name="Conference of the States Parties to the Convention against Corruption",
    ),
    Body(
        "general-assembly",
        "General Assembly",
        r"General Assembly",
        ("A/",),
        "Assembly",
        "A/RES/{n}",
        first_numbered=31,  # before its thirty-first session (1976) it numbered "217 (III)"
        first_year=1945,
    ),
    Body(
        "ccpcj",
        "Commission on Crime Prevention and Criminal Justice",
        r"Commission on Crime Prevention and Criminal Justice",
        ("E/CN.15/",),
        "Commission",
        first_year=1991,
    ),
    Body("cnd", "Commission on Narcotic Drugs", r"Commission on Narcotic Drugs", ("E/CN.7/",), "Commission"),
    Body(
        "ecosoc",
        "Economic and Social Council",
        r"Economic and Social Council",
        ("E/",),
        "Council",
        "E/RES/{n}",
        YEAR,
    ),
    Body("security-council", "Security Council", r"Security Council", ("S/",), "Council", "S/RES/{n}", SERIAL),
    Body("human-rights-council", "Human Rights Council", r"Human Rights Council", ("A/HRC/",), "Council"),
    Body("statistical-commission", "Statistical Commission", r"Statistical Commission", ("E/CN.3/",), "Commission"),
    Body(
        "csw",
        "Commission on the Status of Women",
        r"Commission on the Status of Women",
        ("E/CN.6/",),
        "Commission",
    ),
    Body(
        "csocd",
        "Commission for Social Development",
        r"Commission for Social Development",
        ("E/CN.5/",),
        "Commission",
    ),
)
BY_KEY = {b.key: b for b in BODIES}
# The lookahead on the names' first letters lets the regex engine pass over any other
# position in one test, where trying each name there in turn takes most of a search's time.
FIRST_LETTERS = "".join(sorted({b.pattern[0] for b in BODIES}))
BODY_NAME_RE = re.compile(
    f"(?=[{FIRST_LETTERS}])(?:" + "|".join(f"(?P<{b.key.replace('-', '_')}>{b.pattern})" for b in BODIES) + ")"
)


def body_named(text: str) -> Body | None:
    """The body whose name `text` contains first, if any.

    >>> body_named("The General Assembly,").key
    'general-assembly'
    >>> body_named("the Conference of the States Parties at its tenth session").key
    'cosp'
    """
    found = BODY_NAME_RE.search(text)
    if found is None or found.lastgroup is None:
        return None
    return BY_KEY[found.lastgroup.replace("_", "-")]


def body_of_symbol(symbol: str) -> Body | None:
    """The body that issues documents under `symbol`, by its longest matching prefix.

    >>> body_of_symbol("CTOC/COP/2020/L.5/Rev.1").key
    'cop'
    >>> body_of_symbol("A/HRC/50/L.1").key
    'human-rights-council'
    """
    matches = [(len(p), b) for b in BODIES for p in b.symbol_prefixes if symbol.startswith(p)]
    return max(matches, key=lambda m: m[0])[1] if matches else None
