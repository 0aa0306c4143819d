"""No text lost: every word of every seed stands in its document or its furniture."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from generator.decode import decode
from generator.normalise.accounting import strip_markup, unaccounted_words
from generator.pipeline import normalise
from generator.read import read
from tests.conftest import SEEDS


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name)
def test_every_word_of_the_seed_is_accounted_for(seed: Path) -> None:
    source = decode(str(seed), seed.read_bytes())
    assert unaccounted_words(source.lines, normalise(read(source))) == {}


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name)
def test_a_lost_paragraph_or_footnote_is_reported(seed: Path) -> None:
    source = decode(str(seed), seed.read_bytes())
    doc = normalise(read(source))
    longest = max(doc.paragraphs, key=lambda p: len(p.text))
    without = dataclasses.replace(doc, paragraphs=tuple(p for p in doc.paragraphs if p is not longest))
    assert unaccounted_words(source.lines, without)
    if doc.footnotes:
        assert unaccounted_words(source.lines, dataclasses.replace(doc, footnotes=doc.footnotes[1:]))


def test_markup_is_not_counted_as_words() -> None:
    assert strip_markup("<sup>&</sup>lt;sup>1</sup> See <span>A/60/88</span> &amp; more").split() == [
        "1", "See", "A/60/88", "&", "more"
    ]

