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
SENTENCE_END_RE = re.compile(r"[,;:.]\d{0,3}\s*$")  # a line of text ends so, a marker perhaps after it
NUMBERED_RE = re.compile(r"^\d{1,3}/\d{1,4}(?: [A-Z])?\.\s+")  # "78/47. ": the number before a title
DATE_LINE_RE = re.compile(r"\d{1,2} [A-Z][a-z]+ \d{4}")  # "15 December 2035" under a meeting: the closing, no head
MASTHEAD = 30  # first non-blank lines: the first page's masthead and title, up to the opening
OPENING_LINE_RE = re.compile(r"^\s*The [A-Z][\w ]*(?:,|$)")  # "The General Assembly,": the masthead ends above
TITLE_PART = 20  # characters: a shorter line that stands in the masthead may be text, not a running head
EDGE = 4  # lines of a running head at most (the symbol apart): a longer run by the footers is text
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


def _sides(text_lines: list[int], known: Sequence[int]) -> list[tuple[list[int], list[int]]]:
    """For each group of footers (and symbols) at a page's edge, the ranks of the text lines just above and below it.

    A side is the run of lines next to the group, a blank line between them at most; it
    stops at other furniture. A running head of up to four lines stands on one side of
    the page number and job number.
    """
    known_ranks = [r for r, i in enumerate(text_lines) if i in known]
    groups: list[list[int]] = []
    for rank in known_ranks:
        if groups and rank == groups[-1][-1] + 1 and text_lines[rank] - text_lines[rank - 1] <= MAX_GAP:
            groups[-1].append(rank)
        else:
            groups.append([rank])
    marked = set(known_ranks)
    sides = []
    for group in groups:
        around: tuple[list[int], list[int]] = ([], [])
        for side, step, start in ((around[0], -1, group[0]), (around[1], 1, group[-1])):
            rank = start
            while 0 <= rank + step < len(text_lines) and rank + step not in marked:
                if abs(text_lines[rank + step] - text_lines[rank]) > (MAX_GAP if not side else 1):
                    break  # a blank line may part the head from the footers, none parts the head's lines
                rank += step
                side.append(rank)
                if len(side) > EDGE:  # a run longer than any head: the page's text
                    side.clear()
                    break
        sides.append(around)
    return sides


def _repeated_heads(lines: Sequence[str], text_lines: list[int], known: dict[int, Furniture]) -> dict[int, Furniture]:
    """Lines at a page's edge that repeat there, name a symbol, or repeat words of the masthead (the title).

    Where a title runs over several lines of a head, wrapped otherwise than in the
    masthead, the lines are taken together: a run of edge lines whose words stand in
    the masthead's in that order is a head, its short last line ("owners") included.
    A page has one head: found above its footers, none is looked for below them (where
    the page's text starts, perhaps with an annex's title, which is the document's).
    """
    opening = next((r for r, i in enumerate(text_lines[:MASTHEAD]) if OPENING_LINE_RE.match(lines[i])), MASTHEAD)
    masthead_lines = set(text_lines[:opening])
    edge_furniture = [i for i, f in known.items() if f.why != "footnote separator"]
    sides = _sides(text_lines, edge_furniture)
    # The first page's masthead: its symbol and title are no running heads.
    edge_lines = {i for side in sides for ranks in side for i in (text_lines[r] for r in ranks)}
    edge_lines -= masthead_lines | known.keys()
    counts = Counter(lines[i].strip() for i in edge_lines)
    masthead = _line_starts(lines, sorted(masthead_lines))
    heads: dict[int, Furniture] = {}
    for number, side in enumerate(sides):
        # Above the first page's footer stands its own text: that page has the masthead, no head.
        for ranks in side[1:] if number == 0 else side:
            found = _heads(lines, sorted(text_lines[r] for r in ranks if text_lines[r] in edge_lines), counts, masthead)
            heads.update(found)
            if found:
                break
    return heads


def _line_starts(lines: Sequence[str], indices: list[int]) -> list[str]:
    """The masthead's text from each of its lines on, words single-spaced, a title's number dropped ("80/1. ")."""
    words = [" ".join(lines[i].split()) for i in indices]
    starts = [" ".join(words[k:]) for k in range(len(words))]
    return [NUMBERED_RE.sub("", start) for start in starts]


def _starts_a_line(words: str, starts: list[str]) -> bool:
    """Whether `words` are the masthead's from the start of one of its lines: the title, wrapped anyhow."""
    return any(start == words or start.startswith(words + " ") for start in starts)


def _heads(lines: Sequence[str], indices: list[int], counts: Counter[str], masthead: list[str]) -> dict[int, Furniture]:
    heads = {}
    for run in _runs(indices):
        if any(SENTENCE_END_RE.search(lines[i]) for i in run):
            continue  # a head's lines end no sentence: this is the text of the page
        words = " ".join(" ".join(lines[i].split()) for i in run)
        in_masthead = len(words) >= TITLE_PART and not DATE_LINE_RE.fullmatch(words) and _starts_a_line(words, masthead)
        for i in run:
            line = lines[i].strip()
            names_symbol = any(SYMBOL_RE.fullmatch(w) and _has_digit(w) for w in (line.split()[0], line.split()[-1]))
            # Repeated alone, a line is a head only if it starts as one: a wrapped sentence's line may repeat.
            repeated = counts[line] > 1 and not line[0].islower()
            if (in_masthead or repeated or names_symbol) and len(line) > 3:
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


def _has_digit(word: str) -> bool:
    """Whether `word` holds a digit, as every document symbol does ("HIV/AIDS" is none)."""
    return any(c.isdigit() for c in word)
