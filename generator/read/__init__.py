"""The read step: one reader per shape, each turning source lines into a Document."""

from __future__ import annotations

from collections.abc import Callable

from generator.decode import Source
from generator.model import Document
from generator.read.markdown import read_markdown
from generator.read.pdf import read_pdf
from generator.read.plain import read_plain
from generator.read.shape import Shape, detect_shape

READERS: dict[Shape, Callable[[Source], Document]] = {
    Shape.PLAIN: read_plain,
    Shape.MARKDOWN: read_markdown,
    Shape.PDF: read_pdf,
}


def read(source: Source) -> Document:
    """The unclassified Document of `source`, read by the reader for its shape."""
    return READERS[detect_shape(source)](source)
