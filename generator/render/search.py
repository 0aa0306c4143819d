"""The search index: the terms of every paragraph and footnote, in parts the browser loads on demand.

The index is split into bundles, one per body and group of sessions, so that a new text
changes one bundle only. A bundle is a folder `search/<bundle>/` holding `index.json`
(its pages, each with the anchors of its searchable parts, its body, kind and session, and
the list of its chunks) and one chunk file per first character of a term, `<chunk>.json`, mapping each term to
the parts that hold it. `search/bundles.json` lists the bundles. The terms are those of
`generator/render/terms.py`, which `generator/theme/assets/terms.js` reads out of a query alike.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from generator.corpus import Entry
from generator.render.incremental import BuiltFiles
from generator.render.json_out import dumps
from generator.render.terms import index_terms

SESSIONS_PER_BUNDLE = 10  # a bundle holds the texts of ten sessions of one body: small enough to rebuild fast
ROOT = "search"


@dataclass(frozen=True, slots=True)
class Part:
    """A searchable part of a page: its anchor ("" for the top of the page) and its text."""

    anchor: str
    text: str


def entry_session(entry: Entry) -> int | None:
    """The session a page is filed under: the corpus's, else the one its text states."""
    return entry.session if entry.session is not None else entry.document.session if entry.document else None


def search_bundle(entry: Entry) -> str:
    """The bundle a document's page goes in: its body and group of sessions."""
    session = entry_session(entry)
    group = "other" if session is None else str(session // SESSIONS_PER_BUNDLE)
    return f"{entry.ref.body}-{group}"


def chunk_name(term: str) -> str:
    """The chunk file a term is kept in: its first character, as a safe file name.

    >>> [chunk_name(t) for t in ("convention", "5/4", "ἀ")]
    ['c', '5', 'u1f00']
    """
    first = term[0]
    return first if first.isascii() and first.isalnum() else f"u{ord(first):x}"


def search_parts(entry: Entry) -> list[Part]:
    """What of a page is searched: its top (label, title, masthead, opening), each paragraph, each footnote."""
    top = [entry.ref.label, entry.title or ""]
    doc = entry.document
    if doc is None:
        return [Part("", "\n".join(top))]
    anchored = [(p.anchor, p.text) for p in doc.paragraphs]
    top += [text for anchor, text in anchored if anchor is None]
    parts = [Part("", "\n".join(top))]
    parts += [Part(anchor, text) for anchor, text in anchored if anchor]
    return parts + [Part(f"fn-{note.label}", note.text) for note in doc.footnotes]


def bundle_key(entries: Iterable[Entry], version: str) -> str:
    """A hash of all a bundle's index is made of: the code `version`, and each page's identity, title and text."""
    made_of = [version] + [repr((e.ref, e.title, e.document.digest if e.document else None)) for e in entries]
    return hashlib.sha256("\x1f".join(made_of).encode()).hexdigest()


def bundle_files(name: str, entries: Sequence[Entry], version: str) -> dict[str, bytes]:
    """The files of bundle `name`, by site path, for the pages of `entries` in that order.

    Parts are numbered across the bundle in page order; a term's list holds the numbers of
    the parts it stands in, each as its distance from the one before (so the lists stay small).
    The index records the bundle's key (`bundle_key` with `version`), by which a later build knows it.
    """
    pages: list[list[object]] = []
    # For each term: the last part that holds it, then the gaps. Gaps are small, and Python keeps
    # one object for each small number, where a list of part numbers would hold an object each.
    holders: defaultdict[str, list[int]] = defaultdict(lambda: [0])
    number = 0
    for entry in entries:
        parts = search_parts(entry)
        ref, anchors = entry.ref, [p.anchor for p in parts]
        pages.append([ref.url, ref.label, entry.title or ref.label, anchors, ref.body, ref.kind, entry_session(entry)])
        for part in parts:
            for term in index_terms(part.text):
                gaps = holders[term]
                gaps.append(number - gaps[0])
                gaps[0] = number
            number += 1
    chunks: dict[str, dict[str, list[int]]] = {}
    for term in sorted(holders):
        chunks.setdefault(chunk_name(term), {})[term] = holders[term][1:]
    folder = f"{ROOT}/{name}"
    files = {f"{folder}/{chunk}.json": dumps(held) for chunk, held in chunks.items()}
    index = {"key": bundle_key(entries, version), "pages": pages, "parts": number, "chunks": sorted(chunks)}
    files[f"{folder}/index.json"] = dumps(index)
    return files


def bundles_file(names: Iterable[str]) -> dict[str, bytes]:
    """`search/bundles.json`: the names of every bundle, for the search page to load."""
    return {f"{ROOT}/bundles.json": dumps(sorted(names))}


def entries_by_bundle(entries: Iterable[Entry]) -> Mapping[str, list[int]]:
    """The numbers of the entries in each bundle, in corpus order."""
    bundles: dict[str, list[int]] = {}
    for number, entry in enumerate(entries):
        bundles.setdefault(search_bundle(entry), []).append(number)
    return bundles


def kept_bundle(site: BuiltFiles, name: str, key: str) -> list[str] | None:
    """The paths of the files of bundle `name` in the built `site`, if made with `key` (see `bundle_key`); else None."""
    folder = f"{ROOT}/{name}"
    index_file = site.get(f"{folder}/index.json")
    try:
        index = json.loads(index_file) if index_file else {}
        chunks = index["chunks"] if index.get("key") == key else None
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    if index_file is None or not isinstance(chunks, list) or not all(isinstance(chunk, str) for chunk in chunks):
        return None
    files = [f"{folder}/index.json", *(f"{folder}/{chunk}.json" for chunk in chunks)]
    return files if all(path in site for path in files) else None
