"""Reader for text extracted from PDFs: hard line breaks, indents, furniture, footnote blocks."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

from generator.dates import MONTH
from generator.decode import Source
from generator.model import Document, Footnote, Furniture, Paragraph, Role, Span, Text
from generator.normalise.labels import LABEL_ALONE_RE, MEETING_RE, opens_preambular_paragraph
from generator.read.furniture import find_furniture
from generator.read.unwrap import join_lines

# A footnote's first line: its number, stars, or (in tables) a letter before a capital: "a See sect. E."
FOOTNOTE_LINE_RE = re.compile(r"^\s*(\d{1,3}|\*{1,3}|[a-z](?=\s+[A-Z]))\s+(?=\S)(?!\d)")
NUMBER_WANTED_RE = re.compile(r"\b(?:No|Nos|vol|vols|para|paras|chap|sect|p|pp|art|arts)\.\s*$")  # "Supplement No."
SECTION_START_RE = re.compile(r"^\s*[IVXLC]{1,6}\.\s+[A-Z]")  # an annex's section heading: "II. Implementation"
ENDS_WITH_MARKER_RE = re.compile(r"[.,;:]\d{0,3}\s*$")  # a paragraph's last line: its punctuation, perhaps a marker
LABEL_START_RE = re.compile(r"^\s*(?:\d{1,3}\.|\([a-z]{1,4}\))\s+\S")
PARAGRAPH_END = ".,;:"
DATE_NEXT_RE = re.compile(rf"(?:{MONTH})\b")
NOTE_SKIP = 3  # footnotes an unseparated footnote may come after unseen (on pages with no footer)
NOTE_REACH = 8  # non-blank lines: how far below a footnote without separator its page footer stands
BASE_SHARE = 0.5  # of the most common indent's lines: an indent this common may be the base
SHORT_LINE = 0.85  # of the page width: a line this short ends its paragraph
HEADING = 60  # characters: a heading between paragraphs is no longer than this, or than a short line


@dataclass(slots=True)
class _Block:
    """Lines gathered for one paragraph or footnote."""

    first: int  # 1-based line number
    last: int
    lines: list[str] = field(default_factory=list)
    label: str | None = None  # footnote label

    def add(self, number: int, line: str) -> None:
        self.lines.append(line)
        self.last = number


def read_pdf(source: Source) -> Document:
    """Body paragraphs, footnotes and furniture of PDF-extracted text, unclassified.

    Indents count from the base indent, where most lines start. After the
    furniture is set aside, a footnote separator (or, where an extractor dropped it,
    the next footnote's number just above a page footer) opens a footnote region; a
    line led by a number starts a footnote there and lines at the base indent continue
    it, until another line or a page footer brings the body back.
    In the body, a paragraph starts after a blank line (unless the text is double
    spaced), at an indented line (when the text indents paragraphs), at a paragraph
    number after a line that ends a sentence, or after a line well short of the page.
    """
    furniture = find_furniture(source.lines)
    base = _base_indent(source.lines, furniture)
    indents = _uses_indents(source.lines, furniture, base)
    width = _page_width(source.lines)
    blank_ends = not _double_spaced(source.lines)
    body: list[_Block] = []
    notes: list[_Block] = []
    in_notes = False
    after_blank = False
    for index, line in enumerate(source.lines):
        number = index + 1
        if not line.strip():
            after_blank = blank_ends
            continue
        if index in furniture:
            in_notes = furniture[index].why == "footnote separator"
            continue
        in_notes = in_notes or _unseparated_note(source.lines, index, len(notes), furniture)
        if in_notes:
            found = FOOTNOTE_LINE_RE.match(line)
            if found and _next_label(found[1], notes):
                notes.append(_Block(number, number, [line[found.end() :]], found[1]))
                continue
            if notes and _indent(line) == base:
                notes[-1].add(number, line)
                continue
            in_notes = False
        if (
            not body
            or after_blank
            or _starts_paragraph(line, body[-1], indents, base, width)
            or _is_heading(source.lines, index, body[-1], furniture, width)
        ):
            body.append(_Block(number, number))
        body[-1].add(number, line)
        after_blank = False
    return Document(
        source=source.path,
        paragraphs=tuple(_paragraph(source.path, b) for b in body),
        footnotes=tuple(_footnote(source.path, b) for b in notes),
        furniture=tuple(furniture[i] for i in sorted(furniture)),
    )


def _next_label(label: str, notes: list[_Block]) -> bool:
    """Whether a footnote labelled `label` can come next.

    Numbers run on, and a number after "Supplement No." or "vol." at the end of the
    line above continues that note ("53 (A/68/53)").
    """
    if not label.isdigit() or not notes:
        return True
    if NUMBER_WANTED_RE.search(notes[-1].lines[-1]):
        return False
    numbered = [int(n.label) for n in notes if n.label and n.label.isdigit()]
    return not numbered or numbered[-1] < int(label) <= numbered[-1] + NOTE_SKIP


def _double_spaced(lines: tuple[str, ...]) -> bool:
    """Whether the extractor put a blank line after (nearly) every line, so blanks say nothing."""
    text = [i for i, line in enumerate(lines[:-1]) if line.strip()]
    followed = sum(1 for i in text if not lines[i + 1].strip())
    return followed >= 0.8 * max(len(text), 1)


def _unseparated_note(lines: tuple[str, ...], index: int, known: int, furniture: Mapping[int, Furniture]) -> bool:
    """Whether line `index` starts the next footnote though no separator line stands above it.

    Some extractors drop the separator rule, and an asterisk note on a first page may
    stand without one: a line led by the number of one of the next footnotes (`known`
    are read so far), or by stars, with a page footer a few lines below, is taken for
    the footnotes of that page.
    """
    found = FOOTNOTE_LINE_RE.match(lines[index])
    if found is None or found[1].isalpha() or found[1].isdigit() and not known < int(found[1]) <= known + NOTE_SKIP:
        return False
    rest = lines[index][found.end() :]
    if not rest[0].isupper() or DATE_NEXT_RE.match(rest):  # "See", "A/60/88"; "6 May 2026" is a date
        return False
    below = [i for i in range(index + 1, len(lines)) if lines[i].strip()][:NOTE_REACH]
    return any(furniture.get(i) and furniture[i].why == "page footer" for i in below)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _base_indent(lines: tuple[str, ...], furniture: Mapping[int, Furniture]) -> int:
    """Where running lines start, so that a page margin counts for nothing: the smallest indent
    nearly as common as the most common one (paragraph starts may outnumber wrapped lines)."""
    counts = Counter(_indent(line) for i, line in enumerate(lines) if line.strip() and i not in furniture)
    common = max(counts.values(), default=0)
    return min((indent for indent, count in counts.items() if count >= BASE_SHARE * common), default=0)


def _uses_indents(lines: tuple[str, ...], furniture: Mapping[int, Furniture], base: int) -> bool:
    """Whether paragraphs begin with an indent: some lines, not most, start two spaces or more past the base."""
    text = [line for i, line in enumerate(lines) if line.strip() and i not in furniture]
    indented = sum(1 for line in text if _indent(line) >= base + 2)
    return 0.03 < indented / max(len(text), 1) < 0.6


def _next_text(lines: tuple[str, ...], index: int, furniture: Mapping[int, Furniture]) -> str:
    """The next line of text after line `index`, furniture passed over (looked at only for headings)."""
    following = (lines[i] for i in range(index + 1, min(index + 1 + NOTE_REACH, len(lines))))
    return next((line for i, line in enumerate(following, start=index + 1) if line.strip() and i not in furniture), "")


def _is_heading(
    lines: tuple[str, ...], index: int, current: _Block, furniture: Mapping[int, Furniture], width: int
) -> bool:
    """Whether line `index` is a heading standing between two paragraphs with no blank line about it.

    A sentence ended above it, it is short, capitalised and unpunctuated, and a numbered
    paragraph follows: "…cross-border cooperation." / "Governance and monitoring" / "20. We…".
    """
    text, previous = lines[index].strip(), current.lines[-1].rstrip()
    if not text[:1].isupper() or text[-1:] in PARAGRAPH_END or len(text) >= max(SHORT_LINE * width, HEADING):
        return False
    if previous[-1:] not in ".;:":
        return False
    next_line = _next_text(lines, index, furniture)
    return bool(LABEL_START_RE.match(next_line) or LABEL_ALONE_RE.match(next_line))


def _starts_paragraph(line: str, current: _Block, indents: bool, base: int, width: int) -> bool:
    previous = current.lines[-1].rstrip()
    if LABEL_ALONE_RE.match(previous):
        return False
    if LABEL_ALONE_RE.match(line):
        return True
    if indents:
        return not base <= _indent(line) < base + 2  # indented, or out in the margin like a masthead line
    # No blank line between two paragraphs: "…data;" or "…of 1961,26" then "63. Urges…", "Stressing…", the closing.
    # The end of the line above first: most lines end no sentence. It is stripped: the end is in its last 4 characters.
    if ENDS_WITH_MARKER_RE.search(previous, len(previous) - 4) and (
        any(pattern.match(line) for pattern in (LABEL_START_RE, SECTION_START_RE, MEETING_RE))
        or opens_preambular_paragraph(line.strip())
    ):
        return True
    # Without indents, a line well short of the page ends its paragraph or is a heading;
    # where it was cut by a page break instead, `rejoin_paragraphs` mends it.
    return len(previous) < SHORT_LINE * width


def _page_width(lines: tuple[str, ...]) -> int:
    """The width of a full line of running text: the 90th percentile of line lengths."""
    widths = sorted(len(line.rstrip()) for line in lines if line.strip())
    return widths[int(0.9 * (len(widths) - 1))] if widths else 0


def _paragraph(path: str, block: _Block) -> Paragraph:
    return Paragraph(Role.BODY, (Text(join_lines(block.lines)),), Span(path, block.first, block.last))


def _footnote(path: str, block: _Block) -> Footnote:
    assert block.label is not None
    return Footnote(block.label, (Text(join_lines(block.lines)),), Span(path, block.first, block.last))
