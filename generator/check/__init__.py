"""What must hold of any well-read text: each check in order, its problems added to the document."""

from __future__ import annotations

from generator.check.footnotes import check_markers_reached, check_stray_markers
from generator.check.leaks import check_furniture_in_text
from generator.check.lengths import check_paragraph_lengths
from generator.check.masthead import check_kind, check_symbol
from generator.check.numbering import check_annex_labels, check_footnote_labels, check_operative_labels
from generator.check.types import Check
from generator.check.words import check_words_kept
from generator.decode import Source
from generator.model import Document
from generator.value import replace

CHECKS: tuple[Check, ...] = (
    check_kind,
    check_symbol,
    check_operative_labels,
    check_annex_labels,
    check_footnote_labels,
    check_markers_reached,
    check_stray_markers,
    check_furniture_in_text,
    check_paragraph_lengths,
    check_words_kept,
)


def check(doc: Document, source: Source) -> Document:
    """`doc` with the problems every check finds in it, in line order, each once."""
    found = {problem for run in CHECKS for problem in run(doc, source)}
    if not found:
        return doc
    return replace(doc, problems=(*doc.problems, *sorted(found - set(doc.problems))))
