"""Whitespace folded: one space between words, none at a paragraph's ends."""

from __future__ import annotations

import dataclasses
import re

from generator.model import Document, Inline, Text

SPACES_RE = re.compile(r"\s+")


def fold_inlines(inlines: tuple[Inline, ...]) -> tuple[Inline, ...]:
    """Runs of whitespace as one space, adjacent runs of the same style merged, ends trimmed."""
    items: list[Inline] = []
    for item in inlines:
        if isinstance(item, Text):
            item = dataclasses.replace(item, text=SPACES_RE.sub(" ", item.text))
            previous = items[-1] if items else None
            if isinstance(previous, Text) and previous.emphasis == item.emphasis:
                items[-1] = dataclasses.replace(previous, text=previous.text + item.text)
                continue
        items.append(item)
    if items and isinstance(items[0], Text):
        items[0] = dataclasses.replace(items[0], text=items[0].text.lstrip())
    if items and isinstance(items[-1], Text):
        items[-1] = dataclasses.replace(items[-1], text=items[-1].text.rstrip())
    for index in range(1, len(items)):
        before, item = items[index - 1], items[index]
        doubled = isinstance(before, Text) and before.text.endswith(" ")
        if doubled and isinstance(item, Text) and item.text.startswith(" "):
            items[index] = dataclasses.replace(item, text=item.text.lstrip())
    return tuple(i for i in items if not isinstance(i, Text) or i.text)


def fold_spaces(doc: Document) -> Document:
    """Every paragraph, footnote and the title with whitespace folded."""
    return dataclasses.replace(
        doc,
        title=SPACES_RE.sub(" ", doc.title).strip() if doc.title else doc.title,
        paragraphs=tuple(dataclasses.replace(p, inlines=fold_inlines(p.inlines)) for p in doc.paragraphs),
        footnotes=tuple(dataclasses.replace(f, inlines=fold_inlines(f.inlines)) for f in doc.footnotes),
    )
