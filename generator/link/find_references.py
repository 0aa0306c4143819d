"""The first link pass: every citation in a document's paragraphs and footnotes becomes a Reference."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TypeVar

from generator.bodies import HOME_BODY, body_named
from generator.digits import has_digit
from generator.docref import DocRef
from generator.link.articles import find_articles
from generator.link.collect import with_collected
from generator.link.found import Found, covers, without_overlaps
from generator.link.instruments import Named
from generator.link.issuer import Context, leads, marker_offsets, noted_bodies
from generator.link.numbered import find_numbered
from generator.link.outside import find_goal_parts, find_treaties
from generator.link.splice import splice
from generator.link.symbols import find_symbols
from generator.link.warn import warning
from generator.model import Document, Footnote, Paragraph, Role
from generator.problems import Problem
from generator.value import replace

CITATION_LIKE_RE = re.compile(r"\b(?:resolution|decision|article|paragraph|target|indicator)s?\s+\d[\w./]*", re.I)
SPACED_DIGIT_RE = re.compile(r"\s\d")  # in every citation-like phrase; most paragraphs have none, and it is found fast
Node = TypeVar("Node", Paragraph, Footnote)


def find_references(doc: Document) -> tuple[Document, list[Problem]]:
    """`doc` with each citation as Reference items, and a warning for each citation-like phrase left.

    Paragraphs are read in text order, then footnotes, so that "the Protocol" means the
    protocol last named before it. Masthead lines state the document's own facts: no citations.
    """
    body, own = doc.body or _named_first(doc) or HOME_BODY, doc.ref
    notes = Notes(noted_bodies(doc.footnotes), leads(doc) if doc.footnotes else {})
    paragraphs, named, problems = _link_all(doc.paragraphs, body, own, Named(body), notes)
    footnotes, _, more = _link_all(doc.footnotes, body, own, named, notes)
    linked = replace(doc, paragraphs=paragraphs, footnotes=footnotes, references_found=True)
    return linked, problems + more


def _named_first(doc: Document) -> str | None:
    """For a text of no body (a web page, a list): the body it names first, whose work it is about."""
    return next((b.key for b in map(body_named, (p.text for p in doc.paragraphs)) if b is not None), None)


def with_references(doc: Document) -> Document:
    """`doc` with its citations found once, the warnings about them among its own problems, and collected.

    The first, per-document phase of linking: it needs no other document, so it runs
    where the document is read, on every core, and is cached with it (`with_collected`).
    """
    linked, problems = find_references(doc)
    return with_collected(replace(linked, problems=(*linked.problems, *problems)))


def find_citations(
    text: str, body: str, own: DocRef | None, named: Named, context: Context | None = None
) -> list[Found]:
    """Every citation in `text`, in text order, none overlapping another; `context` what stands around it."""
    return without_overlaps(
        [
            *find_numbered(text, body, own, context or Context(named)),
            *find_articles(text, named),
            *find_symbols(text),
            *find_treaties(text),
            *find_goal_parts(text),
        ]
    )


@dataclass(frozen=True, slots=True)
class Notes:
    """What a document's footnotes tell of who issued what it cites."""

    bodies: dict[str, tuple[str, ...]]  # footnote label -> the bodies whose documents it cites (`noted_bodies`)
    leads: dict[str, str]  # footnote label -> the text before its marker (`leads`)

    def context(self, node: Paragraph | Footnote, named: Named) -> Context:
        """The context of a citation in `node`, the texts before having named what `named` holds."""
        if isinstance(node, Footnote):
            return Context(named, lead=self.leads.get(node.label, ""))
        markers = marker_offsets(node.inlines) if self.bodies else ()
        return Context(named, markers, self.bodies)


def _link_all(
    nodes: tuple[Node, ...], body: str, own: DocRef | None, named: Named, notes: Notes
) -> tuple[tuple[Node, ...], Named, list[Problem]]:
    """`nodes` in text order with their citations, what they named, and the warnings met."""
    linked: list[Node] = []
    problems: list[Problem] = []
    for node in nodes:
        text = node.text  # linking leaves the characters as they are
        if _may_cite(text) and not (isinstance(node, Paragraph) and node.role is Role.HEADER):
            node, left = _link(node, text, find_citations(text, body, own, named, notes.context(node, named)))
            problems += left
        linked.append(node)
        named = named.after(text)
    return tuple(linked), named, problems


def _may_cite(text: str) -> bool:
    """Whether `text` holds a number or "paragraph" ("paragraphs (a) and (b) above"), as every citation found does.

    And every citation-like phrase. Most paragraphs hold neither, and are passed by.
    """
    return "aragraph" in text or has_digit(text)


def _link(node: Node, text: str, found: list[Found]) -> tuple[Node, list[Problem]]:
    """`node` with `found` spliced in, and a warning per citation-like phrase of `text` (its characters) not found."""
    phrases = CITATION_LIKE_RE.finditer(text) if SPACED_DIGIT_RE.search(text) else ()
    ends = [f.end for f in found]
    left = [m for m in phrases if not covers(found, ends, m.start(), m.end())]
    problems = [warning(node.span, f"citation-like phrase not resolved: {m.group()!r}") for m in left]
    if not found:  # most paragraphs cite nothing: folded, they have no empty item for `splice` to drop
        return node, problems
    return replace(node, inlines=splice(node.inlines, found)), problems
