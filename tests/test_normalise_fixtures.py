"""Each rule of the readers and normalise passes, on small cases of our own (tests/fixtures/normalise)."""

from __future__ import annotations

import pytest

from generator.outline import outline
from generator.pipeline import read_seed
from tests.conftest import ROOT
from tests.fixtures import Case, read_cases, write_expected

FILES = sorted((ROOT / "tests" / "fixtures" / "normalise").glob("*.txt"))
CASES = [case for path in FILES for case in read_cases(path)]


def normalised(case: Case) -> str:
    """The outline of the case's input, without the line naming the file."""
    return outline(read_seed("case.txt", case.input.encode("utf-8"))).split("\n", 1)[1].rstrip("\n")


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_case(case: Case, update_goldens: bool) -> None:
    got = normalised(case)
    if update_goldens:
        write_expected(case.path, {case.title: got})
        return
    assert got == case.expected, case.id
