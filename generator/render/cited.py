"""The page of a document the collection only cites: what the citations say, and who cites it."""

from __future__ import annotations

from dataclasses import dataclass

from generator.corpus import Entry
from generator.render.env import render_page
from generator.render.lookup import Lookup, citation, cited_label
from generator.render.official import page_official
from generator.render.parts import Fact, body_fact, cited_by, cited_by_html, day, draft_facts, session_fact


@dataclass(frozen=True, slots=True)
class CitedParagraph:
    """A paragraph of a cited-only document that texts cite, standing at the id its text will have."""

    anchor: str
    name: str  # "para. 14"
    citing: tuple[tuple[str, str, str | None], ...]  # (citation, site path, anchor) of each citing paragraph


KIND_NAMES = {"resolution": "Resolution", "decision": "Decision", "draft": "Draft", "document": "Other text"}


def citation_facts(entry: Entry) -> list[Fact]:
    """The titles and dates the citations give, each once, in the order they first appear."""
    seen: list[Fact] = []
    for cite in entry.cited_by:
        target = cite.reference.target
        found = [Fact("Title given", target.title)] if target.title else []
        found += [Fact("Date given", day(target.date))] if target.date else []
        seen += [fact for fact in found if fact not in seen]
    return seen


def cited_paragraphs(entry: Entry, lookup: Lookup) -> list[CitedParagraph]:
    """The paragraphs of `entry` that citations name, each with the paragraphs that cite it."""
    found: dict[tuple[str, str], list[tuple[str, str, str | None]]] = {}
    for cite in entry.cited_by:
        link = lookup.link(cite.reference.target)
        label = cite.reference.target.paragraph
        if link is None or link.anchor is None or label is None:
            continue
        citing = (citation(cite.source, lookup.part(cite.source, cite.anchor)), cite.source.url, cite.anchor)
        group = found.setdefault((link.anchor, f"para. {cited_label(label)}"), [])
        group += [citing] if citing not in group else []
    return [CitedParagraph(anchor, name, tuple(citing)) for (anchor, name), citing in sorted(found.items())]


def render_cited(entry: Entry, lookup: Lookup) -> bytes:
    """The HTML page of a cited-only document, at the URL its text will have."""
    facts = [*body_fact(entry.ref), Fact("Kind", KIND_NAMES[entry.ref.kind]), Fact("Identity", entry.ref.id)]
    facts += session_fact(entry.ref.body, entry.session, lookup)
    facts += [Fact("Date", day(entry.date))] if entry.date else []
    facts += citation_facts(entry) + draft_facts(entry, lookup)
    return render_page(
        "cited.html",
        entry.ref.url,
        entry=entry,
        title=entry.title or entry.ref.label,
        facts=facts,
        cited_paragraphs=cited_paragraphs(entry, lookup),
        cited_by=cited_by_html(entry.ref.url, cited_by(entry, lookup)),
        official=page_official(entry, lookup),
    )
