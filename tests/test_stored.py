"""The cache's stored form: any value of a wrong type anywhere in a stored document is refused, never built."""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Iterator
from typing import Any

import orjson
import pytest

from generator.cache import store
from generator.corpus import Collected
from generator.model import Document
from generator.pipeline import read_and_collect
from generator.stored import StoredError, loads

TEXT = """Resolution 20/1

Countering crime

The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,

Recalling its resolution 5/4 of 18 October 2010 and General Assembly resolution 55/25,1

1. Decides to act, as article 32 of the Convention provides;

2. Requests the Secretariat to report to the Conference at its twenty-first session.
__________________
1 See CTOC/COP/2018/13.
"""
# JSON of every type, and numbers past every date
WRONG: tuple[object, ...] = (None, 0, -1, 2**62, True, "x", [], [0], {}, 1.5)


def leaves(value: Any, path: tuple[int, ...] = ()) -> Iterator[tuple[int, ...]]:
    """The place of every value in a parsed JSON tree, arrays and scalars alike, the root aside."""
    if path:
        yield path
    if isinstance(value, list):
        for i, item in enumerate(value):
            yield from leaves(item, (*path, i))


def replaced(value: Any, path: tuple[int, ...], new: Any) -> Any:
    if not path:
        return new
    copy = list(value)
    copy[path[0]] = replaced(value[path[0]], path[1:], new)
    return copy


def conforms(value: Any, hint: Any) -> bool:
    """Whether `value` is of type `hint` all through, as the model's type hints say (checked apart from the codec)."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (types.UnionType, typing.Union):
        return any(conforms(value, arg) for arg in args)
    if origin in (tuple, frozenset):
        return type(value) is origin and all(conforms(item, args[0]) for item in value)
    if dataclasses.is_dataclass(hint):
        hints = typing.get_type_hints(hint, localns={"Collected": Collected})
        return type(value) is hint and all(
            conforms(getattr(value, f.name), hints[f.name]) for f in dataclasses.fields(hint)
        )
    return type(value) is (type(None) if hint is None else hint)


@pytest.fixture(scope="module")
def stored() -> bytes:
    doc = read_and_collect("seeds/a.txt", TEXT.encode())
    assert doc.linked is not None and doc.linked.citations and doc.footnotes  # every kind of value is in it
    return store(doc)


def test_a_stored_document_reads_back_as_itself(stored: bytes) -> None:
    doc = loads(Document, stored)
    assert store(doc) == stored and conforms(doc, Document)


def test_a_value_of_any_wrong_type_anywhere_is_refused_or_read_as_a_value_of_the_model(stored: bytes) -> None:
    """The decoder sets the slots itself, without the classes' __init__: every type is checked as it unpacks."""
    plain = orjson.loads(stored)
    places = list(leaves(plain))
    assert len(places) > 200
    refused = 0
    for place in places:
        for new in WRONG:
            data = orjson.dumps(replaced(plain, place, new))
            try:
                doc = loads(Document, data)
            except StoredError:
                refused += 1
                continue
            assert conforms(doc, Document), f"{new!r} at {place} read as a value of another type"
    assert refused > len(places) * len(WRONG) // 2


def test_a_value_held_twice_is_stored_once_and_read_back_as_one_object(stored: bytes) -> None:
    """A citation holds the span and reference its paragraph holds: one object each, read back as one, as pickled."""
    doc = loads(Document, stored)
    assert doc.linked is not None
    parts = (*doc.paragraphs, *doc.footnotes)
    held = {id(item) for part in parts for item in (part.span, *part.inlines)}
    for citation in doc.linked.citations:
        assert id(citation.reference) in held and id(citation.span) in held
    assert stored.count(b"CTOC/COP/2018/13") == 2  # the reference's text and its target's key, once each


def test_a_stored_value_named_by_its_number_must_be_one_of_its_class(stored: bytes) -> None:
    plain = orjson.loads(stored)
    citation = plain[-1][1][0]  # the first citation of what linking collected
    assert type(citation[2]) is int  # its span, written before in its paragraph
    for wrong in (0, 10**6, -1):  # the document's first value (a span of a paragraph: no class of a reference)
        citation[3] = wrong
        with pytest.raises(StoredError):
            loads(Document, orjson.dumps(plain))
