"""The first link pass: every citation in a document's paragraphs and footnotes becomes a Reference."""

from __future__ import annotations

import dataclasses
import re
from typing import TypeVar

from generator.bodies import HOME_BODY
from generator.docref import DocRef
from generator.link.articles import find_articles
from generator.link.collect import with_collected
from generator.link.found import Found, covers, without_overlaps
from generator.link.instruments import Named
from generator.link.numbered import find_numbered
from generator.link.outside import find_goal_parts, find_treaties
from generator.link.splice import splice
from generator.link.symbols import find_symbols
from generator.link.warn import warning
from generator.model import Document, Footnote, Paragraph, Role
from generator.problems import Problem

CITATION_LIKE_RE = re.compile(r"\b(?:resolution|decision|article|paragraph|target|indicator)s?\s+\d[\w./]*", re.I)
SPACED_DIGIT_RE = re.compile(r"\s\d")  # in every citation-like phrase; most paragraphs have none, and it is found fast
Node = TypeVar("Node", Paragraph, Footnote)


def find_references(doc: Document) -> tuple[Document, list[Problem]]:
    """`doc` with each citation as Reference items, and a warning for each citation-like phrase left.

    Paragraphs are read in text order, then footnotes, so that "the Protocol" means the
    protocol last named before it. Masthead lines state the document's own facts: no citations.
    """
    body, own = doc.body or HOME_BODY, doc.ref
    paragraphs, named, problems = _link_all(doc.paragraphs, body, own, Named(body))
    footnotes, _, more = _link_all(doc.footnotes, body, own, named)
    linked = dataclasses.replace(doc, paragraphs=paragraphs, footnotes=footnotes, references_found=True)
    return linked, problems + more


def with_references(doc: Document) -> Document:
    """`doc` with its citations found once, the warnings about them among its own problems, and collected.

    The first, per-document phase of linking: it needs no other document, so it runs
    where the document is read, on every core, and is cached with it (`with_collected`).
    """
    linked, problems = find_references(doc)
    return with_collected(dataclasses.replace(linked, problems=(*linked.problems, *problems)))


def find_citations(text: str, body: str, own: DocRef | None, named: Named) -> list[Found]:
    """Every citation in `text`, in text order, none overlapping another."""
    return without_overlaps(
        [
            *find_numbered(text, body, own),
            *find_articles(text, named),
            *find_symbols(text),
            *find_treaties(text),
            *find_goal_parts(text),
        ]
    )


def _link_all(
    nodes: tuple[Node, ...], body: str, own: DocRef | None, named: Named
) -> tuple[tuple[Node, ...], Named, list[Problem]]:
    """`nodes` in text order with their citations, what they named, and the warnings met."""
    linked: list[Node] = []
    problems: list[Problem] = []
    for node in nodes:
        text = node.text  # linking leaves the characters as they are
        if not (isinstance(node, Paragraph) and node.role is Role.HEADER):
            node, left = _link(node, text, find_citations(text, body, own, named))
            problems += left
        linked.append(node)
        named = named.after(text)
    return tuple(linked), named, problems


def _link(node: Node, text: str, found: list[Found]) -> tuple[Node, list[Problem]]:
    """`node` with `found` spliced in, and a warning per citation-like phrase of `text` (its characters) not found."""
    phrases = CITATION_LIKE_RE.finditer(text) if SPACED_DIGIT_RE.search(text) else ()
    ends = [f.end for f in found]
    left = [m for m in phrases if not covers(found, ends, m.start(), m.end())]
    problems = [warning(node.span, f"citation-like phrase not resolved: {m.group()!r}") for m in left]
    inlines = splice(node.inlines, found)
    return (node if inlines == node.inlines else dataclasses.replace(node, inlines=inlines)), problems
