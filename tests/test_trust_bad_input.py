"""Bad input: a clear message on the build report, every good document still built, --strict stops."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from generator.build import Site, build_site
from generator.decode import MAX_BYTES
from generator.problems import Level
from tests.conftest import SEEDS, mkdocs_project

OPENING = "The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,"
TRUNCATED = f"""Resolution 30/1

A title

{OPENING}

Noting the report,¹ and recalling its resolution 29/4,

1. *Decides* to continue³ its work on the
"""
ORPHAN_NOTE = f"""Resolution 30/2

A title

{OPENING}

1. *Decides* to act.

² A footnote that no marker calls.
"""
HOSTILE = f"""Decision 30/3

Title <script>alert(1)</script>

{OPENING}

(a) Noted <img src=x onerror=alert(1)> and <a href="javascript:alert(1)">a link</a>;

(b) Noted [a link](javascript:alert(1)) and ![an image](x.png) and {{{{ config }}}} and {{% include x %}}.
"""
NEWS = "Press release\n\nThe Conference closed its session in Vienna today.\n\nIt adopted eleven resolutions.\n"

CASES = {
    "empty": (b"", "empty"),
    "NUL bytes": (b"Resolution\x00 1/1", "NUL byte"),
    "an image renamed .txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "NUL byte"),
    "over the size limit": (b"word " * (MAX_BYTES // 5 + 1), "over the limit"),
    "not UTF-8 nor plausible Windows-1252": (bytes(range(0x80, 0x100)) * 3, "not read"),
    "cut mid-paragraph, a marker without its footnote": (TRUNCATED.encode(), "footnote"),
    "a footnote without its marker": (ORPHAN_NOTE.encode(), "no marker"),
}


def site_with(tmp_path: Path, files: dict[str, bytes]) -> tuple[Site, Path]:
    """The site of the seeds plus `files`, and the seeds folder."""
    folder = tmp_path / "seeds"
    folder.mkdir()
    for seed in SEEDS:
        shutil.copy(seed, folder / seed.name)
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return build_site(folder), folder


@pytest.fixture(scope="module")
def clean_pages(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    site, _ = site_with(tmp_path_factory.mktemp("clean"), {})
    return {path for path in site.files if path.endswith("index.html")}


@pytest.mark.parametrize("case", CASES, ids=str)
def test_bad_seed_is_reported_and_the_good_ones_are_built(tmp_path: Path, clean_pages: set[str], case: str) -> None:
    data, words = CASES[case]
    site, _ = site_with(tmp_path, {"bad.txt": data})
    problems = [p for p in site.corpus.problems if p.path == "seeds/bad.txt" and p.level is not Level.INFO]
    assert problems and any(words in p.message for p in problems), [str(p) for p in site.corpus.problems]
    report = BeautifulSoup(site.files["report/index.html"], "html.parser").get_text()
    assert all(p.message in report and p.path in report for p in problems)
    assert clean_pages <= site.files.keys()


def test_a_truncated_text_is_built_with_warnings_saying_what_is_missing(tmp_path: Path) -> None:
    site, _ = site_with(tmp_path, {"cut.txt": TRUNCATED.encode()})
    assert "resolutions/30-1/index.html" in site.files
    messages = " ".join(p.message for p in site.corpus.problems if p.path == "seeds/cut.txt")
    assert "3" in messages and "footnote" in messages


def test_markup_in_a_text_is_shown_as_characters_never_run_or_linked(tmp_path: Path) -> None:
    site, _ = site_with(tmp_path, {"hostile.txt": HOSTILE.encode()})
    page = BeautifulSoup(site.files["decisions/30-3/index.html"], "html.parser")
    text = page.get_text()
    assert "<script>alert(1)</script>" in text and "onerror=alert(1)>" in text and "{{ config }}" in text
    assert "[a link](javascript:alert(1))" in text and "{% include x %}" in text
    assert all(not s.string or "alert" not in s.string for s in page.find_all("script"))
    assert not page.find_all(attrs={"onerror": True}) and not page.find_all("img")
    assert not [a for a in page.find_all("a") if a.get("href", "").lower().startswith("javascript")]


def test_a_text_that_is_no_resolution_is_kept_as_kind_other(tmp_path: Path) -> None:
    site, _ = site_with(tmp_path, {"news.txt": NEWS.encode()})
    [entry] = [e for e in site.corpus.entries if e.document and e.document.source == "seeds/news.txt"]
    assert entry.document is not None and entry.document.kind.value == "other"
    assert "It adopted eleven resolutions." in site.files[f"{entry.ref.url}index.html"].decode()


def test_mkdocs_build_strict_fails_on_a_bad_seed_and_builds_without_strict(tmp_path: Path) -> None:
    _, folder = site_with(tmp_path, {"bad.txt": b""})
    config = mkdocs_project(tmp_path, folder)
    mkdocs = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config)]
    strict = subprocess.run([*mkdocs, "--strict"], capture_output=True, text=True)
    assert strict.returncode != 0 and "bad.txt" in strict.stderr
    lenient = subprocess.run(mkdocs, capture_output=True, text=True)
    assert lenient.returncode == 0, lenient.stderr
    assert "bad.txt" in (tmp_path / "site" / "report" / "index.html").read_text()
    assert len(list((tmp_path / "site").rglob("index.json"))) >= len(SEEDS)
