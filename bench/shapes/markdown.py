"""Markdown with broken HTML residue: `<sup>1</sup>` markers, `<sup>&</sup>lt;sup>1</sup>` footnote lines."""

from __future__ import annotations

from bench.model import SynDoc
from bench.shapes.blocks import Style, body_blocks, masthead, title
from bench.shapes.flow import flow

STYLE = Style(
    marker=lambda label, _spaced: f"<sup>{label}</sup>",
    emphasis=lambda words: f"*{words}*",
    lead_emphasis=lambda _para: True,
)


def write_markdown(doc: SynDoc) -> str:
    """`doc` as Markdown: `##` headings, *emphasis*, paragraphs cut by page breaks."""
    lines = masthead(doc.plan)
    head = [f"## {lines[0]}", *lines[1:]] if lines else []
    head.append(f"## {title(doc.plan)}")
    return flow(
        head, body_blocks(doc, STYLE), lambda label, text: f"<sup>&</sup>lt;sup>{label}</sup> {text.strip()}", True
    )
