"""The page of a document whose text is in the collection."""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from generator.corpus import Entry, anchor_of
from generator.docref import DocRef
from generator.model import Document, Kind, Paragraph, Role
from generator.render.connections import links_html, paragraph_links
from generator.render.env import render_page, theme_macro
from generator.render.inline import InlineRenderer, escape_html, marker_id
from generator.render.life import life_of, successive_url
from generator.render.lineage import page_lineage, predecessor_of, summary
from generator.render.lookup import Lookup, citation, cited_label
from generator.render.official import page_official
from generator.render.parts import Fact, body_fact, cited_by, cited_by_html, day, draft_facts, session_fact
from generator.render.toc import document_toc

# Header and title have places of their own on the page.
SHOWN = (Role.OPENING, Role.PREAMBLE, Role.OPERATIVE, Role.CLOSING, Role.ANNEX, Role.BODY)


@dataclass(frozen=True, slots=True)
class ParagraphView:
    """A paragraph ready for the template."""

    role: str
    anchor: str | None
    number: str | None  # the label as printed: "14.", "(a)"
    html: Markup
    citation: str  # "Resolution 7/2, para. 14"


@dataclass(frozen=True, slots=True)
class FootnoteView:
    """A footnote ready for the template, with the ids of the markers that point at it."""

    anchor: str
    label: str
    html: Markup
    backlinks: tuple[str, ...]
    repeats: str | None  # for an "Ibid." note: the label of the note whose source it repeats


def printed_label(paragraph: Paragraph) -> str | None:
    """An operative or annex label as the texts print it: "14." for numbers, "(a)" for letters."""
    if paragraph.label is None or not paragraph.label_in_text:
        return None
    if paragraph.role is Role.PREAMBLE:  # an item of a preambular paragraph: "5 (a)" prints "(a)"
        return paragraph.label.rsplit(" ", 1)[-1]
    own = paragraph.label if paragraph.role is Role.OPERATIVE else paragraph.label.split(maxsplit=1)[-1]
    label = cited_label(own)
    return f"{label}." if label == own else label


def paragraph_view(paragraph: Paragraph, ref: DocRef, inline: InlineRenderer, lookup: Lookup) -> ParagraphView:
    """A paragraph of the text of `ref` ready for the template, its inlines rendered by `inline`."""
    anchor = anchor_of(paragraph)
    return ParagraphView(
        paragraph.role.value,
        anchor,
        printed_label(paragraph),
        inline.render(paragraph.inlines),
        citation(ref, lookup.part(ref, anchor)),
    )


def paragraph_html(p: ParagraphView, tools: Markup) -> Markup:
    """The paragraph of view `p` as its page shows it: label, text, and `tools` (the theme's `paragraph_tools(p)`)."""
    anchored = f' id="{escape_html(p.anchor)}" data-cite="{escape_html(p.citation)}"' if p.anchor else ""
    number = f'<span class="num">{escape_html(p.number)}</span> ' if p.number else ""
    end = f" {tools}" if p.anchor else ""
    return Markup(f'<p class="para {escape_html(p.role)}"{anchored}>{number}{p.html}{end}</p>')


def document_facts(entry: Entry, doc: Document, lookup: Lookup) -> list[Fact]:
    """The header facts of a document, in the order a reader looks for them."""
    kind = "Other text" if doc.kind is Kind.OTHER else doc.kind.value.capitalize()
    facts = [*body_fact(entry.ref), Fact("Kind", kind)]
    facts += [Fact("Number", doc.number)] if doc.number else []
    facts += [Fact("Symbol", doc.symbol)] if doc.symbol else []
    facts += session_fact(entry.ref.body, entry.session, lookup)
    facts += [Fact("Session dates", str(doc.session_dates))] if doc.session_dates else []
    if entry.date:  # the text's own date, else the one the texts citing it give
        facts.append(Fact("Adopted" if doc.adopted == entry.date else "Adopted (as cited)", day(entry.date)))
    facts += [Fact("Distributed", day(doc.distributed))] if doc.distributed else []
    facts += [Fact("Place", doc.place)] if doc.place else []
    facts += [Fact("Sponsors", ", ".join(doc.sponsors))] if doc.sponsors else []
    facts += [Fact("Distribution", doc.distribution)] if doc.distribution else []
    facts += [Fact("Agenda item", doc.agenda_item)] if doc.agenda_item else []
    return facts + draft_facts(entry, lookup)


def render_document(entry: Entry, doc: Document, lookup: Lookup) -> bytes:
    """The HTML page of `doc`: facts, title, paragraphs with self-links, footnotes, cited by."""
    url = entry.ref.url
    inline = InlineRenderer(url, lookup)
    paragraphs = [paragraph_view(p, entry.ref, inline, lookup) for p in doc.paragraphs if p.role in SHOWN]
    tools = theme_macro("partials/paragraph-tools.html", "paragraph_tools")
    links = paragraph_links(entry, lookup)
    shown = [
        (
            p,
            paragraph_html(p, tools(p) if p.anchor else Markup()),
            links_html(url, p.anchor, p.citation, links[p.anchor]) if p.anchor in links else Markup(),
        )
        for p in paragraphs
    ]
    labels = {note.label for note in doc.footnotes}
    repeats = {links.label: links.repeats for links in entry.footnotes if links.repeats in labels}
    footnotes = [
        FootnoteView(
            f"fn-{note.label}",
            note.label,
            inline.render(note.inlines),
            tuple(marker_id(note.label, n) for n in range(1, inline.markers[note.label] + 1)),
            repeats.get(note.label),
        )
        for note in doc.footnotes
    ]
    return render_page(
        "document.html",
        url,
        entry=entry,
        title=entry.title or entry.ref.label,
        facts=document_facts(entry, doc, lookup),
        masthead=[inline.render(p.inlines) for p in doc.paragraphs if p.role is Role.HEADER],
        paragraphs=shown,
        footnotes=footnotes,
        cited_by=cited_by_html(url, cited_by(entry, lookup)),
        lineage=page_lineage(entry, lookup),
        lineage_summary=summary(entry, lookup),
        life=life_of(entry.ref, lookup),
        predecessor=predecessor_of(entry.ref, lookup),
        successive=successive_url(entry.ref, lookup),
        official=page_official(entry, lookup),
        toc=document_toc(doc, {p.anchor: p.number for p in paragraphs if p.anchor and p.number}),
    )
