"""English ordinal words as numbers: "Twelfth" → 12, "Seventy-eighth" → 78."""

from __future__ import annotations

import re

UNITS = "first second third fourth fifth sixth seventh eighth ninth".split()
TEENS = "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth".split()
TENS_ORDINAL = "twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth".split()
TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
SIMPLE = {w: i + 1 for i, w in enumerate(UNITS)} | {w: i + 10 for i, w in enumerate(TEENS)}
SIMPLE |= {w: 20 + 10 * i for i, w in enumerate(TENS_ORDINAL)}
ORDINAL = rf"(?:(?:{'|'.join(TENS)})-(?:{'|'.join(UNITS)})|{'|'.join(sorted(SIMPLE, key=len, reverse=True))})"
ORDINAL_RE = re.compile(ORDINAL, re.I)


def parse_ordinal(word: str) -> int | None:
    """The number an ordinal word stands for, or None.

    >>> parse_ordinal("Twelfth"), parse_ordinal("Seventy-eighth"), parse_ordinal("session")
    (12, 78, None)
    """
    word = word.lower()
    if word in SIMPLE:
        return SIMPLE[word]
    tens, _, unit = word.partition("-")
    if tens in TENS and unit in UNITS:
        return 20 + 10 * TENS.index(tens) + UNITS.index(unit) + 1
    return None
