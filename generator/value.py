"""The base of the model's value classes: made and pickled fast, as the pipeline makes millions of them."""

from __future__ import annotations

import dataclasses
import inspect
from collections.abc import Callable
from operator import attrgetter
from types import MemberDescriptorType
from typing import Any, ClassVar


class Value:
    """A frozen, slotted dataclass that is made by setting its slots directly, and pickles as a constructor call.

    A frozen dataclass's own `__init__` sets each field through `object.__setattr__`,
    twice as slow as the slot's descriptor; the dataclass default pickles each instance
    through `dataclasses.fields()`, which costs most of the time of loading a cached document.
    """

    __slots__ = ()
    _fields_of: ClassVar[dict[type, Callable[[Any], tuple[Any, ...]]]] = {}  # by class: its fields as a tuple

    def __init_subclass__(cls, **kwargs: Any) -> None:
        """Once `@dataclass(frozen=True, slots=True)` has made the class, give it a quicker `__init__`."""
        super().__init_subclass__(**kwargs)
        init = cls.__dict__.get("__init__")
        if init is not None and "__slots__" in cls.__dict__ and not hasattr(cls, "__post_init__"):
            cls.__init__ = slot_setting_init(cls, init) or init  # type: ignore[method-assign]

    def __reduce__(self) -> tuple[type, tuple[Any, ...]]:
        cls = type(self)
        fields = Value._fields_of.get(cls)
        if fields is None:
            names: tuple[str, ...] = cls.__slots__  # the dataclass's own fields, in order
            get = attrgetter(*names)  # one name gives the value alone, more give a tuple
            fields = Value._fields_of[cls] = get if len(names) > 1 else lambda value: (get(value),)
        return cls, fields(self)


def slot_setting_init(cls: type, init: Callable[..., None]) -> Callable[..., None] | None:
    """An `__init__` with the signature of the dataclass's `init`, that sets each slot by its descriptor.

    None unless `init` takes every field and only them, each by position or name (`__reduce__`
    gives them by position) and with a plain default if any, and each is kept in a slot.
    """
    params = list(inspect.signature(init).parameters.values())[1:]
    fields = dataclasses.fields(cls)
    slots = {p.name: cls.__dict__.get(p.name) for p in params}
    if (
        [p.name for p in params] != [f.name for f in fields]
        or any(p.kind is not inspect.Parameter.POSITIONAL_OR_KEYWORD for p in params)
        or any(f.default_factory is not dataclasses.MISSING for f in fields)
        or not all(isinstance(slot, MemberDescriptorType) for slot in slots.values())
    ):
        return None
    scope: dict[str, Any] = {f"set_{name}": slot.__set__ for name, slot in slots.items()}  # type: ignore[union-attr]
    scope.update({f"default_{p.name}": p.default for p in params if p.default is not p.empty})
    signature = ["self", *(p.name if p.default is p.empty else f"{p.name}=default_{p.name}" for p in params)]
    body = "".join(f"\n    set_{p.name}(self, {p.name})" for p in params) or "\n    pass"
    exec(f"def __init__({', '.join(signature)}) -> None:{body}", scope)  # noqa: S102 - our own names only
    made: Callable[..., None] = scope["__init__"]
    made.__qualname__ = f"{cls.__qualname__}.__init__"
    made.__doc__ = init.__doc__
    return made
