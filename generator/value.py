"""The base of the model's value classes: made and pickled fast, as the pipeline makes millions of them."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from operator import attrgetter
from types import MemberDescriptorType as Slot
from typing import Any, ClassVar, TypeVar

V = TypeVar("V", bound="Value")


class Value:
    """A frozen, slotted dataclass that is made by setting its slots directly, and pickles as a constructor call.

    A frozen dataclass's own `__init__` sets each field through `object.__setattr__`,
    twice as slow as the slot's descriptor; the dataclass default pickles each instance
    through `dataclasses.fields()`, which costs most of the time of loading a cached document.
    """

    __slots__ = ()
    _fields_of: ClassVar[dict[type, Callable[[Any], tuple[Any, ...]]]] = {}  # by class: its fields as a tuple
    _replacers: ClassVar[dict[type, Callable[[Any, dict[str, Any]], Any]]] = {}  # by class: see `replace`

    def __init_subclass__(cls, **kwargs: Any) -> None:
        """Once `@dataclass(frozen=True, slots=True)` has made the class, give it a quicker `__init__`."""
        super().__init_subclass__(**kwargs)
        if "__init__" in cls.__dict__ and "__slots__" in cls.__dict__ and not hasattr(cls, "__post_init__"):
            cls.__init__ = slot_setting_init(cls) or cls.__init__  # type: ignore[method-assign]

    def __reduce__(self) -> tuple[type, tuple[Any, ...]]:
        cls = type(self)
        fields = Value._fields_of.get(cls)
        if fields is None:
            names: tuple[str, ...] = cls.__slots__  # the dataclass's own fields, in order
            get = attrgetter(*names)  # one name gives the value alone, more give a tuple
            fields = Value._fields_of[cls] = get if len(names) > 1 else lambda value: (get(value),)
        return cls, fields(self)


def slot_setting_init(cls: type) -> Callable[..., None] | None:
    """An `__init__` taking the dataclass's fields as its own does, that sets each slot by its descriptor.

    None unless every field is kept in a slot and taken by position or name (`__reduce__`
    gives them by position), with a plain default if any: then the dataclass's own init does
    nothing more.
    """
    fields = dataclasses.fields(cls)
    slots = {f.name: cls.__dict__.get(f.name) for f in fields}
    if any(
        not f.init or f.kw_only or f.default_factory is not dataclasses.MISSING or not isinstance(slots[f.name], Slot)
        for f in fields
    ):
        return None
    scope: dict[str, Any] = {f"set_{name}": slot.__set__ for name, slot in slots.items()}  # type: ignore[union-attr]
    scope.update({f"default_{f.name}": f.default for f in fields if f.default is not dataclasses.MISSING})
    taken = [f.name if f.default is dataclasses.MISSING else f"{f.name}=default_{f.name}" for f in fields]
    body = "".join(f"\n    set_{f.name}(self, {f.name})" for f in fields) or "\n    pass"
    exec(f"def __init__({', '.join(['self', *taken])}) -> None:{body}", scope)  # noqa: S102 - our own names only
    made: Callable[..., None] = scope["__init__"]
    made.__qualname__ = f"{cls.__qualname__}.__init__"
    return made


def replace(value: V, /, **changes: Any) -> V:
    """`value` with `changes` to its fields, as `dataclasses.replace` makes it, in a fraction of its time.

    `dataclasses.replace` goes through every field in Python, then calls the class with
    them all by name: a document has thirty, and each is replaced several times on its way.
    Here the fields are read at once (`attrgetter`), only the changed ones are looked at,
    and the class is called with them by position.
    """
    cls = type(value)
    replacer = Value._replacers.get(cls) or Value._replacers.setdefault(cls, _replacer(cls))
    made: V = replacer(value, changes)
    return made


def _replacer(cls: type) -> Callable[[Any, dict[str, Any]], Any]:
    """How `replace` makes a value of `cls`: by position, unless a field is not taken so (then as dataclasses does)."""
    fields = dataclasses.fields(cls)
    if any(not f.init or f.kw_only for f in fields):
        return lambda value, changes: dataclasses.replace(value, **changes)
    places = {f.name: place for place, f in enumerate(fields)}
    get = attrgetter(*places)

    def replaced(value: Any, changes: dict[str, Any]) -> Any:
        values = list(get(value)) if len(places) > 1 else [get(value)]
        for name, changed in changes.items():
            place = places.get(name)
            if place is None:
                raise TypeError(f"{cls.__name__} has no field {name!r}")
            values[place] = changed
        return cls(*values)

    return replaced
