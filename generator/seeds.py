"""Reading the seeds folder: every file on its own, bad ones reported, duplicates settled."""

from __future__ import annotations

import hashlib
import multiprocessing
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from generator.cache import ParsedCache, store
from generator.model import Document
from generator.outline import outline
from generator.parallel import workers
from generator.problems import Level, Problem, SeedError
from generator.progress import progress
from generator.seed_files import read_seed_file, seed_files
from generator.stored import StoredError, loads

Reader = Callable[[str, bytes], Document]  # a seed's path and bytes to its document
Job = tuple[str, bytes]  # a seed's path and bytes
Made = tuple[Document, bytes] | bytes | Problem  # a seed's document and stored form, the stored form alone, or why not


@dataclass(slots=True)
class Collection:
    """The documents read from a seeds folder, one per identity, and what went wrong."""

    documents: list[Document] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


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
    found = seed_files(folder, base)
    results.update({problem.path: problem for problem in found.skipped})
    for path in found.files:
        name = path.relative_to(base).as_posix() if path.is_relative_to(base) else str(path)
        try:
            data = read_seed_file(found.links.get(path, path), name)
        except SeedError as error:
            results[name] = error.problem
            continue
        cached = cache.get(name, data)
        if cached is not None:
            results[name] = cached
        else:
            jobs.append((name, data))
    with workers(read, len(jobs)) as run:
        for (name, data), made in zip(jobs, progress(run(_read_one, jobs), "reading seeds", len(jobs)), strict=True):
            received = _received(name, made)
            if isinstance(received, Problem):
                results[name] = received
            else:
                results[name] = received[0]
                cache.put(name, data, *received)
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


def _read_one(read: Reader, job: Job) -> Made:
    """One seed read, in its stored form for the cache, and the document itself where it was asked for; or the problem.

    From a worker, the stored form alone makes the way back (`_received` reads it): the
    worker pickles nothing, and half the bytes cross. Reading it back costs the main
    process a little more than unpickling did, much less than the pickling it spares.
    """
    name, data = job
    try:
        doc = read(name, data)
        stored = store(doc)
    except SeedError as error:
        return error.problem
    except Exception as error:  # noqa: BLE001 - one bad seed never takes the site down
        return _internal_error(name, error)
    return (doc, stored) if multiprocessing.parent_process() is None else stored


def _received(name: str, made: Made) -> tuple[Document, bytes] | Problem:
    """What `_read_one` made of seed `name`, the document read back from its stored form if it came from a worker."""
    if not isinstance(made, bytes):
        return made
    try:
        return loads(Document, made), made
    except StoredError as error:  # made by this code: never, unless it has a bug
        return _internal_error(name, error)


def _internal_error(name: str, error: Exception) -> Problem:
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
