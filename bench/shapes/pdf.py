"""Text as extracted from a PDF: hard-wrapped lines, page furniture, footnotes at page ends."""

from __future__ import annotations

import textwrap

from bench.model import SynDoc
from bench.plan import session_year
from bench.shapes.blocks import Block, Style, body_blocks, masthead, sponsors, title

WIDTH = 85  # characters of a page line
TITLE_WIDTH = 60
PAGE_LINES = 45  # body lines on a page
SEPARATOR = "__________________"
STYLE = Style(
    marker=lambda label, spaced: label + " " if spaced else label,  # "Convention,1  which", "Aspects5 and"
    emphasis=lambda words: words,
    lead_emphasis=lambda _para: False,
)
Line = tuple[str, list[tuple[str, str]]]  # a body line and the footnotes (label, text) whose markers stand in it


def write_pdf(doc: SynDoc) -> str:
    """`doc` as a PDF extractor leaves it: a blank line after every line, two-space
    paragraph indents, a running head and footer at each page end, footnotes after
    a separator at the end of the page their markers stand on."""
    plan = doc.plan
    lines: list[Line] = []
    if plan.kind == "draft":
        lines.append((f"   {sponsors(plan)}", []))
    elif plan.kind != "ga":
        lines.append((f"  {masthead(plan)[0]}", []))
    lines += [(line, []) for line in _wrap(title(plan), TITLE_WIDTH, "  ")]
    for block in body_blocks(doc, STYLE):
        lines += _block_lines(block)
    pages = [lines[i : i + PAGE_LINES] for i in range(0, len(lines), PAGE_LINES)]
    head = plan.symbol or (f"A/RES/{plan.number}" if plan.kind == "ga" else f"CTOC/COP/{session_year(plan.session)}/15")
    job = f"V.{session_year(plan.session) % 100:02d}-{(plan.index * 7919 + 1000) % 100000:05d}"
    out: list[str] = []
    for number, page in enumerate(pages, 1):
        out += [text for text, _ in page]
        notes = [note for _, found in page for note in found]
        if notes:
            out.append(SEPARATOR)
            out += [line for label, text in notes for line in _wrap(text.strip(), WIDTH, f" {label} ", "")]
        out += ["", " ", head, " ", f"{number}/{len(pages)} {job}", " "]
    return "".join(f"{line} \n\n" if line.strip() else f"{line}\n" for line in out)


def _wrap(text: str, width: int, first: str, rest: str = "") -> list[str]:
    return textwrap.wrap(
        text, width, initial_indent=first, subsequent_indent=rest, break_long_words=False, break_on_hyphens=False
    )


def _block_lines(block: Block) -> list[Line]:
    """The paragraph's lines, each with the footnotes whose markers it holds."""
    lines: list[Line] = []
    start = 0
    notes = sorted(block.notes)
    for line in _wrap(block.text, WIDTH, "  "):
        end = block.text.index(line.strip(), start) + len(line.strip())
        lines.append((line, [(label, text) for offset, label, text in notes if start <= offset < end]))
        start = end
    return lines
