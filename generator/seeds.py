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

CACHE_FORMAT = 1  # bump when a cached Document would no longer match what the code makes


Reader = Callable[[str, bytes], Document]  # a seed's path and bytes to its document
Job = tuple[str, bytes]  # a seed's path and bytes


@dataclass(slots=True)
class Collection:
    """The documents read from a seeds folder, one per identity, and what went wrong."""

    documents: list[Document] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def seed_files(folder: Path) -> list[Path]:
    """The seed files of `folder`: every regular, non-hidden file below it, in path order."""
    return sorted(p for p in folder.rglob("*") if p.is_file() and not any(part.startswith(".") for part in p.parts))


def code_version() -> str:
    """A hash of the generator's own source, so that a cache never outlives the code that filled it."""
    digest = hashlib.sha256(str(CACHE_FORMAT).encode())
    for path in sorted(Path(__file__).parent.rglob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


class ParsedCache:
    """Normalised documents on disk, keyed by seed path, content and code version.

    A process that builds again and again (`mkdocs serve`) also keeps the documents of its
    last build in memory, so that a rebuild loads nothing from disk but what changed.
    """

    in_memory: ClassVar[dict[Path, Document]] = {}  # by cache file: the documents of the last build

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self.version = code_version() if folder else ""
        self.used: dict[Path, Document] = {}  # what this build got or put, by cache file

    def _entry(self, path: str, data: bytes) -> Path | None:
        if self.folder is None:
            return None
        key = hashlib.sha256(b"\0".join([self.version.encode(), path.encode(), data])).hexdigest()
        return self.folder / f"{key}.pickle"

    def get(self, path: str, data: bytes) -> Document | None:
        """The document of seed `path` holding `data`, if a build has read it before."""
        entry = self._entry(path, data)
        if entry is None:
            return None
        cached = self.in_memory.get(entry)
        if cached is None:
            if not entry.exists():
                return None
            cached = self._load(entry)
        self.used[entry] = cached
        return cached

    @staticmethod
    def _load(entry: Path) -> Document:
        loaded: Document = pickle.loads(entry.read_bytes())  # our own files, written by `store`
        return loaded

    def store(self, path: str, data: bytes, pickled: bytes) -> None:
        """Keep on disk, for the next build, the document read from `data`, pickled."""
        entry = self._entry(path, data)
        if entry is None:
            return
        entry.parent.mkdir(parents=True, exist_ok=True)
        partial = entry.with_suffix(f".{os.getpid()}.tmp")
        partial.write_bytes(pickled)
        partial.replace(entry)

    def keep(self, path: str, data: bytes, doc: Document) -> None:
        """Count the document read from `data`, stored on disk, among those of this build."""
        entry = self._entry(path, data)
        if entry is not None:
            self.used[entry] = doc

    def remember(self) -> None:
        """Keep in memory the documents of this build, and only those, for the next build in this process."""
        if self.folder is not None:
            ParsedCache.in_memory = dict(self.used)


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
    with workers((read, cache), len(jobs)) as run:
        for (name, data), made in zip(jobs, progress(run(_read_one, jobs), "reading seeds", len(jobs)), strict=True):
            if isinstance(made, bytes):
                doc: Document = pickle.loads(made)  # made by _read_one
                results[name] = doc
                cache.keep(name, data, doc)
            else:
                results[name] = made
    cache.remember()
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


def _read_one(reading: tuple[Reader, ParsedCache], job: Job) -> bytes | Problem:
    """One seed read and stored in the cache, pickled (so that it is pickled once), or the problem that kept it out."""
    read, cache = reading
    name, data = job
    try:
        pickled = pickle.dumps(read(name, data), protocol=pickle.HIGHEST_PROTOCOL)
        cache.store(name, data, pickled)
        return pickled
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
