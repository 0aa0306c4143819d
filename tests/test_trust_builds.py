"""Trustworthy rebuilds: seed names and order change nothing, and no published anchor ever goes away."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from bench.synthesise import synthesise
from generator import parallel
from generator.build import build_site
from tests.conftest import SEEDS

ID_RE = re.compile(rb'\sid="([^"]+)"')
REPORT = "report/index.html"  # names seed files by design: it says which file has which problem


def seeds_folder(tmp_path: Path, seeds: list[Path], name: str = "{stem}.txt") -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir(parents=True)
    for rank, seed in enumerate(seeds):
        shutil.copy(seed, folder / name.format(stem=seed.stem, rank=rank))
    return folder


def page_ids(files: dict[str, bytes]) -> dict[str, set[bytes]]:
    """Every page of a site with the ids it carries."""
    return {path: set(ID_RE.findall(data)) for path, data in files.items() if path.endswith(".html")}


def test_names_and_order_of_seed_files_change_nothing_but_the_report(tmp_path: Path) -> None:
    plain = build_site(seeds_folder(tmp_path / "a", SEEDS)).files
    renamed = build_site(seeds_folder(tmp_path / "b", SEEDS[::-1], "{rank:03d}-renamed-text.md")).files
    assert plain.keys() == renamed.keys()
    assert [p for p in plain if p != REPORT and plain[p] != renamed[p]] == []


@pytest.mark.parametrize("late", SEEDS, ids=lambda p: p.name)
def test_adding_a_seed_keeps_every_page_and_document_anchor_already_published(tmp_path: Path, late: Path) -> None:
    """Every page stays; every id of a document's page (cited-only ones included) stays.

    Listing pages (home, sessions, timeline, report) may regroup their sections.
    """
    first = build_site(seeds_folder(tmp_path / "three", [s for s in SEEDS if s != late]))
    before = page_ids(first.files)
    after = page_ids(build_site(seeds_folder(tmp_path / "four", SEEDS)).files)
    assert sorted(before.keys() - after.keys()) == []
    documents = {f"{entry.ref.url}index.html" for entry in first.corpus.entries}
    lost = {page: sorted(before[page] - after[page]) for page in documents}
    assert {page: ids for page, ids in lost.items() if ids} == {}


def test_a_build_on_all_cores_gives_the_bytes_of_one_on_a_core(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    synthesise(40, tmp_path / "seeds")
    alone = build_site(tmp_path / "seeds")
    forked: list[int] = []
    start_pool = parallel.ProcessPoolExecutor

    def counting_pool(*args: Any, **kwargs: Any) -> Any:
        forked.append(1)
        return start_pool(*args, **kwargs)

    monkeypatch.setattr(parallel, "PARALLEL_FROM", 1)
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 2)
    monkeypatch.setattr(parallel, "ProcessPoolExecutor", counting_pool)
    spread = build_site(tmp_path / "seeds")
    assert len(forked) == 4  # reading, the lineage's candidates, then aligning its pairs, then rendering
    assert spread.files == alone.files and spread.corpus.problems == alone.corpus.problems
