"""The cache folder holds data, never code: a crafted, damaged or foreign file there is one warning, and rewritten."""

from __future__ import annotations

import io
import logging
import os
import pickle
import shutil
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import IO

import orjson
import pytest

from generator.build import PAGES, build_into
from generator.cache import FILE_LIMIT, FORMAT, HEADER_LIMIT, ParsedCache
from generator.lineage.kept import FILE as LINEAGE
from generator.lineage.kept_near import FILE as NEAR
from generator.lineage.memo import FILE as ALIGNMENTS
from generator.model import Document
from generator.pipeline import read_seed
from generator.seeds import read_collection
from generator.stored import StoredError, loads
from tests.conftest import SEEDS


class Payload:
    """What a hostile cache file would hold: unpickling it writes a file."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return exec, (f"open({str(self.marker)!r}, 'w').write('ran')",)


def seeds_in(tmp_path: Path) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for seed in SEEDS:
        shutil.copy(seed, seeds / seed.name)
    return seeds


def stored_file(folder: Path) -> dict[str, bytes]:
    """The documents the cache file in `folder` holds, by key, as the cache reads them."""
    cache = ParsedCache(folder)
    assert cache.file is not None
    return cache._load(cache.file)


def resigned(data: bytes, change: Callable[[bytes], bytes]) -> bytes:
    """A cache file with `change` made to its documents and the checksum made to match: a crafted file."""
    head, _, rest = data.partition(b"\n")
    changed = change(rest)
    assert changed != rest
    rest = changed
    header = orjson.loads(head)
    header["checksum"], header["size"] = zlib.crc32(rest), len(rest)
    return orjson.dumps(header) + b"\n" + rest


def test_the_cache_is_one_file_of_the_documents_of_the_last_build(tmp_path: Path) -> None:
    """It never grows past the collection: a changed seed's old document leaves it."""
    seeds, folder = seeds_in(tmp_path), tmp_path / "cache"
    (seeds / "new.txt").write_text("Resolution 20/1\n\nThe Conference of the Parties,\n\n1. Decides to act.\n")
    read_collection(seeds, read_seed, ParsedCache(folder))
    (seeds / "new.txt").write_text("Resolution 20/2\n\nThe Conference of the Parties,\n\n1. Decides to act.\n")
    documents = read_collection(seeds, read_seed, ParsedCache(folder)).documents
    assert [path.name for path in folder.iterdir()] == [ParsedCache.FILE]
    assert {loads(Document, data) for data in stored_file(folder).values()} == set(documents)


DAMAGES: dict[str, Callable[[bytes], bytes]] = {
    "truncated": lambda data: data[: len(data) // 2],
    "empty": lambda data: b"",
    "a byte changed": lambda data: data[:-10] + bytes([data[-10] ^ 1]) + data[-9:],
    "not JSON": lambda data: b"\x80\x05 not a cache file",
    "a header of another size": lambda data: data.replace(b'"size":', b'"size":1', 1),
    "foreign JSON": lambda data: b'[1, 2, 3]\n{"a": 1}',
    "another format": lambda data: data.replace(FORMAT.encode(), b"untoc-documents 0", 1),
    "a wrong-typed field, signed": lambda data: resigned(data, lambda rest: rest.replace(b'["preamble",', b"[7,", 1)),
    "a document of no class, signed": lambda data: resigned(
        data, lambda rest: b'{"__class__": "os.system"}' + rest[rest.index(b"\n") :]
    ),
    "fewer documents than keys": lambda data: resigned(data, lambda rest: rest[: rest.rindex(b"\n")]),
}


@pytest.mark.parametrize("damage", DAMAGES.values(), ids=DAMAGES.keys())
def test_a_damaged_or_foreign_cache_file_is_one_warning_and_written_anew(
    tmp_path: Path, damage: Callable[[bytes], bytes], monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    seeds, folder = seeds_in(tmp_path), tmp_path / "cache"
    fresh = read_collection(seeds, read_seed)
    read_collection(seeds, read_seed, ParsedCache(folder))
    file = folder / ParsedCache.FILE
    file.write_bytes(damage(file.read_bytes()))
    monkeypatch.setattr(ParsedCache, "last_build", None)  # as in a new process
    with caplog.at_level(logging.WARNING):
        again = read_collection(seeds, read_seed, ParsedCache(folder))
    assert again.documents == fresh.documents and again.problems == fresh.problems
    [warning] = caplog.records
    assert warning.getMessage().startswith(f"{file}: warning: ") and "written anew" in warning.getMessage()
    caplog.clear()
    monkeypatch.setattr(ParsedCache, "last_build", None)
    assert read_collection(seeds, read_seed, ParsedCache(folder)).documents == fresh.documents
    assert not caplog.records and len(stored_file(folder)) == len(SEEDS)


def test_a_stored_document_is_read_only_into_the_models_classes() -> None:
    with pytest.raises(StoredError):
        loads(Document, b'{"__reduce__": ["os.system", ["true"]]}')
    with pytest.raises(StoredError):
        loads(Document, b'["seeds/a.txt"]')


def test_a_pickle_left_in_the_cache_folder_is_never_loaded_and_is_removed(tmp_path: Path) -> None:
    """The format of before was a pickle: a crafted one, left by anyone who can write the cache, runs nothing."""
    seeds, cache, marker = seeds_in(tmp_path), tmp_path / "cache", tmp_path / "ran"
    cache.mkdir()
    (cache / "documents.pickle").write_bytes(pickle.dumps({"key": pickle.dumps(Payload(marker))}))
    (cache / "documents.123.tmp").write_bytes(pickle.dumps(Payload(marker)))
    build_into(tmp_path / "site", seeds, cache)
    assert not marker.exists()
    assert not (cache / "documents.pickle").exists() and not list(cache.glob("*.tmp"))


def test_a_file_planted_among_compiled_templates_runs_nothing(tmp_path: Path) -> None:
    """Jinja2's bytecode cache would unmarshal code from the cache folder: no build keeps one there, or reads it."""
    seeds, cache, marker = seeds_in(tmp_path), tmp_path / "cache", tmp_path / "ran"
    build_into(tmp_path / "site", seeds, cache)
    planted = cache / "templates"
    planted.mkdir(exist_ok=True)
    for name in ("__jinja2_" + "0" * 40 + ".cache", "document.html.cache"):
        (planted / name).write_bytes(pickle.dumps(Payload(marker)))
    shutil.rmtree(tmp_path / "site")
    build_into(tmp_path / "site", seeds, cache)
    assert not marker.exists()


@pytest.mark.parametrize(
    "damage", [b"[1, 2]", b'{"site": 3}', b'{"site": "SITE", "pages": {"index.html": 5}}', b"\xff"]
)
def test_damaged_page_fingerprints_are_one_warning_and_the_pages_made_anew(
    tmp_path: Path, damage: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    seeds, cache, out = seeds_in(tmp_path), tmp_path / "cache", tmp_path / "site"
    first = build_into(out, seeds, cache).files
    (cache / "pages.json").write_bytes(damage.replace(b"SITE", str(out.resolve()).encode()))
    with caplog.at_level(logging.WARNING):
        assert build_into(out, seeds, cache).files == first
    assert len(caplog.records) == (0 if damage == b'{"site": 3}' else 1)


@pytest.mark.parametrize("kind", ["link to a device", "fifo", "folder"])
def test_a_cache_file_that_is_no_regular_file_is_one_warning_and_never_read(
    tmp_path: Path, kind: str, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """/dev/zero would be read for ever, a FIFO waited on."""
    seeds, folder = seeds_in(tmp_path), tmp_path / "cache"
    fresh = read_collection(seeds, read_seed)
    folder.mkdir()
    for name in (ParsedCache.FILE, "pages.json"):
        odd = folder / name
        if kind == "link to a device":
            odd.symlink_to("/dev/zero")
        elif kind == "fifo":
            os.mkfifo(odd)
        else:
            odd.mkdir()
    monkeypatch.setattr(ParsedCache, "last_build", None)
    with caplog.at_level(logging.WARNING):
        assert read_collection(seeds, read_seed, ParsedCache(folder)).documents == fresh.documents
    assert len(caplog.records) == 1


def test_a_huge_cache_file_is_one_warning_and_never_read_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A 10 GB file of zeros (sparse: no disk) was read into memory whole: 21 GB resident, then killed."""
    seeds, folder = seeds_in(tmp_path), tmp_path / "cache"
    fresh = build_into(tmp_path / "site", seeds).files
    folder.mkdir()
    for name in (ParsedCache.FILE, PAGES):
        with (folder / name).open("wb") as file:
            file.truncate(2 << 30)  # past every limit; the test of a regression would still fit in memory
    read: list[int] = []

    class Counting(io.BufferedReader):
        def read(self, size: int | None = -1) -> bytes:
            read.append(len(data := super().read(size)))
            return data

        def readline(self, size: int | None = -1) -> bytes:
            read.append(len(data := super().readline(size)))
            return data

    real_fdopen = os.fdopen

    def counting_fdopen(descriptor: int, mode: str = "r") -> IO[bytes]:
        return real_fdopen(descriptor, mode) if "w" in mode else Counting(io.FileIO(descriptor, "r"))

    monkeypatch.setattr(os, "fdopen", counting_fdopen)
    monkeypatch.setattr(ParsedCache, "last_build", None)
    with caplog.at_level(logging.WARNING):
        assert build_into(tmp_path / "site", seeds, folder).files == fresh
    assert len(caplog.records) == 2 and all("written anew" in r.getMessage() for r in caplog.records)
    assert sum(read) <= HEADER_LIMIT + FILE_LIMIT // 1000  # a header's line at most: the rest never read


def test_a_file_where_the_cache_folder_would_be_is_a_warning_and_the_site_built(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """It was a FileExistsError out of the build, after the site was written."""
    seeds, cache = seeds_in(tmp_path), tmp_path / "cache"
    cache.write_text("not a folder")
    fresh = build_into(tmp_path / "fresh", seeds).files
    with caplog.at_level(logging.WARNING):
        assert build_into(tmp_path / "site", seeds, cache).files == fresh
    assert caplog.records and all(str(cache) in r.getMessage() for r in caplog.records)
    assert cache.read_text() == "not a folder"


def test_a_link_planted_where_a_build_writes_its_cache_files_leads_it_nowhere(tmp_path: Path) -> None:
    """A half-written file is named for the build's process: a link planted under that name was written through."""
    seeds, folder, victim = seeds_in(tmp_path), tmp_path / "cache", tmp_path / "victim"
    victim.write_text("precious")
    folder.mkdir()
    for name in ("documents", "pages", "alignments", "lineage", "near"):
        (folder / f"{name}.{os.getpid()}.tmp").symlink_to(victim)
    build_into(tmp_path / "site", seeds, folder)
    assert victim.read_text() == "precious"
    assert sorted(p.name for p in folder.iterdir()) == sorted([ParsedCache.FILE, PAGES, ALIGNMENTS, LINEAGE, NEAR])
