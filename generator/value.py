"""The base of the model's value classes: pickled as their fields in order, which is fast."""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter
from typing import Any, ClassVar


class Value:
    """A frozen, slotted dataclass that pickles as a constructor call.

    The dataclass default pickles each instance through `dataclasses.fields()`, which
    costs most of the time of loading a cached document.
    """

    __slots__ = ()
    _fields_of: ClassVar[dict[type, Callable[[Any], tuple[Any, ...]]]] = {}  # by class: its fields as a tuple

    def __reduce__(self) -> tuple[type, tuple[Any, ...]]:
        cls = type(self)
        fields = Value._fields_of.get(cls)
        if fields is None:
            names: tuple[str, ...] = cls.__slots__  # the dataclass's own fields, in order
            get = attrgetter(*names)  # one name gives the value alone, more give a tuple
            fields = Value._fields_of[cls] = get if len(names) > 1 else lambda value: (get(value),)
        return cls, fields(self)
