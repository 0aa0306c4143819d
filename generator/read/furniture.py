"""Page furniture of PDF-extracted text: running heads, footers, job numbers, separators."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from generator.model import Furniture

JOB = r"(?:[A-Z]{1,2}\.)?\d{2}-\d{5}(?:\s*\([A-Z]\))?(?:\s+\d{6})?"  # "V.20-05844", "23-24567 (E) 281223"
PAGE = r"(?:\d{1,3}/\d{1,3}|[Pp]age \d{1,3}(?: of \d{1,3})?|- ?\d{1,3} ?-)"
SYMBOL = r"[A-Z]{1,6}(?:\.\d{1,3})?(?:/[A-Za-z0-9.()\-]+)+"
FOOTER_RE = re.compile(rf"{PAGE}\s+{JOB}|{JOB}\s+{PAGE}|{JOB}|{PAGE}|\*\d{{7,}}\*")
SYMBOL_RE = re.compile(SYMBOL)
SEPARATOR_RE = re.compile(r"_{5,}")
DATE_LINE_RE = re.compile(r"\d{1,2} [A-Z][a-z]+ \d{4}")  # "15 December 2035" under a meeting: the closing, no head
MASTHEAD = 30  # first non-blank lines: the first page's masthead and title, up to the opening
OPENING_LINE_RE = re.compile(r"^\s*The [A-Z][\w ]*(?:,|$)")  # "The General Assembly,": the masthead ends above
TITLE_PART = 20  # characters: a shorter line that stands in the masthead may be text, not a running head
EDGE = 6  # non-blank lines on either side of a footer that a running head may stand in
MAX_GAP = 2  # source lines between two lines of one page edge: at most one blank line


def find_furniture(lines: Sequence[str]) -> dict[int, Furniture]:
    """The furniture lines of a PDF-extracted text, by 0-based line index.

    Footers (page numbers, job numbers, barcodes) and separators are known by
    their form. A symbol alone on a line is a running head once body text has
    begun. Near a footer, a line repeated at several page edges, or repeating a
    line of the masthead (the title as an even-page head), is a running head too.
    """
    found: dict[int, Furniture] = {}
    text_lines = [i for i, line in enumerate(lines) if line.strip()]
    for rank, i in enumerate(text_lines):
        line = lines[i].strip()
        if SEPARATOR_RE.fullmatch(line):
            found[i] = Furniture(i + 1, line, "footnote separator")
        elif FOOTER_RE.fullmatch(line):
            found[i] = Furniture(i + 1, line, "page footer")
        elif SYMBOL_RE.fullmatch(line) and rank > 0 and _body_started(lines, text_lines[:rank]):
            found[i] = Furniture(i + 1, line, "running head")
    found.update(_repeated_heads(lines, text_lines, found))
    return found


def _body_started(lines: Sequence[str], before: list[int]) -> bool:
    """Whether a full-width line of running text stands among `before`."""
    return any(len(lines[i].strip()) > 60 for i in before)


def _edge(text_lines: list[int], footers: list[int]) -> list[int]:
    """The ranks of text lines at a page's edge: in the run of lines around a footer, at most one blank line apart.

    A running head of up to four lines and the document's symbol stand there, above or
    below the page number and job number.
    """
    edge: set[int] = set()
    for footer in footers:
        for step in (-1, 1):
            rank = footer
            while 0 <= rank + step < len(text_lines) and abs(rank + step - footer) <= EDGE:
                if abs(text_lines[rank + step] - text_lines[rank]) > MAX_GAP:
                    break
                rank += step
                edge.add(rank)
    return sorted(edge)


def _repeated_heads(lines: Sequence[str], text_lines: list[int], known: dict[int, Furniture]) -> dict[int, Furniture]:
    """Lines at a page's edge that repeat there, name a symbol, or repeat words of the masthead (the title).

    Where a title runs over several lines of a head, wrapped otherwise than in the
    masthead, the lines are taken together: a run of edge lines whose words stand in
    the masthead's in that order is a head, its short last line ("owners") included.
    """
    footers = [r for r, i in enumerate(text_lines) if known.get(i) and known[i].why != "footnote separator"]
    opening = next((r for r, i in enumerate(text_lines[:MASTHEAD]) if OPENING_LINE_RE.match(lines[i])), MASTHEAD)
    masthead_lines = set(text_lines[:opening])
    # The first page's masthead: its symbol and title are no running heads.
    edge_lines = [text_lines[r] for r in _edge(text_lines, footers) if text_lines[r] not in known.keys() | masthead_lines]
    counts = Counter(lines[i].strip() for i in edge_lines)
    masthead = " " + " ".join(" ".join(lines[i].split()) for i in sorted(masthead_lines)) + " "
    heads = {}
    for run in _runs(edge_lines):
        words = " ".join(" ".join(lines[i].split()) for i in run)
        in_masthead = len(words) >= TITLE_PART and not DATE_LINE_RE.fullmatch(words) and f" {words} " in masthead
        for i in run:
            line = lines[i].strip()
            names_symbol = any(SYMBOL_RE.fullmatch(w) and "/" in w for w in (line.split()[0], line.split()[-1]))
            if (in_masthead or counts[line] > 1 or names_symbol) and len(line) > 3 and line[-1] not in ",;:.":
                heads[i] = Furniture(i + 1, line, "running head")
    return heads


def _runs(indices: list[int]) -> list[list[int]]:
    """`indices` (sorted) in runs of consecutive lines."""
    runs: list[list[int]] = []
    for i in indices:
        if runs and i == runs[-1][-1] + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs
