"""Inline markup of the text shapes to inline items: emphasis and footnote markers."""

from __future__ import annotations

import re

from generator.model import Inline, Marker, Text

SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
SUPERSCRIPTS = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")
# A footnote marker: Unicode superscript digits, <sup>N</sup>, or a Markdown [^N].
MARKER = r"(?P<sup>[⁰¹²³⁴⁵⁶⁷⁸⁹]+)|<sup>\s*(?P<html>[0-9*]{1,3})\s*</sup>|\[\^(?P<md>\w{1,6})\](?!:)"
# Emphasis (*…*, **…**, _…_) only where its marks stand apart from words and from other marks:
# "*Notes*" is emphasis; "session*Resolution*" and "*A**B*" are the characters they are.
# The lookahead on the characters a match can start with lets the engine pass over the others at once.
INLINE_START = r"[⁰¹²³⁴⁵⁶⁷⁸⁹<\[*_]"  # the characters a match can start with
INLINE_RE = re.compile(
    rf"(?={INLINE_START})(?:{MARKER}|(?<![\w*])\*\*(?P<strong>[^*\n]+?)\*\*(?![\w*])"
    rf"|(?<![\w*])\*(?P<em>[^*\s](?:[^*\n]*?[^*\s])?)\*(?![\w*])"
    rf"|(?<!\w)_(?P<under>[^_\s](?:[^_\n]*?[^_\s])?)_(?!\w))"
)
# Most paragraphs have none of them: a class is found at once, where INLINE_RE looks at every character.
INLINE_START_RE = re.compile(INLINE_START)
FOOTNOTE_START_RE = re.compile(
    r"^(?:(?P<sup>[⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s+|<sup>\s*(?P<html>[0-9*]{1,3})\s*</sup>\s*|\[\^(?P<md>\w{1,6})\]:?\s*)(?=\S)"
)


def marker_label(found: re.Match[str]) -> str:
    """The footnote label a marker match stands for."""
    raw = found["sup"] or found["html"] or found["md"] or ""
    return raw.translate(SUPERSCRIPTS)


def parse_inline(text: str) -> tuple[Inline, ...]:
    """Split `text` into plain runs, emphasised runs and footnote markers.

    >>> for item in parse_inline("*Recalling* its decision,¹ and"): print(item)
    Text(text='Recalling', emphasis=True)
    Text(text=' its decision,', emphasis=False)
    Marker(label='1')
    Text(text=' and', emphasis=False)
    """
    first = INLINE_START_RE.search(text)
    if first is None:
        return (Text(text),) if text else ()
    items: list[Inline] = []
    at = 0
    for found in INLINE_RE.finditer(text, first.start()):  # looking behind it as from the start
        if found.start() > at:
            items.append(Text(text[at : found.start()]))
        emphasised = found["em"] or found["strong"] or found["under"]
        if emphasised:
            items.extend(_emphasise(parse_inline(emphasised)))
        else:
            items.append(Marker(marker_label(found)))
        at = found.end()
    if at < len(text):
        items.append(Text(text[at:]))
    return tuple(items)


def _emphasise(items: tuple[Inline, ...]) -> list[Inline]:
    return [Text(i.text, True) if isinstance(i, Text) else i for i in items]
