"""The command line: help on every command, inspect's outline and JSON, failures named."""

from __future__ import annotations

import gc
import json
import subprocess
import sys
from pathlib import Path

import pytest

from generator import cli
from generator.cli import parser
from tests.conftest import ROOT, SEEDS


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=ROOT, capture_output=True, text=True)


def test_every_command_has_help_with_an_example() -> None:
    commands = parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    assert commands
    for name in commands:
        result = run(name, "--help")
        assert result.returncode == 0
        assert "example: python -m generator" in result.stdout, name


def test_inspect_json_gives_the_facts_of_every_seed() -> None:
    result = run("inspect", "--json", *(str(s.relative_to(ROOT)) for s in SEEDS))
    assert result.returncode == 0, result.stderr
    documents = json.loads(result.stdout)
    assert [d["source"] for d in documents] == [str(s.relative_to(ROOT)) for s in SEEDS]
    for doc in documents:
        assert {"source", "body", "kind", "number", "symbol", "session", "title", "sponsors"} <= doc.keys()
        assert doc["operative"] and all({"label", "text"} <= p.keys() for p in doc["operative"])
        assert all("text" in p and "[^" not in p["text"] for p in doc["preamble"])
        assert all({"label", "text"} <= f.keys() for f in doc["footnotes"])


def test_a_bad_file_is_named_and_the_others_still_printed(tmp_path: Path) -> None:
    bad = tmp_path / "broken.txt"
    bad.write_bytes(b"text\x00more")
    result = run("inspect", "--json", str(bad), str(SEEDS[0].relative_to(ROOT)))
    assert result.returncode != 0
    assert result.stderr.startswith(f"{bad}:1: error: NUL byte")
    assert "Traceback" not in result.stderr
    assert len(json.loads(result.stdout)) == 1


@pytest.mark.parametrize("missing", ["no-such-file.txt"])
def test_a_missing_file_is_one_line(missing: str) -> None:
    result = run("inspect", missing)
    assert result.returncode != 0
    assert result.stderr.strip().count("\n") == 0 and missing in result.stderr


def test_inspect_references_lists_each_reference_with_span_body_target_and_resolution() -> None:
    result = run("inspect", "--references", *(str(s.relative_to(ROOT)) for s in SEEDS))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines and all(" body=" in line and " target=" in line and " resolved=" in line for line in lines)
    assert all(line.split(":", 2)[1].isdigit() for line in lines)


def test_build_writes_the_same_site_twice_and_says_what_it_read(tmp_path: Path) -> None:
    first = run("build", "--out", str(tmp_path / "one"), "--cache", str(tmp_path / "cache"))
    second = run("build", "--out", str(tmp_path / "two"), "--cache", str(tmp_path / "cache"))
    assert first.returncode == second.returncode == 0, first.stderr
    assert f"{len(SEEDS)} documents read" in first.stdout
    one = {p.relative_to(tmp_path / "one"): p.read_bytes() for p in (tmp_path / "one").rglob("*") if p.is_file()}
    two = {p.relative_to(tmp_path / "two"): p.read_bytes() for p in (tmp_path / "two").rglob("*") if p.is_file()}
    assert one == two and Path("resolutions/7-2/index.html") in one


def test_build_from_a_missing_seeds_folder_is_one_line_and_builds_nothing(tmp_path: Path) -> None:
    result = run("build", "--seeds", str(tmp_path / "nowhere"), "--out", str(tmp_path / "site"))
    assert result.returncode == 1 and result.stderr.count("\n") == 1 and "no such folder" in result.stderr
    assert not (tmp_path / "site").exists()


def test_the_program_leaves_what_it_built_frozen_for_the_end_of_the_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """The shutdown's collections would go through every object a build left in memory: a third of a rebuild."""
    calls: list[str] = []

    def main() -> int:
        calls.append("main")
        return 3

    monkeypatch.setattr(cli, "main", main)
    monkeypatch.setattr(gc, "freeze", lambda: calls.append("freeze"))
    with pytest.raises(SystemExit) as ended:
        cli.run()
    assert ended.value.code == 3
    assert calls == ["main", "freeze"]
