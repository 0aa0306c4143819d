"""The UN bodies whose texts the collection holds or cites."""

from __future__ import annotations

import re
from dataclasses import dataclass

HOME_BODY = "cop"  # the Conference whose texts the site is about; its URLs carry no prefix


@dataclass(frozen=True, slots=True)
class Body:
    """An issuing body: its stable key, its names and its document symbols."""

    key: str  # stable short key, also the URL prefix of its documents
    name: str  # full name as the texts write it
    pattern: str  # regex of the ways the texts name it, starting with a plain capital letter (see BODY_NAME_RE)
    symbol_prefixes: tuple[str, ...]  # document symbols the body issues begin so
    official_resolution: str | None = None  # symbol of resolution N, "{n}" standing for it
    numbers_by_year: bool = False  # its resolutions are "2023/15", not "<session>/<n>"

    def numbers(self, number: str) -> bool:
        """Whether `number` is of the form this body numbers its texts in."""
        return (len(number.split("/")[0]) == 4) == self.numbers_by_year

    @property
    def url_prefix(self) -> str:
        """The folder its documents stand in below the site root: "" for the Conference, else "key/"."""
        return "" if self.key == HOME_BODY else f"{self.key}/"


BODIES: tuple[Body, ...] = (
    Body(
        "cop",
        "Conference of the Parties to the United Nations Convention against Transnational Organized Crime",
        r"Conference of the Parties to the United Nations Convention against Transnational Organized Crime",
        ("CTOC/COP/",),
    ),
    Body(
        "cosp",
        "Conference of the States Parties to the United Nations Convention against Corruption",
        r"Conference of the States Parties to the United Nations Convention against Corruption",
        ("CAC/COSP/",),
    ),
    Body("general-assembly", "General Assembly", r"General Assembly", ("A/",), "A/RES/{n}"),
    Body(
        "ccpcj",
        "Commission on Crime Prevention and Criminal Justice",
        r"Commission on Crime Prevention and Criminal Justice",
        ("E/CN.15/",),
    ),
    Body("cnd", "Commission on Narcotic Drugs", r"Commission on Narcotic Drugs", ("E/CN.7/",)),
    Body("ecosoc", "Economic and Social Council", r"Economic and Social Council", ("E/",), "E/RES/{n}", True),
    Body("security-council", "Security Council", r"Security Council", ("S/",), "S/RES/{n}"),
    Body("human-rights-council", "Human Rights Council", r"Human Rights Council", ("A/HRC/",)),
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
