"""A build that fails leaves the previous site exactly as it was, under MkDocs as with the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from generator import build as pipeline_build
from generator.build import build_site, write_site
from tests.conftest import ROOT


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def broken_render(*_: object) -> dict[str, bytes]:
    raise RuntimeError("rendering broke")


def mkdocs_build(config_file: Path) -> None:
    """What `mkdocs build` does, in this process so that the pipeline can be broken for a test."""
    config = load_config(str(config_file))
    config.plugins.on_startup(command="build", dirty=False)
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the project's MkDocs configuration writing its site into `tmp_path/site`."""
    text = (ROOT / "mkdocs.yml").read_text()
    text = text.replace("docs_dir: seeds", f"docs_dir: {ROOT / 'seeds'}").replace("templates", str(ROOT / "templates"))
    config = tmp_path / "mkdocs.yml"
    config.write_text(text.replace("seeds_dir: seeds", f"seeds_dir: {ROOT / 'seeds'}"))
    return config


def test_a_failed_mkdocs_build_leaves_the_previous_site(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    mkdocs_build(project)
    site = project.parent / "site"
    before = tree(site)
    assert "index.html" in before
    monkeypatch.setattr(pipeline_build, "render_site", broken_render)
    with pytest.raises(Exception, match="rendering broke"):
        mkdocs_build(project)
    assert tree(site) == before
    assert [p.name for p in project.parent.iterdir() if p.name.startswith(".site")] == []


def test_a_failed_command_line_build_leaves_the_previous_site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    site = tmp_path / "site"
    write_site(build_site(ROOT / "seeds").files, site)
    before = tree(site)

    def broken_write(files: dict[str, bytes], folder: Path, *_: object) -> None:
        (folder / "index.html").write_bytes(b"half")
        raise OSError("disk full")

    monkeypatch.setattr(pipeline_build, "write_files", broken_write)
    with pytest.raises(OSError, match="disk full"):
        write_site(build_site(ROOT / "seeds").files, site)
    assert tree(site) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]
