"""Preambular, operative and closing paragraphs, each with its label."""

from __future__ import annotations

import dataclasses

from generator.model import Document, Inline, Paragraph, Role, Text
from generator.normalise.labels import label_of, next_letter

ROMANS = "i ii iii iv v vi vii viii ix x xi xii xiii xiv xv xvi xvii xviii xix xx".split()


def classify_paragraphs(doc: Document) -> Document:
    """Give every body paragraph after the opening its role and label.

    Unlabelled paragraphs before the first labelled one are preambular, numbered
    1, 2, … in text order. Labelled ones are operative, their label stripped from
    the text; lettered paragraphs under a numbered one that ends with a colon are
    its subparagraphs ("18 (a)"), and so on one level down. Unlabelled paragraphs
    after the operative part are closing text. A text without an opening keeps its
    paragraphs as BODY, numbered in order.
    """
    if doc.opening is None:
        body = [p for p in doc.paragraphs if p.role is Role.BODY]
        numbered = {id(p): str(n) for n, p in enumerate(body, start=1)}
        return _relabel(doc, lambda p: (p.role, numbered.get(id(p)), p.inlines))
    path: list[str] = []
    counts = {Role.PREAMBLE: 0, Role.CLOSING: 0}
    previous_colon = False

    def place(p: Paragraph) -> tuple[Role, str | None, tuple[Inline, ...]]:
        nonlocal path, previous_colon
        if p.role is not Role.BODY:
            return p.role, p.label, p.inlines
        found = label_of(p.text)
        if found is None:
            role = Role.CLOSING if path else Role.PREAMBLE
            counts[role] += 1
            return role, str(counts[role]), p.inlines
        path = _place_label(path, found[0], previous_colon)
        previous_colon = p.text.rstrip().endswith(":")
        label = path[0] + "".join(f" ({part})" for part in path[1:])
        return Role.OPERATIVE, label, _strip_label(p.inlines, found[1].end())

    return _relabel(doc, place)


def _relabel(doc: Document, place) -> Document:  # type: ignore[no-untyped-def]
    paragraphs = []
    for p in doc.paragraphs:
        role, label, inlines = place(p)
        paragraphs.append(dataclasses.replace(p, role=role, label=label, inlines=inlines))
    return dataclasses.replace(doc, paragraphs=tuple(paragraphs))


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
        assert isinstance(head, Text), "a label is text"
        if len(head.text) > length:
            items[0] = dataclasses.replace(head, text=head.text[length:])
            break
        length -= len(head.text)
        items.pop(0)
    return tuple(items)
