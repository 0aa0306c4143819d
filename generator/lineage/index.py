"""Candidate pairs of paragraph texts by an inverted index over word shingles, rarest shingles first.

Never all pairs: each text is looked up by its few rarest shingles that other texts
share, each shingle's list of texts is capped, and so is the number of candidates.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from itertools import accumulate, count

from generator.lineage.runs import word_pairs
from generator.lineage.texts import Texts

SHINGLE = 3  # words in a shingle
PROBES = 8  # parts of a text, by whose rarest shared shingle each its candidates are looked up
POSTINGS_MOST = 64  # texts a shingle may list and still find candidates: one in more is too common to tell
CANDIDATES_MOST = 8  # candidates per text, those sharing the most weight of its probes


def weight(documents: int) -> float:
    """How much a shingle held by this many documents says of a shared origin: 1 when two hold it, half when four do.

    No size of the collection enters it, and a shingle held by more than POSTINGS_MOST
    documents weighs nothing: a new text changes the weight of only the shingles it holds,
    and of none that was too common already (`lineage.kept_near`).

    >>> [round(weight(n), 2) for n in (1, 2, 4, 50, 64, 65)]
    [1.0, 1.0, 0.5, 0.04, 0.03, 0.0]
    """
    return 2 / max(documents, 2) if documents <= POSTINGS_MOST else 0.0


class ShingleIndex:
    """Every paragraph text's shingles, how many documents hold each, and the texts that hold each."""

    def __init__(self, texts: Texts) -> None:
        """Index the word keys of `texts`, each counted as many times as documents hold it."""
        vocabulary: defaultdict[str, int] = defaultdict(count(1).__next__)  # 0 pads a short text
        self.digests = texts.digests  # per text, how it is known whatever its number
        self.ids: list[list[int]] = []  # per text, the number of each word in the vocabulary
        self.shingles: list[list[int]] = []  # per text, the shingle starting at each word (one for a short text)
        self.pair_sets: dict[int, set[int]] = {}  # per text, its distinct pairs of words (`_pair_set`)
        self.weights: dict[int, list[float]] = {}  # per text, its shingles' weights summed (`_summed`)
        postings: defaultdict[int, list[int]] = defaultdict(list)
        lookup = vocabulary.__getitem__
        for number, words in enumerate(texts.words):
            ids = list(map(lookup, words))
            self.ids.append(ids)
            padded = ids if len(ids) >= SHINGLE else ids + [0] * (SHINGLE - len(ids))  # one shingle if shorter
            own = [(a << 42) | (b << 21) | c for a, b, c in zip(padded, padded[1:], padded[2:], strict=False)]
            self.shingles.append(own)
            for shingle in set(own):
                postings[shingle].append(number)
        self.postings: dict[int, list[int]] = dict(postings)  # shingle -> texts holding it, in text order
        held = texts.holders.__getitem__  # shingle -> documents holding it, about (a text held twice counts twice)
        self.documents: dict[int, int] = {shingle: sum(map(held, listed)) for shingle, listed in self.postings.items()}

    def candidates(self, text: int) -> list[int]:
        """The texts likeliest to share language with text `text`, by the rarest shingle others hold in each part.

        The text is cut into PROBES parts, so that a precedent sharing only its opening words
        is found as well as one sharing its rarest phrase. Ties go to the first shingle of a
        part and to the lesser digest, so that the candidates of a text do not depend on how
        the texts and their words are numbered, which a new text changes.
        """
        digests = self.digests
        postings, documents, own = self.postings, self.documents, self.shingles[text]
        votes: dict[int, float] = {}
        step = max(1, -(-len(own) // PROBES))
        for start in range(0, len(own), step):
            shared = [s for s in own[start : start + step] if 1 < len(postings[s]) <= POSTINGS_MOST]
            if not shared:
                continue
            probe = min(shared, key=lambda s: (len(postings[s]), documents[s]))
            vote = weight(documents[probe])
            for other in postings[probe]:
                if other != text:
                    votes[other] = votes.get(other, 0.0) + vote
        return sorted(votes, key=lambda other: (-votes[other], digests[other]))[:CANDIDATES_MOST]

    def most_shared(self, text: int, other: int) -> int:
        """The most words two texts can share in runs (`runs`), found without aligning them.

        Each run of n words holds n - 1 shared pairs of words, so the words in runs are at
        most twice the pairs the two hold in common, counted with their repeats.
        """
        mine, theirs = self._pair_set(text), self._pair_set(other)
        common = len(mine & theirs) + min(self._repeats(text), self._repeats(other))
        return min(len(self.ids[text]), len(self.ids[other]), 2 * common)

    def _pair_set(self, text: int) -> set[int]:
        """The distinct pairs of words of text `text`, made once per text."""
        found = self.pair_sets.get(text)
        if found is None:
            found = self.pair_sets[text] = set(word_pairs(self.ids[text]))
        return found

    def _repeats(self, text: int) -> int:
        """How many of the pairs of words of text `text` repeat one before them."""
        return max(0, len(self.ids[text]) - 1) - len(self._pair_set(text))

    def information(self, text: int, runs: Sequence[tuple[int, int, int]]) -> float:
        """The weight of the shingles of `text` wholly in shared runs (start in it, start in the other, length)."""
        summed = self._summed(text)  # a run shorter than a shingle holds none
        return sum(summed[a + size - SHINGLE + 1] - summed[a] for a, _, size in runs if size >= SHINGLE)

    def _summed(self, text: int) -> list[float]:
        """The weight of the shingles of text `text` before each word, summed (made once per text)."""
        found = self.weights.get(text)
        if found is None:
            weights = map(weight, map(self.documents.__getitem__, self.shingles[text]))
            found = self.weights[text] = [0.0, *accumulate(weights)]
        return found
