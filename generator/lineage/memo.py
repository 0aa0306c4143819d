"""The alignments of the last build, kept in the cache folder so that a rebuild aligns only pairs it has not seen.

An alignment (`lineage.runs`) depends on the words of its two texts alone, so it is kept
by the digests of the two; what depends on the whole collection (the weight of each
shingle, the candidates, the scores) is worked out afresh in every build from the texts,
which keeps a rebuild's lineage the same as a full build's. The file is plain JSON of
this version of the code; each build writes it anew with the alignments it used.
"""

from __future__ import annotations

from pathlib import Path

import orjson

from generator.cache import code_version, read_json_cache_file, warn_unwritten, write_cache_file
from generator.lineage.runs import Runs

FILE = "alignments.json"  # in the cache folder
FORMAT = "untoc-alignments 1"


class AlignmentMemo:
    """The alignments the last build left, by the digests of their two texts (in the order aligned)."""

    def __init__(self, folder: Path | None) -> None:
        self.file = folder / FILE if folder else None
        self.version = code_version() if folder else ""
        self.damaged = False  # whether the file was not one of alignments, and is to be written anew
        self.stored = self._load() if self.file else {}
        self.used: dict[str, object] = {}  # what this build aligned or took from the file, by key, as the file has it
        self.aligned = False  # whether this build aligned any pair

    def holds(self, key: str) -> bool:
        """Whether the file holds runs for `key` (not yet checked to fit the texts)."""
        return key in self.stored

    def get(self, key: str, first: int, second: int) -> Runs | None:
        """The runs kept for `key`, if any and if they fit texts of `first` and `second` words."""
        flat = self.stored.get(key)
        if not isinstance(flat, list) or len(flat) % 3 or not all(type(n) is int for n in flat):
            return None
        runs = tuple((flat[k], flat[k + 1], flat[k + 2]) for k in range(0, len(flat), 3))
        if not all(a >= 0 and b >= 0 and n >= 2 and a + n <= first and b + n <= second for a, b, n in runs):
            return None
        self.used[key] = flat
        return runs

    def keep(self, key: str) -> None:
        """Keep the runs the file holds for `key` without reading them: the pair's outcome is known (`kept_near`)."""
        if key in self.stored:
            self.used[key] = self.stored[key]

    def put(self, key: str, runs: Runs, aligned: bool) -> None:
        """Count `runs` among the alignments to keep: aligned in this build, or else taken from the file."""
        if self.file is not None:
            self.used[key] = [n for run in runs for n in run]
            self.aligned |= aligned

    def save(self) -> None:
        """Write the file of this build's alignments, whole or not at all, unless it holds them already."""
        if self.file is None or not self.aligned and not self.damaged and self.used.keys() == self.stored.keys():
            return
        data = orjson.dumps({"format": FORMAT, "code": self.version, "runs": self.used})
        error = write_cache_file(self.file, data)
        if error is not None:  # the next build aligns every pair again
            warn_unwritten(self.file, error)

    def _load(self) -> dict[str, object]:
        """The alignments of the file by key; none, with one warning, if it is not a file of this version."""
        assert self.file is not None
        data = read_json_cache_file(self.file, FORMAT, "alignments", lambda data: isinstance(data.get("runs"), dict))
        self.damaged = data is False
        return data["runs"] if data and data.get("code") == self.version else {}
