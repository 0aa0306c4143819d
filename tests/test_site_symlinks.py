"""Links someone put in the site are never followed: a build writes and removes nothing where they lead."""

from __future__ import annotations

import shutil
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from generator.build import build_into
from tests.conftest import SEEDS, mkdocs_project, tree
from tests.test_trust_atomic import mkdocs_build
from tests.test_trust_site_folder import everything

Build = Callable[[Path], None]  # builds the seeds of a project folder into its `site`


def with_the_command_line(folder: Path) -> None:
    build_into(folder / "site", folder / "seeds", folder / "cache")


def with_mkdocs(folder: Path) -> None:
    mkdocs_build(mkdocs_project(folder, folder / "seeds"))


@pytest.fixture(params=[with_the_command_line, with_mkdocs], ids=["command line", "mkdocs"])
def build(request: pytest.FixtureRequest) -> Build:
    built: Build = request.param
    return built


def project(folder: Path, seeds: list[Path] = SEEDS[:3]) -> Path:
    (folder / "seeds").mkdir(parents=True)
    for seed in seeds:
        shutil.copy(seed, folder / "seeds" / seed.name)
    return folder


def linked(site: Path, path: str, outside: Path) -> None:
    """Put a link at `path` in the site to `outside`, in the place of what stands there."""
    entry = site / path
    if entry.is_dir():
        shutil.rmtree(entry)
    else:
        entry.unlink(missing_ok=True)
    entry.symlink_to(outside)


def test_a_link_where_the_site_has_a_folder_leads_the_build_nowhere(tmp_path: Path, build: Build) -> None:
    """Behind the link: the user's file, and files named as the site's pages that the rebuild no longer makes."""
    folder = project(tmp_path / "project")
    build(folder)
    site = folder / "site"
    fresh = project(tmp_path / "fresh", SEEDS[:1])
    build(fresh)
    gone = Counter(path.split("/")[0] for path in set(tree(site)) - set(tree(fresh / "site")))
    section = site / gone.most_common(1)[0][0]
    outside = tmp_path / "someone's"
    shutil.copytree(section, outside)
    (outside / "keep.txt").write_text("mine")
    before = everything(outside)
    linked(site, section.name, outside)
    for seed in SEEDS[1:3]:
        (folder / "seeds" / seed.name).unlink()  # the manifest lists their pages: none is removed behind the link
    build(folder)
    assert everything(outside) == before
    assert not section.is_symlink()
    assert tree(site) == tree(fresh / "site")


def test_a_link_to_a_file_or_where_the_site_has_nothing_is_never_followed(tmp_path: Path, build: Build) -> None:
    folder = project(tmp_path / "project")
    build(folder)
    site, outside = folder / "site", tmp_path / "someone's"
    outside.mkdir()
    (outside / "notes.txt").write_text("mine")
    linked(site, "index.html", outside / "notes.txt")
    linked(site, "downloads", outside)
    build(folder)
    assert everything(outside) == {"notes.txt": b"mine"}
    assert not (site / "index.html").is_symlink() and b"<html" in (site / "index.html").read_bytes()
    assert (site / "downloads").resolve() == outside.resolve()  # not the build's: left as it was
