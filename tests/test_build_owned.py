"""Nothing a build remembers outlives it: every memo and table is emptied when it ends, and workers get its tables."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from mkdocs.commands.build import build as mkdocs_build_only
from mkdocs.config import load_config

from generator import memo, parallel
from generator.build import build_into, build_site
from generator.cache import ParsedCache
from generator.plugin import UntocPlugin
from tests.conftest import ROOT, SEEDS, mkdocs_project, tree
from tests.test_trust_atomic import mkdocs_build
from tests.test_trust_identities import DRAFT

# Two drafts whose symbols would share a URL (the second is published at a URL of its own), the first cited.
SHARING = {
    "a.txt": DRAFT.format(symbol="L.5", words="act"),
    "b.txt": DRAFT.format(symbol="L/5", words="wait, recalling draft resolution CTOC/COP/2030/L.5"),
}


def seeds_of(folder: Path, texts: dict[str, str], copied: list[Path]) -> Path:
    folder.mkdir(parents=True)
    for seed in copied:
        shutil.copy(seed, folder / seed.name)
    for name, text in texts.items():
        (folder / name).write_text(text)
    return folder


def test_every_cache_of_the_package_is_one_the_build_owns() -> None:
    unowned = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in (ROOT / "generator").rglob("*.py")
        if path.name != "memo.py"
        for number, line in enumerate(path.read_text().splitlines(), start=1)
        if re.search(r"\blru_cache\b|\bfunctools\.cache\b", line)
    ]
    assert not unowned, "use generator.memo.memo, which the build empties when it ends"


def test_after_a_build_every_memo_and_table_is_empty(tmp_path: Path) -> None:
    seeds = seeds_of(tmp_path / "seeds", SHARING, SEEDS[:2])
    build_site(seeds)  # alone, as the tests and the benchmark call it: it leaves what it remembered
    assert sum(memo.held().values()) > 0 and memo.held()["generator.docref:DISTINCT"] == 1
    build_into(tmp_path / "site", seeds)
    assert {name: size for name, size in memo.held().items() if size} == {}


def test_after_an_mkdocs_build_every_memo_and_table_is_empty(tmp_path: Path) -> None:
    config = mkdocs_project(tmp_path, seeds_of(tmp_path / "seeds", SHARING, SEEDS[:2]))
    mkdocs_build(config)
    assert {name: size for name, size in memo.held().items() if size} == {}
    assert (tmp_path / "site" / "resolutions").is_dir()


def test_mkdocs_at_its_end_lets_go_of_what_was_kept_for_a_next_build(tmp_path: Path) -> None:
    """What a build keeps for the next in its process is let go at the end: the shutdown would go through it all."""
    config = load_config(str(mkdocs_project(tmp_path, seeds_of(tmp_path / "seeds", SHARING, SEEDS[:2]))))
    config.plugins.on_startup(command="build", dirty=False)
    mkdocs_build_only(config)
    assert UntocPlugin.last_built is not None and ParsedCache.last_build is not None
    config.plugins.on_shutdown()
    assert UntocPlugin.last_built is None and ParsedCache.last_build is None


def test_a_second_build_in_one_process_equals_a_build_in_a_fresh_process(tmp_path: Path) -> None:
    build_into(tmp_path / "first", seeds_of(tmp_path / "seeds-1", SHARING, SEEDS[:2]))
    second = seeds_of(tmp_path / "seeds-2", {"b.txt": SHARING["b.txt"]}, SEEDS[2:4])
    here = build_into(tmp_path / "here", second).files
    command = [sys.executable, "-m", "generator", "build", "--seeds", str(second), "--out", str(tmp_path / "fresh")]
    subprocess.run([*command, "--no-cache"], cwd=ROOT, check=True, capture_output=True)
    assert tree(tmp_path / "fresh") == here


def test_workers_started_afresh_give_the_pages_the_build_gives_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A fork server's workers inherit nothing of the build: the URLs it gave identities sharing one reach them."""
    seeds = seeds_of(tmp_path / "seeds", SHARING, SEEDS[:2])
    here = build_site(seeds).files
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 0)
    monkeypatch.setattr(parallel, "start_method", lambda: "forkserver")
    assert build_site(seeds).files == here
