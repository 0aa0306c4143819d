"""Preambular, operative, closing and annex paragraphs, each with its label."""

from __future__ import annotations

import re
from collections import Counter

from generator.model import Document, Inline, Paragraph, Role, Text
from generator.normalise.labels import ANNEX_RE, label_of, next_letter
from generator.value import replace

ROMANS = "i ii iii iv v vi vii viii ix x xi xii xiii xiv xv xvi xvii xviii xix xx".split()


def classify_paragraphs(doc: Document) -> Document:
    """Give every body paragraph after the opening its role and label.

    Unlabelled paragraphs before the first numbered one are preambular, numbered
    1, 2, … in text order; lettered items after a preambular paragraph that ends
    with a colon are its items ("5 (a)"), and the preamble goes on after them.
    Labelled ones are operative, their label stripped from the text; lettered
    paragraphs under a numbered one that ends with a colon are its subparagraphs
    ("18 (a)"), and so on one level down. Unlabelled paragraphs after the operative
    part are closing text. From a heading "Annex" (or "Annex II") on, paragraphs
    belong to the annex, labelled within it ("II 3", "II p2" when unnumbered). A
    text that is no UN text keeps its paragraphs as BODY, numbered in order. Where
    a label comes twice in one role, the later paragraph's anchor gets "-2" (the
    text's numbering slipped; its paragraphs keep distinct links).
    """
    placer = _Placer()
    paragraphs = []
    opened = doc.has_masthead
    for p in doc.paragraphs:
        if p.role is Role.BODY and opened:
            p = placer.place(p)
        elif p.role is Role.BODY:
            placer.counts[Role.BODY] += 1
            p = replace(p, label=str(placer.counts[Role.BODY]))
        paragraphs.append(p)
    return replace(doc, paragraphs=_number_repeats(paragraphs))


class _Placer:
    """Where each paragraph after the opening stands: preamble, operative part, closing, annex."""

    def __init__(self) -> None:
        self.path: list[str] = []  # the label of the last operative paragraph, one part per level
        self.previous_colon = False  # the last labelled paragraph ended with ":", opening a sub-list
        self.annex: str | None = None  # the name of the annex being read ("", "I"), None before any
        self.counts = dict.fromkeys(Role, 0)  # unlabelled paragraphs so far, by role
        self.preamble_colon = False  # the last preambular paragraph ended with ":", opening a list of items
        self.preamble_path: list[str] = []  # the label of its last item, one part per level
        self.preamble_item_colon = False  # that item ended with ":", opening a list one level down

    def _preamble_item(self, p: Paragraph, found: tuple[str, re.Match[str]]) -> Paragraph:
        """A lettered item of the preambular paragraph before it, which ended with a colon: "5 (a)"."""
        self.preamble_path = _place_label(self.preamble_path, found[0], self.preamble_item_colon)
        self.preamble_item_colon = p.text.rstrip().endswith(":")
        label = f"{self.counts[Role.PREAMBLE]}" + "".join(f" ({part})" for part in self.preamble_path)
        return replace(p, role=Role.PREAMBLE, label=label, inlines=_strip_label(p.inlines, found[1].end()))

    def place(self, p: Paragraph) -> Paragraph:
        text = p.text
        annex = ANNEX_RE.fullmatch(text.strip())
        if annex:
            self.annex, self.path, self.counts[Role.ANNEX] = (annex["name"] or "").upper(), [], 0
            return replace(p, role=Role.ANNEX, label=f"{self.annex} heading")
        found = label_of(text)
        role = Role.ANNEX if self.annex is not None else Role.OPERATIVE if self.path else Role.PREAMBLE
        if found is not None and role is Role.PREAMBLE and not found[0].isdigit() and self.preamble_colon:
            return self._preamble_item(p, found)
        if found is None:
            role = Role.CLOSING if role is Role.OPERATIVE else role
            self.counts[role] += 1
            self.preamble_colon, self.preamble_path = text.rstrip().endswith(":"), []
            prefix = f"{self.annex} p" if role is Role.ANNEX else ""
            return replace(p, role=role, label=f"{prefix}{self.counts[role]}")
        self.path = _place_label(self.path, found[0], self.previous_colon)
        self.previous_colon = text.rstrip().endswith(":")
        label = self.path[0] + "".join(f" ({part})" for part in self.path[1:])
        label = f"{self.annex} {label}" if role is Role.ANNEX else label
        return replace(
            p,
            role=Role.ANNEX if role is Role.ANNEX else Role.OPERATIVE,
            label=label.strip(),
            inlines=_strip_label(p.inlines, found[1].end()),
        )


def _number_repeats(paragraphs: list[Paragraph]) -> tuple[Paragraph, ...]:
    """The paragraphs, each whose role and label came before marked as a repeat, so anchors stay unique."""
    seen: Counter[tuple[Role, str | None]] = Counter()
    numbered = []
    for p in paragraphs:
        key = (p.role, p.label)
        numbered.append(replace(p, repeat=seen[key]) if seen[key] and p.label else p)
        seen[key] += 1
    return tuple(numbered)


def _place_label(path: list[str], label: str, previous_colon: bool) -> list[str]:
    """The position of `label` given the position of the labelled paragraph before it."""
    if label.isdigit() or not path:
        return [label]
    if previous_colon and label in ("a", "i"):
        return [*path, label]
    for depth in range(len(path) - 1, -1, -1):
        if _follows(path[depth], label):
            return [*path[:depth], label]
    return [*path[:-1], label]


def _follows(before: str, label: str) -> bool:
    if before.isdigit() or label.isdigit():
        return before.isdigit() and label.isdigit() and int(label) == int(before) + 1
    if before in ROMANS and label in ROMANS and ROMANS.index(label) == ROMANS.index(before) + 1:
        return True
    return next_letter(before) == label


def _strip_label(inlines: tuple[Inline, ...], length: int) -> tuple[Inline, ...]:
    """`inlines` without their first `length` characters, the label's."""
    items = list(inlines)
    while items and length > 0:
        head = items[0]
        if not isinstance(head, Text):  # a marker glued to the label: the label's characters are all gone
            break
        if len(head.text) > length:
            items[0] = replace(head, text=head.text[length:])
            break
        length -= len(head.text)
        items.pop(0)
    return tuple(items)
