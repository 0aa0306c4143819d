"""Accounting for every word of a seed: each must stand in the document or its furniture."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable

from generator.model import Document, Inline, Marker, Paragraph
from generator.read.inline import SUPERSCRIPT_DIGITS, SUPERSCRIPTS

WORD_RE = re.compile(r"[^\W\d_]+|\d+")  # letters and digits apart: "Aspects5" is a word and a marker
# Over UTF-8 bytes: ASCII letters and digits kept, every other ASCII byte a space, the bytes of
# other characters kept; splitting the result finds the runs of a text faster than a pattern would.
ALNUM = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
RUN_BYTES = bytes.maketrans(bytes(range(128)), bytes(c if c in ALNUM else 32 for c in range(128)))
SUPERSCRIPT_RE = re.compile(f"[{SUPERSCRIPT_DIGITS}]+")
CLOSED_ENTITY_RE = re.compile(r"&(?:#\d+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")
WRAPPED_AMPERSAND_RE = re.compile(r"<(\w+)[^<>]*>&</\1>")  # "<sup>&</sup>lt;": an entity a converter split
TAG_RE = re.compile(r"</?[A-Za-z][^<>]*>")


def runs(text: str) -> Counter[str]:
    """The runs of `text` between spaces and ASCII punctuation, compatibility-folded, a superscript apart.

    Mostly its words: `words_of` splits the others.
    """
    return Counter(run_list(text))


def run_list(text: str) -> list[str]:
    """The runs of `text` (see `runs`), in text order."""
    return _run_bytes(text).decode("utf-8").split()


def _run_bytes(text: str) -> bytes:
    """`text` compatibility-folded, as UTF-8, each space and ASCII punctuation a space: its runs, unsplit."""
    # isascii is a flag lookup, and looking for each digit is much quicker than the pattern finding none.
    if not text.isascii() and any(digit in text for digit in SUPERSCRIPT_DIGITS):
        text = SUPERSCRIPT_RE.sub(lambda found: f" {found[0].translate(SUPERSCRIPTS)} ", text)
    return unicodedata.normalize("NFKC", text).encode("utf-8").translate(RUN_BYTES)


def words_of(counts: Counter[str]) -> Counter[str]:
    """The words of runs counted by `runs`: a run of letters alone or of digits alone is one word.

    The few others ("Aspects5", "Parties’") are split, in place.
    """
    for run in [run for run in counts if not (run.isalpha() or run.isdecimal())]:
        count = counts.pop(run)
        for word in WORD_RE.findall(run):
            counts[word] += count
    return counts


def strip_markup(text: str) -> str:
    """`text` without HTML tags and entities, however deeply a converter nested them.

    After the first pass, only entities closed by ";" are read: "&amp;paraResolution" is
    "&paraResolution" as a reader shows it, never "¶Resolution" (`html.unescape` reads
    "&para" without its ";", as browsers do, but only in the text as it stands).
    """
    previous = None
    unescape: Callable[[str], str] = html.unescape
    while previous != text:
        previous = text
        text = unescape(TAG_RE.sub(" ", WRAPPED_AMPERSAND_RE.sub("&", text)))
        unescape = _closed_entities
    return text


def _closed_entities(text: str) -> str:
    """`text` with its entities closed by ";" read, the others left as they are."""
    return CLOSED_ENTITY_RE.sub(lambda found: html.unescape(found[0]), text) if "&" in text else text


def document_runs(doc: Document, furniture: bool = True) -> Counter[str]:
    """The runs of all the document holds: paragraphs (the title among them), labels, markers, footnotes, furniture.

    Without `furniture`: those of its text, which its page shows.
    """
    return runs(_document_text(doc, furniture))


def _document_text(doc: Document, furniture: bool) -> str:
    parts = text_parts(doc, doc.paragraphs)
    if furniture:
        parts.extend(item.text for item in doc.furniture)
    return "\n".join(parts)


def text_parts(doc: Document, paragraphs: Iterable[Paragraph]) -> list[str]:
    """The document's text in parts: the label (operative, annex) and text of each of `paragraphs`, then the footnotes'.

    `paragraphs` are the document's, in the order wanted.
    """
    parts: list[str] = []
    for p in paragraphs:
        parts.append(p.label if p.label_in_text and p.label else "")
        parts.append(_spelled(p.inlines))
    for f in doc.footnotes:
        parts += [f.label, _spelled(f.inlines)]
    return parts


def _spelled(inlines: tuple[Inline, ...]) -> str:
    """The inlines' characters, each marker's label standing apart as the superscript did."""
    return "".join(f" {i.label} " if isinstance(i, Marker) else i.text for i in inlines)


def unaccounted_words(source_lines: Iterable[str], doc: Document) -> Counter[str]:
    """Words of the source that the document lost (empty when nothing was lost)."""
    source = Counter(_run_bytes(strip_markup("\n".join(source_lines))).split())
    kept = Counter(_run_bytes(_document_text(doc, furniture=True)).split())
    # The same runs make the same words: mostly so, and quick to see. (Counter's own == goes
    # through every run in Python; counts built from lists hold no zeros, so dict's == is the same.)
    # Runs are split as bytes, quicker than as text: only on ASCII spaces, but what the text's
    # split would cut apart besides (U+2028) `words_of` cuts apart too.
    if dict.__eq__(source, kept):
        return Counter()
    source_words, kept_words = words_of(_decoded(source)), words_of(_decoded(kept))
    return _unglued(source_words - kept_words, kept_words - source_words)


def _decoded(counts: Counter[bytes]) -> Counter[str]:
    return Counter({run.decode("utf-8"): count for run, count in counts.items()})


def _unglued(missing: Counter[str], extra: Counter[str]) -> Counter[str]:
    """`missing` less the digit runs that stand in the document cut in two: a year and the marker glued to it.

    "201834" is "2018" and marker "34" once the marker is found; the document has both
    where the source had the one run.
    """
    for run in [run for run in missing if run.isdecimal()]:
        for _ in range(missing[run]):
            cut = next((i for i in range(1, len(run)) if extra[run[:i]] > 0 and extra[run[i:]] > 0), None)
            if cut is None:
                break
            extra[run[:cut]] -= 1
            extra[run[cut:]] -= 1
            missing[run] -= 1
    return +missing
