"""The pipeline in one place: decode, read, the normalise passes in order, link."""

from __future__ import annotations

from collections.abc import Callable

from generator.decode import decode
from generator.model import Document
from generator.normalise.classify import classify_paragraphs
from generator.normalise.header import read_header
from generator.normalise.markers import find_bare_markers
from generator.normalise.rejoin import rejoin_paragraphs
from generator.normalise.spaces import fold_spaces
from generator.problems import SeedError
from generator.read import read

NORMALISE_PASSES: tuple[Callable[[Document], Document], ...] = (
    # First: masthead lines end without punctuation, so the rejoiner must know where the body starts.
    read_header,
    rejoin_paragraphs,
    # After rejoining: a marker's footnote must stand after the start of its whole paragraph.
    find_bare_markers,
    # After the markers: a label is only stripped once nothing else will look for digits.
    classify_paragraphs,
    # Last: the marker finder reads the double spaces that extractors leave after superscripts.
    fold_spaces,
)


def normalise(doc: Document) -> Document:
    """`doc` as a reader left it, through every normalise pass."""
    for normalise_pass in NORMALISE_PASSES:
        doc = normalise_pass(doc)
    return doc


def read_seed(path: str, data: bytes) -> Document:
    """The normalised Document of one seed file; SeedError if it cannot be read."""
    doc = normalise(read(decode(path, data)))
    if not doc.paragraphs:
        raise SeedError(path, 0, "no paragraph of text found; not read")
    return doc
