"""Bare footnote markers of PDF-extracted text: "Aspects5 and", "Convention,1  which", "2020 36", "201834"."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from generator.dates import MONTH
from generator.model import Document, Footnote, Inline, Marker, Paragraph, Text
from generator.value import Value, replace

# Where a superscript stood, the extractor left its digits: glued to a word or to
# punctuation (a period only after a letter, so "16.4" stays), after punctuation and
# a space, glued to a year ("10 November 201716", "2014–20243"), or after a word and a
# space. The leading lookahead lets the engine pass over any position without a digit or star.
CANDIDATE_RE = re.compile(
    rf"(?:(?=[\d*])|(?<=[\d)\]”’\"])(?=[a-z]))(?:"
    rf"(?<![\w/.,])(?:19|20)\d\d(?P<yeared>\d{{1,3}})(?![\w/])(?![.,]\d)"
    rf"|(?<=(?:19|20)\d\d )(?P<after_year>\d{{1,3}})(?=\s|$|[,;.])(?![.,]\d)(?!\s+(?:{MONTH})\b)"
    rf"|(?:(?<=[^\W\d_])|(?<=[,;:)\]”’\"])|(?<=[^\W\d_]\.))(?P<glued>\d{{1,3}})(?=\s|$|[,;:.)])(?!\.\d)"
    rf"|(?<=[,;:.)”’\"] )(?P<spaced>\d{{1,3}})(?=\s|$)(?!\s+(?:{MONTH})\b)"
    rf"|(?<=[^\W\d_] )(?P<loose>\d{{1,3}})(?=[\s,;.]|$)(?![.,]\d)(?!\s+(?:{MONTH})\b)"
    rf"|(?<=[^\s*])(?P<starred>\*{{1,3}})(?=\s|$|[,;:.])"
    rf"|(?<=[\d)\]”’\"])(?P<lettered>[a-z])(?=\s|$|[,;:.])"
    rf")"
)
# Where a CANDIDATE_RE match can start: at a digit or star, or at a letter after a digit or closing mark.
# The engine finds a class quickly, where it tries the whole pattern at every character (`_matches`).
GATE_RE = re.compile(r"[\d*)\]”’\"]")
# Words a number follows as its own: "article 3 of", "Goal 3 and", "Group of 20", "from 6 to 12".
NUMBERED_WORDS = {
    "article", "articles", "paragraph", "paragraphs", "para", "paras", "resolution", "resolutions", "decision",
    "decisions", "goal", "goals", "target", "targets", "indicator", "indicators", "chapter", "chapters", "section",
    "sections", "rule", "rules", "principle", "principles", "annex", "annexes", "no", "nos", "vol", "vols", "page",
    "pages", "item", "items", "of", "to", "from", "and", "or", "than", "between", "group", "phase", "level",
    "part", "parts", "title", "volume", "recommendation", "recommendations", "protocol", "session", "sessions",
    "stage", "tier", "figure", "table", "box", "step", "option", "module", "cycle", "appendix", "schedule",
}
LOOK_BACK = 80  # characters before a candidate in which its word, or the symbol it ends, stands
TRAILING_SPACE_RE = re.compile(r"\s*$")  # nothing but spaces after the digits: the end of a line
SYMBOL_TAIL_RE = re.compile(r"[/.][\w.()/-]*$")  # "A/80/L.2/Rev." before the digits: part of a symbol


@dataclass(frozen=True, slots=True)
class Candidate(Value):
    """Digits (or stars) in the text that may be a footnote marker."""

    paragraph: int  # index of its paragraph
    item: int  # index of its Text item in the paragraph
    start: int  # where its characters start in that item's text
    end: int
    label: str  # the digits or stars
    strong: bool  # glued to what it follows: surely no number of the text

    @property
    def key(self) -> tuple[int, int, int]:
        """Where it stands in the document, for ordering."""
        return (self.paragraph, self.item, self.start)


def find_bare_markers(doc: Document) -> Document:
    """Turn bare digits (and stars) into footnote markers where the document's footnotes call for them.

    Only a document with footnotes and no marker at all is searched. Footnotes are
    taken in order; each gets the first digits after the last marker found that spell
    its label and stand in a paragraph on its page: one that starts before the
    footnote's text and ends after the page's top. Digits glued to what they follow
    are taken before digits after a space, and digits after words that numbers belong
    to ("article 3", "Group of 20") or inside a symbol ("Rev.1") are never taken.
    Footnotes no marker was found for, and markers without a footnote, are warned of
    by the link step.
    """
    if not doc.footnotes or any(isinstance(i, Marker) for p in doc.paragraphs for i in p.inlines):
        return doc
    by_label: dict[str, list[Candidate]] = {}
    for candidate in _candidates(doc.paragraphs):
        by_label.setdefault(candidate.label, []).append(candidate)
    keys = {label: [c.key for c in found] for label, found in by_label.items()}
    page_tops = _page_tops(doc)
    taken: list[Candidate] = []
    after = (-1, -1, -1)
    for note in doc.footnotes:
        at = bisect.bisect_right(keys.get(note.label, []), after)
        found = _first_on_page(by_label.get(note.label, [])[at:], note, doc.paragraphs, page_tops)
        if found is not None:
            taken.append(found)
            after = found.key
    return _with_markers(doc, taken) if taken else doc


def _candidates(paragraphs: tuple[Paragraph, ...]) -> list[Candidate]:
    found = []
    for p_index, paragraph in enumerate(paragraphs):
        for i_index, item in enumerate(paragraph.inlines):
            if not isinstance(item, Text):
                continue
            for match in _matches(item.text):
                if (candidate := _candidate(item.text, match, p_index, i_index)) is not None:
                    found.append(candidate)
    return found


def _matches(text: str) -> Iterator[re.Match[str]]:
    """What `CANDIDATE_RE.finditer(text)` finds, the pattern tried only where a match can start (`GATE_RE`)."""
    end = 0  # as with finditer, a match starts at or after the end of the one before
    for gate in GATE_RE.finditer(text):
        at = gate.start()
        lettered = gate[0] != "*" and "a" <= text[at + 1 : at + 2] <= "z"  # a letter candidate may follow it
        for start in (at, at + 1) if lettered else (at,):
            if start >= end and (found := CANDIDATE_RE.match(text, start)) is not None:
                yield found
                end = found.end()


def _candidate(text: str, match: re.Match[str], p_index: int, i_index: int) -> Candidate | None:
    kind = match.lastgroup or ""
    start, end = match.start(kind), match.end(kind)
    before = text[max(0, start - LOOK_BACK) : start]  # a few words back: a copy of all before would cost its length
    token = before.split(" ")[-1]
    if kind in ("glued", "loose") and "/" in token and SYMBOL_TAIL_RE.search(token):
        return None
    spaced_after = text[end : end + 2] == "  " or TRAILING_SPACE_RE.match(text, end) is not None
    word = before.rstrip().split(" ")[-1].strip("(").rstrip(".,;:").lower()
    if kind == "loose" and not spaced_after and (word in NUMBERED_WORDS or not word.isalpha()):
        return None  # two spaces after the digits, or a line end, are the superscript's trace: kept
    if kind == "spaced" and before.rstrip().endswith(".") and word in NUMBERED_WORDS:
        return None  # "para. 16", "No. 3"
    strong = kind in ("yeared", "glued", "starred", "lettered")
    return Candidate(p_index, i_index, start, end, match[kind], strong)


def _page_tops(doc: Document) -> list[int]:
    """The first line of each page after the first: the line after each run of page footers."""
    footers = sorted(f.line for f in doc.furniture if f.why == "page footer")
    return [line + 1 for i, line in enumerate(footers) if i + 1 == len(footers) or footers[i + 1] > line + 1]


def _first_on_page(
    candidates: list[Candidate],
    note: Footnote,
    paragraphs: tuple[Paragraph, ...],
    page_tops: list[int],
) -> Candidate | None:
    """The first of `candidates` (those past the last marker) in a paragraph on `note`'s page, strong ones first."""
    top_index = bisect.bisect_right(page_tops, note.span.first) - 1
    top = page_tops[top_index] if top_index >= 0 else 0
    weak = None
    for candidate in candidates:
        span = paragraphs[candidate.paragraph].span
        if span.first > note.span.first:
            break
        if span.last < top:
            continue
        if candidate.strong:
            return candidate
        weak = weak or candidate
    return weak


def _with_markers(doc: Document, taken: list[Candidate]) -> Document:
    """`doc` with a Marker in place of each taken candidate's characters."""
    cuts: dict[tuple[int, int], list[Candidate]] = {}
    for candidate in taken:
        cuts.setdefault((candidate.paragraph, candidate.item), []).append(candidate)
    paragraphs = list(doc.paragraphs)
    for p_index in sorted({p for p, _ in cuts}):
        inlines: list[Inline] = []
        for i_index, item in enumerate(paragraphs[p_index].inlines):
            here = cuts.get((p_index, i_index))
            inlines.extend(_cut(item, here) if here and isinstance(item, Text) else [item])
        paragraphs[p_index] = replace(paragraphs[p_index], inlines=tuple(inlines))
    return replace(doc, paragraphs=tuple(paragraphs))


def _cut(item: Text, candidates: list[Candidate]) -> list[Inline]:
    pieces: list[Inline] = []
    at = 0
    for candidate in candidates:
        pieces.append(Text(item.text[at : candidate.start].rstrip(), item.emphasis))
        pieces.append(Marker(candidate.label))
        at = candidate.end
    pieces.append(Text(item.text[at:], item.emphasis))
    return [p for p in pieces if not isinstance(p, Text) or p.text]
