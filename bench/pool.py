"""The raw material: paragraphs, footnotes and titles of the real seeds, read at run time."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from bench.model import Note, Para, Piece
from generator.model import Document, Marker, Paragraph, Text
from generator.pipeline import read_seed
from generator.problems import SeedError

ENTITLED_RE = re.compile(r"entitled [\"“]([^\"”]{20,}?)[\"”]")
CARRIED_WORDS = {"also", "further", "with", "appreciation", "concern", "note", "upon", "deep"}


@dataclass(frozen=True, slots=True)
class Pool:
    """Every paragraph of the seeds, sorted by the use a synthetic document makes of it."""

    preamble: tuple[Para, ...]
    numbered: tuple[Para, ...]  # operative paragraphs numbered "1." in their seed
    lettered: tuple[Para, ...]  # operative paragraphs lettered "(a)" in their seed
    titles: tuple[str, ...]  # titles of the seeds and titles they cite


def read_pool(seeds_dir: Path) -> Pool:
    """The pool of every seed in `seeds_dir` that reads; seeds that do not are skipped."""
    documents = []
    for path in sorted(seeds_dir.glob("*.txt")):
        try:
            documents.append(read_seed(str(path), path.read_bytes()))
        except SeedError:
            continue
    operative = [p for d in documents for p in _paras(d, d.operative)]
    titles = {d.title for d in documents if d.title}
    titles |= {t for d in documents for p in d.paragraphs for t in ENTITLED_RE.findall(p.text)}
    pool = Pool(
        preamble=tuple(p for d in documents for p in _paras(d, d.preamble)),
        numbered=tuple(p for p in operative if p.label and p.label.isdigit()),
        lettered=tuple(p for p in operative if p.label and p.label.isalpha()),
        titles=tuple(sorted(titles)),
    )
    if not (pool.preamble and pool.numbered and pool.titles):
        raise SystemExit(f"{seeds_dir}: the seeds give too few paragraphs to synthesise from")
    return pool


def _paras(doc: Document, paragraphs: tuple[Paragraph, ...]) -> list[Para]:
    notes = {f.label: Note(tuple(i for i in f.inlines if isinstance(i, Text))) for f in doc.footnotes}
    return [_para(p, notes) for p in paragraphs if p.text.strip()]


def _para(paragraph: Paragraph, notes: dict[str, Note]) -> Para:
    """The paragraph as pieces, its opening verb phrase split off as the lead."""
    pieces: list[Piece] = []
    for inline in paragraph.inlines:
        if isinstance(inline, Marker):
            if inline.label in notes:
                pieces.append(notes[inline.label])
        else:
            pieces.append(Text(inline.text, inline.emphasis))
    first = pieces[0] if pieces else Text("")
    if isinstance(first, Text) and first.emphasis:
        return Para(first.text.strip(), tuple(pieces[1:]), paragraph.label)
    text = first.text if isinstance(first, Text) else ""
    words = text.split(" ")
    lead = 1
    while lead < len(words) - 1 and words[lead] in CARRIED_WORDS:
        lead += 1
    rest = Text(" " + " ".join(words[lead:]), first.emphasis if isinstance(first, Text) else False)
    return Para(" ".join(words[:lead]), (rest, *pieces[1:]), paragraph.label)
