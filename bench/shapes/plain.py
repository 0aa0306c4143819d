"""Plain text: one paragraph per line, superscript footnote markers, *emphasis* on operative verbs."""

from __future__ import annotations

from bench.model import SynDoc
from bench.shapes.blocks import Style, body_blocks, masthead, title
from bench.shapes.flow import flow

SUPERSCRIPTS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
STYLE = Style(
    marker=lambda label, _spaced: label.translate(SUPERSCRIPTS),
    emphasis=lambda words: f"*{words}*",
    lead_emphasis=lambda para: para.label is not None,
)


def write_plain(doc: SynDoc) -> str:
    """`doc` as plain text, footnote blocks in mid-paragraph at page breaks."""
    head = ["", *masthead(doc.plan), title(doc.plan)]
    return flow(
        head, body_blocks(doc, STYLE), lambda label, text: f"{label.translate(SUPERSCRIPTS)} {text.strip()}", False
    )
