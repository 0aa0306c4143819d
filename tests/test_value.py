"""The model's value classes: made by setting their slots, as their dataclass would make them."""

from __future__ import annotations

import dataclasses
import pickle
from dataclasses import KW_ONLY, dataclass, field, is_dataclass

import pytest

import generator.corpus  # noqa: F401 - imports every module of value classes
from generator.model import Footnote, Marker, Paragraph, Role, Span, Text
from generator.stored import dumps
from generator.value import Value, replace


@dataclass(frozen=True, slots=True)
class Sample(Value):
    """A value class with every kind of field the model uses."""

    name: str
    count: int = 0
    tags: tuple[str, ...] = ()
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Named(Value):
    """A value class with a field given by name only: made by its dataclass init."""

    count: int
    _: KW_ONLY
    name: str = ""


@dataclass(frozen=True, slots=True)
class Checked(Value):
    """A value class that checks its fields after they are set."""

    count: int

    def __post_init__(self) -> None:
        if self.count < 0:
            raise ValueError("negative")


def sets_slots(cls: type) -> bool:
    """Whether `cls.__init__` is the quick one, which sets each field through its slot's descriptor."""
    code = cls.__init__.__code__  # type: ignore[misc]
    return all(f"set_{field.name}" in code.co_names for field in dataclasses.fields(cls))


def test_every_value_class_of_the_model_is_made_by_setting_its_slots() -> None:
    classes, found = [Value], []
    while classes:
        for cls in classes.pop().__subclasses__():
            classes.append(cls)
            # Not the class before slots, nor a base that is no dataclass (`Inlined`).
            if cls.__module__.startswith("generator.") and "__slots__" in cls.__dict__ and is_dataclass(cls):
                found.append(cls)
    assert len(found) > 10 and [cls.__name__ for cls in found if not sets_slots(cls)] == []


def test_the_quick_init_takes_what_the_dataclass_takes() -> None:
    assert sets_slots(Sample)
    made = Sample("a", 2, ("x",), note="n")
    assert (made.name, made.count, made.tags, made.note) == ("a", 2, ("x",), "n")
    assert Sample(name="a") == Sample("a", 0, (), note=None) and hash(Sample("a")) == hash(Sample("a"))
    assert Sample("a").note is None and Sample("a", tags=("y",)).tags == ("y",)
    for bad in (lambda: Sample(), lambda: Sample("a", 1, (), "n", "m"), lambda: Sample("a", size=1)):
        with pytest.raises(TypeError):
            bad()


def test_a_value_made_quickly_stays_frozen_and_pickles_and_is_replaced() -> None:
    made = Sample("a", 2, note="n")
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.name = "b"  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(made)) == made
    assert dataclasses.replace(made, count=3) == Sample("a", 3, note="n")


@dataclass(frozen=True, slots=True)
class Made(Value):
    """A value class with a field made by a factory."""

    tags: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Unasked(Value):
    """A value class with a field its init does not take."""

    name: str
    count: int = field(default=0, init=False)


def test_a_value_class_that_checks_or_makes_its_fields_or_takes_one_by_name_only_keeps_its_dataclass_init() -> None:
    assert not any(sets_slots(cls) for cls in (Checked, Named, Made, Unasked))
    with pytest.raises(ValueError, match="negative"):
        Checked(-1)
    assert Named(1, name="a").name == "a"
    assert Made().tags == [] and Made().tags is not Made().tags and Unasked("a").count == 0


def test_a_paragraph_or_footnote_works_out_its_text_once_and_keeps_it_out_of_equality_pickles_and_copies() -> None:
    inlines = (Text("Recalling "), Marker("1"), Text("its decision", True))
    for node in (Paragraph(Role.BODY, inlines, Span("s.txt", 1, 2)), Footnote("1", inlines, Span("s.txt", 9, 9))):
        fresh = replace(node)
        assert node.text == "Recalling its decision" and node.text is node.text  # kept once worked out
        assert node == fresh and hash(node) == hash(fresh)
        assert pickle.dumps(node) == pickle.dumps(fresh) and dumps(type(node), node) == dumps(type(fresh), fresh)
        assert pickle.loads(pickle.dumps(node)).text == "Recalling its decision"
        assert replace(node, inlines=(Text("Noting"),)).text == "Noting"


def test_replace_makes_what_dataclasses_replace_makes_and_refuses_what_it_refuses() -> None:
    made = Sample("a", 2, ("x",), note="n")
    for changes in ({}, {"count": 3}, {"name": "b", "note": None}, {"tags": (), "count": 0, "note": "m", "name": ""}):
        assert replace(made, **changes) == dataclasses.replace(made, **changes)
    assert replace(made) is not made and replace(Span("s.txt", 1, 2), last=5) == Span("s.txt", 1, 5)
    with pytest.raises(TypeError):
        replace(made, size=1)
    checked, named = Checked(1), Named(1, name="a")  # made by their dataclass init: replaced as dataclasses does
    with pytest.raises(ValueError, match="negative"):
        replace(checked, count=-1)
    assert replace(named, name="b") == Named(1, name="b") and replace(Unasked("a"), name="b") == Unasked("b")
    with pytest.raises(ValueError):
        replace(Unasked("a"), count=1)
