"""Digits of any script as ASCII digits, for identities."""

from __future__ import annotations

import re
import unicodedata

DIGIT_RE = re.compile(r"\d")  # of any script


def ascii_digits(text: str) -> str:
    """`text` in NFKC, every decimal digit of any script as its ASCII digit: "٧/٢" and "７/２" are "7/2".

    >>> ascii_digits("\u0667/\u0662"), ascii_digits("\uff17\uff0f\uff12"), ascii_digits("A/RES/78/47")
    ('7/2', '7/2', 'A/RES/78/47')
    """
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKC", text)
    return "".join(str(unicodedata.decimal(c)) if c.isdecimal() and not c.isascii() else c for c in text)


def has_digit(text: str) -> bool:
    """Whether `text` holds a decimal digit of any script; an ASCII text is told much quicker than by a search.

    >>> has_digit("resolution 7/2"), has_digit("resolution \u0667"), has_digit("no number")
    (True, True, False)
    """
    if text.isascii():
        return any(digit in text for digit in "0123456789")
    return DIGIT_RE.search(text) is not None
