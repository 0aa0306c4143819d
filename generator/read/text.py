"""Shared reading of the text shapes: blocks of lines to paragraphs and footnotes."""

from __future__ import annotations

from collections.abc import Sequence

from generator.model import Document, Footnote, Paragraph, Role, Span
from generator.read.inline import FOOTNOTE_START_RE, marker_label, parse_inline
from generator.read.unwrap import join_lines


def line_blocks(lines: Sequence[str]) -> list[tuple[int, list[str]]]:
    """Runs of non-blank lines, each with the 1-based number of its first line.

    A "\n" inside a line (a block-level tag a converter left in) ends a block there.
    """
    blocks: list[tuple[int, list[str]]] = []
    open_after = 0  # the line number whose last block the next line may continue
    for number, line in enumerate(lines, start=1):
        parts = line.split("\n")
        for rank, part in enumerate(parts):
            if not part.strip():
                continue
            if rank == 0 and blocks and open_after == number - 1:
                blocks[-1][1].append(part)
            else:
                blocks.append((number, [part]))
        open_after = number if parts[-1].strip() else 0
    return blocks


def read_text_blocks(path: str, lines: Sequence[str]) -> Document:
    """A document of unclassified body paragraphs and footnotes from cleaned text lines.

    A block whose first line starts with a footnote marker holds footnotes, one
    per marker-led line (lines without a marker continue the footnote above);
    any other block is one body paragraph, its lines joined.
    """
    paragraphs: list[Paragraph] = []
    footnotes: list[Footnote] = []
    for first, block in line_blocks(lines):
        if FOOTNOTE_START_RE.match(block[0]) is None:
            span = Span(path, first, first + len(block) - 1)
            paragraphs.append(Paragraph(Role.BODY, parse_inline(join_lines(block)), span))
            continue
        footnotes.extend(_footnotes(path, first, block))
    return Document(source=path, paragraphs=tuple(paragraphs), footnotes=tuple(footnotes))


def _footnotes(path: str, first: int, block: list[str]) -> list[Footnote]:
    starts = [i for i, line in enumerate(block) if FOOTNOTE_START_RE.match(line)]
    notes = []
    for start, end in zip(starts, [*starts[1:], len(block)], strict=True):
        found = FOOTNOTE_START_RE.match(block[start])
        assert found is not None
        text = join_lines([block[start][found.end() :], *block[start + 1 : end]])
        span = Span(path, first + start, first + end - 1)
        notes.append(Footnote(marker_label(found), parse_inline(text), span))
    return notes
