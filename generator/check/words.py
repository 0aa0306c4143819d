"""No word of the seed outside the model."""

from __future__ import annotations

from collections.abc import Iterator

from generator.check.types import error
from generator.decode import Source
from generator.model import Document
from generator.normalise.accounting import unaccounted_words
from generator.problems import Problem


def check_words_kept(doc: Document, source: Source) -> Iterator[Problem]:
    """An error naming the words of the seed that stand nowhere in the document or its furniture."""
    lost = unaccounted_words(source.lines, doc)
    if lost:
        words = ", ".join(f"{word} ×{count}" if count > 1 else word for word, count in sorted(lost.items()))
        yield error(doc, 0, f"words of the seed missing from the document: {words}")
