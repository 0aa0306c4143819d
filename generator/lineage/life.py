"""The life of one text: its draft, the draft's revisions and the text adopted from it, in order."""

from __future__ import annotations

from generator.corpus import Corpus
from generator.docref import DocRef
from generator.lineage.order import revision


def lives(corpus: Corpus) -> list[tuple[DocRef, ...]]:
    """Each adopted text held with the drafts held that it was adopted from: first draft, revisions, adopted text.

    The drafts are those linking found (`link.drafts`), by their revision number, so that
    every step is seen (L.2 → L.2/Rev.1 → adopted), never only the first against the last.
    """
    found = []
    for entry in corpus.entries:
        held = [corpus.by_ref[d] for d in entry.drafts if d in corpus.by_ref and corpus.by_ref[d].document]
        if entry.document is None or not held:
            continue
        held.sort(key=lambda draft: (revision(draft.document.symbol if draft.document else None), draft.ref))
        found.append((*(draft.ref for draft in held), entry.ref))
    return found
