"""The pipeline in one place: decode, read, the normalise passes in order, link."""

from __future__ import annotations

import dataclasses
import gc
import hashlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from generator.cache import ParsedCache
from generator.check import check
from generator.corpus import Corpus
from generator.decode import decode
from generator.identity import check_identities
from generator.lineage import find_lineage
from generator.link import build_corpus, with_references
from generator.model import Document
from generator.normalise.classify import classify_paragraphs
from generator.normalise.header import read_header
from generator.normalise.markers import find_bare_markers
from generator.normalise.rejoin import rejoin_paragraphs
from generator.normalise.spaces import fold_spaces
from generator.normalise.unnumbered import unnumbered_operative
from generator.problems import SeedError
from generator.read import read
from generator.seeds import read_collection
from generator.value import replace

NORMALISE_PASSES: tuple[Callable[[Document], Document], ...] = (
    # First: masthead lines end without punctuation, so the rejoiner must know where the body starts.
    read_header,
    rejoin_paragraphs,
    # After rejoining: a marker's footnote must stand after the start of its whole paragraph.
    find_bare_markers,
    # After the markers: a label is only stripped once nothing else will look for digits.
    classify_paragraphs,
    # After classifying: it reads the roles given, and changes them only where no paragraph is numbered.
    unnumbered_operative,
    # Last: the marker finder reads the double spaces that extractors leave after superscripts.
    fold_spaces,
)


def normalise(doc: Document) -> Document:
    """`doc` as a reader left it, through every normalise pass."""
    for normalise_pass in NORMALISE_PASSES:
        doc = normalise_pass(doc)
    return doc


def read_seed(path: str, data: bytes) -> Document:
    """The normalised Document of one seed file, checked; SeedError if it cannot be read.

    What the checks find wrong (`generator.check`: words lost on the way, labels that
    skip, furniture left in the text, …) are problems of the document, which is still built.
    """
    source = decode(path, data)
    doc = replace(normalise(read(source)), digest=hashlib.sha256(data).hexdigest())
    doc = replace(doc, problems=(*source.problems, *doc.problems)) if source.problems else doc
    if not doc.paragraphs:
        raise SeedError(path, 0, "no paragraph of text found; not read")
    return check(doc, source)


def read_and_collect(path: str, data: bytes) -> Document:
    """One seed read and normalised, its citations found: all the work one document needs alone."""
    return with_references(read_seed(path, data))


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while the corpus is loaded and linked; what was made then is exempt after.

    The documents are many small objects that live as long as the build and hold no
    cycles: each collection would go through all of them (at 10,000 documents, a third
    of the time of loading and linking), and find nothing to free.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def build(seeds: Path, cache: Path | None = None) -> Corpus:
    """The linked corpus of every seed in `seeds`, with every problem met on the way.

    `cache` is a folder for parsed documents, so that a rebuild reads only new or
    changed seeds; None reads everything afresh.
    """
    with collector_paused():
        collection = read_collection(seeds, read_and_collect, ParsedCache(cache))
        collection.problems += check_identities(collection.documents)  # first: it settles the URLs linking gives
        corpus = build_corpus(collection.documents)
        # After linking: the texts are placed in time by the dates and sessions linking settles.
        corpus = dataclasses.replace(corpus, lineage=find_lineage(corpus, cache))
    return dataclasses.replace(corpus, problems=tuple(sorted({*collection.problems, *corpus.problems})))
