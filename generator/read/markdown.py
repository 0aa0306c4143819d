"""Reader for Markdown with HTML residue: headings, <sup> markers, entities, stray tags."""

from __future__ import annotations

import html
import re

from generator.decode import Source
from generator.model import Document
from generator.read.text import read_text_blocks

HEADING_RE = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$")
ESCAPE_RE = re.compile(r"\\([!-/:-@\[-`{-~])")
SUP_RE = re.compile(r"<sup>(.*?)</sup>", re.IGNORECASE)
MARKER_SUP_RE = re.compile(r"<sup>\s*([0-9*]{1,3})\s*</sup>", re.IGNORECASE)
# A marker whose tags a converter escaped, wholly or in part: "&lt;sup>1</sup>", "&lt;sup&gt;1&lt;/sup&gt;".
ESCAPED_MARKER_RE = re.compile(r"&lt;sup(?:&gt;|>)\s*([0-9*]{1,3})\s*(?:&lt;|<)/sup(?:&gt;|>)", re.IGNORECASE)
# Tags that end a block: a paragraph or line break left inside one source line.
BLOCK_TAG_RE = re.compile(r"</?(?:p|div|li|ul|ol|h[1-6]|blockquote)\b[^<>]*>|<br\s*/?>", re.IGNORECASE)
EMPHASIS_TAG_RE = re.compile(r"</?(?:em|i)>", re.IGNORECASE)
STRONG_TAG_RE = re.compile(r"</?(?:strong|b)>", re.IGNORECASE)
# Formatting tags a converter leaves behind; any other tag is text and stays as written.
STRAY_TAG_RE = re.compile(r"</?(?:sup|sub|span|p|br|div|font|u|small|a)\b[^<>]*>", re.IGNORECASE)


def clean_line(line: str) -> str:
    """One Markdown line as plain text: markers as [^N], emphasis as *…*.

    A <sup> that holds no footnote label is unwrapped before entities are
    decoded, which mends converter residue such as "<sup>&</sup>lt;sup>1</sup>";
    entities are decoded last, so the tags they spell stay text.

    >>> clean_line("<sup>&</sup>lt;sup>2</sup> See A/60/88.")
    '[^2] See A/60/88.'
    >>> clean_line("## Title &amp; <span>more</span>")
    'Title & more'
    """
    heading = HEADING_RE.match(line)
    if heading:
        line = heading[1]
    line = ESCAPE_RE.sub(r"\1", line) if "\\" in line else line
    if "<" not in line and "&" not in line:  # no tag, no entity: nothing below would change the line
        return line
    line = SUP_RE.sub(lambda m: m[0] if MARKER_SUP_RE.fullmatch(m[0]) else m[1], line)
    line = MARKER_SUP_RE.sub(r"[^\1]", ESCAPED_MARKER_RE.sub(r"[^\1]", line))
    line = BLOCK_TAG_RE.sub("\n", line)
    line = EMPHASIS_TAG_RE.sub("*", line)
    line = STRONG_TAG_RE.sub("**", line)
    return html.unescape(STRAY_TAG_RE.sub("", line))


def read_markdown(source: Source) -> Document:
    """Body paragraphs and footnotes of a Markdown text, unclassified."""
    return read_text_blocks(source.path, [clean_line(line) for line in source.lines])
