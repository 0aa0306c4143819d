"""A build that fails leaves the previous site exactly as it was, under MkDocs as with the command line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from generator import build as pipeline_build
from generator.build import build_into
from generator.corpus import Corpus
from generator.publish import SiteUpdate
from generator.render.incremental import Kept
from generator.render.lookup import Lookup
from generator.render.site import RenderedSite, Sink
from generator.site_folder import STAGED, STAGING
from tests.conftest import ROOT, SEEDS, mkdocs_project, tree


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
    return mkdocs_project(tmp_path, ROOT / "seeds")


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


def test_a_failed_first_build_leaves_no_site_and_no_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline_build, "render_site", broken_render)
    with pytest.raises(RuntimeError, match="rendering broke"):
        build_into(tmp_path / "site", ROOT / "seeds")
    assert list(tmp_path.iterdir()) == []


def test_a_rebuild_that_fails_after_writing_leaves_the_previous_site(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The rebuild updates the site in place: everything it wrote before failing is taken back."""
    seeds, site = tmp_path / "seeds", tmp_path / "site"
    seeds.mkdir()
    for seed in SEEDS[1:]:
        shutil.copy(seed, seeds / seed.name)
    build_into(site, seeds, tmp_path / "cache")
    before = tree(site)
    shutil.copy(SEEDS[0], seeds / SEEDS[0].name)  # a new page, in folders the site does not have yet
    render = pipeline_build.render_site

    def render_then_fail(corpus: Corpus, kept: Kept, sink: Sink, lookup: Lookup) -> RenderedSite:
        render(corpus, kept, sink, lookup)
        raise OSError("disk full")

    monkeypatch.setattr(pipeline_build, "render_site", render_then_fail)
    with pytest.raises(OSError, match="disk full"):
        build_into(site, seeds, tmp_path / "cache")
    assert tree(site) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cache", "seeds", "site"]
    monkeypatch.setattr(pipeline_build, "render_site", render)
    rebuilt = build_into(site, seeds, tmp_path / "cache")
    assert tree(site) == rebuilt.files != before


def test_a_rebuild_removes_what_a_killed_build_left_staged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seeds, site = tmp_path / "seeds", tmp_path / "site"
    shutil.copytree(ROOT / "seeds", seeds)
    first = build_into(site, seeds).files
    shutil.copy(SEEDS[0], seeds / "again.txt")  # pages of the new seed, the home page, ... are staged
    render = pipeline_build.render_site

    def render_then_killed(corpus: Corpus, kept: Kept, sink: Sink, lookup: Lookup) -> RenderedSite:
        render(corpus, kept, sink, lookup)
        raise KeyboardInterrupt  # as a kill would end it: with nothing taken back
    with monkeypatch.context() as killed:
        killed.setattr(pipeline_build, "render_site", render_then_killed)
        killed.setattr(SiteUpdate, "abort", lambda _: None)
        with pytest.raises(KeyboardInterrupt):
            build_into(site, seeds)
    assert list(site.rglob(f"*{STAGED}")) and (site / STAGING).is_file()
    (seeds / "again.txt").unlink()
    assert build_into(site, seeds).files == first == tree(site)
    assert not list(site.rglob(f"*{STAGED}")) and not (site / STAGING).exists()
