"""Agreed language on a document's page and in its JSON: earlier and later language, a redline, a summary."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from weakref import WeakKeyDictionary

from generator.corpus import Entry, anchor_of
from generator.docref import DocRef
from generator.lineage.align import Change, align, redline
from generator.lineage.result import Echo, Echoes
from generator.lineage.words import TRACED, keys, printed_words
from generator.model import Paragraph
from generator.render.lookup import Lookup, citation

REUSED = 0.95  # share of words in common from which a paragraph reuses its precedent's language


@dataclass(frozen=True, slots=True)
class EchoView:
    """A paragraph elsewhere in the same words, ready for the template."""

    name: str  # "Resolution 7/2, para. 3"
    url: str  # the other text's site path
    anchor: str
    percent: int  # share of words in common, in per cent


@dataclass(frozen=True, slots=True)
class ParagraphLineage:
    """What the page shows under one paragraph: its precedents with a redline against the closest, its successors."""

    precedents: tuple[EchoView, ...]
    changes: tuple[Change, ...]  # the paragraph against its closest precedent
    successors: tuple[EchoView, ...]


@dataclass(frozen=True, slots=True)
class LineageSummary:
    """How much of a text's language is new, reused and changed, counted over its traced paragraphs."""

    traced: int
    new: int  # no precedent
    reused: int  # the closest precedent in the same words, or nearly (REUSED)
    changed: int  # a precedent, with changes


def echoes_of(lookup: Lookup, ref: DocRef) -> Mapping[str, Echoes]:
    """The echoes of each paragraph of the text of `ref` that has any, by paragraph id."""
    lineage = lookup.corpus.lineage
    return lineage.paragraphs.get(ref, {}) if lineage else {}


def predecessor_of(ref: DocRef, lookup: Lookup) -> DocRef | None:
    """The earlier text the text of `ref` takes most paragraphs from, if any."""
    lineage = lookup.corpus.lineage
    return lineage.predecessor.get(ref) if lineage else None


_paragraphs: WeakKeyDictionary[Lookup, dict[DocRef, dict[str, Paragraph]]] = WeakKeyDictionary()


def paragraph_at(lookup: Lookup, ref: DocRef, anchor: str) -> Paragraph | None:
    """The paragraph `anchor` of the text of `ref`, if the collection holds it (found once per text)."""
    held = _paragraphs.setdefault(lookup, {})
    found = held.get(ref)
    if found is None:
        entry = lookup.entries.get(ref)
        paragraphs = entry.document.paragraphs if entry and entry.document else ()
        found = held[ref] = {a: p for p in reversed(paragraphs) if (a := anchor_of(p))}
    return found.get(anchor)


def changes_between(earlier: Paragraph, later: Paragraph) -> tuple[Change, ...]:
    """The later paragraph's words against the earlier one's, as a redline."""
    old, new = printed_words(earlier), printed_words(later)
    return redline(old, new, align(keys(old), keys(new)))


def echo_view(echo: Echo, lookup: Lookup) -> EchoView:
    """An echo named as citations name paragraphs."""
    return EchoView(
        citation(echo.ref, lookup.part(echo.ref, echo.anchor)), echo.ref.url, echo.anchor, round(echo.share * 100)
    )


def paragraph_lineage(entry: Entry, paragraph: Paragraph, lookup: Lookup) -> ParagraphLineage | None:
    """The lineage shown under `paragraph` of the text of `entry`, or None if it has none."""
    anchor = anchor_of(paragraph)
    echoes = echoes_of(lookup, entry.ref).get(anchor) if anchor else None
    if echoes is None:
        return None
    closest = echoes.precedents[0] if echoes.precedents else None
    earlier = paragraph_at(lookup, closest.ref, closest.anchor) if closest else None
    return ParagraphLineage(
        tuple(echo_view(e, lookup) for e in echoes.precedents),
        changes_between(earlier, paragraph) if earlier else (),
        tuple(echo_view(e, lookup) for e in echoes.successors),
    )


_last_page: WeakKeyDictionary[Lookup, tuple[DocRef, dict[str, ParagraphLineage]]] = WeakKeyDictionary()


def page_lineage(entry: Entry, lookup: Lookup) -> dict[str, ParagraphLineage]:
    """The lineage shown under each paragraph of the page of `entry`, by paragraph id.

    Its page and its JSON show it: the last page's is kept, so that its redlines are made once.
    """
    last = _last_page.get(lookup)
    if last is not None and last[0] == entry.ref:
        return last[1]
    doc = entry.document
    shown = {}
    for paragraph in doc.paragraphs if doc else ():
        found = paragraph_lineage(entry, paragraph, lookup) if paragraph.role in TRACED else None
        if found is not None:
            shown[anchor_of(paragraph) or ""] = found
    _last_page[lookup] = (entry.ref, shown)
    return shown


def summary(entry: Entry, lookup: Lookup) -> LineageSummary:
    """How many traced paragraphs of `entry` are new, reuse earlier language, or change it."""
    doc = entry.document
    traced = [p for p in doc.paragraphs if p.role in TRACED and anchor_of(p)] if doc else []
    echoes = echoes_of(lookup, entry.ref)
    closest = [found.precedents[0] for p in traced if (found := echoes.get(anchor_of(p) or "")) and found.precedents]
    reused = sum(1 for echo in closest if echo.share >= REUSED)
    return LineageSummary(len(traced), len(traced) - len(closest), reused, len(closest) - reused)


def echo_json(echo: Echo) -> dict[str, Any]:
    """One precedent or successor in a document's JSON."""
    ref = echo.ref
    return {"doc": ref.url, "label": ref.label, "anchor": echo.anchor, "share": echo.share, "score": echo.score}


def lineage_json(entry: Entry, lookup: Lookup) -> dict[str, Any]:
    """A document's `lineage` in its JSON: per paragraph its precedents, successors, alignment with the closest."""
    paragraphs: dict[str, Any] = {}
    page = page_lineage(entry, lookup)
    for anchor, echoes in sorted(echoes_of(lookup, entry.ref).items()):
        shown = page.get(anchor)
        if shown is None and (own := paragraph_at(lookup, entry.ref, anchor)):  # not shown on the page
            shown = paragraph_lineage(entry, own, lookup)
        paragraphs[anchor] = {
            "precedents": [echo_json(e) for e in echoes.precedents],
            "successors": [echo_json(e) for e in echoes.successors],
            "alignment": [{"op": c.op, "text": c.text} for c in shown.changes] if shown else [],
        }
    counts = summary(entry, lookup)
    totals = {"traced": counts.traced, "new": counts.new, "reused": counts.reused, "changed": counts.changed}
    return {"summary": totals, "paragraphs": paragraphs}


def lineage_inputs(entry: Entry, lookup: Lookup) -> list[str]:
    """The lineage the page and JSON of `entry` show, for its fingerprint: the echoes and the texts they name."""
    found = echoes_of(lookup, entry.ref)
    predecessor = repr(predecessor_of(entry.ref, lookup))
    if not found:
        return [predecessor]
    named: set[DocRef] = {e.ref for echoes in found.values() for e in (*echoes.precedents, *echoes.successors)}
    digests = [_digest(ref, lookup) for ref in sorted(named)]
    return [repr(sorted(found.items())), predecessor, *digests]


def _digest(ref: DocRef, lookup: Lookup) -> str:
    entry = lookup.entries.get(ref)
    return entry.document.digest if entry and entry.document else ""
