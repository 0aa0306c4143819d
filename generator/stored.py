"""The model as plain data for the cache file: written and read by the model's type hints, so no read can run code.

A value class is a JSON array of its fields in order; a union of value classes (an
inline: text, marker or reference) is that array with the class's place in the union
first; an enum is its value, a date its ordinal, an identity its three strings, a
tuple or a set an array. Reading makes only the classes the hints name, checks every
scalar's type, and raises `StoredError` on anything else: a foreign or crafted file
can at worst be refused.

>>> from generator.model import Span
>>> span = Span("seeds/a.txt", 3, 4)
>>> encoded = dumps(Span, span)
>>> encoded
b'["seeds/a.txt",3,4]'
>>> loads(Span, encoded) == span
True
>>> loads(Span, b'["seeds/a.txt","3",4]')
Traceback (most recent call last):
...
generator.stored.StoredError: not a stored Span
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import types
import typing
from collections.abc import Callable
from enum import Enum
from functools import cache
from typing import Any

import orjson

from generator.corpus import Collected
from generator.docref import DocRef, DocRefError, interned
from generator.value import Value

Codec = tuple[Callable[[Any], Any], Callable[[Any], Any]]  # to plain data, and back
SCALARS = (str, int, bool)
FORWARD = {"Collected": Collected}  # names the model's annotations import only for type checking


class StoredError(ValueError):
    """Data that is not a stored value of the type asked for."""


def dumps(hint: Any, value: Any) -> bytes:
    """`value`, of type `hint`, as JSON."""
    return orjson.dumps(codec(hint)[0](value))


def loads(hint: Any, data: bytes | memoryview) -> Any:
    """The value of type `hint` stored in `data`; StoredError if `data` holds anything else."""
    try:
        return codec(hint)[1](orjson.loads(data))
    except StoredError:
        raise
    except (orjson.JSONDecodeError, ValueError, TypeError, KeyError, IndexError, DocRefError) as error:
        raise StoredError(f"not a stored {getattr(hint, '__name__', hint)}") from error


@cache
def codec(hint: Any) -> Codec:
    """How a value of type `hint` is written as plain data and read back."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if hint in SCALARS:
        return _same, _checked(hint)
    if origin in (types.UnionType, typing.Union):
        return _union(args)
    if origin is tuple:
        encode, decode = codec(args[0])
        return (lambda v: [encode(x) for x in v]), (lambda v: tuple(map(decode, _list(v))))
    if origin is frozenset:
        encode, decode = codec(args[0])
        return (lambda v: sorted(encode(x) for x in v)), (lambda v: frozenset([decode(x) for x in _list(v)]))
    if hint is dt.date:
        return dt.date.toordinal, lambda v: dt.date.fromordinal(_checked(int)(v))
    if isinstance(hint, type) and issubclass(hint, Enum):
        members = {member.value: member for member in hint}
        return (lambda v: v.value), (lambda v: members[v])
    if hint is DocRef:
        return (lambda v: [v.body, v.kind, v.id]), _docref
    if isinstance(hint, type) and issubclass(hint, Value):
        return _value_class(hint, tagged=None)
    raise TypeError(f"no stored form for {hint!r}")


def _same(value: Any) -> Any:
    return value


def _checked(kind: type) -> Callable[[Any], Any]:
    def check(value: Any) -> Any:
        if type(value) is not kind:
            raise StoredError(f"not a {kind.__name__}: {value!r:.40}")
        return value

    return check


def _list(value: Any) -> list[Any]:
    if type(value) is not list:
        raise StoredError(f"not an array: {value!r:.40}")
    return value


def _docref(value: Any) -> DocRef:
    body, kind, id = _list(value)
    if type(body) is not str or type(kind) is not str or type(id) is not str:
        raise StoredError("not an identity")
    return interned(body, kind, id)


def _union(members: tuple[Any, ...]) -> Codec:
    """Optional values as null; a union of value classes as the class's place, then its fields."""
    others = [m for m in members if m is not type(None)]
    if len(others) == 1:
        encode, decode = codec(others[0])
        return (lambda v: None if v is None else encode(v)), (lambda v: None if v is None else decode(v))
    if type(None) in members or not all(isinstance(m, type) and issubclass(m, Value) for m in others):
        raise TypeError(f"no stored form for a union of {members!r}")
    codecs = [_value_class(m, tagged=tag) for tag, m in enumerate(others)]
    by_class = {m: encode for m, (encode, _) in zip(others, codecs, strict=True)}
    by_tag = {tag: decode for tag, (_, decode) in enumerate(codecs)}

    def tagged(value: Any) -> Any:
        return by_tag[_list(value)[0]](value)  # the class's own decoder checks the rest

    return (lambda v: by_class[type(v)](v)), tagged


def _value_class(cls: type, tagged: int | None) -> Codec:
    """A value class as the array of its fields, made by code generated from the class's own field names.

    Scalar fields are checked where they are unpacked, other fields read by their own
    codec; with `tagged`, the array starts with that number, which the union reads.
    """
    hints = typing.get_type_hints(cls, localns=FORWARD)
    names = [f.name for f in dataclasses.fields(cls)]
    scope: dict[str, Any] = {"cls": cls, "StoredError": StoredError}
    checks, args, fields = [], [], []
    for i, name in enumerate(names):
        hint = hints[name]
        plain = _scalar(hint)
        if plain is not None:
            kind, optional = plain
            scope[f"t{i}"] = kind
            test = f"type(a{i}) is not t{i}"
            checks.append(f"({test})" if not optional else f"(a{i} is not None and {test})")
            args.append(f"a{i}")
            fields.append(f"v.{name}")
        else:
            optional, inner = _optional(hint)
            scope[f"e{i}"], scope[f"d{i}"] = codec(inner)
            args.append(f"None if a{i} is None else d{i}(a{i})" if optional else f"d{i}(a{i})")
            fields.append(f"None if v.{name} is None else e{i}(v.{name})" if optional else f"e{i}(v.{name})")
    unpacked = [*(["_"] if tagged is not None else []), *(f"a{i}" for i in range(len(names)))]
    lead = [str(tagged)] if tagged is not None else []
    refuse = f"raise StoredError('not a stored {cls.__name__}')"
    guard = f"\n    if {' or '.join(checks)}: {refuse}" if checks else ""
    source = (
        f"def encode(v):\n    return [{', '.join([*lead, *fields])}]\n"
        f"def decode(v):\n    if type(v) is not list: {refuse}\n"
        f"    {', '.join(unpacked)}, = v{guard}\n    return cls({', '.join(args)})\n"
    )
    exec(source, scope)  # noqa: S102 - code made from the class's own field names, never from data
    return scope["encode"], scope["decode"]


def _optional(hint: Any) -> tuple[bool, Any]:
    """Whether `hint` allows None, and the type it allows besides."""
    args = typing.get_args(hint)
    if typing.get_origin(hint) in (types.UnionType, typing.Union) and type(None) in args:
        others = tuple(a for a in args if a is not type(None))
        return True, others[0] if len(others) == 1 else typing.Union[others]  # noqa: UP007 - made at run time
    return False, hint


def _scalar(hint: Any) -> tuple[type, bool] | None:
    """The scalar type of `hint`, and whether it may be None; None if it is not a scalar."""
    if hint in SCALARS:
        return hint, False
    args = typing.get_args(hint)
    if typing.get_origin(hint) in (types.UnionType, typing.Union) and len(args) == 2 and type(None) in args:
        [other] = [a for a in args if a is not type(None)]
        if other in SCALARS:
            return other, True
    return None
