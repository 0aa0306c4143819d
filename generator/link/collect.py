"""The per-document phase of linking: what one text tells the corpus, found without looking at any other."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from generator.corpus import Citation, Collected, anchor_of
from generator.docref import DocRef
from generator.link.events import find_events
from generator.link.footnotes import link_footnotes
from generator.link.sessions import named_sessions
from generator.link.splice import references
from generator.model import Document, Reference


def collect(doc: Document, ref: DocRef) -> tuple[Document, Collected]:
    """`doc`, whose identity is `ref` and whose citations are found, with its footnotes linked; what it tells alone."""
    doc, notes, problems = link_footnotes(doc)
    texts = [p.text for p in doc.paragraphs]  # both searches read them: made once
    collected = Collected(
        footnotes=notes,
        citations=tuple(_citations(ref, doc)),
        sessions=frozenset(named_sessions(doc, texts)),
        events=tuple(find_events(doc, ref, texts)),
        problems=tuple(problems),
    )
    return doc, collected


def with_collected(doc: Document) -> Document:
    """`doc`, its citations found, with `linked` set where it has an identity and linking leaves its text as read.

    This runs where the document is read, on every core, and is cached with it: linking
    the corpus then only looks up what each document collected. Duplicate seeds are
    settled by their text as read, before linking: a text whose "Ibid." footnotes gain a
    Treaty Series reference (rare) is left for `build_corpus` to collect.
    """
    ref = doc.ref
    if ref is None:
        return doc
    linked, collected = collect(doc, ref)
    return dataclasses.replace(doc, linked=collected) if linked is doc else doc


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
