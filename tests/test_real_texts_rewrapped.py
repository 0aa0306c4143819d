"""Real UN texts re-wrapped as another extractor or page layout would give them read the same.

The texts are read from ../shared/real-texts; where that folder is absent the test skips, saying so.
"""

from __future__ import annotations

from functools import cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.model import Document
from generator.pipeline import read_seed
from tests.conftest import ROOT
from tests.shapes import as_un_pdf, un_facts

REAL_TEXTS = ROOT.parent / "shared" / "real-texts"
NAMES = sorted(p.name for p in REAL_TEXTS.glob("*.txt")) if REAL_TEXTS.is_dir() else []


@cache
def original(name: str) -> Document:
    path = REAL_TEXTS / name
    return read_seed(str(path), path.read_bytes())


def reread(text: str) -> list[str]:
    return list(un_facts(read_seed("rewrapped.txt", text.encode("utf-8"))))


@pytest.mark.skipif(not NAMES, reason=f"{REAL_TEXTS} is absent: the real texts are read from ../shared/real-texts")
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=st.sampled_from(NAMES or ["none"]),
    width=st.integers(min_value=70, max_value=100),
    page_lines=st.integers(min_value=25, max_value=60),
    head_lines=st.integers(min_value=1, max_value=4),
    form_feed=st.booleans(),
    blank_between=st.booleans(),
    labels_alone=st.booleans(),
)
def test_a_real_text_rewrapped_reads_the_same(
    name: str, width: int, page_lines: int, head_lines: int, form_feed: bool, blank_between: bool, labels_alone: bool
) -> None:
    doc = original(name)
    text = as_un_pdf(doc, width, page_lines, head_lines, form_feed, blank_between, labels_alone)
    assert reread(text) == list(un_facts(doc)), name
