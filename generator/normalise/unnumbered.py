"""The operative part of a text that numbers none of its paragraphs: a decision "Decides to …" after its preamble."""

from __future__ import annotations

from generator.model import Document, Paragraph, Role
from generator.normalise.labels import MEETING_RE, opens_operative_paragraph
from generator.value import replace

BEFORE_OPERATIVE = (",", ";", ":")  # how the paragraph before the first operative one ends (the opening: ",")


def unnumbered_operative(doc: Document) -> Document:
    """`doc`, its operative paragraphs found where it numbers none and `classify_paragraphs` read all as preamble.

    From the first preambular paragraph that opens with a verb in the third person
    ("Decides", "Requests"), after a paragraph ending as preambular ones do, the
    paragraphs are operative, labelled "p1", "p2", … (anchors "para-p1", …), up to the
    meeting line, which with what follows is the closing.
    """
    if not doc.has_masthead or any(p.role is Role.OPERATIVE for p in doc.paragraphs):
        return doc
    paragraphs = list(doc.paragraphs)
    start = _first_operative(paragraphs)
    if start is None:
        return doc
    counts = {Role.OPERATIVE: 0, Role.CLOSING: 0}
    role = Role.OPERATIVE
    for at in range(start, len(paragraphs)):
        p = paragraphs[at]
        if p.role is not Role.PREAMBLE:
            continue
        role = Role.CLOSING if role is Role.CLOSING or MEETING_RE.match(p.text) else Role.OPERATIVE
        counts[role] += 1
        label = f"p{counts[role]}" if role is Role.OPERATIVE else str(counts[role])
        paragraphs[at] = replace(p, role=role, label=label)
    return replace(doc, paragraphs=tuple(paragraphs))


def _first_operative(paragraphs: list[Paragraph]) -> int | None:
    """The place of the first paragraph that opens as an operative one does, after a preambular ending."""
    before = ""
    for at, p in enumerate(paragraphs):
        text = p.text.strip()
        if p.role is Role.PREAMBLE and before.endswith(BEFORE_OPERATIVE):
            if opens_operative_paragraph(text):
                return at
        if p.role in (Role.OPENING, Role.PREAMBLE):
            before = text
    return None
