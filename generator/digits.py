"""Digits of any script as ASCII digits, for identities."""

from __future__ import annotations

import unicodedata


def ascii_digits(text: str) -> str:
    """`text` in NFKC, every decimal digit of any script as its ASCII digit: "٧/٢" and "７/２" are "7/2".

    >>> ascii_digits("\u0667/\u0662"), ascii_digits("\uff17\uff0f\uff12"), ascii_digits("A/RES/78/47")
    ('7/2', '7/2', 'A/RES/78/47')
    """
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKC", text)
    return "".join(str(unicodedata.decimal(c)) if c.isdecimal() and not c.isascii() else c for c in text)
