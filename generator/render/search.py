"""The search index: the terms of every paragraph and footnote, in parts the browser loads on demand.

The index is split into bundles, one per body and group of sessions, so that a new text
changes one bundle only. A bundle is a folder `search/<bundle>/` holding `index.json`
(its pages, each with the anchors of its searchable parts, and the list of its chunks)
and one chunk file per first character of a term, `<chunk>.json`, mapping each term to
the parts that hold it. `search/bundles.json` lists the bundles. `generator/theme/assets/site.js`
reads the same terms out of a query as `terms` does here.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from generator.corpus import Entry
from generator.render.incremental import BuiltFiles
from generator.render.json_out import dumps

SESSIONS_PER_BUNDLE = 10  # a bundle holds the texts of ten sessions of one body: small enough to rebuild fast
ROOT = "search"
# A number with its slashes ("5/4", "2023/15") is one term; otherwise runs of letters and digits.
TERM_RE = re.compile(r"\d+(?:/\d+)+|[^\W_]+")
ACCENTS_RE = re.compile("[\u0300-\u036f]")  # the combining marks NFKD splits off Latin letters
# For ASCII text, the same terms faster: letters lower-cased, digits and slashes kept, all else a space.
_KEPT = b"abcdefghijklmnopqrstuvwxyz0123456789/"
ASCII_TERMS = bytes.maketrans(
    bytes(range(256)), bytes(c + 32 if 65 <= c <= 90 else c if c in _KEPT else 32 for c in range(256))
)
LOWERED_TERM_RE = re.compile(r"[0-9]+(?:/[0-9]+)+|[a-z0-9]+")  # TERM_RE, over what ASCII_TERMS leaves


@dataclass(frozen=True, slots=True)
class Part:
    """A searchable part of a page: its anchor ("" for the top of the page) and its text."""

    anchor: str
    text: str


def search_bundle(entry: Entry) -> str:
    """The bundle a document's page goes in: its body and group of sessions."""
    session = entry.session if entry.session is not None else entry.document.session if entry.document else None
    group = "other" if session is None else str(session // SESSIONS_PER_BUNDLE)
    return f"{entry.ref.body}-{group}"


def terms(text: str) -> list[str]:
    """The search terms of `text`: lower-cased, accents dropped, numbers with slashes kept whole.

    >>> terms("Recalling its resolutions 5/4 and 6/2, Côte d'Ivoire, Sub_Group")
    ['recalling', 'its', 'resolutions', '5/4', 'and', '6/2', 'cote', 'd', 'ivoire', 'sub', 'group']
    >>> terms("Its resolutions 5/4/ and/or A/60/88, Sub_Group")
    ['its', 'resolutions', '5/4', 'and', 'or', 'a', '60/88', 'sub', 'group']
    """
    if text.isascii():
        lowered = text.encode("ascii").translate(ASCII_TERMS).decode("ascii")
        return LOWERED_TERM_RE.findall(lowered) if "/" in text else lowered.split()
    return TERM_RE.findall(ACCENTS_RE.sub("", unicodedata.normalize("NFKD", text.lower())))


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
        pages.append([entry.ref.url, entry.ref.label, entry.title or entry.ref.label, [p.anchor for p in parts]])
        for part in parts:
            for term in set(terms(part.text)):
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


def kept_bundle(site: BuiltFiles, name: str, key: str) -> dict[str, bytes] | None:
    """The files of bundle `name` in the built `site`, if they were made with `key` (see `bundle_key`); else None."""
    folder = f"{ROOT}/{name}"
    index_file = site.get(f"{folder}/index.json")
    try:
        index = json.loads(index_file) if index_file else {}
        chunks = index["chunks"] if index.get("key") == key else None
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    if index_file is None or chunks is None:
        return None
    files = {f"{folder}/index.json": index_file}
    for chunk in chunks:
        data = site.get(f"{folder}/{chunk}.json")
        if data is None:
            return None
        files[f"{folder}/{chunk}.json"] = data
    return files
