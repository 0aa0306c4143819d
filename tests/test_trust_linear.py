"""Linear time: the work of reading one text grows with its size, its citations and footnotes, never with their square.

No clock: the calls made (every Python function, generator step included) are counted for a
text and for the same text twice as long; twice the text may cost a little over twice the
calls (n log n), never four times.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

from generator.build import build_site
from generator.pipeline import read_and_collect

HEAD = (
    "Resolution 20/1\n\nA title\n\n"
    "The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,\n\n"
)


def in_one_paragraph(items: Callable[[int], str]) -> Callable[[int], str]:
    return lambda n: HEAD + "1. Recalls " + ", ".join(items(i) for i in range(n)) + ".\n"


TEXTS: dict[str, Callable[[int], str]] = {
    "citations in one paragraph": in_one_paragraph(lambda i: f"resolution {i % 9 + 1}/{i % 97 + 1}"),
    "distinct symbols in one paragraph": in_one_paragraph(lambda i: f"A/{70 + i % 10}/{i + 1}"),
    "its resolutions": in_one_paragraph(lambda i: f"the General Assembly, in its resolution {i % 9 + 60}/{i % 97 + 1}"),
    "paragraphs of resolutions": in_one_paragraph(lambda i: f"paragraphs {i % 9 + 1} and 2 of resolution 5/{i + 1}"),
    "paragraphs, each with a footnote": lambda n: (
        HEAD
        + "".join(f"{i + 1}. Recalls the report.{i + 1}\n\n" for i in range(n))
        + "__________\n"
        + "".join(f"{i + 1} See resolution {i % 9 + 1}/{i % 97 + 1}.\n" for i in range(n))
    ),
    "one paragraph on many lines": lambda n: (
        HEAD + "1. Recalls\n" + "".join(f"resolution {i % 9 + 1}/{i % 97 + 1}, and\n" for i in range(n)) + "the rest.\n"
    ),
}


def calls(work: Callable[[], Any]) -> int:
    """How many Python calls `work()` makes."""
    count = 0

    def tally(frame: FrameType, event: str, arg: object) -> None:
        nonlocal count
        if event == "call":
            count += 1

    sys.setprofile(tally)
    try:
        work()
    finally:
        sys.setprofile(None)
    return count


@pytest.mark.parametrize("make", TEXTS.values(), ids=TEXTS.keys())
def test_reading_a_text_twice_as_long_costs_about_twice_the_work(make: Callable[[int], str]) -> None:
    small, large = (calls(lambda n=n: read_and_collect("x.txt", make(n).encode())) for n in (400, 800))
    assert large < 2.4 * small


@pytest.mark.parametrize("name", ["citations in one paragraph", "distinct symbols in one paragraph"])
def test_building_a_site_of_a_text_twice_as_long_costs_about_twice_the_work(tmp_path: Path, name: str) -> None:
    def build(n: int) -> None:
        seeds = tmp_path / f"seeds-{n}"
        seeds.mkdir()
        (seeds / "text.txt").write_text(TEXTS[name](n))
        build_site(seeds)

    small, large = calls(lambda: build(300)), calls(lambda: build(600))
    assert large < 2.4 * small
