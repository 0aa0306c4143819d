"""`mkdocs build` holds its site_dir as the command line does: its own folder only, one build at a time, a manifest."""

from __future__ import annotations

import shutil
from pathlib import Path

import orjson
import pytest
from mkdocs.exceptions import Abort

from generator.build import build_into
from generator.site_folder import MANIFEST, STAGING, site_lock
from tests.conftest import SEEDS, mkdocs_project, tree
from tests.test_trust_atomic import mkdocs_build
from tests.test_trust_site_folder import everything


@pytest.fixture
def project(tmp_path: Path) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for seed in SEEDS[:2]:
        shutil.copy(seed, seeds / seed.name)
    return mkdocs_project(tmp_path, seeds)


def build(config: Path, site: Path) -> None:
    assert site == config.parent / "site"  # where the project's build writes
    mkdocs_build(config)


def refused(config: Path, site: Path, caplog: pytest.LogCaptureFixture) -> str:
    """The one error line of a build that does not run."""
    with pytest.raises(Abort):
        build(config, site)
    [line] = [record.getMessage() for record in caplog.records if record.levelname == "ERROR"]
    return line


@pytest.mark.parametrize("kind", ["a file", "a folder of other files"])
def test_a_site_dir_that_is_a_file_or_a_folder_of_other_files_is_refused_and_nothing_changed(
    project: Path, kind: str, caplog: pytest.LogCaptureFixture
) -> None:
    site = project.parent / "site"
    if kind == "a file":
        site.write_bytes(b"notes")
    else:
        (site / "photos").mkdir(parents=True)
        (site / "photos" / "cat.jpg").write_bytes(b"cat")
    before = sorted(project.parent.iterdir()), everything(site) if site.is_dir() else site.read_bytes()
    line = refused(project, site, caplog)
    assert line.startswith(f"{site}: error: ") and line.endswith("nothing built")
    assert (sorted(project.parent.iterdir()), everything(site) if site.is_dir() else site.read_bytes()) == before


def test_a_site_mkdocs_built_is_marked_with_every_file_it_wrote_and_a_file_put_there_stays(project: Path) -> None:
    site = project.parent / "site"
    build(project, site)
    assert orjson.loads((site / MANIFEST).read_bytes())["files"] == sorted(everything(site))
    (site / "CNAME").write_text("texts.example.org\n")
    build(project, site)
    assert (site / "CNAME").read_text() == "texts.example.org\n"
    assert "CNAME" not in orjson.loads((site / MANIFEST).read_bytes())["files"]
    written = tree(site)
    build_into(site, project.parent / "seeds")  # the command line knows the site as one of its own
    build(project, site)  # and back
    assert tree(site) == written


def test_a_second_build_into_a_site_being_built_stops_with_a_clear_message(
    project: Path, caplog: pytest.LogCaptureFixture
) -> None:
    site = project.parent / "site"
    build(project, site)
    before = everything(site)
    with site_lock(site):
        assert "another build is writing this site" in refused(project, site, caplog)
    assert everything(site) == before
    build(project, site)  # once the first has ended
    assert not [path for path in project.parent.iterdir() if "untoc" in path.name]


def test_what_a_killed_build_left_beside_and_in_the_site_is_removed(project: Path) -> None:
    folder, site = project.parent, project.parent / "site"
    build(project, site)
    written = everything(site)
    (folder / ".site.untoc-build-abcd1234" / "resolutions").mkdir(parents=True)
    (site / "resolutions" / "index.html.untoc-new").write_bytes(b"staged")
    (site / STAGING).touch()  # as a build killed with files staged leaves it
    cache = folder / ".cache" / "build"
    (cache / "documents.999999999.tmp").write_bytes(b"half")
    build(project, site)
    assert everything(site) == written
    assert not [path for path in folder.iterdir() if "untoc" in path.name] and not list(cache.glob("*.tmp"))


def test_a_cache_dir_inside_site_dir_is_refused_as_on_the_command_line(
    project: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Its files would be published with the site, as they were with `--cache` in `--out`."""
    project.write_text(project.read_text() + "      cache_dir: site/.cache\n")
    site = project.parent / "site"
    line = refused(project, site, caplog)
    assert line.startswith(f"{site}: error: the site folder would hold the cache folder") and not site.exists()
