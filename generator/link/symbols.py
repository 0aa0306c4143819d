"""United Nations document symbols: "A/60/88", "A/60/88 and Corr.2", "A/CONF.192/15(SUPP)"."""

from __future__ import annotations

import re

from generator.link.found import Found
from generator.model import Target

PART = r"[A-Za-z0-9]+(?:[.\-][A-Za-z0-9]+)*"  # dots and hyphens only inside: a full stop after it is prose
SYMBOL = rf"[A-Z]{{1,6}}(?:/{PART})+(?:\([A-Z]+\))?"
SYMBOL_RE = re.compile(rf"(?<![\w/.])(?P<symbol>{SYMBOL})(?![\w/])")
ADDENDUM_RE = re.compile(r"\s+and\s+(?P<part>(?:Corr|Add|Rev)\.\d{1,2})\b")


def find_symbols(text: str) -> list[Found]:
    """Each document symbol, and each "and Corr.2" after one as the symbol of that corrigendum."""
    if "/" not in text:  # in every symbol; most paragraphs have none
        return []
    found: list[Found] = []
    for match in SYMBOL_RE.finditer(text):
        symbol = match["symbol"]
        if not any(c.isdigit() for c in symbol):
            continue
        found.append(Found(match.start(), match.end(), Target("symbol", key=symbol)))
        addendum = ADDENDUM_RE.match(text, match.end())
        if addendum is not None:
            part = addendum.start("part")
            found.append(Found(part, addendum.end("part"), Target("symbol", key=f"{symbol}/{addendum['part']}")))
    return found
