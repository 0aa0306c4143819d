"""The model as plain data for the cache file: written and read by the model's type hints, so no read can run code.

A value class is a JSON array of its fields in order; a union of value classes (an
inline: text, marker or reference) is that array with the class's place in the union
first; an enum is its value, a date its ordinal, an identity its three strings, a
tuple or a set an array. A value met again in the same stored value (a citation's
reference, which its paragraph holds too) is written as its number in the order values
are completed, and read back as the same object, as a pickle would. Reading makes only
the classes the hints name, checks every scalar's type, and raises `StoredError` on
anything else: a foreign or crafted file can at worst be refused.

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
import threading
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
# The values of the one value being written or read, in the order they are completed: by id when
# written, in a list when read. One value at a time (the lock); emptied after each.
SEEN: dict[int, int] = {}
WRITTEN: list[None] = []  # one item per value written, as SEEN may be told a value's id twice
MADE: list[Any] = []
ONE_AT_A_TIME = threading.Lock()


class StoredError(ValueError):
    """Data that is not a stored value of the type asked for."""


def dumps(hint: Any, value: Any) -> bytes:
    """`value`, of type `hint`, as JSON."""
    encode = codec(hint)[0]
    with ONE_AT_A_TIME:
        try:
            return orjson.dumps(encode(value))
        finally:
            SEEN.clear()
            WRITTEN.clear()


def loads(hint: Any, data: bytes | memoryview) -> Any:
    """The value of type `hint` stored in `data`; StoredError if `data` holds anything else."""
    decode = codec(hint)[1]
    with ONE_AT_A_TIME:
        try:
            return decode(orjson.loads(data))
        except StoredError:
            raise
        except (
            orjson.JSONDecodeError,
            ValueError,
            TypeError,
            KeyError,
            IndexError,
            OverflowError,
            DocRefError,
        ) as error:
            raise StoredError(f"not a stored {getattr(hint, '__name__', hint)}") from error
        finally:
            MADE.clear()


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
    if origin is frozenset:  # of scalars: written sorted, its items are not in the order values are completed
        if args[0] not in SCALARS:
            raise TypeError(f"no stored form for {hint!r}")
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
    codecs = _tagged(tuple(others))
    by_class = {m: encode for m, (encode, _) in zip(others, codecs, strict=True)}
    by_tag = {tag: decode for tag, (_, decode) in enumerate(codecs)}

    def tagged(value: Any) -> Any:
        return by_tag[_list(value)[0]](value)  # the class's own decoder checks the rest

    return (lambda v: by_class[type(v)](v)), tagged


@cache
def _tagged(members: tuple[type, ...]) -> list[Codec]:
    """The codecs of the value classes of a union, each array led by the class's place in it."""
    return [_value_class(m, tagged=tag) for tag, m in enumerate(members)]


def _value_class(cls: type, tagged: int | None) -> Codec:
    """A value class as the array of its fields, made by code generated from the class's own field names.

    The decoder checks scalars, enums, dates and arrays of values where it unpacks them,
    reads other fields by their own codec, and sets the new object's slots itself: a
    cached document is hundreds of thousands of values, and each call saved counts. With
    `tagged`, the array starts with that number, which the union reads.
    """
    if hasattr(cls, "__post_init__"):  # its objects are made without their __init__
        raise TypeError(f"no stored form for {cls!r}, which checks its fields")
    hints = typing.get_type_hints(cls, localns=FORWARD)
    names = [f.name for f in dataclasses.fields(cls)]
    scope: dict[str, Any] = {"cls": cls, "new": object.__new__, "StoredError": StoredError}
    checks, args, fields = [], [], []
    for i, name in enumerate(names):
        optional, inner = _optional(hints[name])
        check, arg, scope[f"e{i}"], scope[f"d{i}"] = _field(inner, f"a{i}", f"d{i}")
        if check:
            checks.append(f"(a{i} is not None and {check})" if optional else f"({check})")
        args.append(f"None if a{i} is None else {arg}" if optional and arg != f"a{i}" else arg)
        fields.append(f"None if v.{name} is None else e{i}(v.{name})" if optional else f"e{i}(v.{name})")
        scope[f"s{i}"] = getattr(cls, name).__set__  # the slot's own descriptor, as `Value`'s __init__ uses
    unpacked = [*(["_"] if tagged is not None else []), *(f"a{i}" for i in range(len(names)))]
    lead = [str(tagged)] if tagged is not None else []
    refuse = f"raise StoredError('not a stored {cls.__name__}')"
    scope.update(seen=SEEN, written=WRITTEN.append, count=WRITTEN.__len__, made=MADE.append, earlier=MADE.__getitem__)
    whole = tagged is not None  # in a union a value is always written whole: the union reads its place first
    source = "\n".join(
        [
            "def encode(v):",
            *([] if whole else ["    n = seen.get(id(v))", "    if n is not None: return n"]),
            f"    r = [{', '.join([*lead, *fields])}]",
            "    seen[id(v)] = count()",
            "    written(None)",
            "    return r",
            f"def decode_{cls.__name__}(v):",
            "    if type(v) is not list:",
            *([] if whole else ["        if type(v) is int and type(o := earlier(v)) is cls: return o"]),
            f"        {refuse}",
            f"    {', '.join(unpacked)}, = v",
            *([f"    if {' or '.join(checks)}: {refuse}"] if checks else []),
            "    o = new(cls)",
            *(f"    s{i}(o, {arg})" for i, arg in enumerate(args)),
            "    made(o)",
            "    return o",
        ]
    )
    exec(source, scope)  # noqa: S102 - code made from the class's own field names, never from data
    return scope["encode"], scope[f"decode_{cls.__name__}"]


def _field(hint: Any, raw: str, decoder: str) -> tuple[str, str, Callable[[Any], Any], Any]:
    """How a generated decoder reads a field of type `hint` held in variable `raw`.

    The test that refuses it (empty: none), the expression of its value, its encoder,
    and what the decoder calls by the name `decoder`: the field's codec, an enum's
    members, or a union's decoders by place.
    """
    encode, decode = codec(hint)
    if hint in SCALARS:
        return f"type({raw}) is not {hint.__name__}", raw, encode, decode
    if hint is dt.date:
        return f"type({raw}) is not int", f"{decoder}({raw})", encode, dt.date.fromordinal
    if isinstance(hint, type) and issubclass(hint, Enum):
        return "", f"{decoder}[{raw}]", encode, {member.value: member for member in hint}
    if typing.get_origin(hint) is tuple:
        [element] = [a for a in typing.get_args(hint) if a is not Ellipsis]
        members = typing.get_args(element) if typing.get_origin(element) in (types.UnionType, typing.Union) else ()
        if members and all(isinstance(m, type) and issubclass(m, Value) for m in members):  # inlines
            by_tag = [decode for _, decode in _tagged(members)]
            return f"type({raw}) is not list", f"tuple([{decoder}[x[0]](x) for x in {raw}])", encode, by_tag
        return f"type({raw}) is not list", f"tuple(map({decoder}, {raw}))", encode, codec(element)[1]
    return "", f"{decoder}({raw})", encode, decode


def _optional(hint: Any) -> tuple[bool, Any]:
    """Whether `hint` allows None, and the type it allows besides."""
    args = typing.get_args(hint)
    if typing.get_origin(hint) in (types.UnionType, typing.Union) and type(None) in args:
        others = tuple(a for a in args if a is not type(None))
        return True, others[0] if len(others) == 1 else typing.Union[others]  # noqa: UP007 - made at run time
    return False, hint
