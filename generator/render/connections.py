"""The connections of each paragraph: the paragraphs of other texts that cite it, and what it cites.

A page shows them under the paragraph as a count that opens the list (a <details>), each
citing paragraph linked to its anchor with a line of its text around the citation. What
they show is in the page's fingerprint already: the citing texts' digests, and where each
reference of the page resolves (`generator/render/fingerprint.py`).
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from generator.corpus import Entry, anchor_of
from generator.docref import DocRef
from generator.memo import memo
from generator.render.inline import escape_html
from generator.render.lookup import Lookup, citation, cited_label
from generator.render.paths import href

SHOWN = 12  # citing paragraphs listed under one paragraph; the rest are counted, and listed under "Cited by"
EXCERPT = 110  # characters of the citing paragraph around the citation


@dataclass(frozen=True, slots=True)
class Connection:
    """A paragraph at the other end of a citation: its name, where it is, a line of its text."""

    name: str  # "Resolution 9/1, para. 3"
    url: str
    anchor: str | None
    line: str


@dataclass(frozen=True, slots=True)
class ParagraphLinks:
    """The connections of one paragraph, with how many there are beyond those listed."""

    cited_by: tuple[Connection, ...]
    more_cited_by: int
    cites: tuple[Connection, ...]

    @property
    def count(self) -> int:
        return len(self.cited_by) + self.more_cited_by + len(self.cites)


def excerpt(text: str, quote: str) -> str:
    """About `EXCERPT` characters of `text` around `quote`, cut at spaces, "…" where cut.

    >>> excerpt("Recalling its resolution 5/4 on the matter, and noting the work done since then", "resolution 5/4")
    'Recalling its resolution 5/4 on the matter, and noting the work done since then'
    """
    at = max(text.find(quote), 0)
    start = max(0, at - EXCERPT // 3)
    end = min(len(text), start + EXCERPT)
    if start > 0:
        start = text.find(" ", start) + 1 or start
    if end < len(text):
        end = text.rfind(" ", start, end) if text.rfind(" ", start, end) > at else end
    return ("… " if start > 0 else "") + text[start:end].strip() + (" …" if end < len(text) else "")


@memo(256)  # a worker renders many pages that the same texts cite
def _texts(lookup: Lookup, ref: DocRef) -> dict[str, str]:
    """The text of each paragraph and footnote of `ref` by anchor."""
    entry = lookup.entries.get(ref)
    doc = entry.document if entry else None
    if doc is None:
        return {}
    texts = {anchor: p.text for p in doc.paragraphs if (anchor := anchor_of(p))}
    return texts | {f"fn-{note.label}": note.text for note in doc.footnotes}


def paragraph_links(entry: Entry, lookup: Lookup) -> dict[str, ParagraphLinks]:
    """The connections of each paragraph of `entry` that has any, by its anchor (`links_html` draws them)."""
    incoming: dict[str, dict[str, Connection]] = {}  # by anchor, then by name: the first citation of each part
    for cite in entry.cited_by:
        link = lookup.link(cite.reference.target)
        if cite.source == entry.ref or link is None or link.anchor is None:
            continue
        name = citation(cite.source, lookup.part(cite.source, cite.anchor))
        found = incoming.setdefault(link.anchor, {})
        if name not in found:
            text = _texts(lookup, cite.source).get(cite.anchor or "", "")
            found[name] = Connection(name, cite.source.url, cite.anchor, excerpt(text, cite.reference.text))
    outgoing: dict[str, dict[str, Connection]] = {}
    for cite in lookup.citing.get(entry.ref, ()):
        link = lookup.link(cite.reference.target)
        if cite.anchor is None or link is None or link.ref is None or link.ref == entry.ref:
            continue
        named = cite.reference.target.paragraph  # a text only cited has no names of parts: the citation's
        part = lookup.part(link.ref, link.anchor) or (f"para. {cited_label(named)}" if named and link.anchor else None)
        name = citation(link.ref, part)
        found = outgoing.setdefault(cite.anchor, {})
        if name not in found:
            found[name] = Connection(name, link.url, link.anchor, excerpt(lookup.title(link.ref), ""))
    return {
        anchor: ParagraphLinks(
            tuple(list(incoming.get(anchor, {}).values())[:SHOWN]),
            max(0, len(incoming.get(anchor, {})) - SHOWN),
            tuple(outgoing.get(anchor, {}).values()),
        )
        for anchor in sorted(incoming.keys() | outgoing.keys())
    }


def links_html(page_url: str, anchor: str, name: str, links: ParagraphLinks) -> Markup:
    """The connections of paragraph `anchor` (cited as `name`) of the page at `page_url`, as the page shows them.

    Made here, not in a template: a page has many, and Jinja2 costs four times as much.
    """
    cited_by, cites = len(links.cited_by) + links.more_cited_by, len(links.cites)
    what = " · ".join(([f"cited by {cited_by}"] if cited_by else []) + ([f"cites {cites}"] if cites else []))
    said = escape_html(name)
    html = [
        f'<details class="links" id="links-{escape_html(anchor)}">\n<summary><span class="badge">{links.count}</span> '
        f'<span class="links-what">{what}</span><span class="visually-hidden">: connections of {said}</span>'
        '</summary>\n<div class="links-panel">\n'
    ]
    if links.cited_by:
        html += [f'<p class="links-head">{said} is cited by</p>\n<ul>\n', *_lines(page_url, links.cited_by), "</ul>"]
    if links.more_cited_by:
        html.append(f'<p>And {links.more_cited_by} more: see <a href="#cited-by">Cited by</a>.</p>')
    if links.cites:
        html += [f'<p class="links-head">{said} cites</p>\n<ul>\n', *_lines(page_url, links.cites), "</ul>"]
    html.append("</div>\n</details>\n")
    return Markup("".join(html))


def _lines(page_url: str, connections: tuple[Connection, ...]) -> list[str]:
    return [
        f'<li><a href="{escape_html(href(page_url, c.url, c.anchor))}">{escape_html(c.name)}</a> '
        f'<span class="links-line">{escape_html(c.line)}</span></li>\n'
        for c in connections
    ]
