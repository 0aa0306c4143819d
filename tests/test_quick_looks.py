"""The quick looks that let the reader pass text by: where they pass, the full patterns find nothing."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from generator.model import Marker, Text
from generator.normalise.markers import CANDIDATE_RE, _matches
from generator.read.inline import parse_inline
from tests.conftest import ROOT, SEEDS

# Digits, stars and letters glued to what stands before them, as extractors leave markers, and their look-alikes.
PIECES = ["1", "23", "2019", "201834", "*", "**", "a", ")", "]", "”", "’", '"', " ", ",", ".", "b ", "5a ", ")c,", "٣"]


def texts() -> list[str]:
    """Every line of the seeds and the normalise fixtures, and each again with pieces glued in at random."""
    files = [*SEEDS, *sorted((ROOT / "tests" / "fixtures" / "normalise").glob("*.txt"))]
    lines = [line for path in files for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
    chance = random.Random(7)
    glued = []
    for line in lines:
        chars = list(line)
        for _ in range(6):
            chars.insert(chance.randrange(len(chars) + 1), chance.choice(PIECES))
        glued.append("".join(chars))
    return lines + glued


def test_the_marker_candidates_found_where_a_match_can_start_are_those_found_everywhere() -> None:
    cases = texts()
    assert len(cases) > 1000
    for text in cases:
        everywhere = [(m.span(), m.lastgroup) for m in CANDIDATE_RE.finditer(text)]
        assert [(m.span(), m.lastgroup) for m in _matches(text)] == everywhere, text


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("no markup at all", [Text("no markup at all")]),
        ("", []),
        ("session*Resolution* stays", [Text("session*Resolution* stays")]),  # the letter before the first star counts
        ("late in the text *Notes*", [Text("late in the text "), Text("Notes", True)]),
        ("glued to a word_x_ and a marker¹", [Text("glued to a word_x_ and a marker"), Marker("1")]),
    ],
)
def test_inline_markup_is_read_from_its_first_possible_start_as_from_the_text_start(
    text: str, items: list[Text | Marker]
) -> None:
    assert list(parse_inline(text)) == items
