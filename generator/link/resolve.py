"""Where a reference points: a page of the site, an official URL, or nowhere yet."""

from __future__ import annotations

from urllib.parse import quote

from generator.bodies import BY_KEY
from generator.corpus import Corpus, anchor_for
from generator.docref import DocRef
from generator.link.instruments import instrument_page
from generator.link.outside import goal_page
from generator.memo import memo
from generator.model import Role, Target

UNDOCS = "https://undocs.org/{symbol}"
UNLINKED = frozenset({"treaty"})  # recognised, but no stable official URL exists for them


def official_symbol(ref: DocRef) -> str | None:
    """The document symbol of another body's resolution, where the body's symbols follow a rule.

    >>> official_symbol(DocRef("general-assembly", "resolution", "78/47"))
    'A/RES/78/47'
    """
    pattern = BY_KEY[ref.body].official_resolution
    return pattern.format(n=ref.id) if pattern and ref.kind == "resolution" else None


@memo(65536)  # citations name the same few thousand symbols over and over; `quote` is slow
def official_url(symbol: str) -> str:
    """The page of the Official Document System for `symbol`."""
    return UNDOCS.format(symbol=quote(symbol, safe="/().-"))


def url_of(target: Target, corpus: Corpus) -> str | None:
    """The site-relative path ("resolutions/7-2/#para-14") or the absolute URL of `target`, or None."""
    if target.doc is not None:
        return _document_url(target, target.doc, corpus)
    if target.kind == "symbol":
        ref = corpus.by_symbol.get(target.key)
        return ref.url if ref is not None else official_url(target.key)
    if target.kind == "article":
        return instrument_page(target.key.split(":")[0])
    if target.kind in ("sdg-target", "sdg-indicator"):
        return goal_page(target.key)
    return None


def _document_url(target: Target, ref: DocRef, corpus: Corpus) -> str | None:
    """A cited resolution's page, or its paragraph's; another body's official document when not in the collection."""
    entry = corpus.entry(ref)
    if entry is None:
        symbol = official_symbol(ref)
        return official_url(symbol) if symbol else None
    if target.paragraph is None:
        return ref.url
    label = target.paragraph
    # a text only cited: the anchor its operative paragraph will have once the text is in the collection
    anchor = anchor_for(Role.OPERATIVE, label) if entry.document is None else corpus.operative_anchor(ref, label)
    return f"{ref.url}#{anchor}" if anchor else None
