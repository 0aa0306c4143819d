"""The largest texts of the benchmark hold what their names say."""

from __future__ import annotations

import pytest

from bench import largest
from bench.largest import CASES
from generator.pipeline import read_and_collect


def test_each_largest_text_holds_the_citations_it_is_named_for() -> None:
    for make, n in CASES.values():
        doc = read_and_collect("x.txt", make(n // 100).encode())
        assert doc.linked is not None and len(doc.linked.citations) == n // 100


def test_the_command_has_help_with_an_example(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        largest.main(["--help"])
    assert done.value.code == 0 and "example:" in capsys.readouterr().out
