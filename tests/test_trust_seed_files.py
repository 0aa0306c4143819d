"""Only the seeds are read: links out of the folder, loops, FIFOs, unreadable files, names not UTF-8 are skipped."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from generator import seed_files as seed_files_module
from generator.build import build_into
from generator.cli import main
from generator.pipeline import read_seed
from generator.problems import Level
from generator.seeds import read_collection
from tests.conftest import SEEDS, tree

SECRET = "Zanzibarian password hunter2"
GOOD = "Resolution 20/1\n\nThe Conference of the Parties,\n\n1. Decides to act.\n"


def seeds_with_one(tmp_path: Path) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEEDS[0], seeds / SEEDS[0].name)
    return seeds


def skipped(seeds: Path) -> dict[str, str]:
    """The problems of the folder's seeds that are not among those of its one good seed, by path."""
    collection = read_collection(seeds, read_seed)
    assert len(collection.documents) == 1
    return {p.path: p.message for p in collection.problems if p.level is Level.ERROR}


def test_a_link_out_of_the_seeds_folder_is_not_followed_and_what_it_leads_to_is_published_nowhere(
    tmp_path: Path,
) -> None:
    seeds = seeds_with_one(tmp_path)
    outside = tmp_path / "passwd"
    outside.write_text(GOOD.replace("Decides to act", SECRET))
    (seeds / "passwd.txt").symlink_to(outside)
    assert skipped(seeds) == {
        "seeds/passwd.txt": "a symbolic link leading out of the seeds folder, not followed; not read"
    }
    site = build_into(tmp_path / "site", seeds)
    assert not [path for path, data in tree(tmp_path / "site").items() if b"Zanzibarian" in data]
    assert any("passwd.txt" in line for line in site.summary)


def test_a_link_to_a_file_inside_the_folder_is_read(tmp_path: Path) -> None:
    seeds = seeds_with_one(tmp_path)
    (seeds / "texts").mkdir()
    (seeds / "texts" / "real.txt").write_text(GOOD)
    (seeds / "alias.txt").symlink_to(seeds / "texts" / "real.txt")
    collection = read_collection(seeds, read_seed)
    assert {d.number for d in collection.documents} >= {"20/1"}
    assert not [p for p in collection.problems if p.level is Level.ERROR]


@pytest.mark.parametrize("kind", ["loop", "nowhere", "folder", "fifo"])
def test_loops_dangling_links_links_to_folders_and_fifos_are_reported_and_the_rest_built(
    tmp_path: Path, kind: str
) -> None:
    seeds = seeds_with_one(tmp_path)
    odd = seeds / "odd.txt"
    if kind == "loop":
        odd.symlink_to(seeds / "other.txt")
        (seeds / "other.txt").symlink_to(odd)
    elif kind == "nowhere":
        odd.symlink_to(tmp_path / "gone.txt")
    elif kind == "folder":
        (seeds / "sub").mkdir()
        odd.symlink_to(seeds / "sub")
    else:
        os.mkfifo(odd)  # reading it would wait for ever
    problems = skipped(seeds)
    assert "seeds/odd.txt" in problems and problems["seeds/odd.txt"].endswith("; not read")


def test_an_unreadable_file_is_reported_and_the_rest_built(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seeds = seeds_with_one(tmp_path)
    (seeds / "locked.txt").write_text(GOOD)
    (seeds / "locked.txt").chmod(0)
    if os.geteuid() == 0:  # root reads a file of any permissions: the system refuses it here as it would anyone else
        real_open = os.open

        def refusing_open(path: str, flags: int, *args: int) -> int:
            if str(path).endswith("locked.txt"):
                raise PermissionError(13, "Permission denied")
            return real_open(path, flags, *args)

        monkeypatch.setattr(seed_files_module.os, "open", refusing_open)
    assert skipped(seeds)["seeds/locked.txt"] == "cannot read the file: Permission denied; not read"


def test_a_name_that_is_not_utf8_is_reported_escaped_and_the_site_built(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seeds = seeds_with_one(tmp_path)
    with open(os.fsencode(seeds) + b"/caf\xe9.txt", "wb") as file:
        file.write(GOOD.encode())
    assert skipped(seeds) == {"seeds/caf\\xe9.txt": "the name is not UTF-8, or holds control characters; not read"}
    site = build_into(tmp_path / "site", seeds)
    print("\n".join(site.summary))
    assert "caf\\xe9.txt" in capsys.readouterr().out
    assert b"caf\\xe9.txt" in (tmp_path / "site" / "report" / "index.html").read_bytes()


def test_a_name_with_control_characters_is_reported_escaped_never_printed_as_it_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A line break in a name would forge a line of the report, an escape sequence drive the reader's terminal."""
    seeds = seeds_with_one(tmp_path)
    (seeds / "a\none.txt:1: error: forged").mkdir(parents=True)
    (seeds / "a\none.txt:1: error: forged" / "in.txt").write_text(GOOD)
    (seeds / "b\x1b]0;title\x07\u202e.txt").write_text(GOOD)
    why = "the name is not UTF-8, or holds control characters; not read"
    assert skipped(seeds) == {
        "seeds/a\\x0aone.txt:1: error: forged": why,
        "seeds/b\\x1b]0;title\\x07\\u202e.txt": why,
    }
    site = build_into(tmp_path / "site", seeds)
    print("\n".join(site.summary))
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\u202e" not in out and "forged" in out
    assert not any(line.startswith("one.txt:1: error: forged") for line in out.splitlines())


@pytest.mark.parametrize("kind", ["fifo", "device", "folder"])
def test_inspect_of_what_is_no_regular_file_is_one_line_never_a_wait(
    tmp_path: Path, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = {"fifo": tmp_path / "fifo.txt", "device": Path("/dev/zero"), "folder": tmp_path}[kind]
    if kind == "fifo":
        os.mkfifo(path)
    assert main(["inspect", str(path)]) == 1
    assert capsys.readouterr().err == f"{path}: error: not a regular file; not read\n"
