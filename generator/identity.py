"""Identities as URLs: digits of any script read as ASCII, no empty URL part, no two identities on one URL."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence

from generator.digits import ascii_digits
from generator.docref import MAX_SLUG, DocRef, distinguish, slugify
from generator.model import Document
from generator.problems import Level, Problem


def check_identities(documents: Sequence[Document]) -> list[Problem]:
    """Problems of the documents' identities as URLs; identities that would share a URL are given distinct ones.

    Of two or more identities whose URL would be one, the first in order keeps it and each
    other is published at it with a part of the hash of its identity added, and an error
    names the files. An identity that is not ASCII once its digits are read, or makes an
    empty URL part, is reported (the latter leaves the text with no identity).
    """
    distinguish({})  # every identity at its own URL, to compare them
    problems = [problem for doc in documents for problem in _own_problems(doc)]
    held = {ref: doc for doc in documents if (ref := doc.ref) is not None}
    by_url: dict[str, list[DocRef]] = {}
    for ref in sorted({*held, *_cited(documents)}):
        by_url.setdefault(ref.url, []).append(ref)
    shared = [(url, refs[0], ref) for url, refs in by_url.items() for ref in refs[1:]]
    hashed = {(r.body, r.kind, r.id): f"{r.slug}-{hashlib.sha256(r.id.encode()).hexdigest()[:6]}" for _, _, r in shared}
    distinguish(hashed)
    for url, first, ref in shared:
        if ref in held or first in held:
            where = held[ref].source if ref in held else held[first].source
            other = f" ({held[first].source})" if first in held and ref in held else ""
            message = f"{ref.label} and {first.label}{other} would both be at {url}; {ref.label} is at {ref.url}"
            problems.append(Problem(where, 0, Level.ERROR, f"{message} meanwhile: correct one of them"))
    return problems


def _cited(documents: Iterable[Document]) -> Iterable[DocRef]:
    for doc in documents:
        for citation in doc.linked.citations if doc.linked else ():
            if citation.reference.target.doc is not None:
                yield citation.reference.target.doc


def _own_problems(doc: Document) -> list[Problem]:
    problems = []
    for what, value in (("number", doc.number), ("symbol", doc.symbol)):
        if value is None:
            continue
        read = ascii_digits(value)
        if not slugify(read):
            message = f"the {what} {value!r} makes an empty URL part: the text has no identity; correct it"
            problems.append(Problem(doc.source, 0, Level.ERROR, message))
        elif len(slugify(read)) > MAX_SLUG:  # no file system takes a folder of that name
            message = f"the {what} {value[:40]!r}… makes a URL part over {MAX_SLUG} characters: it is no identity"
            problems.append(Problem(doc.source, 0, Level.ERROR, f"{message}; correct it"))
        elif not read.isascii():
            message = f"the {what} {value!r} is not ASCII: its URL leaves out what is not"
            problems.append(Problem(doc.source, 0, Level.WARNING, message))
    return problems
