"""Rebuilding only what changed: the pages of unchanged documents are taken from the last build."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator, MutableMapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from generator.cache import code_version, read_cache_file, warn_cache, warn_unwritten, write_cache_file
from generator.problems import Level, Problem
from generator.render.env import theme_stamp
from generator.render.fingerprint import entry_fingerprint
from generator.render.lookup import Lookup
from generator.render.paths import page_file
from generator.site_folder import RealFolders


class BuiltFiles(Protocol):
    """The files of a site built before, by path below its root."""

    def get(self, path: str) -> bytes | None:
        """The bytes of the file at `path`, or None if the site has none."""

    def __contains__(self, path: object) -> bool:
        """Whether the site has a file at `path`."""

    def __iter__(self) -> Iterator[str]:
        """The path of every file of the site."""


@dataclass(frozen=True, slots=True)
class FolderFiles:
    """The files of a site as its folder holds them, read when asked for."""

    folder: Path
    real: RealFolders = field(init=False)  # its folders reached through no link: only their files are its

    def __post_init__(self) -> None:
        object.__setattr__(self, "real", RealFolders(self.folder))

    def get(self, path: str) -> bytes | None:
        """The bytes of the file at `path` below the folder, or None if there is none."""
        try:  # without a file object or a Path: a quarter faster, for the pages a rebuild compares
            descriptor = os.open(os.path.join(self.folder, path), os.O_RDONLY)
        except OSError:
            return None
        try:
            chunks = []
            while chunk := os.read(descriptor, 1 << 20):
                chunks.append(chunk)
            return b"".join(chunks)
        except OSError:
            return None
        finally:
            os.close(descriptor)

    def __contains__(self, path: object) -> bool:
        """Whether there is a file at `path` below the folder, in a folder of the site's own (`RealFolders`)."""
        if not isinstance(path, str):
            return False
        where = os.path.join(self.folder, path)
        return os.path.dirname(where) in self.real and os.path.isfile(where)

    def __iter__(self) -> Iterator[str]:
        """The path of every file below the folder, "/"-separated."""
        for top, _, names in os.walk(self.folder):
            base = os.path.relpath(top, self.folder).replace(os.sep, "/")
            yield from (name if base == "." else f"{base}/{name}" for name in names)


class SiteFiles(MutableMapping[str, bytes]):
    """Every file of a site by path: those a build made, and those it took from the last build, read when asked for.

    A rebuild after one new seed takes thousands of files from the last build. Writing the
    site needs none of their bytes, which stand there already: each is read only if asked
    for, from the files it was taken from (`take`).
    """

    def __init__(self) -> None:
        self._files: dict[str, bytes | BuiltFiles] = {}  # bytes, or the files of the last build to read them from

    def take(self, path: str, built: BuiltFiles) -> None:
        """The file at `path` is the one `built` has there."""
        if isinstance(built, SiteFiles):  # a site in memory: its bytes, or where it took them, never a chain of sites
            self._files[path] = built._files[path]
        else:
            self._files[path] = built

    def __getitem__(self, path: str) -> bytes:
        found = self._files[path]
        if isinstance(found, bytes):
            return found
        data = found.get(path)
        if data is None:
            raise KeyError(f"{path}: taken from the last build, and no longer there")
        return data

    def __setitem__(self, path: str, data: bytes) -> None:
        self._files[path] = data

    def __delitem__(self, path: str) -> None:
        del self._files[path]

    def __contains__(self, path: object) -> bool:
        return path in self._files

    def __iter__(self) -> Iterator[str]:
        return iter(self._files)

    def __len__(self) -> int:
        return len(self._files)

    def in_order(self) -> SiteFiles:
        """The same files, by path in sorted order."""
        ordered = SiteFiles()
        ordered._files = dict(sorted(self._files.items(), key=lambda item: item[0]))
        return ordered


@dataclass(frozen=True, slots=True)
class PageRecord:
    """What the last build made of one page: a document's, or one made of the corpus (`corpus_page`)."""

    fingerprint: str
    lost: tuple[str, ...] = ()  # the nothing-lost errors its page had, as messages


@dataclass(frozen=True, slots=True)
class Kept:
    """What a build may take from the last one instead of making it again."""

    pages: set[str] = field(default_factory=set)  # entry pages and JSON kept, by site path
    site: BuiltFiles | None = None  # the last build's files, which they are taken from, with the search bundles
    stamp: str = ""  # the code and templates that made them (`version`), part of every fingerprint
    last: dict[str, PageRecord] = field(default_factory=dict)  # the last build's record of each page, by URL

    def holds(self, url: str, fingerprint: str) -> bool:
        """Whether the last build's page at site path `url` was made from what has `fingerprint`, and is still there."""
        old, site = self.last.get(url), self.site
        return old is not None and old.fingerprint == fingerprint and site is not None and page_file(url) in site


@dataclass(slots=True)
class Reuse:
    """The entry pages a build may take from the last one, and what it records for the next."""

    kept: Kept = field(default_factory=Kept)  # page and JSON files, and the site they are taken from
    records: dict[str, PageRecord] = field(default_factory=dict)  # by document URL, of the pages kept
    carried: list[Problem] = field(default_factory=list)  # nothing-lost errors of the kept pages


def version() -> str:
    """The code, theme and site settings that make pages: a page made by other ones is never reused."""
    return hashlib.sha256(f"{code_version()} {theme_stamp()}".encode()).hexdigest()


def plan_reuse(lookup: Lookup, store: Path, site_dir: Path, built: BuiltFiles | None = None) -> Reuse:
    """Which entry pages of `site_dir` still hold, by the fingerprints the last build left in `store`.

    `lookup` is the corpus's, which its pages are then rendered with. `built`: the files
    of the last build as the caller has them (in memory in a process that builds again,
    or the folder being updated); else the folder is looked in. A page kept is found there,
    not read (`SiteFiles` reads it if asked for). A page the last build made is
    fingerprinted here, to be compared; a new page is fingerprinted where it is rendered.
    The records of the other pages (sessions') go into `Kept.last`, for `render_site` to
    compare as it makes them.
    """
    stamp = version()
    previous_site: BuiltFiles = built if built is not None else FolderFiles(site_dir)
    previous = _load(store, site_dir)
    reuse = Reuse(Kept(site=previous_site, stamp=stamp, last=previous))
    for entry in lookup.corpus.entries:
        url = entry.ref.url
        old = previous.get(url)
        if old is None or old.fingerprint != entry_fingerprint(entry, lookup, stamp):
            continue
        page, data = page_file(url), f"{url}index.json"
        if page in previous_site and data in previous_site:
            reuse.kept.pages.update((page, data))
            reuse.records[url] = old
            source = entry.document.source if entry.document else url
            reuse.carried += [Problem(source, 0, Level.ERROR, message) for message in old.lost]
    return reuse


def save_records(store: Path, site_dir: Path, records: dict[str, PageRecord]) -> None:
    """Leave the fingerprints of this build for the next, with the nothing-lost errors of each page."""
    pages = {url: [r.fingerprint, list(r.lost)] for url, r in sorted(records.items())}
    error = write_cache_file(store, json.dumps({"site": str(site_dir.resolve()), "pages": pages}).encode())
    if error is not None:  # the next build renders every page
        warn_unwritten(store, error)


def _load(store: Path, site_dir: Path) -> dict[str, PageRecord]:
    try:
        data = json.loads(read_cache_file(store).decode("utf-8"))
        if data.get("site") != str(site_dir.resolve()):
            return {}
        records = {url: PageRecord(fp, tuple(lost)) for url, (fp, lost) in data["pages"].items()}
        if not all(
            isinstance(r.fingerprint, str) and all(isinstance(m, str) for m in r.lost) for r in records.values()
        ):
            raise TypeError("not a fingerprint")
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, AttributeError, KeyError, TypeError):  # damaged or foreign: no page is kept
        warn_cache(store, "not a file of page fingerprints")
        return {}
    return records
