"""The link step: find citations, index every target, resolve them into one Corpus."""

from __future__ import annotations

from generator.link.corpus import build_corpus
from generator.link.find_references import with_references
from generator.link.report import format_references
from generator.link.resolve import url_of

__all__ = ["build_corpus", "format_references", "url_of", "with_references"]
