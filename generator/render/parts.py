"""Pieces shared by the pages of documents in the collection and of cited-only ones."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from markupsafe import Markup

from generator.bodies import BY_KEY
from generator.corpus import Entry
from generator.docref import DocRef, session_url
from generator.link.drafts import base_symbol, named_drafts
from generator.render.inline import escape_html
from generator.render.lookup import Lookup, session_name
from generator.render.paths import href

NOT_CITED = "No document in the collection cites this one."


@dataclass(frozen=True, slots=True)
class Fact:
    """One line of a page's header: a name, a value, and the page the value links to, if any."""

    name: str
    value: str
    link: str | None = None  # site path of the page the value names


@dataclass(frozen=True, slots=True)
class CitingPart:
    """A paragraph or footnote elsewhere that cites the page's document."""

    name: str  # "para. 12", "footnote 3", or the citing document's label
    url: str  # site path of the citing page
    anchor: str | None  # id of the citing paragraph on it
    quotes: tuple[str, ...]  # the characters that cite, as they stand in the text


@dataclass(frozen=True, slots=True)
class CitingDocument:
    """A document that cites the page's document, with the parts that do."""

    label: str
    title: str
    url: str
    parts: tuple[CitingPart, ...]


def day(date: dt.date) -> str:
    """A date as the texts write it: "10 October 2014"."""
    return f"{date.day} {date:%B %Y}"


def session_fact(body: str, number: int | None, lookup: Lookup) -> list[Fact]:
    """The header line naming a session of `body`, linked to its page when the site has one."""
    if number is None:
        return []
    link = session_url(body, number) if (body, number) in lookup.session_keys else None
    return [Fact("Session", session_name(number), link)]


def body_fact(ref: DocRef) -> list[Fact]:
    """The header line naming the body that issued the text."""
    return [Fact("Body", BY_KEY[ref.body].name)]


def draft_facts(entry: Entry, lookup: Lookup) -> list[Fact]:
    """Header lines linking a draft to the resolution it became, and a resolution to its drafts."""
    # The link step matches drafts by the symbol an adopted text names, else by title and session: say which.
    how = "named in the adopted text" if stated(entry, lookup) else "inferred from the title"
    became = [(f"Became ({how})", entry.draft_of)] if entry.draft_of else []
    related = became + [(f"Draft ({how})", ref) for ref in entry.drafts]
    return [Fact(name, lookup.title(ref) if ref.kind == "draft" else ref.label, ref.url) for name, ref in related]


def stated(entry: Entry, lookup: Lookup) -> bool:
    """Whether the adopted text of this draft link names the draft in its masthead (else the titles matched)."""
    final = lookup.entries.get(entry.draft_of) if entry.draft_of else entry
    if final is None or final.document is None:
        return False
    named = {base_symbol(symbol) for symbol in named_drafts(final.document)}
    return any(base_symbol(draft.id) in named for draft in final.drafts)


def cited_by(entry: Entry, lookup: Lookup) -> tuple[CitingDocument, ...]:
    """The citations of `entry`, grouped by citing document, one part per citing paragraph."""
    groups: dict[DocRef, dict[str | None, list[str]]] = {}
    for cite in entry.cited_by:
        quotes = groups.setdefault(cite.source, {}).setdefault(cite.anchor, [])
        if cite.reference.text not in quotes:
            quotes.append(cite.reference.text)
    return tuple(
        CitingDocument(
            source.label,
            lookup.title(source),
            source.url,
            tuple(
                CitingPart(lookup.part(source, anchor) or source.label, source.url, anchor, tuple(q))
                for anchor, q in parts.items()
            ),
        )
        for source, parts in sorted(groups.items())
    )


def cited_by_html(page_url: str, groups: tuple[CitingDocument, ...]) -> Markup:
    """The section "Cited by" of the page at `page_url`, listing `groups` (`cited_by`).

    Made here, not in a template: a much-cited text lists hundreds of parts, and Jinja2 costs
    four times as much.
    """
    html = ['<section class="cited-by" aria-labelledby="cited-by">\n<h2 id="cited-by">Cited by</h2>\n']
    if not groups:
        html.append(f"<p>{NOT_CITED}</p>\n")
    else:
        html.append("<ul>\n")
        for group in groups:
            to, title, label = href(page_url, group.url), escape_html(group.title), escape_html(group.label)
            html.append(f'  <li><a href="{escape_html(to)}" title="{title}">{label}</a>:\n')
            parts = [
                f'    <a href="{escape_html(href(page_url, part.url, part.anchor))}">{escape_html(part.name)}</a> '
                f"<q>{'; '.join([escape_html(q) for q in part.quotes])}</q>"
                for part in group.parts
            ]
            html.append(",".join(parts) + "  </li>\n")
        html.append("</ul>\n")
    html.append("</section>\n")
    return Markup("".join(html))
