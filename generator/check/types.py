"""The shape of a check, and the problems checks make."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from generator.decode import Source
from generator.model import Document, Paragraph
from generator.problems import Level, Problem

Check = Callable[[Document, Source], Iterable[Problem]]  # a document as read, and the source it was read from


def error(doc: Document, line: int, message: str) -> Problem:
    """An error of `doc` at `line` of its source (0: the whole file)."""
    return Problem(doc.source, line, Level.ERROR, message)


def warning(doc: Document, line: int, message: str) -> Problem:
    """A warning of `doc` at `line` of its source (0: the whole file)."""
    return Problem(doc.source, line, Level.WARNING, message)


def named(p: Paragraph) -> str:
    """How a message names a paragraph: by its anchor, else by its part."""
    return f"paragraph {p.anchor}" if p.anchor else f"the {p.role.value}"
