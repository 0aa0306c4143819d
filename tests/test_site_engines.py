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
from generator.pipeline import read_seed
from generator.plugin import WrittenFile
from tests.conftest import ROOT, SEEDS, tree


def engine_build(engine: str, out: Path) -> dict[str, bytes]:
    subprocess.run([sys.executable, "-m", engine, "build", "-d", str(out)], cwd=ROOT, check=True, capture_output=True)
    return tree(out)


def test_mkdocs_properdocs_and_the_pipeline_write_the_same_bytes(tmp_path: Path) -> None:
    build_into(tmp_path / "alone", ROOT / "seeds")
    alone = tree(tmp_path / "alone")
    assert "index.html" in alone and "timeline/index.html" in alone
    assert engine_build("mkdocs", tmp_path / "mkdocs") == alone
    assert engine_build("properdocs", tmp_path / "properdocs") == alone


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
    config["theme"]["custom_dir"] = str(ROOT / config["theme"]["custom_dir"])  # the copy stands elsewhere
    config["docs_dir"] = "empty"  # so that only the plugin's own watch can see the seeds
    (tmp_path / "empty").mkdir()
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
    WrittenFile("a/index.html", str(tmp_path / "served"), str(tmp_path / "served"), True).copy_file()
    monkeypatch.undo()
    WrittenFile("404.html", str(tmp_path / "served"), str(tmp_path / "site"), True).copy_file()
    assert (tmp_path / "site" / "404.html").read_text() == "not found"
