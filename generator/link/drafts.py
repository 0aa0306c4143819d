"""Drafts matched to what they became: by the draft's symbol the adopted text names, else by session and title."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from generator.corpus import Entry
from generator.docref import DocRef
from generator.link.harvest import title_key
from generator.link.warn import warning
from generator.model import Document, Kind
from generator.problems import Problem

BECOMES = {Kind.DRAFT_RESOLUTION: "resolution", Kind.DRAFT_DECISION: "decision"}
REVISION_RE = re.compile(r"/Rev\.\d+$")


def base_symbol(symbol: str) -> str:
    """A draft's symbol without its revision: the symbol of the text it revises first.

    >>> base_symbol("A/80/L.2/Rev.1"), base_symbol("CTOC/COP/2020/L.5")
    ('A/80/L.2', 'CTOC/COP/2020/L.5')
    """
    return REVISION_RE.sub("", symbol)


def named_drafts(doc: Document) -> tuple[str, ...]:
    """The symbol of the draft an adopted text's masthead says it was adopted from, if it says so.

    Which drafts of the collection bear it, `match_drafts` decides.
    """
    return (doc.adopted_from,) if doc.adopted_from and not doc.kind.is_draft else ()


def match_drafts(entries: Sequence[Entry]) -> tuple[list[Entry], list[Problem]]:
    """`entries` with each draft linked both ways to the text adopted from it.

    First by symbol: an adopted text's masthead names its draft, and the drafts held with
    that symbol or its first version's are linked to it (A/80/L.2 and A/80/L.2/Rev.1 for
    "A/80/L.2/Rev.1"). Then by title: a draft left is linked to the one text of its
    session and body with its title; a warning says so where several texts would match.
    """
    linked = _by_symbol(entries)
    titled: dict[tuple[str, str, int | None, str], list[DocRef]] = {}  # what a draft must match -> texts, in order
    for e in entries:
        if e.title:
            titled.setdefault((e.ref.kind, e.ref.body, e.session, title_key(e.title)), []).append(e.ref)
    problems: list[Problem] = []
    for draft in list(linked.values()):
        if draft.document is None or draft.document.kind not in BECOMES or not draft.title or draft.draft_of:
            continue
        found = titled.get((BECOMES[draft.document.kind], draft.ref.body, draft.session, title_key(draft.title)), [])
        if len(found) > 1:
            labels = ", ".join(ref.label for ref in found)
            problems.append(
                warning(draft.document.paragraphs[0].span, f"draft's title matches several texts: {labels}")
            )
        if len(found) != 1:
            continue
        final = linked[found[0]]
        linked[draft.ref] = dataclasses.replace(linked[draft.ref], draft_of=final.ref)
        linked[final.ref] = dataclasses.replace(final, drafts=(*final.drafts, draft.ref))
    return list(linked.values()), problems


def _by_symbol(entries: Sequence[Entry]) -> dict[DocRef, Entry]:
    """`entries` by identity, each adopted text linked both ways to the drafts held of the symbol its masthead names."""
    linked = {entry.ref: entry for entry in entries}
    by_base: dict[tuple[str, str], list[DocRef]] = {}
    for e in entries:
        if e.document is not None and e.document.kind in BECOMES and e.document.symbol:
            by_base.setdefault((e.ref.body, base_symbol(e.document.symbol)), []).append(e.ref)
    for final in entries:
        named = named_drafts(final.document) if final.document else ()
        for held in sorted({d for symbol in named for d in by_base.get((final.ref.body, base_symbol(symbol)), ())}):
            if linked[held].draft_of is None:
                linked[held] = dataclasses.replace(linked[held], draft_of=final.ref)
                linked[final.ref] = dataclasses.replace(linked[final.ref], drafts=(*linked[final.ref].drafts, held))
    return linked
