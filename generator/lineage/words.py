"""Paragraphs as words: what is printed, and the key each word is compared by."""

from __future__ import annotations

import re

from generator.memo import memo
from generator.model import Paragraph, Role

TRACED = (Role.PREAMBLE, Role.OPERATIVE, Role.ANNEX)  # the paragraphs whose language is traced
NOT_KEY_RE = re.compile(r"[\W_]+")


@memo(131072)  # the vocabulary of the texts is small; the same words come back in every paragraph
def word_key(word: str) -> str:
    """A word as compared: case, punctuation and hyphen forms left out ("Calls" and "calls,", "pre‑recorded").

    >>> word_key("Urges"), word_key("“Helms-Burton"), word_key("5/4")
    ('urges', 'helmsburton', '54')
    """
    return NOT_KEY_RE.sub("", word.casefold()) or word


def printed_words(paragraph: Paragraph) -> list[str]:
    """The words of a paragraph as printed, footnote markers left out (they move between versions)."""
    return paragraph.text.split()


def keys(words: list[str]) -> tuple[str, ...]:
    """The key of each word."""
    return tuple(map(word_key, words))
