"""Labels that run 1..N: operative paragraphs and their sub-items, each annex's paragraphs, footnotes."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator

from generator.check.types import error
from generator.decode import Source
from generator.model import Document, Paragraph, Role
from generator.problems import Problem

ROMANS = "i ii iii iv v vi vii viii ix x xi xii xiii xiv xv xvi xvii xviii xix xx xxi xxii xxiii xxiv xxv".split()
PART_RE = re.compile(r"\(([^()\s]+)\)|(\S+)")  # "18 (a) (i)": 18, a, i
NUMBERED_PART_RE = re.compile(r"\d{1,3}|[a-z]{1,4}")  # a paragraph's own numbering, not an annex's name ("II")


def label_path(label: str) -> tuple[str, ...] | None:
    """The parts of a numbered paragraph's label, an annex's name left out; None for an unnumbered one.

    >>> label_path("18 (a) (ii)"), label_path("II 3 (b)"), label_path("II p2"), label_path("I heading")
    (('18', 'a', 'ii'), ('3', 'b'), None, None)
    """
    parts = [found[1] or found[2] for found in PART_RE.finditer(label)]
    while parts and not NUMBERED_PART_RE.fullmatch(parts[0]):
        parts.pop(0)
    if not parts or not all(NUMBERED_PART_RE.fullmatch(part) for part in parts) or re.fullmatch(r"p\d+", parts[0]):
        return None
    return tuple(parts)


def follows(before: str, label: str, first: str) -> bool:
    """Whether `label` comes right after `before` in a list that began with `first`.

    >>> follows("h", "i", "a"), follows("i", "ii", "i"), follows("9", "10", "1"), follows("z", "aa", "a")
    (True, True, True, True)
    """
    if before.isdigit():
        return label.isdigit() and int(label) == int(before) + 1
    if first == "i" and before in ROMANS:
        return ROMANS.index(before) + 1 < len(ROMANS) and ROMANS[ROMANS.index(before) + 1] == label
    if before[-1] == "z":
        return label == "a" * (len(before) + 1)
    return label == before[:-1] + chr(ord(before[-1]) + 1)


def starts(label: str) -> bool:
    """Whether `label` can open a list."""
    return label in ("1", "a", "i")


def shown(path: tuple[str, ...]) -> str:
    """A label path as the text would cite it: "18 (a) (i)"."""
    return path[0] + "".join(f" ({part})" for part in path[1:])


def sequence_problems(
    doc: Document, what: str, paragraphs: Iterable[Paragraph], restart_after_heading: bool = False
) -> Iterator[Problem]:
    """Errors where the labels of `paragraphs` skip, repeat or go back, each list under its parent apart.

    With `restart_after_heading`, a top-level list may start again at 1 after an unnumbered paragraph.
    """
    lists: dict[tuple[str, ...], tuple[str, str, int]] = {}  # parent -> the list's first label, its last, its line
    after_unnumbered = False
    for p in paragraphs:
        path = label_path(p.label or "")
        if path is None:
            after_unnumbered = True
            continue
        parent, label, line = path[:-1], path[-1], p.span.first
        known = lists.get(parent)
        if known is None or (restart_after_heading and after_unnumbered and not parent and starts(label)):
            if not starts(label):
                yield error(
                    doc,
                    line,
                    f"{what} {shown(path)} opens the list under {_under(parent)}: its first items are missing",
                )
            known = (label, label, line)
        elif label == known[1]:
            yield error(doc, line, f"{what} {shown(path)} comes twice (also at line {known[2]})")
        elif not follows(known[1], label, known[0]):
            yield error(
                doc, line, f"{what} {shown(path)} comes after {shown((*parent, known[1]))}: the labels skip or go back"
            )
        after_unnumbered = False
        # The sub-lists of the items before this one are closed.
        lists = {key: value for key, value in lists.items() if key[: len(parent)] != parent or len(key) == len(parent)}
        lists[parent] = (known[0], label, line)


def _under(parent: tuple[str, ...]) -> str:
    return f"paragraph {shown(parent)}" if parent else "the top level"


def check_operative_labels(doc: Document, source: Source) -> Iterator[Problem]:
    """Errors where operative labels skip, repeat or go back (sub-items in order under their parent)."""
    return sequence_problems(doc, "operative paragraph", doc.operative)


def annexes(doc: Document) -> list[list[Paragraph]]:
    """The paragraphs of each annex, from its heading on."""
    found: list[list[Paragraph]] = []
    for p in doc.with_role(Role.ANNEX):
        if not found or (p.label or "").endswith("heading"):
            found.append([])
        found[-1].append(p)
    return found


def check_annex_labels(doc: Document, source: Source) -> Iterator[Problem]:
    """Errors where an annex's paragraph labels skip, repeat or go back, within that annex."""
    for annex in annexes(doc):
        yield from sequence_problems(doc, "annex paragraph", annex, restart_after_heading=True)


# Each series of footnote labels: the rank of a label in it (None: not of the series), and the label of a rank.
SERIES: tuple[tuple[str, Callable[[str], int | None], Callable[[int], str]], ...] = (
    # At most three digits, ten asterisks: a label past them is not counted up to (no text has 999 footnotes).
    ("footnote", lambda label: int(label) if label.isdecimal() and len(label) <= 3 else None, str),
    (
        "asterisk note",
        lambda label: len(label) if set(label) == {"*"} and len(label) <= 10 else None,
        lambda r: "*" * r,
    ),
    (
        "lettered note",
        lambda label: ord(label) - 96 if "a" <= label <= "z" and len(label) == 1 else None,
        lambda rank: chr(96 + rank),
    ),
)


def check_footnote_labels(doc: Document, source: Source) -> Iterator[Problem]:
    """Errors where footnote labels repeat, or skip: numbers 1..N, asterisks * to **…, letters a.. (each a series)."""
    lines: defaultdict[str, list[int]] = defaultdict(list)
    for f in doc.footnotes:
        lines[f.label].append(f.span.first)
    for label, at in sorted(lines.items()):
        if len(at) > 1 and not label.isalpha():  # lettered notes start again under each table
            yield error(doc, at[1], f"footnote {label} comes twice (also at line {at[0]})")
    for name, rank_of, label_of in SERIES:
        ranks = {rank: label for label in lines if (rank := rank_of(label)) is not None}
        missing = [rank for rank in range(1, max(ranks, default=0) + 1) if rank not in ranks]
        if missing:
            after = min(rank for rank in ranks if rank > missing[0])
            labels = ", ".join(_spans(missing, label_of))
            message = f"{name} labels skip {labels}: they run to {label_of(max(ranks))}"
            yield error(doc, lines[ranks[after]][0], message)


def _spans(ranks: list[int], label_of: Callable[[int], str]) -> Iterator[str]:
    """Ascending `ranks` as their labels, each run of three or more as one span.

    >>> list(_spans([1, 2, 3, 5, 7, 8], str))
    ['1–3', '5', '7', '8']
    """
    start = 0
    for end in range(1, len(ranks) + 1):
        if end == len(ranks) or ranks[end] != ranks[end - 1] + 1:
            run = ranks[start:end]
            if len(run) > 2:
                yield f"{label_of(run[0])}–{label_of(run[-1])}"
            else:
                yield from map(label_of, run)
            start = end
