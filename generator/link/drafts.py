"""Drafts matched to what they became: same session, same title as a cited resolution or decision."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from generator.corpus import Entry
from generator.docref import DocRef
from generator.link.harvest import title_key
from generator.link.warn import warning
from generator.model import Kind
from generator.problems import Problem

BECOMES = {Kind.DRAFT_RESOLUTION: "resolution", Kind.DRAFT_DECISION: "decision"}


def match_drafts(entries: Sequence[Entry]) -> tuple[list[Entry], list[Problem]]:
    """`entries` with each draft linked both ways to the one text of its session and body with its title.

    The link is inferred from the title: a warning says so where several texts would match.
    """
    linked = {entry.ref: entry for entry in entries}
    titled: dict[tuple[str, str, int | None, str], list[DocRef]] = {}  # what a draft must match -> texts, in order
    for e in entries:
        if e.title:
            titled.setdefault((e.ref.kind, e.ref.body, e.session, title_key(e.title)), []).append(e.ref)
    problems: list[Problem] = []
    for draft in entries:
        if draft.document is None or draft.document.kind not in BECOMES or not draft.title:
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
