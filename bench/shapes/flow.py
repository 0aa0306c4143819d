"""Paragraphs one per line with page breaks that cut a paragraph to make room for footnotes."""

from __future__ import annotations

import re
from collections.abc import Callable

from bench.shapes.blocks import Block

PAGE_CHARS = 3200  # characters of text on a page
CUT_RE = re.compile(r"(?<=[a-z]) (?=[a-z]+ )")  # a space between two plain lower-case words


def flow(head: list[str], blocks: list[Block], note_line: Callable[[str, str], str], blank_breaks: bool) -> str:
    """The text: a blank line after every paragraph; at each page end the page's
    footnotes, standing in the middle of the paragraph the page break cut (or,
    when `blank_breaks`, a run of blank lines where a page had no footnote)."""
    out = list(head)
    pending: list[tuple[int, str, str]] = []
    filled = 0
    for block in blocks:
        filled += len(block.text)
        if filled < PAGE_CHARS:
            out.append(block.text)
            pending += block.notes
            continue
        cut = _cut(block.text)
        pending += [n for n in block.notes if n[0] < cut]
        out.append(block.text[:cut])
        if pending:
            out += [note_line(label, text) for _, label, text in pending]
        elif blank_breaks:
            out += ["", ""]
        pending = [n for n in block.notes if n[0] >= cut]
        rest = block.text[cut:].lstrip()
        if rest:
            out.append(rest)
        filled = len(rest)
    out += [note_line(label, text) for _, label, text in pending]
    return "\n\n".join(out) + "\n"


def _cut(text: str) -> int:
    """Where a page break may cut `text` mid-sentence, near its middle; its end if nowhere."""
    cuts = [m.start() for m in CUT_RE.finditer(text) if text.count("*", 0, m.start()) % 2 == 0]
    return min(cuts, key=lambda c: abs(c - len(text) // 2)) if cuts else len(text)
