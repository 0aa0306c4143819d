"""Accounting for every word of a seed: each must stand in the document or its furniture."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable

from generator.model import Document, Inline, Marker, Role
from generator.read.inline import SUPERSCRIPTS

WORD_RE = re.compile(r"[^\W\d_]+|\d+")  # letters and digits apart: "Aspects5" is a word and a marker
SUPERSCRIPT_RE = re.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹]+")
WRAPPED_AMPERSAND_RE = re.compile(r"<(\w+)[^<>]*>&</\1>")  # "<sup>&</sup>lt;": an entity a converter split
TAG_RE = re.compile(r"</?[A-Za-z][^<>]*>")


def words(text: str) -> Counter[str]:
    """The words of `text`: runs of letters, of digits, compatibility-folded; a superscript stands apart."""
    text = SUPERSCRIPT_RE.sub(lambda found: f" {found[0].translate(SUPERSCRIPTS)} ", text)
    return Counter(WORD_RE.findall(unicodedata.normalize("NFKC", text)))


def strip_markup(text: str) -> str:
    """`text` without HTML tags and entities, however deeply a converter nested them."""
    previous = None
    while previous != text:
        previous = text
        text = html.unescape(TAG_RE.sub(" ", WRAPPED_AMPERSAND_RE.sub("&", text)))
    return text


def document_words(doc: Document) -> Counter[str]:
    """Every word the document holds: paragraphs (the title among them), labels, markers, footnotes, furniture."""
    parts: list[str] = []
    for p in doc.paragraphs:
        parts.append(p.label if p.label and p.role in (Role.OPERATIVE, Role.ANNEX) else "")
        parts.append(_spelled(p.inlines))
    for f in doc.footnotes:
        parts += [f.label, _spelled(f.inlines)]
    parts.extend(item.text for item in doc.furniture)
    return words("\n".join(parts))


def _spelled(inlines: tuple[Inline, ...]) -> str:
    """The inlines' characters, each marker's label standing apart as the superscript did."""
    return "".join(f" {i.label} " if isinstance(i, Marker) else i.text for i in inlines)


def unaccounted_words(source_lines: Iterable[str], doc: Document) -> Counter[str]:
    """Words of the source that the document lost (empty when nothing was lost)."""
    return words(strip_markup("\n".join(source_lines))) - document_words(doc)
