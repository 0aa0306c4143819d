"""The cache of parsed documents: one file of plain data between builds, which no read can make run code."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import logging
import os
import stat
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, ClassVar, Literal

import orjson

from generator.memo import memo
from generator.model import Document
from generator.stored import StoredError, dumps, loads

FORMAT = "untoc-documents 6"  # bump when a stored Document would no longer match what the code makes
LEFTOVERS = ("*.tmp", "documents.pickle")  # in the cache folder: files of a killed build, the format of before
HEADER_LIMIT = 1 << 26  # bytes of the cache file's first line: its keys, of a million documents
FILE_LIMIT = 1 << 28  # bytes of another cache file (pages.json: 1.1 MB at 10,000 documents)
log = logging.getLogger(__name__)


@memo(1)  # read once a build, not by each of its seven users
def code_version() -> str:
    """A hash of the generator's own source, so that a cache never outlives the code that filled it."""
    digest = hashlib.sha256(FORMAT.encode())
    for path in sorted(Path(__file__).parent.rglob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def warn_cache(file: Path, what: str) -> None:
    """One warning for a cache file that cannot be used: it is ignored, and the build writes it anew."""
    log.warning("%s: warning: %s; ignored, and written anew", file, what)


def open_cache_file(file: Path) -> BinaryIO:
    """A cache file opened to read, if it is a regular file, not a link: never a FIFO, a device, a file elsewhere.

    FileNotFoundError if there is none; OSError if it is something else.
    """
    descriptor = os.open(file, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    if not stat.S_ISREG(os.fstat(descriptor).st_mode):
        os.close(descriptor)
        raise OSError(errno.EINVAL, "not a regular file")
    return os.fdopen(descriptor, "rb")


def read_cache_file(file: Path, limit: int = FILE_LIMIT) -> bytes:
    """The bytes of a cache file, as `open_cache_file` opens it; OSError too if it holds more than `limit` bytes."""
    with open_cache_file(file) as opened:
        if os.fstat(opened.fileno()).st_size > limit:  # a 10 GB file of zeros is never read into memory
            raise OSError(errno.EFBIG, "larger than any the generator writes")
        return opened.read(limit + 1)


def read_json_cache_file(
    file: Path, form: str, what: str, valid: Callable[[dict[str, Any]], bool] = lambda _: True
) -> dict[str, Any] | None | Literal[False]:
    """The JSON object of cache file `file`, if it is one of format `form` that is `valid`; None if there is none.

    False, with one warning ("not a file of `what`"), if the file cannot be read, or is
    not such an object: the build does without it, and writes it anew.
    """
    try:
        data = orjson.loads(read_cache_file(file))
    except FileNotFoundError:
        return None
    except (OSError, orjson.JSONDecodeError):
        data = None
    if type(data) is not dict or data.get("format") != form or not valid(data):
        warn_cache(file, f"not a file of {what}")
        return False
    return data


def write_cache_file(file: Path, *parts: bytes) -> OSError | None:
    """Write `parts` as the whole of cache file `file`, or nothing (never half of it): the error, if any.

    They are written beside it, under a name of this process, into a file made anew and
    never through a link planted under that name: one who can write the cache folder
    cannot make a build write elsewhere. A folder in the file's place, a file in the
    folder's, a full disk: the error is returned, and nothing is left.
    """
    partial = file.with_suffix(f".{os.getpid()}.tmp")
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        partial.unlink(missing_ok=True)  # a link planted under this name goes, not what it leads to
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC, 0o644)
        with os.fdopen(descriptor, "wb") as out:
            for part in parts:
                out.write(part)
        partial.replace(file)
    except OSError as error:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        return error
    return None


def warn_unwritten(file: Path, error: OSError) -> None:
    """One warning for a cache file that cannot be written: the next build does without it."""
    log.warning("%s: warning: cannot write the cache file (%s)", file, error.strerror)


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
            with open_cache_file(file) as opened:
                keys, rest = _keys_and_rest(opened)
        except FileNotFoundError:
            return {}
        except OSError as error:
            self._damaged(f"cannot read the file ({error.strerror})")
            return {}
        lines = rest.split(b"\n")
        if keys is None or len(lines) != len(keys):
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
            keys = sorted(self.used)
            rest = b"\n".join([self.used[key][1] for key in keys])
            header = orjson.dumps({"format": FORMAT, "keys": keys, "size": len(rest), "checksum": zlib.crc32(rest)})
            error = write_cache_file(self.file, header + b"\n", rest)
            if error is not None:  # the next build reads every seed again
                if not self.damaged:
                    warn_unwritten(self.file, error)
                return
        try:
            ParsedCache.last_build = LastBuild(self.file, dict(self.used), _size_and_time(self.file))
        except OSError:  # no file: nothing was read
            return


def _keys_and_rest(opened: BinaryIO) -> tuple[list[str] | None, bytes]:
    """The keys a cache file's header lists and the rest of the file; None if the header is not of this format.

    The rest is read only once the header vouches for its size: a file of zeros, or any
    file without a header, is one line read, at most `HEADER_LIMIT` bytes.
    """
    head = opened.readline(HEADER_LIMIT)
    size = os.fstat(opened.fileno()).st_size - len(head)
    try:
        header = orjson.loads(head)
    except orjson.JSONDecodeError:
        return None, b""
    if not isinstance(header, dict) or header.get("format") != FORMAT or header.get("size") != size:
        return None, b""
    keys, rest = header.get("keys"), opened.read(size)
    if header.get("checksum") != zlib.crc32(rest) or type(keys) is not list or any(type(k) is not str for k in keys):
        return None, b""
    return keys, rest


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
