"""The per-document phase of linking: what one text tells the corpus, found without looking at any other."""

from __future__ import annotations

from collections.abc import Iterator

from generator.corpus import Citation, Collected, anchor_of
from generator.docref import DocRef
from generator.lineage.traced import traced
from generator.link.events import find_events
from generator.link.footnotes import link_footnotes
from generator.link.reports import find_reports
from generator.link.sessions import named_sessions
from generator.link.splice import references
from generator.model import Document, Reference
from generator.value import replace


def collect(doc: Document, ref: DocRef) -> Collected:
    """What `doc`, whose identity is `ref` and whose citations are found, tells the corpus alone."""
    paragraphs = traced(doc)  # of the text as the corpus holds it
    doc, notes, problems = link_footnotes(doc)
    texts = [p.text for p in doc.paragraphs]  # both searches read them: made once
    return Collected(
        footnotes=notes,
        citations=tuple(_citations(ref, doc)),
        sessions=frozenset(named_sessions(doc, texts)),
        events=tuple(find_events(doc, ref, texts)),
        problems=tuple(problems),
        reports=tuple(find_reports(doc)),
        traced=paragraphs,
    )


def with_collected(doc: Document) -> Document:
    """`doc`, its citations found, with `linked` set if it has an identity.

    This runs where the document is read, on every core, and is cached with it: linking
    the corpus then only looks up what each document collected. The text stays as read,
    as duplicate seeds are settled by it before linking; the corpus holds it with its
    "Ibid." footnotes' volumes cited, as `collect` saw it (`cite_repeated_series`).
    """
    ref = doc.ref
    return doc if ref is None else replace(doc, linked=collect(doc, ref))


def _citations(ref: DocRef, doc: Document) -> Iterator[Citation]:
    """The citations of document `ref` in text order, paragraphs then footnotes, not yet resolved."""
    for paragraph in doc.paragraphs:
        if any(isinstance(item, Reference) for item in paragraph.inlines):  # most paragraphs cite nothing
            anchor = anchor_of(paragraph)
            yield from (Citation(ref, anchor, paragraph.span, r, False) for r in references(paragraph.inlines))
    for footnote in doc.footnotes:
        yield from (
            Citation(ref, f"fn-{footnote.label}", footnote.span, r, False) for r in references(footnote.inlines)
        )
