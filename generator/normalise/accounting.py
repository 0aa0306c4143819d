"""Accounting for every word of a seed: each must stand in the document or its furniture."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable

from generator.model import Document, Marker

WORD_RE = re.compile(r"[^\W\d_]+|\d+")  # letters and digits apart: "Aspects5" is a word and a marker
TAG_RE = re.compile(r"</?[A-Za-z][^<>]*>")


def words(text: str) -> Counter[str]:
    """The words of `text`: runs of letters, runs of digits, compatibility-folded (¹ is 1)."""
    return Counter(WORD_RE.findall(unicodedata.normalize("NFKC", text)))


def strip_markup(text: str) -> str:
    """`text` without HTML tags and entities, however deeply a converter nested them."""
    previous = None
    while previous != text:
        previous, text = text, html.unescape(TAG_RE.sub("", text))
    return text


def document_words(doc: Document) -> Counter[str]:
    """Every word the document holds: facts, paragraphs and labels, markers, footnotes, furniture."""
    parts: list[str] = [doc.title or ""]
    for p in doc.paragraphs:
        parts.append(p.text)
        parts.append(p.label if p.label and p.role.value == "operative" else "")
        parts.extend(i.label for i in p.inlines if isinstance(i, Marker))
    for f in doc.footnotes:
        parts += [f.label, f.text, *(i.label for i in f.inlines if isinstance(i, Marker))]
    parts.extend(item.text for item in doc.furniture)
    return _sum(words(part) for part in parts)


def unaccounted_words(source_lines: Iterable[str], doc: Document) -> Counter[str]:
    """Words of the source that the document lost (empty when nothing was lost)."""
    source = _sum(words(strip_markup(line)) for line in source_lines)
    return source - document_words(doc)


def _sum(counters: Iterable[Counter[str]]) -> Counter[str]:
    total: Counter[str] = Counter()
    for counter in counters:
        total.update(counter)
    return total
