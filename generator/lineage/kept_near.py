"""The near texts of the last build, kept in the cache folder: a rebuild works out only what its new texts touch.

A text's candidates and its score with itself depend on the number of documents and of
texts holding each of its shingles, and a pair's score on those of the shingles of its
first text (`lineage.index`), all of them capped: a shingle held by more than
POSTINGS_MOST texts is never a probe and weighs nothing, and stays so when texts are
added. So a new text, or a text held by more or fewer documents than before, changes
only the texts holding one of its shingles that were held by at most POSTINGS_MOST
texts: these are the texts touched, whose candidates are found again and whose pairs
are scored again; every other text's candidates, and every pair of two such texts, are
the last build's. A text gone, or a file of another version, and everything is worked
out again. The file is plain JSON, each value's type checked where it is read.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson

from generator.cache import code_version, read_json_cache_file, warn_unwritten, write_cache_file
from generator.lineage.index import POSTINGS_MOST, ShingleIndex
from generator.lineage.texts import Texts

FILE = "near.json"  # in the cache folder
FORMAT = "untoc-near 1"
MISSING: Any = object()  # a pair the file does not hold

Found = tuple[list[str], float | None]  # a text's candidates (by digest) and its score with itself, if any
Outcome = tuple[float, float] | None  # a pair's share and score; None if it could neither be shown nor paired


class KeptNear:
    """Each text's candidates and each pair's outcome in the last build, by digest, and what this build found."""

    def __init__(self, folder: Path | None, least: float) -> None:
        self.file = folder / FILE if folder else None
        self.least = least
        self.texts: dict[str, Any] = {}  # digest -> [holders, occurrences, alone, candidates], as the file has them
        self.pairs: dict[str, Any] = {}  # pair key -> [share, score] or None, as the file has them
        self.found_texts: dict[str, list[Any]] = {}  # what this build keeps, the same way
        self.found_pairs: dict[str, list[float] | None] = {}
        if self.file is not None:
            self._load()

    def touched(self, texts: Texts, index: ShingleIndex) -> set[int] | None:
        """The texts whose candidates and pairs must be worked out again; None for all of them."""
        if not self.texts:
            return None
        numbers = {digest: text for text, digest in enumerate(texts.digests)}
        if any(digest not in numbers for digest in self.texts):
            return None  # a text gone: the shingles it held are held by fewer texts, its words unknown here
        new = {text for text, digest in enumerate(texts.digests) if digest not in self.texts}
        changed = [
            text
            for text, digest in enumerate(texts.digests)
            if text in new or self.texts[digest][:2] != [texts.holders[text], len(texts.ranks[text])]
        ]
        touched = set(changed)
        postings = index.postings
        for text in changed:
            for shingle in set(index.shingles[text]):
                listed = postings[shingle]
                if len(listed) - len(new) > POSTINGS_MOST:  # more than that held it before too
                    continue
                if len(listed) - sum(other in new for other in listed) <= POSTINGS_MOST:
                    touched.update(listed)
        return touched

    def found(self, texts: Texts, text: int, numbers: dict[str, int]) -> tuple[list[int], float | None]:
        """The candidates of `text`, by number, and its score with itself, as the last build found them."""
        _, _, alone, candidates = self.texts[texts.digests[text]]
        return [numbers[digest] for digest in candidates], alone

    def outcome(self, key: str) -> Outcome:
        """The share and score the last build gave the pair of `key`, None if neither; MISSING if it had none."""
        kept = self.pairs.get(key, MISSING)
        return kept if kept is None or kept is MISSING else (kept[0], kept[1])

    def put_text(self, texts: Texts, text: int, candidates: list[int], alone: float | None) -> None:
        """Keep what this build found of `text`."""
        digests = texts.digests
        self.found_texts[digests[text]] = [
            texts.holders[text],
            len(texts.ranks[text]),
            alone,
            [digests[other] for other in candidates],
        ]

    def put_pair(self, key: str, outcome: Outcome) -> None:
        """Keep the outcome of the pair of `key`."""
        self.found_pairs[key] = None if outcome is None else [*outcome]

    def save(self) -> None:
        """Write the file of what this build found, whole or not at all, unless it holds it already."""
        if self.file is None or self.found_texts == self.texts and self.found_pairs == self.pairs:
            return
        data = {
            "format": FORMAT,
            "code": code_version(),
            "least": self.least,
            "texts": self.found_texts,
            "pairs": self.found_pairs,
        }
        error = write_cache_file(self.file, orjson.dumps(data))
        if error is not None:  # the next build works out every text again
            warn_unwritten(self.file, error)

    def _load(self) -> None:
        """What the file holds, if it is a file of this version for the same least share; else nothing."""
        assert self.file is not None
        data = read_json_cache_file(self.file, FORMAT, "near texts", _well_formed)
        if data and data["code"] == code_version() and data["least"] == self.least:
            self.texts, self.pairs = data["texts"], data["pairs"]


def _well_formed(data: dict[str, Any]) -> bool:
    """Whether `data`, of this file's format, is what `KeptNear.save` writes, every value of its type."""
    texts, pairs = data.get("texts"), data.get("pairs")
    if type(data.get("code")) is not str or type(data.get("least")) is not float:
        return False
    if type(texts) is not dict or type(pairs) is not dict:
        return False
    return all(_text(value) for value in texts.values()) and all(_pair(value) for value in pairs.values()) and all(
        digest in texts for value in texts.values() for digest in value[3]
    )


def _text(value: Any) -> bool:
    if type(value) is not list or len(value) != 4:
        return False
    holders, occurrences, alone, candidates = value
    return (
        type(holders) is int
        and type(occurrences) is int
        and (alone is None or type(alone) is float)
        and type(candidates) is list
        and all(type(digest) is str for digest in candidates)
    )


def _pair(value: Any) -> bool:
    return value is None or type(value) is list and len(value) == 2 and all(type(n) is float for n in value)
