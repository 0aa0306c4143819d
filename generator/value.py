"""The base of the model's value classes: pickled as their fields in order, which is fast."""

from __future__ import annotations

from typing import Any


class Value:
    """A frozen, slotted dataclass that pickles as a constructor call.

    The dataclass default pickles each instance through `dataclasses.fields()`, which
    costs most of the time of loading a cached document.
    """

    __slots__ = ()

    def __reduce__(self) -> tuple[type, tuple[Any, ...]]:
        names: tuple[str, ...] = type(self).__slots__  # the dataclass's own fields, in order
        return type(self), tuple(getattr(self, name) for name in names)
