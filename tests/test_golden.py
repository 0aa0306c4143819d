"""Golden files: each seed's normalised document, compared exactly with the reviewed dump."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.outline import outline
from generator.pipeline import read_seed
from tests.conftest import ROOT, SEEDS

GOLDEN = ROOT / "tests" / "golden"


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name)
def test_seed_matches_golden(seed: Path, update_goldens: bool) -> None:
    relative = seed.relative_to(ROOT).as_posix()
    got = outline(read_seed(relative, seed.read_bytes()))
    golden = GOLDEN / f"{seed.stem}.outline"
    if update_goldens:
        golden.write_text(got, encoding="utf-8")
    assert golden.exists(), f"no golden file for {relative}: run pytest --update-goldens and review it"
    assert got == golden.read_text(encoding="utf-8")


def test_every_golden_has_its_seed() -> None:
    assert {g.stem for g in GOLDEN.glob("*.outline")} <= {s.stem for s in SEEDS}
