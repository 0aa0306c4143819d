"""Warnings of the link step, at the source lines they concern."""

from __future__ import annotations

from generator.model import Span
from generator.problems import Level, Problem


def warning(span: Span, message: str) -> Problem:
    """A warning at the first line of `span`."""
    return Problem(span.path, span.first, Level.WARNING, message)


def info(span: Span, message: str) -> Problem:
    """A note at the first line of `span`: something to know that is not a fault of the text."""
    return Problem(span.path, span.first, Level.INFO, message)


def where(span: Span) -> str:
    """`span` as a place a message names: "seeds/x.txt:41"."""
    return f"{span.path}:{span.first}"
