"""Reader for plain Unicode text: a paragraph per line, superscript markers, *emphasis*."""

from __future__ import annotations

from generator.decode import Source
from generator.model import Document
from generator.read.text import read_text_blocks


def read_plain(source: Source) -> Document:
    """Body paragraphs and footnotes of a plain text, unclassified."""
    return read_text_blocks(source.path, source.lines)
