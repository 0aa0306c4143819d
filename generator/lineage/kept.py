"""The lineage of the last build, kept in the cache folder whole, so that a rebuild reading the same texts finds it.

The lineage depends only on the traced paragraphs of the texts placed in time (their ids
and word keys), on their order, on the lives of drafts and on the code: its key is a
digest of exactly these, made from each text's digest (`lineage.traced`), which the
worker that read the text made. A rebuild of the same key takes the lineage from the
file; any other finds it anew. The file is plain JSON, read with every value's type
checked: a damaged or foreign file is one warning, and written anew.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import orjson

from generator.cache import code_version, read_json_cache_file, warn_cache, warn_unwritten, write_cache_file
from generator.corpus import Entry, anchor_of
from generator.docref import DocRef, DocRefError, interned
from generator.lineage.result import Echo, Echoes, Lineage, Pairing
from generator.lineage.traced import traced_of

FILE = "lineage.json"  # in the cache folder
FORMAT = "untoc-lineage 1"


def lineage_key(placed: Sequence[Entry], chains: Sequence[tuple[DocRef, ...]], threshold: float) -> str:
    """The digest of all the lineage step reads: the code, `threshold`, the texts placed in order, the lives.

    A text with no traced paragraph counts only if it is in a life: elsewhere it can be
    nobody's precedent, and the others keep their order without it.
    """
    digest = hashlib.blake2b(f"{code_version()}\x1e{threshold!r}\x1e".encode(), digest_size=16)
    in_lives = {ref for chain in chains for ref in chain}
    for entry in placed:
        assert entry.document is not None  # `in_order` places only texts held
        found = traced_of(entry.document)
        if found.positions or entry.ref in in_lives:
            digest.update(f"{_name(entry.ref)}\x1f{found.digest}\x1e".encode())
    for chain in chains:
        digest.update(("\x1d" + "\x1f".join(map(_name, chain))).encode())
    return digest.hexdigest()


def _name(ref: DocRef) -> str:
    return f"{ref.body}/{ref.kind}/{ref.id}"


class KeptLineage:
    """The lineage the last build left in the cache folder, with its key."""

    def __init__(self, folder: Path | None) -> None:
        self.file = folder / FILE if folder else None

    def get(self, key: str, placed: Sequence[Entry]) -> Lineage | None:
        """The lineage kept under `key`, if the file holds it, naming only paragraphs of the texts `placed`."""
        if self.file is None:
            return None
        data = read_json_cache_file(self.file, FORMAT, "lineage")
        if not data or data.get("key") != key:
            return None
        try:
            found = decoded(data.get("lineage"))
        except (TypeError, ValueError, DocRefError):
            found = None
        if found is None or not _names_only(found, placed):
            warn_cache(self.file, "not a file of lineage")
            return None
        return found

    def put(self, key: str, lineage: Lineage) -> None:
        """Keep `lineage` under `key`, for the next build."""
        if self.file is None:
            return
        error = write_cache_file(self.file, orjson.dumps({"format": FORMAT, "key": key, "lineage": encoded(lineage)}))
        if error is not None:  # the next build finds the lineage anew
            warn_unwritten(self.file, error)


def _names_only(lineage: Lineage, placed: Sequence[Entry]) -> bool:
    """Whether every text and paragraph `lineage` names is one of the traced paragraphs of `placed`."""
    entries = {entry.ref: entry for entry in placed}
    anchors: dict[DocRef, set[str | None]] = {}

    def held(ref: DocRef, anchor: str) -> bool:
        found = anchors.get(ref)
        if found is None:
            doc = entries[ref].document if ref in entries else None
            paragraphs = doc.paragraphs if doc else ()
            found = anchors[ref] = {anchor_of(paragraphs[n]) for n in traced_of(doc).positions} if doc else set()
        return anchor in found

    pairings = (*lineage.steps.items(), *lineage.successive.items(), *lineage.across.items())
    return (
        all(
            held(ref, anchor) and all(held(e.ref, e.anchor) for e in (*echoes.precedents, *echoes.successors))
            for ref, by_anchor in lineage.paragraphs.items()
            for anchor, echoes in by_anchor.items()
        )
        and all(held(b, mine) and held(a, theirs) for (a, b), pairing in pairings for mine, theirs, _ in pairing)
        and all(ref in entries for pair in lineage.predecessor.items() for ref in pair)
        and all(ref in entries for a, b in (*lineage.steps, *lineage.successive, *lineage.across) for ref in (a, b))
    )


def encoded(lineage: Lineage) -> dict[str, Any]:
    """`lineage` as plain data, every mapping a list of its items in order (`aligned` left out: this build's work)."""

    def echo(found: Echo) -> list[Any]:
        return [_ref(found.ref), found.anchor, found.share, found.score]

    def pairings(found: Mapping[tuple[DocRef, DocRef], Pairing]) -> list[Any]:
        return [[_ref(a), _ref(b), [list(each) for each in pairing]] for (a, b), pairing in found.items()]

    paragraphs = [
        [_ref(ref), [[anchor, [*map(echo, e.precedents)], [*map(echo, e.successors)]] for anchor, e in echoes.items()]]
        for ref, echoes in lineage.paragraphs.items()
    ]
    return {
        "paragraphs": paragraphs,
        "steps": pairings(lineage.steps),
        "predecessor": [[_ref(a), _ref(b)] for a, b in lineage.predecessor.items()],
        "successive": pairings(lineage.successive),
        "across": pairings(lineage.across),
    }


def decoded(data: Any) -> Lineage:
    """The lineage `encoded` made `data` of; TypeError or ValueError if `data` is anything else."""
    if type(data) is not dict:
        raise TypeError("not a lineage")

    def echo(value: Any) -> Echo:
        ref, anchor, share, score = _list(value)
        return Echo(_docref(ref), _checked(str, anchor), _checked(float, share), _checked(float, score))

    def pairing(value: Any) -> tuple[str, str, float]:
        mine, theirs, share = _list(value)
        return _checked(str, mine), _checked(str, theirs), _checked(float, share)

    def pairings(value: Any) -> dict[tuple[DocRef, DocRef], Pairing]:
        return {(_docref(a), _docref(b)): tuple(map(pairing, _list(p))) for a, b, p in map(_list, _list(value))}

    def echoes(value: Any) -> tuple[str, Echoes]:
        anchor, precedents, successors = _list(value)
        return _checked(str, anchor), Echoes(_each(echo, precedents), _each(echo, successors))

    paragraphs = {_docref(ref): dict(map(echoes, _list(found))) for ref, found in map(_list, _list(data["paragraphs"]))}
    predecessor = {_docref(a): _docref(b) for a, b in map(_list, _list(data["predecessor"]))}
    return Lineage(
        paragraphs, pairings(data["steps"]), predecessor, pairings(data["successive"]), pairings(data["across"])
    )


def _ref(ref: DocRef) -> list[str]:
    return [ref.body, ref.kind, ref.id]


def _docref(value: Any) -> DocRef:
    body, kind, id = _list(value)
    return interned(_checked(str, body), _checked(str, kind), _checked(str, id))


def _list(value: Any) -> list[Any]:
    if type(value) is not list:
        raise TypeError("not an array")
    return value


def _each(decode: Callable[[Any], Echo], value: Any) -> tuple[Echo, ...]:
    return tuple(map(decode, _list(value)))


def _checked(kind: type, value: Any) -> Any:
    if type(value) is not kind:
        raise TypeError(f"not a {kind.__name__}")
    return value
