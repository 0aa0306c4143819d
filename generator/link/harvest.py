"""Facts harvested from citations: the dates and titles that "7/2 of 10 October 2014, entitled …" gives."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from generator.corpus import Citation
from generator.docref import DocRef
from generator.link.warn import info, warning, where
from generator.memo import memo
from generator.model import Document, Role, Span
from generator.problems import Problem

Value = TypeVar("Value", str, dt.date)
ARTICLES = frozenset(("the", "a", "an"))
QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


@dataclass(frozen=True, slots=True)
class Fact(Generic[Value]):
    """One statement of a document's title or date, and where it stands."""

    value: Value
    span: Span
    own: bool  # stated by the document's own text, not by a citation of it


@memo(4096)  # the citations of a text repeat its title
def title_key(title: str) -> str:
    """A title as compared: case, spacing, quote marks and final punctuation ignored.

    >>> title_key(" “Measures  against Crime”.") == title_key('"measures against crime"')
    True
    """
    return " ".join(title.translate(QUOTES).casefold().split()).strip(" \"'.,;")


def words(key: str) -> list[str]:
    """The words of a compared title (`title_key`) but its articles.

    >>> words("ensuring the effective implementation of a protocol")
    ['ensuring', 'effective', 'implementation', 'of', 'protocol']
    """
    return [word for word in key.split() if word not in ARTICLES]


def harvest(
    documents: Sequence[Document], citations: Sequence[Citation]
) -> tuple[dict[DocRef, str], dict[DocRef, dt.date], list[Problem]]:
    """The title and date of each document, stated or cited; a warning for each that disagrees.

    A document's own text wins; among citations the value cited most often, then first, wins.
    """
    titles: dict[DocRef, list[Fact[str]]] = {}
    dates: dict[DocRef, list[Fact[dt.date]]] = {}
    for doc in documents:
        ref = doc.ref
        if ref is not None and doc.paragraphs:
            span = next((p.span for p in doc.paragraphs if p.role is Role.TITLE), doc.paragraphs[0].span)
            _add(titles, ref, doc.title, span, own=True)
            _add(dates, ref, doc.adopted, span, own=True)
    for cite in citations:
        target = cite.reference.target
        if target.doc is not None:
            _add(titles, target.doc, target.title, cite.span, own=False)
            _add(dates, target.doc, target.date, cite.span, own=False)
    settled_titles, title_problems = _settle_all(titles, "title", title_key)
    settled_dates, date_problems = _settle_all(dates, "date", str)
    return settled_titles, settled_dates, title_problems + date_problems


def _add(facts: dict[DocRef, list[Fact[Value]]], ref: DocRef, value: Value | None, span: Span, own: bool) -> None:
    if value is not None:
        facts.setdefault(ref, []).append(Fact(value, span, own))


def _settle_all(
    facts: dict[DocRef, list[Fact[Value]]], what: str, key: Callable[[Value], str]
) -> tuple[dict[DocRef, Value], list[Problem]]:
    settled: dict[DocRef, Value] = {}
    problems: list[Problem] = []
    for ref, stated in facts.items():
        keys = [key(f.value) for f in stated]  # each once: keying titles costs more than settling them
        winner = _settle(stated, keys)
        chosen = stated[winner]
        settled[ref] = chosen.value
        for f, k in zip(stated, keys, strict=True):
            if k == keys[winner]:
                continue
            message = f"{ref.label}: {what} “{f.value}” differs from “{chosen.value}” at {where(chosen.span)}"
            if words(k) == words(keys[winner]):  # citations add or drop an article: the same title either way
                problems.append(info(f.span, f"{message} only in its articles"))
            else:
                problems.append(warning(f.span, message))
    return settled, problems


def _settle(stated: Sequence[Fact[Value]], keys: Sequence[str]) -> int:
    """Which fact wins, `keys` being theirs: the document's own, else the value cited most often, else the first."""
    own = next((i for i, f in enumerate(stated) if f.own), None)
    if own is not None:
        return own
    counts = Counter(keys)
    return max(range(len(keys)), key=lambda i: counts[keys[i]])  # max keeps the first of equals
