"""Only the site is touched: a build refuses a folder it did not make, removes only what it wrote, runs alone."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.build import build_into
from generator.cli import main
from generator.site_folder import MANIFEST, STAGING, SiteFolderError, site_lock
from tests.conftest import ROOT, tree

SEEDS_DIR = ROOT / "seeds"


def everything(folder: Path) -> dict[str, bytes]:
    """Every file below `folder`, the manifest included."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("kind", ["a file", "a folder of other files"])
def test_an_out_that_is_a_file_or_a_folder_of_other_files_is_refused_with_one_line_and_nothing_changed(
    tmp_path: Path, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    if kind == "a file":
        out.write_bytes(b"notes")
    else:
        (out / "photos").mkdir(parents=True)
        (out / "photos" / "cat.jpg").write_bytes(b"cat")
        (out / ".hidden").write_bytes(b"mine")
    before = {p.name for p in tmp_path.iterdir()}, everything(out) if out.is_dir() else out.read_bytes()
    assert main(["build", "--seeds", str(SEEDS_DIR), "--out", str(out), "--no-cache"]) == 1
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith(f"{out}: error: ") and "nothing built" in line
    assert ({p.name for p in tmp_path.iterdir()}, everything(out) if out.is_dir() else out.read_bytes()) == before


def test_an_empty_folder_is_built_into_and_marked_with_the_files_written(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    site = build_into(out, SEEDS_DIR)
    assert tree(out) == site.files
    assert MANIFEST in everything(out) and f'"{next(iter(site.files))}"' in (out / MANIFEST).read_text()


def test_a_rebuild_removes_only_files_it_wrote(tmp_path: Path) -> None:
    """A file a person put in the site (a CNAME, a verification page) stays; a page no longer made goes."""
    seeds, out = tmp_path / "seeds", tmp_path / "site"
    seeds.mkdir()
    for seed in sorted(SEEDS_DIR.glob("*.txt")):
        (seeds / seed.name).write_bytes(seed.read_bytes())
    first = build_into(out, seeds)
    (out / "CNAME").write_text("texts.example.org\n")
    gone = sorted(seeds.iterdir())[0]
    gone.unlink()
    second = build_into(out, seeds)
    assert set(first.files) - set(second.files), "a page should no longer be made"
    assert tree(out) == {**second.files, "CNAME": b"texts.example.org\n"}


def test_a_manifest_naming_files_outside_the_site_removes_nothing_there(tmp_path: Path) -> None:
    out, outside = tmp_path / "site", tmp_path / "precious.txt"
    outside.write_text("keep me")
    build_into(out, SEEDS_DIR)
    (out / MANIFEST).write_text(f'{{"files": ["../precious.txt", "{outside}", "index.html"]}}')
    build_into(out, SEEDS_DIR)
    assert outside.read_text() == "keep me"


def test_what_a_killed_build_left_beside_and_in_the_site_is_removed(tmp_path: Path) -> None:
    out, cache = tmp_path / "site", tmp_path / "cache"
    first = build_into(out, SEEDS_DIR, cache).files
    (tmp_path / ".site.untoc-build-abcd1234" / "resolutions").mkdir(parents=True)  # a fresh folder, never swapped in
    (tmp_path / ".site.untoc-build-abcd1234" / "index.html").write_bytes(b"half")
    (out / "resolutions" / "new").mkdir(parents=True)
    (out / "resolutions" / "new" / "index.html.untoc-new").write_bytes(b"staged")
    (out / STAGING).touch()  # as a build killed with files staged leaves it
    (cache / "documents.999999999.tmp").write_bytes(b"half")
    (tmp_path / ".sites-of-mine").mkdir()  # not a build's: kept
    assert build_into(out, SEEDS_DIR, cache).files == first == tree(out)
    assert sorted(p.name for p in tmp_path.iterdir()) == [".sites-of-mine", "cache", "site"]
    assert not list(cache.glob("*.tmp"))


def test_a_second_build_into_a_site_being_built_stops_with_a_clear_message(tmp_path: Path) -> None:
    out = tmp_path / "site"
    build_into(out, SEEDS_DIR)
    before = tree(out)
    with site_lock(out), pytest.raises(SiteFolderError, match="another build is writing this site"):
        build_into(out, SEEDS_DIR)
    assert tree(out) == before
    build_into(out, SEEDS_DIR)  # once the first has ended
    assert not [p for p in tmp_path.iterdir() if p.name.endswith("untoc-lock")]


def test_a_lock_held_by_another_process_is_seen(tmp_path: Path) -> None:
    """flock is held by an open file: a forked child holding it keeps this process out."""
    out = tmp_path / "site"
    held, done = os.pipe(), os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - the child
        try:
            with site_lock(out):
                os.write(held[1], b"x")
                os.read(done[0], 1)
        finally:
            os._exit(0)
    try:
        assert os.read(held[0], 1) == b"x"
        with pytest.raises(SiteFolderError):
            build_into(out, SEEDS_DIR)
    finally:
        os.write(done[1], b"x")
        os.waitpid(child, 0)
    assert not out.exists()
