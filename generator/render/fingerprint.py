"""What a document's page is made of, as one hash: an unchanged hash means an unchanged page."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

from generator.corpus import Entry
from generator.model import Reference
from generator.render.lookup import Lookup


def entry_fingerprint(entry: Entry, lookup: Lookup, version: str) -> str:
    """A hash of everything the page and JSON of `entry` show.

    That is the entry's own facts and text (by its seed's digest), how each of its
    references resolves and the title it shows, who cites it (by the citing texts'
    digests), its drafts, its footnote links, and `version`, the code and templates.
    """
    return hashlib.sha256("\x1f".join(_inputs(entry, lookup, version)).encode()).hexdigest()


def _inputs(entry: Entry, lookup: Lookup, version: str) -> Iterator[str]:
    yield version
    yield repr((entry.ref, entry.title, entry.date, entry.session, entry.draft_of, entry.drafts, entry.footnotes))
    yield str(entry.session in lookup.session_numbers)
    doc = entry.document
    if doc is not None:
        yield doc.digest
        for inlines in [p.inlines for p in doc.paragraphs] + [f.inlines for f in doc.footnotes]:
            for item in inlines:
                if isinstance(item, Reference):
                    link = lookup.link(item.target)
                    yield repr(link)
                    if link and link.ref:
                        yield lookup.title(link.ref)
    for cite in entry.cited_by:
        citing = lookup.entries.get(cite.source)
        yield repr((cite.source, cite.anchor, cite.reference.text, lookup.title(cite.source)))
        yield citing.document.digest if citing and citing.document else ""
