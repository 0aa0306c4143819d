"""Hand-made documents for the link tests, from strings with `*emphasis*` and `[^1]` markers."""

from __future__ import annotations

import re
from typing import Any

from generator.link.splice import references
from generator.model import Document, Footnote, Inline, Kind, Marker, Paragraph, Reference, Role, Span, Target, Text

MARKUP_RE = re.compile(r"\*(?P<emphasis>[^*]+)\*|\[\^(?P<marker>\w+)\]")
PATH = "case.txt"


def inlines(markup: str) -> tuple[Inline, ...]:
    """Inline items of `markup`: "*Recalling* its resolution 7/1,[^1]"."""
    items: list[Inline] = []
    at = 0
    for found in MARKUP_RE.finditer(markup):
        if found.start() > at:
            items.append(Text(markup[at : found.start()]))
        items.append(Text(found["emphasis"], True) if found["emphasis"] else Marker(found["marker"]))
        at = found.end()
    if at < len(markup):
        items.append(Text(markup[at:]))
    return tuple(items)


def paragraph(
    markup: str, line: int = 1, role: Role = Role.OPERATIVE, label: str | None = None, path: str = PATH
) -> Paragraph:
    """One paragraph standing on `line`; an operative one is labelled by its line unless `label` is given."""
    if label is None and role in (Role.OPERATIVE, Role.PREAMBLE):
        label = str(line)
    return Paragraph(role, inlines(markup), Span(path, line, line), label)


def footnote(label: str, markup: str, line: int, path: str = PATH) -> Footnote:
    """One footnote standing on `line`."""
    return Footnote(label, inlines(markup), Span(path, line, line))


def document(*texts: str, footnotes: tuple[Footnote, ...] = (), **facts: Any) -> Document:
    """A Conference resolution 1/1 (unless `facts` say otherwise) of operative paragraphs 1, 2, … on lines 1, 2, …"""
    path = facts.pop("source", PATH)
    defaults: dict[str, Any] = {"body": "cop", "kind": Kind.RESOLUTION, "number": "1/1"}
    paragraphs = tuple(paragraph(text, i + 1, path=path) for i, text in enumerate(texts))
    return Document(source=path, paragraphs=paragraphs, footnotes=footnotes, **(defaults | facts))


def describe(target: Target) -> str:
    """A target in one line: kind, identity, paragraph, date, title."""
    parts = [target.kind, f"{target.doc.body} {target.doc.kind} {target.doc.id}" if target.doc else target.key]
    parts += [f"paragraph {target.paragraph}"] if target.paragraph else []
    parts += [f"of {target.date.isoformat()}"] if target.date else []
    parts += [f"entitled “{target.title}”"] if target.title else []
    parts += ["(body assumed)"] if target.assumed else []
    return " ".join(parts)


def cited(doc: Document) -> list[str]:
    """Each reference of `doc` as “characters” = target, paragraphs then footnotes."""
    nodes = (*doc.paragraphs, *doc.footnotes)
    return [f"“{r.text}” = {describe(r.target)}" for node in nodes for r in references(node.inlines)]


def test_markup_gives_emphasis_and_markers() -> None:
    assert inlines("*Recalling* its report,[^1] and") == (
        Text("Recalling", True),
        Text(" its report,"),
        Marker("1"),
        Text(" and"),
    )


def test_cited_joins_the_pieces_of_one_reference() -> None:
    target = Target("symbol", key="A/1")
    doc = document("x")
    doc = Document(
        doc.source,
        paragraphs=(
            Paragraph(
                Role.OPERATIVE, (Reference("A/", target), Marker("1"), Reference("1", target, True)), Span(PATH, 1, 1)
            ),
        ),
    )
    assert cited(doc) == ["“A/1” = symbol A/1"]
