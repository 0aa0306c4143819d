"""Reading a seeds folder: bad files reported and left out, duplicates settled, a cache that is never stale."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.cache import ParsedCache
from generator.pipeline import read_seed
from generator.problems import Level
from generator.seed_files import seed_files
from generator.seeds import read_collection
from tests.conftest import SEEDS

GOOD = """Resolution 20/1

A title

The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,

Noting the report,

1. Decides to act.
"""


def folder_with(tmp_path: Path, files: dict[str, bytes]) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir(parents=True)
    for seed in SEEDS:
        shutil.copy(seed, seeds / seed.name)
    for name, data in files.items():
        (seeds / name).write_bytes(data)
    return seeds


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00IHDR", "NUL byte"),
        (b"\xff\xfe" + "text".encode("utf-16-le")[:-1], "invalid utf-16"),
    ],
    ids=["empty", "image", "broken utf-16"],
)
def test_a_bad_seed_is_reported_and_the_others_are_read(tmp_path: Path, data: bytes, words: str) -> None:
    collection = read_collection(folder_with(tmp_path, {"bad.txt": data}), read_seed)
    assert len(collection.documents) == len(SEEDS)
    [problem] = [p for p in collection.problems if p.path == "seeds/bad.txt"]
    assert problem.level is Level.ERROR
    assert words in problem.message


def test_the_same_text_twice_is_published_once_with_a_note(tmp_path: Path) -> None:
    collection = read_collection(folder_with(tmp_path, {"a.txt": GOOD.encode(), "b.txt": GOOD.encode()}), read_seed)
    assert sum(1 for d in collection.documents if d.number == "20/1") == 1
    [note] = [p for p in collection.problems if "the same text as" in p.message]
    assert note.level is Level.INFO and note.path == "seeds/b.txt" and "seeds/a.txt" in note.message


def test_two_texts_of_one_document_are_an_error_naming_both_and_names_do_not_choose(tmp_path: Path) -> None:
    other = GOOD.replace("Decides to act", "Decides to act at once")
    first = read_collection(folder_with(tmp_path / "1", {"a.txt": GOOD.encode(), "b.txt": other.encode()}), read_seed)
    second = read_collection(folder_with(tmp_path / "2", {"b.txt": GOOD.encode(), "a.txt": other.encode()}), read_seed)
    [error] = [p for p in first.problems if p.level is Level.ERROR]
    assert {error.path, error.message.split(" than ")[1].split(",")[0]} == {"seeds/a.txt", "seeds/b.txt"}
    kept = [d.operative[0].text for d in first.documents if d.number == "20/1"]
    assert kept == [d.operative[0].text for d in second.documents if d.number == "20/1"]


def test_the_cache_returns_what_a_fresh_read_gives_and_rereads_changed_seeds(tmp_path: Path) -> None:
    seeds = folder_with(tmp_path, {"new.txt": GOOD.encode()})
    cache = ParsedCache(tmp_path / "cache")
    fresh = read_collection(seeds, read_seed)
    assert read_collection(seeds, read_seed, cache).documents == fresh.documents
    assert read_collection(seeds, read_seed, cache).documents == fresh.documents
    (seeds / "new.txt").write_text(GOOD.replace("20/1", "20/2"))
    numbers = {d.number for d in read_collection(seeds, read_seed, cache).documents}
    assert "20/2" in numbers and "20/1" not in numbers


def test_seeds_below_a_hidden_folder_are_found_and_hidden_ones_below_the_seeds_folder_are_not(tmp_path: Path) -> None:
    seeds = folder_with(tmp_path / ".local" / "share", {"new.txt": GOOD.encode()})
    (seeds / ".git").mkdir()
    (seeds / ".git" / "config.txt").write_bytes(GOOD.encode())
    (seeds / ".draft.txt").write_bytes(GOOD.encode())
    (seeds / "more").mkdir()
    (seeds / "more" / "other.txt").write_bytes(GOOD.replace("20/1", "20/2").encode())
    names = [path.relative_to(seeds).as_posix() for path in seed_files(seeds).files]
    assert names == sorted([seed.name for seed in SEEDS] + ["new.txt", "more/other.txt"])
