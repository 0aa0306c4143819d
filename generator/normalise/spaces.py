"""Whitespace folded: one space between words, none at a paragraph's ends."""

from __future__ import annotations

import operator
import re
from typing import TypeVar

from generator.model import Document, Footnote, Inline, Paragraph, Text
from generator.value import replace

SPACES_RE = re.compile(r"\s+")
Node = TypeVar("Node", Paragraph, Footnote)


def fold_inlines(inlines: tuple[Inline, ...]) -> tuple[Inline, ...]:
    """Runs of whitespace as one space, runs of one style merged, ends trimmed: `inlines` itself if so already."""
    if len(inlines) == 1 and isinstance(inlines[0], Text):  # most paragraphs: what the loops below make of one item
        text = _fold(inlines[0].text).strip()
        return inlines if text == inlines[0].text else (Text(text, inlines[0].emphasis),) if text else ()
    items: list[Inline] = []
    for item in inlines:
        if isinstance(item, Text):
            item = _with_text(item, _fold(item.text))
            previous = items[-1] if items else None
            if isinstance(previous, Text) and previous.emphasis == item.emphasis:
                items[-1] = replace(previous, text=previous.text + item.text)
                continue
        items.append(item)
    if items and isinstance(items[0], Text):
        items[0] = _with_text(items[0], items[0].text.lstrip())
    if items and isinstance(items[-1], Text):
        items[-1] = _with_text(items[-1], items[-1].text.rstrip())
    for index in range(1, len(items)):
        before, item = items[index - 1], items[index]
        doubled = isinstance(before, Text) and before.text.endswith(" ")
        if doubled and isinstance(item, Text) and item.text.startswith(" "):
            items[index] = replace(item, text=item.text.lstrip())
    folded = tuple(i for i in items if not isinstance(i, Text) or i.text)
    # Unchanged items are the same objects: told apart without comparing their characters.
    return inlines if len(folded) == len(inlines) and all(map(operator.is_, folded, inlines)) else folded


def fold_spaces(doc: Document) -> Document:
    """Every paragraph, footnote and the title with whitespace folded."""
    return replace(
        doc,
        title=SPACES_RE.sub(" ", doc.title).strip() if doc.title else doc.title,
        paragraphs=tuple(_folded(p) for p in doc.paragraphs),
        footnotes=tuple(_folded(f) for f in doc.footnotes),
    )


def _fold(text: str) -> str:
    """`text` with each run of whitespace as one space.

    Every whitespace character but the space is unprintable: a printable text without
    two spaces in a row has nothing to fold, and is told much faster than folded.
    """
    return SPACES_RE.sub(" ", text) if "  " in text or not text.isprintable() else text


def _with_text(item: Text, text: str) -> Text:
    """`item` with `text` for its characters: `item` itself when they are the same."""
    return item if text == item.text else replace(item, text=text)


def _folded(node: Node) -> Node:
    """`node` with its inlines folded: `node` itself when nothing changed."""
    inlines = fold_inlines(node.inlines)
    return node if inlines is node.inlines else replace(node, inlines=inlines)
