"""The largest texts of the benchmark hold what their names say."""

from __future__ import annotations

from bench.largest import CASES
from generator.pipeline import read_and_collect


def test_each_largest_text_holds_the_citations_it_is_named_for() -> None:
    for make, n in CASES.values():
        doc = read_and_collect("x.txt", make(n // 100).encode())
        assert doc.linked is not None and len(doc.linked.citations) == n // 100
