"""Build the Corpus from normalised documents: the passes of the link step in order."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Sequence

from generator.bodies import HOME_BODY
from generator.corpus import Citation, Collected, Corpus, Entry
from generator.docref import DocRef
from generator.link.collect import collect
from generator.link.drafts import match_drafts
from generator.link.events import unique_events
from generator.link.find_references import find_references
from generator.link.footnotes import cite_repeated_series
from generator.link.harvest import harvest
from generator.link.refile import assumed_bodies, known_years, refiled, with_target, with_targets
from generator.link.reports import session_reports
from generator.link.resolve import UNLINKED, official_symbol, url_of
from generator.link.sessions import SessionKey, build_sessions, session_of_symbol, session_years
from generator.link.warn import warning
from generator.model import Document
from generator.problems import Level, Problem

UNKNOWN_SESSION = "the draft's session is not known: the text names none, and none is known for its symbol's year"


def build_corpus(documents: Sequence[Document]) -> Corpus:
    """The linked corpus of `documents`: every citation found and resolved, the sessions and events known.

    Like Sphinx's collectors then resolvers: every document is read and indexed first
    (`link.collect`, where it was read), then each reference is resolved against the
    whole collection.
    """
    held, collected, problems = _read_all(documents)
    found = [c for each in collected.values() for c in each.citations]
    settled = refiled(found, known_years(held.values(), found))
    if settled:  # the collection's dates settled bodies that the texts alone left assumed
        before, found = found, [with_target(c, settled) for c in found]  # each target looked up once
        changed = {new.source for new, old in zip(found, before, strict=True) if new is not old}  # most cite none
        held = {ref: with_targets(doc, settled) if ref in changed else doc for ref, doc in held.items()}
    titles, dates, harvest_problems = harvest(list(held.values()), found)
    entries = [
        Entry(ref, doc, titles.get(ref), dates.get(ref), _session(ref, doc.session), (), footnotes=each.footnotes)
        for (ref, doc), each in zip(held.items(), collected.values(), strict=True)
    ]
    entries += [
        Entry(ref, None, titles.get(ref), dates.get(ref), _session(ref, None), ())
        for ref in _needing_a_page(found, held)
    ]
    # Resolving needs only which entries exist; their citations, sessions and drafts come after.
    skeleton = Corpus(tuple(entries), (), (), (), ())
    citations = [_resolved(c, url_of(c.reference.target, skeleton)) for c in found]
    entries = _with_citations(entries, citations)
    years, year_problems = session_years(entries)
    entries, session_problems = _draft_sessions(entries, years)
    entries, draft_problems = match_drafts(entries)
    problems += [*harvest_problems, *_unresolved(citations), *year_problems, *session_problems, *draft_problems]
    problems += assumed_bodies(citations)
    reports, report_problems = session_reports(r for c in collected.values() for r in c.reports)
    problems += report_problems
    return Corpus(
        entries=tuple(sorted(entries, key=lambda e: e.ref)),
        citations=tuple(citations),
        sessions=build_sessions(entries, {n for c in collected.values() for n in c.sessions}, years, reports),
        events=unique_events(event for c in collected.values() for event in c.events),
        problems=tuple(sorted(set(problems))),
    )


def _read_all(documents: Sequence[Document]) -> tuple[dict[DocRef, Document], dict[DocRef, Collected], list[Problem]]:
    """Each document with its identity, collected (`link.collect`); the first of two with one identity."""
    held: dict[DocRef, Document] = {}
    collected: dict[DocRef, Collected] = {}
    problems: list[Problem] = []
    for doc in documents:
        ref = doc.ref
        if ref is None or ref in held:
            why = (
                "names no number, symbol or title" if ref is None else f"is {ref.label} again, after {held[ref].source}"
            )
            problems.append(Problem(doc.source, 0, Level.WARNING, f"the text {why}: left out of the corpus"))
            continue
        if not doc.references_found:  # else `with_references` ran where the document was read
            doc, found = find_references(doc)
            problems += found
        linked = doc.linked if doc.linked is not None else collect(doc, ref)  # else `with_collected` ran there
        # held as `collect` saw it: its "Ibid." footnotes cite the Treaty Series volume they repeat
        held[ref], collected[ref] = cite_repeated_series(doc, linked.footnotes), linked
        problems += linked.problems
    return held, collected, problems


def _resolved(cite: Citation, url: str | None) -> Citation:
    """`cite`, its target resolved to `url` (made directly: `dataclasses.replace` costs ten times as much)."""
    return Citation(cite.source, cite.anchor, cite.span, cite.reference, url is not None, url)


def _with_citations(entries: list[Entry], citations: Sequence[Citation]) -> list[Entry]:
    """`entries`, each with the citations that point at it."""
    citing: dict[DocRef, list[Citation]] = {}
    for cite in citations:
        if cite.reference.target.doc is not None:
            citing.setdefault(cite.reference.target.doc, []).append(cite)
    return [dataclasses.replace(e, cited_by=tuple(citing.get(e.ref, ()))) for e in entries]


def _session(ref: DocRef, stated: int | None) -> int | None:
    """The session of its body a text belongs to; None for a text that is no resolution, decision or draft."""
    return None if ref.kind == "document" else (stated or ref.session)


def _needing_a_page(citations: Sequence[Citation], held: dict[DocRef, Document]) -> list[DocRef]:
    """Cited texts not in the collection with no official URL either: the Conference's own, and the like."""
    cited = {c.reference.target.doc for c in citations} - {None} - held.keys()
    return sorted(ref for ref in cited if ref is not None and (ref.body == HOME_BODY or official_symbol(ref) is None))


def _draft_sessions(entries: list[Entry], years: dict[SessionKey, int]) -> tuple[list[Entry], list[Problem]]:
    """Drafts that name no session given the one of their symbol's year; a warning where none is known."""
    settled: list[Entry] = []
    problems: list[Problem] = []
    for entry in entries:
        doc = entry.document
        if doc is not None and doc.kind.is_draft and entry.session is None:
            entry = dataclasses.replace(entry, session=session_of_symbol(doc, entry.ref.body, years))
            if entry.session is None:
                problems.append(warning(doc.paragraphs[0].span, UNKNOWN_SESSION))
        settled.append(entry)
    return settled, problems


def _unresolved(citations: Sequence[Citation]) -> Iterator[Problem]:
    """A warning for each reference that points at no page and no official URL, but should."""
    for cite in citations:
        if not cite.resolved and cite.reference.target.kind not in UNLINKED:
            yield warning(cite.span, f"reference not resolved: {cite.reference.text!r}")
