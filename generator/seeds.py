"""Reading the seeds folder: every file on its own, bad ones reported, duplicates settled."""

from __future__ import annotations

import hashlib
import os
import pickle
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

from generator.model import Document
from generator.outline import outline
from generator.parallel import workers
from generator.problems import Level, Problem, SeedError
from generator.progress import progress

CACHE_FORMAT = 2  # bump when a cached Document would no longer match what the code makes


Reader = Callable[[str, bytes], Document]  # a seed's path and bytes to its document
Job = tuple[str, bytes]  # a seed's path and bytes


@dataclass(slots=True)
class Collection:
    """The documents read from a seeds folder, one per identity, and what went wrong."""

    documents: list[Document] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def seed_files(folder: Path) -> list[Path]:
    """The seed files of `folder`: every regular file below it, hidden ones and those in hidden folders aside, in order.

    Only what is below `folder` counts as hidden: seeds kept in a folder below a hidden one
    (`~/.local/share/…`) are found.
    """
    found: list[Path] = []
    below = [str(folder)]
    while below:
        with os.scandir(below.pop()) as entries:  # the entries know their types: no call per file
            for entry in entries:
                if entry.name.startswith("."):
                    continue
                if entry.is_dir(follow_symlinks=False):
                    below.append(entry.path)
                elif entry.is_file():
                    found.append(Path(entry.path))
    return sorted(found)


def code_version() -> str:
    """A hash of the generator's own source, so that a cache never outlives the code that filled it."""
    digest = hashlib.sha256(str(CACHE_FORMAT).encode())
    for path in sorted(Path(__file__).parent.rglob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class LastBuild:
    """What the last build in a process left of its cache: the file, its documents, the file as it left it."""

    file: Path
    documents: dict[str, tuple[Document, bytes]]  # by key, with their pickles
    left: tuple[int, int]  # the file's size and modification time once written


def _size_and_time(file: Path) -> tuple[int, int]:
    stat = file.stat()
    return stat.st_size, stat.st_mtime_ns


class ParsedCache:
    """Normalised documents, pickled, kept between builds in one file, keyed by seed path, content and code version.

    Each build writes the file anew with the documents it used, and only those, so that
    the cache never grows past the collection. A process that builds again and again
    (`mkdocs serve`) also keeps them in memory, and loads nothing from disk while the
    file is as it left it.
    """

    FILE = "documents.pickle"
    last_build: ClassVar[LastBuild | None] = None  # of this process

    def __init__(self, folder: Path | None) -> None:
        self.file = folder / self.FILE if folder else None
        self.version = code_version() if folder else ""
        self.stored: dict[str, bytes] | None = None  # the file's documents by key, once read
        self.used: dict[str, tuple[Document, bytes]] = {}  # what this build got or read, by key

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
            pickled = self._stored().get(key)
            if pickled is None:
                return None
            cached = (pickle.loads(pickled), pickled)  # our own file, written by `save`
        self.used[key] = cached
        return cached[0]

    def _stored(self) -> dict[str, bytes]:
        """What the file holds: read once, unless it is as this process left it, and so in memory."""
        if self.stored is None:
            if self._as_left():
                self.stored = {key: pickled for key, (_, pickled) in self._in_memory().items()}
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

    @staticmethod
    def _load(file: Path) -> dict[str, bytes]:
        try:
            with file.open("rb") as stored:
                loaded: dict[str, bytes] = pickle.load(stored)  # our own file, written by `save`
        except FileNotFoundError:
            return {}
        except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError):
            return {}  # damaged: every seed is read again, and the file written anew
        return loaded if isinstance(loaded, dict) else {}

    def put(self, path: str, data: bytes, doc: Document, pickled: bytes) -> None:
        """Count the document read from `data`, and its pickle, among those of this build."""
        if self.file is not None:
            self.used[self.key(path, data)] = (doc, pickled)

    def save(self) -> None:
        """Write the file of this build's documents, unless it already holds them; keep them in memory too."""
        if self.file is None:
            return
        if self._stored().keys() != self.used.keys():
            self.file.parent.mkdir(parents=True, exist_ok=True)
            partial = self.file.with_suffix(f".{os.getpid()}.tmp")
            stored = {key: pickled for key, (_, pickled) in sorted(self.used.items())}
            with partial.open("wb") as out:  # streamed: no second copy of every pickle in memory
                pickle.dump(stored, out, pickle.HIGHEST_PROTOCOL)
            partial.replace(self.file)
        try:
            ParsedCache.last_build = LastBuild(self.file, dict(self.used), _size_and_time(self.file))
        except OSError:  # no file: nothing was read
            return


def read_collection(
    folder: Path, read: Reader, cache: ParsedCache | None = None, root: Path | None = None
) -> Collection:
    """Read every seed of `folder`; a seed that fails is reported and left out, the rest go on.

    Seeds the cache holds are taken from it; the others are read, on every core when
    there are many. Paths in documents and problems are relative to `root` (default:
    the folder's parent). Two seeds of one identity: the same text is published once,
    with a note; different texts are an error naming both, and the one distributed
    later (then the larger text, then the one whose text hashes higher) is published,
    so that neither file names nor order decide.
    """
    cache = cache or ParsedCache(None)
    base = root or folder.parent
    results: dict[str, Document | Problem] = {}
    jobs: list[Job] = []
    for path in seed_files(folder):
        name = path.relative_to(base).as_posix() if path.is_relative_to(base) else str(path)
        try:
            data = path.read_bytes()
        except OSError as error:
            results[name] = Problem(name, 0, Level.ERROR, f"cannot read the file: {error.strerror}; not read")
            continue
        cached = cache.get(name, data)
        if cached is not None:
            results[name] = cached
        else:
            jobs.append((name, data))
    with workers(read, len(jobs)) as run:
        for (name, data), made in zip(jobs, progress(run(_read_one, jobs), "reading seeds", len(jobs)), strict=True):
            if isinstance(made, bytes):
                doc: Document = pickle.loads(made)  # made by _read_one
                results[name] = doc
                cache.put(name, data, doc, made)
            else:
                results[name] = made
    cache.save()
    collection = Collection()
    for name in sorted(results):
        result = results[name]
        if isinstance(result, Problem):
            collection.problems.append(result)
        else:
            collection.documents.append(result)
    _settle_duplicates(collection)
    collection.problems += [problem for doc in collection.documents for problem in doc.problems]
    return collection


def _read_one(read: Reader, job: Job) -> bytes | Problem:
    """One seed read and pickled (once, for its way from a worker and for the cache), or the problem met."""
    name, data = job
    try:
        return pickle.dumps(read(name, data), protocol=pickle.HIGHEST_PROTOCOL)
    except SeedError as error:
        return error.problem
    except Exception as error:  # noqa: BLE001 - one bad seed never takes the site down
        message = f"internal error while reading ({type(error).__name__}: {error}); not read, please report it"
        return Problem(name, 0, Level.ERROR, message)


def _settle_duplicates(collection: Collection) -> None:
    by_ref: dict[object, list[Document]] = {}
    for doc in collection.documents:
        by_ref.setdefault(doc.ref or doc.source, []).append(doc)
    kept = []
    for docs in by_ref.values():
        winner = max(docs, key=_precedence) if len(docs) > 1 else docs[0]
        kept.append(winner)
        for other in docs:
            if other is winner:
                continue
            if _text_of(other) == _text_of(winner):
                message = f"the same text as {winner.source}; published once"
                collection.problems.append(Problem(other.source, 0, Level.INFO, message))
            else:
                message = (
                    f"another text of {winner.ref.label if winner.ref else 'this document'} than {winner.source}, "
                    f"which is published instead; remove or correct one of the two files"
                )
                collection.problems.append(Problem(other.source, 0, Level.ERROR, message))
    collection.documents = sorted(kept, key=lambda d: (d.ref is None, d.ref or d.source, d.source))


def _text_of(doc: Document) -> str:
    """The document as text, without its source path and line numbers."""
    return "\n".join(line.split(":", 1)[-1] for line in outline(doc).splitlines()[1:])


def _precedence(doc: Document) -> tuple[object, ...]:
    text = _text_of(doc)
    return (doc.distributed is not None, doc.distributed or 0, len(text), hashlib.sha256(text.encode()).hexdigest())
