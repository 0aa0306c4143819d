"""A normalised document as a readable outline and as JSON: for `inspect` and the golden files."""

from __future__ import annotations

from typing import Any

from generator.model import Document, Inline, Marker, Paragraph, Reference, Text

FACTS = (
    "body", "kind", "number", "symbol", "session", "distributed", "session_dates", "adopted",
    "place", "sponsors", "agenda_item", "distribution", "title",
)


def inline_markup(inlines: tuple[Inline, ...]) -> str:
    """Inlines as one line: *emphasis*, [^1] for markers, [text]{target} for references."""
    parts = []
    for item in inlines:
        if isinstance(item, Marker):
            parts.append(f"[^{item.label}]")
        elif isinstance(item, Reference):
            parts.append(f"[{item.text}]{{{item.target.kind}:{item.target.doc or item.target.key}}}")
        elif isinstance(item, Text):
            parts.append(f"*{item.text}*" if item.emphasis else item.text)
    return "".join(parts)


def _fact(doc: Document, name: str) -> Any:
    value = getattr(doc, name)
    if isinstance(value, tuple):
        return list(value)
    if hasattr(value, "value"):
        return value.value
    return None if value is None else value if isinstance(value, (str, int)) else str(value)


def outline(doc: Document) -> str:
    """One line per fact, paragraph, footnote and furniture line, each with its anchor and lines."""
    lines = [f"document {doc.source}"]
    lines += [f"  {name}: {_fact(doc, name)}" for name in FACTS if _fact(doc, name) not in (None, [])]
    lines += [f"  {problem.level.value}: line {problem.line}: {problem.message}" for problem in doc.problems]
    for p in doc.paragraphs:
        lines.append(f"{p.anchor or p.role.value} {_lines(p.span.first, p.span.last)}: {inline_markup(p.inlines)}")
    for f in doc.footnotes:
        lines.append(f"fn-{f.label} {_lines(f.span.first, f.span.last)}: {inline_markup(f.inlines)}")
    for item in doc.furniture:
        lines.append(f"furniture {item.line}: {item.why}: {item.text}")
    return "\n".join(lines) + "\n"


def _lines(first: int, last: int) -> str:
    return str(first) if first == last else f"{first}-{last}"


def _paragraph_json(p: Paragraph) -> dict[str, Any]:
    return {"label": p.label, "anchor": p.anchor, "line": p.span.first, "text": p.text}


def as_json(doc: Document) -> dict[str, Any]:
    """The document's facts, paragraphs and footnotes as JSON-ready values."""
    data: dict[str, Any] = {"source": doc.source}
    data |= {name: _fact(doc, name) for name in FACTS}
    opening = doc.opening
    data["opening"] = opening.text if opening else None
    data["preamble"] = [_paragraph_json(p) for p in doc.preamble]
    data["operative"] = [_paragraph_json(p) for p in doc.operative]
    data["footnotes"] = [{"label": f.label, "line": f.span.first, "text": f.text} for f in doc.footnotes]
    data["furniture"] = [{"line": f.line, "why": f.why, "text": f.text} for f in doc.furniture]
    data["problems"] = [str(problem) for problem in doc.problems]
    return data
