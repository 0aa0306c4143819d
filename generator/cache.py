"""The cache of parsed documents: one file of plain data between builds, which no read can make run code."""

from __future__ import annotations

import errno
import hashlib
import logging
import os
import stat
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

import orjson

from generator.model import Document
from generator.stored import StoredError, dumps, loads

FORMAT = "untoc-documents 4"  # bump when a stored Document would no longer match what the code makes
LEFTOVERS = ("*.tmp", "documents.pickle")  # in the cache folder: files of a killed build, the format of before
log = logging.getLogger(__name__)


def code_version() -> str:
    """A hash of the generator's own source, so that a cache never outlives the code that filled it."""
    digest = hashlib.sha256(FORMAT.encode())
    for path in sorted(Path(__file__).parent.rglob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def warn_cache(file: Path, what: str) -> None:
    """One warning for a cache file that cannot be used: it is ignored, and the build writes it anew."""
    log.warning("%s: warning: %s; ignored, and written anew", file, what)


def read_cache_file(file: Path) -> bytes:
    """The bytes of a cache file if it is a regular file, not a link: never a FIFO, a device, a file elsewhere.

    FileNotFoundError if there is none; OSError if it is something else.
    """
    descriptor = os.open(file, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    if not stat.S_ISREG(os.fstat(descriptor).st_mode):
        os.close(descriptor)
        raise OSError(errno.EINVAL, "not a regular file")
    with os.fdopen(descriptor, "rb") as opened:
        return opened.read()


def store(document: Document) -> bytes:
    """The stored form of `document`: what the cache file holds of it."""
    return dumps(Document, document)


@dataclass(frozen=True, slots=True)
class LastBuild:
    """What the last build in a process left of its cache: the file, its documents, the file as it left it."""

    file: Path
    documents: dict[str, tuple[Document, bytes]]  # by key, with their stored forms
    left: tuple[int, int]  # the file's size and modification time once written


def _size_and_time(file: Path) -> tuple[int, int]:
    stat = file.stat()
    return stat.st_size, stat.st_mtime_ns


class ParsedCache:
    """Normalised documents kept between builds in one file, keyed by seed path, content and code version.

    The file is JSON lines: a header (format, keys, checksum of the rest), then each
    document's stored form (`generator.stored`) on a line of its own, read only when a
    seed asks for it. Each build writes the file anew with the documents it used, and
    only those, so that the cache never grows past the collection. A process that
    builds again and again (`mkdocs serve`) also keeps them in memory, and loads nothing
    from disk while the file is as it left it.
    """

    FILE = "documents.jsonl"
    last_build: ClassVar[LastBuild | None] = None  # of this process

    def __init__(self, folder: Path | None) -> None:
        self.file = folder / self.FILE if folder else None
        self.version = code_version() if folder else ""
        self.stored: dict[str, bytes] | None = None  # the file's documents by key, once read
        self.used: dict[str, tuple[Document, bytes]] = {}  # what this build got or read, by key
        self.damaged = False  # whether the file was found unusable (and warned about)

    def key(self, path: str, data: bytes) -> str:
        """The key of seed `path` holding `data`, read by this version of the code."""
        return hashlib.sha256(b"\0".join([self.version.encode(), path.encode(), data])).hexdigest()

    def get(self, path: str, data: bytes) -> Document | None:
        """The document of seed `path` holding `data`, if a build has read it before."""
        if self.file is None:
            return None
        key = self.key(path, data)
        cached = self._in_memory().get(key)
        if cached is None:
            stored = self._stored().get(key)
            if stored is None:
                return None
            try:
                cached = (loads(Document, stored), stored)
            except StoredError as error:
                self._damaged(str(error))
                return None
        self.used[key] = cached
        return cached[0]

    def _damaged(self, what: str) -> None:
        """Warn once about the file, and forget what it holds: each seed is read again, and the file written anew."""
        if not self.damaged and self.file is not None:
            warn_cache(self.file, what)
        self.damaged, self.stored = True, {}

    def _stored(self) -> dict[str, bytes]:
        """What the file holds: read once, unless it is as this process left it, and so in memory."""
        if self.stored is None:
            if self._as_left():
                self.stored = {key: stored for key, (_, stored) in self._in_memory().items()}
            else:
                self.stored = self._load(self.file) if self.file else {}
        return self.stored

    def _in_memory(self) -> dict[str, tuple[Document, bytes]]:
        """The documents of the last build in this process, if it used the same file."""
        last = ParsedCache.last_build
        return last.documents if last is not None and last.file == self.file else {}

    def _as_left(self) -> bool:
        """Whether the file is as this process's last build left it, so that memory holds all it holds."""
        last = ParsedCache.last_build
        if last is None or last.file != self.file:
            return False
        try:
            return last.left == _size_and_time(last.file)
        except OSError:
            return False

    def _load(self, file: Path) -> dict[str, bytes]:
        """The stored documents of `file` by key; none, with one warning, if it is not a whole file of this format."""
        try:
            data = read_cache_file(file)
        except FileNotFoundError:
            return {}
        except OSError as error:
            self._damaged(f"cannot read the file ({error.strerror})")
            return {}
        head, _, rest = data.partition(b"\n")
        try:
            header = orjson.loads(head)
            ok = isinstance(header, dict) and header.get("format") == FORMAT
            keys = header["keys"] if ok else None
            ok = ok and header.get("checksum") == zlib.crc32(rest) and isinstance(keys, list)
        except (orjson.JSONDecodeError, KeyError):
            ok, keys = False, None
        lines = rest.split(b"\n")
        if not ok or keys is None or len(lines) != len(keys) or not all(isinstance(k, str) for k in keys):
            self._damaged("not a whole cache file of this version of the generator")
            return {}
        return dict(zip(keys, lines, strict=True))

    def put(self, path: str, data: bytes, doc: Document, stored: bytes) -> None:
        """Count the document read from `data`, and its stored form, among those of this build."""
        if self.file is not None:
            self.used[self.key(path, data)] = (doc, stored)

    def save(self) -> None:
        """Write the file of this build's documents, unless it already holds them; keep them in memory too."""
        if self.file is None:
            return
        if self.damaged or self._stored().keys() != self.used.keys():
            self.file.parent.mkdir(parents=True, exist_ok=True)
            partial = self.file.with_suffix(f".{os.getpid()}.tmp")
            keys = sorted(self.used)
            rest = b"\n".join([self.used[key][1] for key in keys])
            header = orjson.dumps({"format": FORMAT, "keys": keys, "checksum": zlib.crc32(rest)})
            try:
                with partial.open("wb") as out:
                    out.write(header + b"\n")
                    out.write(rest)
                partial.replace(self.file)
            except OSError as error:  # a folder in its place, a full disk: the next build reads every seed again
                partial.unlink(missing_ok=True)
                if not self.damaged:
                    log.warning("%s: warning: cannot write the cache file (%s)", self.file, error.strerror)
                return
        try:
            ParsedCache.last_build = LastBuild(self.file, dict(self.used), _size_and_time(self.file))
        except OSError:  # no file: nothing was read
            return


def remove_leftovers(folder: Path) -> None:
    """Remove what killed builds left in the cache folder (half-written files) and the file format of before.

    A half-written file is named for the process writing it: one of a process still
    running is another build's, and left alone.
    """
    for pattern in LEFTOVERS:
        for leftover in folder.glob(pattern):
            if leftover.is_file() and not leftover.is_symlink() and not _running(leftover.suffixes):
                leftover.unlink(missing_ok=True)


def _running(suffixes: list[str]) -> bool:
    """Whether the process a half-written file is named for (`documents.1234.tmp`) is running."""
    pid = suffixes[-2][1:] if len(suffixes) >= 2 else ""
    if not pid.isdigit() or int(pid) == os.getpid():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process: running
        return True
    return True
