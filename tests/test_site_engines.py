"""MkDocs, ProperDocs and the pipeline alone write the same site; `mkdocs serve` picks up a new seed."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
import yaml

from generator.build import build_into
from generator.mkdocs_site import WrittenFile
from generator.pipeline import read_seed
from tests.conftest import ROOT, SEEDS, mkdocs_project, tree


def engine_build(engine: str, out: Path, config: Path = ROOT / "mkdocs.yml") -> dict[str, bytes]:
    done = subprocess.run(
        [sys.executable, "-m", engine, "build", "--strict", "-f", str(config), "-d", str(out)],
        cwd=ROOT,
        capture_output=True,
    )
    assert done.returncode == 0, done.stderr.decode()
    return tree(out)


def test_mkdocs_with_no_docs_pages_and_the_pipeline_write_the_same_bytes(tmp_path: Path) -> None:
    build_into(tmp_path / "alone", ROOT / "seeds")
    alone = tree(tmp_path / "alone")
    assert "index.html" in alone and "timeline/index.html" in alone
    assert engine_build("mkdocs", tmp_path / "mkdocs", mkdocs_project(tmp_path, ROOT / "seeds")) == alone


def test_mkdocs_and_properdocs_write_the_same_bytes(tmp_path: Path) -> None:
    """The repository's own site, strictly: its About page among the texts' pages, in the header of every page."""
    site = engine_build("mkdocs", tmp_path / "mkdocs")
    assert b'href="../../about/index.html">About</a>' in site["resolutions/7-2/index.html"]
    assert b"<h1" in site["about/index.html"]
    assert engine_build("properdocs", tmp_path / "properdocs") == site


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def fetch(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=5) as answer:
            return int(answer.status)
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return 0


def wait_for(url: str, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if fetch(url) == 200:
            return True
        time.sleep(0.5)
    return False


def test_mkdocs_serve_picks_up_a_new_seed(tmp_path: Path) -> None:
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    (tmp_path / "docs").mkdir()  # empty, so that only the plugin's own watch can see the seeds
    shutil.copy(ROOT / "docs" / "about.md", tmp_path / "docs")
    (tmp_path / "mkdocs.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    (tmp_path / "seeds").mkdir()
    seed = SEEDS[0]
    ref = read_seed(seed.name, seed.read_bytes()).ref
    assert ref is not None
    port = free_port()
    log = (tmp_path / "serve.log").open("wb")
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}", "-f", str(tmp_path / "mkdocs.yml")],
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=log,
    )
    try:
        base = f"http://127.0.0.1:{port}/"
        assert wait_for(base, 60), (tmp_path / "serve.log").read_text()
        assert fetch(f"{base}{ref.url}") != 200
        shutil.copy(seed, tmp_path / "seeds" / seed.name)
        assert wait_for(f"{base}{ref.url}", 60), "the new seed's page did not appear"
        assert fetch(f"{base}about/") == 200, "the docs page is not served after a rebuild"
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()


def test_mkdocs_copies_only_the_files_the_pipeline_wrote_elsewhere(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file already where it goes is left alone, without a system call; one that is to stand elsewhere is copied."""
    (tmp_path / "served" / "a").mkdir(parents=True)
    (tmp_path / "served" / "a" / "index.html").write_text("page")
    (tmp_path / "served" / "404.html").write_text("not found")
    monkeypatch.setattr("os.path.samefile", lambda *_: pytest.fail("MkDocs was asked to copy a file onto itself"))
    WrittenFile("a/index.html", str(tmp_path / "served"), str(tmp_path / "served")).copy_file()
    monkeypatch.undo()
    WrittenFile("404.html", str(tmp_path / "served"), str(tmp_path / "site")).copy_file()
    assert (tmp_path / "site" / "404.html").read_text() == "not found"


def mkdocs_errors(config: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-f", str(config)], cwd=config.parent, capture_output=True, text=True
    )


def test_a_theme_that_cannot_draw_the_texts_is_an_error_naming_the_option(tmp_path: Path) -> None:
    config = mkdocs_project(tmp_path, ROOT / "seeds")
    config.write_text(config.read_text().replace("theme: untoc", "theme: mkdocs"))
    done = mkdocs_errors(config)
    assert done.returncode != 0 and "Config value 'theme'" in done.stderr and "document.html" in done.stderr


def test_a_docs_page_where_the_site_has_a_page_of_its_own_is_an_error_naming_it(tmp_path: Path) -> None:
    config = mkdocs_project(tmp_path, ROOT / "seeds")
    (tmp_path / "docs" / "index.md").write_text("# Home\n")
    done = mkdocs_errors(config)
    assert done.returncode != 0 and f"{tmp_path / 'docs' / 'index.md'}: stands where" in done.stderr


def test_mkdocs_search_is_reported_replaced_once_and_writes_nothing(tmp_path: Path) -> None:
    config = mkdocs_project(tmp_path, ROOT / "seeds")
    config.write_text(config.read_text().replace("plugins:\n", "plugins:\n  - search\n"))
    done = mkdocs_errors(config)
    assert done.returncode == 0, done.stderr
    assert done.stderr.count("search plugin is replaced") == 1
    site = tree(tmp_path / "site")
    assert "search/search_index.json" not in site and "search/bundles.json" in site
    assert b"search/main.js" not in site["index.html"]
