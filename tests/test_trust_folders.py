"""The site, the seeds and the cache are folders apart: a build that would mix them is refused, nothing changed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.build import build_into
from generator.cli import main
from generator.site_folder import MANIFEST, SiteFolderError
from tests.conftest import SEEDS, tree

# Each case: the site folder, the cache folder, below tmp_path (the seeds in "seeds"), and what went wrong before.
CASES = {
    "the site in the cache": ("cache", "cache"),  # the cache file published with the site
    "the cache in the site": ("site", "site/.cache"),  # the same, in a hidden folder of the site
    "the seeds in the site": ("site", "cache"),  # once a site is made there, its seeds are published with it
    "the site in the seeds": ("seeds/site", "cache"),  # its pages read as seeds by the next build
    "the cache in the seeds": ("site", "seeds/cache"),  # its files read as seeds
}


@pytest.mark.parametrize(("site", "cache"), CASES.values(), ids=CASES.keys())
def test_folders_that_hold_one_another_are_refused_with_one_line_and_nothing_changed(
    tmp_path: Path, site: str, cache: str, capsys: pytest.CaptureFixture[str]
) -> None:
    seeds = tmp_path / ("site/seeds" if site == "site" and cache == "cache" else "seeds")
    seeds.mkdir(parents=True)
    shutil.copy(SEEDS[0], seeds / SEEDS[0].name)
    if seeds.parent.name == "site":
        (seeds.parent / MANIFEST).write_text("[]")  # a site of ours, its seeds moved in since
    before = tree(tmp_path)
    code = main(["build", "--seeds", str(seeds), "--out", str(tmp_path / site), "--cache", str(tmp_path / cache)])
    [line] = capsys.readouterr().err.splitlines()
    assert code == 1 and ": error: the " in line and line.endswith("; nothing built")
    assert tree(tmp_path) == before
    assert [p.name for p in tmp_path.iterdir()] == [seeds.relative_to(tmp_path).parts[0]]  # no folder made


def test_the_root_of_the_file_system_is_never_a_site(tmp_path: Path) -> None:
    """`--out /` was a ValueError out of the lock beside the site ('/' has no name)."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEEDS[0], seeds / SEEDS[0].name)
    with pytest.raises(SiteFolderError, match="the site folder would hold the seeds folder"):
        build_into(Path("/"), seeds)
