"""The lineage pass: each traced paragraph's closest precedents in earlier texts and successors in later ones."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from generator.corpus import Corpus, Entry, anchor_of
from generator.docref import DocRef
from generator.lineage.index import ShingleIndex
from generator.lineage.life import lives
from generator.lineage.memo import AlignmentMemo
from generator.lineage.order import in_order
from generator.lineage.runs import Aligner, Runs, align_pair
from generator.lineage.subject import Near, counterparts, predecessors
from generator.lineage.words import TRACED, keys, printed_words
from generator.parallel import workers
from generator.value import Value

# Tuned on the pairs labelled in tests/fixtures/lineage/labelled.txt (README, "Agreed language").
THRESHOLD = 0.4  # the score a pair must reach to be shown
INFO_FULL = 12.0  # the weight of rare shared shingles from which a pair's score is its share of words
SHOWN_MOST = 3  # precedents, and successors, kept per paragraph
# Between a text and the earlier ones it takes most paragraphs from (its predecessors on the subject), each
# paragraph is paired with its best counterpart there, one to one: the texts are known to be related,
# so a lower share suffices (7/2's "Urges States parties … to harmonize" and its later redrafts).
SUBJECT_LEAST = 3  # paragraphs a text must take from an earlier one for it to be its predecessor
PREDECESSORS_MOST = 2  # predecessors of a text, those it takes most paragraphs from
COUNTERPART_LEAST = 0.3  # share a paragraph's counterpart in the predecessor must reach


@dataclass(frozen=True, slots=True)
class Echo(Value):
    """A paragraph elsewhere in the same words: earlier (a precedent) or later (a successor)."""

    ref: DocRef  # the other text
    anchor: str  # the other paragraph's id
    share: float  # share of words in common, to two places
    score: float  # the share, lowered where the words shared are common to many texts; to two places


@dataclass(frozen=True, slots=True)
class Echoes(Value):
    """The closest precedents and successors of one paragraph, best first."""

    precedents: tuple[Echo, ...]
    successors: tuple[Echo, ...]


Pairing = tuple[
    tuple[str, str, float], ...
]  # a later text's paragraphs and their counterparts: (id, earlier id, share)


@dataclass(frozen=True, slots=True)
class Lineage:
    """What the lineage step found: each paragraph's echoes, each step of a text's life, each text's predecessor."""

    paragraphs: Mapping[DocRef, Mapping[str, Echoes]]  # by text, by paragraph id: only paragraphs with echoes
    steps: Mapping[tuple[DocRef, DocRef], Pairing]  # (earlier, later) for draft → revision → adopted text
    predecessor: Mapping[DocRef, DocRef]  # the earlier text each text takes most paragraphs from, if any
    successive: Mapping[tuple[DocRef, DocRef], Pairing]  # (predecessor, text) for each text with a predecessor
    aligned: int = 0  # pairs of paragraph texts aligned by this build (not taken from the cache's memo)


def pair_score(share: float, information: float) -> float:
    """The score of two paragraphs: their share of words in common, scaled down when the shared words are common.

    >>> pair_score(1.0, 24.0), pair_score(1.0, 3.0), pair_score(0.8, 6.0)
    (1.0, 0.25, 0.4)
    """
    return share * min(1.0, information / INFO_FULL)


@dataclass(slots=True)
class Texts:
    """The distinct paragraph texts of the collection and where each stands."""

    words: list[tuple[str, ...]]  # per text, its word keys
    holders: list[int]  # per text, how many documents hold it
    ranks: list[list[int]]  # per text, the rank in time of each document holding it, in order
    anchors: list[list[str]]  # per text, beside `ranks`, the paragraph's id in that document


def find_lineage(corpus: Corpus, cache: Path | None = None, threshold: float = THRESHOLD) -> Lineage:
    """Precedents and successors of every preambular, operative and annex paragraph of the texts held.

    Candidates come from the shingle index, each pair is aligned word by word once, and
    a pair is kept when its score reaches `threshold`. A text the same in several documents
    is aligned with itself: boilerplate repeated word for word scores low too. Then each
    text's paragraphs are paired with their counterparts in its predecessors on the subject,
    and in the text before it in its life (`lineage.life`). With a `cache` folder, the
    alignments of the last build are kept there and not made again (`lineage.memo`).
    """
    entries = in_order(corpus)
    texts, paragraphs = _texts(entries)
    near, aligned = _aligned(texts, min(threshold, COUNTERPART_LEAST), AlignmentMemo(cache))
    related = [[each for each in found if each[2] >= threshold] for found in near]
    precedents: dict[tuple[int, str], list[Found]] = {}
    successors: dict[tuple[int, str], list[Found]] = {}
    for rank, anchor, text in paragraphs:
        if related[text]:
            precedents[rank, anchor], successors[rank, anchor] = _echoes(rank, related[text], texts)
    by_rank: list[list[tuple[str, int]]] = [[] for _ in entries]
    for rank, anchor, text in paragraphs:
        by_rank[rank].append((anchor, text))
    refs = [entry.ref for entry in entries]
    ranks = {ref: rank for rank, ref in enumerate(refs)}
    subject = predecessors(precedents, SUBJECT_LEAST, PREDECESSORS_MOST)
    life = {
        (ranks[a], ranks[b])
        for chain in lives(corpus)
        for a, b in zip(chain, chain[1:], strict=False)
        if a in ranks and b in ranks and ranks[a] < ranks[b]  # both placed in time, the draft first
    }
    pairs = {*((earlier, rank) for rank, earlier_texts in subject.items() for earlier in earlier_texts), *life}
    steps: dict[tuple[DocRef, DocRef], Pairing] = {}
    successive: dict[tuple[DocRef, DocRef], Pairing] = {}
    for earlier, rank in sorted(pairs):
        paired = counterparts(by_rank[rank], by_rank[earlier], near, COUNTERPART_LEAST)
        for mine, theirs, share, score in paired:
            _add(precedents.setdefault((rank, mine), []), (-score, -earlier, theirs, share))
            _add(successors.setdefault((earlier, theirs), []), (-score, rank, mine, share))
        pairing = tuple((mine, theirs, share) for mine, theirs, share, _ in paired)
        if (earlier, rank) in life:
            steps[refs[earlier], refs[rank]] = pairing
        if earlier == subject.get(rank, [-1])[0]:
            successive[refs[earlier], refs[rank]] = pairing
    lineage: dict[DocRef, dict[str, Echoes]] = {}
    for rank, anchor, _ in paragraphs:
        before, after = precedents.get((rank, anchor), []), successors.get((rank, anchor), [])
        if before or after:
            lineage.setdefault(refs[rank], {})[anchor] = Echoes(
                tuple(Echo(refs[-r], theirs, share, -score) for score, r, theirs, share in sorted(before)),
                tuple(Echo(refs[r], theirs, share, -score) for score, r, theirs, share in sorted(after)),
            )
    predecessor = {refs[rank]: refs[earlier[0]] for rank, earlier in subject.items()}
    return Lineage(lineage, steps, predecessor, successive, aligned)


Found = tuple[float, int, str, float]  # an echo as it is sorted: -score, rank (negated for precedents), id, share


def _aligned(texts: Texts, least: float, memo: AlignmentMemo) -> tuple[Near, int]:
    """Per text, each text aligned with it, itself too when several documents hold it: (text, share, score).

    A pair is left out unaligned where the words it could share cannot reach a share of
    `least` (a score is never above the share): it could neither be shown nor paired.
    Each pair is aligned in one order, its texts' words first the lesser, so that its runs
    are the same whatever the numbering; runs the memo holds are not aligned again. Also
    how many pairs were aligned.
    """
    index = ShingleIndex(texts.words, texts.holders)
    near: Near = [[] for _ in texts.words]
    done: set[tuple[int, int]] = set()
    pairs: list[tuple[int, int]] = []  # to score, in order
    for text, words in enumerate(texts.words):
        if len(texts.ranks[text]) > 1:
            near[text].append((text, 1.0, round(pair_score(1.0, index.information(text, ((0, 0, len(words)),))), 2)))
        for other in index.candidates(text):
            pair = (min(text, other), max(text, other))
            if pair in done:
                continue
            done.add(pair)
            if texts.ranks[text] == texts.ranks[other] and len(set(texts.ranks[text])) == 1:
                continue  # two paragraphs of one text alone: never each other's echo
            both = len(words) + len(texts.words[other])
            if round(2 * index.most_shared(text, other) / both, 2) < least:  # as shares are kept, to two places
                continue
            pairs.append((text, other) if words <= texts.words[other] else (other, text))
    runs, aligned = _runs_of(texts, index.ids, pairs, memo)
    for (first, second), found in zip(pairs, runs, strict=True):
        share = 2 * sum(run[2] for run in found) / (len(texts.words[first]) + len(texts.words[second]))
        scored = (round(share, 2), round(pair_score(share, index.information(first, found)), 2))
        near[first].append((second, *scored))
        near[second].append((first, *scored))
    return near, aligned


def _runs_of(
    texts: Texts, ids: list[list[int]], pairs: list[tuple[int, int]], memo: AlignmentMemo
) -> tuple[list[Runs], int]:
    """The runs of each pair, from the memo where it holds them, else aligned (on every core if many): how many."""
    keys = memo.keys([texts.words[a] for a, _ in pairs], [texts.words[b] for _, b in pairs])
    runs: list[Runs | None] = [
        memo.get(key, len(texts.words[a]), len(texts.words[b])) for key, (a, b) in zip(keys, pairs, strict=True)
    ]
    missing = [pairs[n] for n, found in enumerate(runs) if found is None]
    with workers(Aligner(ids), len(missing)) as run:
        aligned = iter(run(align_pair, missing))
        for n, found in enumerate(runs):
            if found is None:
                runs[n] = found = next(aligned)
                memo.put(keys[n], found)
    memo.save()
    return [found for found in runs if found is not None], len(missing)


def _add(found: list[Found], echo: Found) -> None:
    """`echo` among `found`, unless the same paragraph is there already (as a closer precedent or successor)."""
    if all(each[1:3] != echo[1:3] for each in found):
        found.append(echo)


def _texts(entries: list[Entry]) -> tuple[Texts, list[tuple[int, str, int]]]:
    """The distinct texts of the traced paragraphs of `entries`, and each paragraph as (rank, id, text)."""
    numbers: dict[tuple[str, ...], int] = {}
    texts = Texts([], [], [], [])
    paragraphs: list[tuple[int, str, int]] = []
    for rank, entry in enumerate(entries):
        held: set[int] = set()
        for paragraph in entry.document.paragraphs if entry.document else ():
            anchor = anchor_of(paragraph)
            words = keys(printed_words(paragraph)) if anchor and paragraph.role in TRACED else ()
            if not anchor or not words:
                continue
            text = numbers.setdefault(words, len(numbers))
            if text == len(texts.words):
                texts.words.append(words)
                texts.holders.append(0)
                texts.ranks.append([])
                texts.anchors.append([])
            texts.holders[text] += text not in held
            held.add(text)
            texts.ranks[text].append(rank)
            texts.anchors[text].append(anchor)
            paragraphs.append((rank, anchor, text))
    return texts, paragraphs


def _echoes(rank: int, related: list[tuple[int, float, float]], texts: Texts) -> tuple[list[Found], list[Found]]:
    """The closest precedents and successors of a paragraph of the text ranked `rank`: best score, then nearest."""
    before: list[Found] = []
    after: list[Found] = []
    for other, share, score in related:
        ranks, anchors = texts.ranks[other], texts.anchors[other]
        start, end = bisect_left(ranks, rank), bisect_right(ranks, rank)
        before += [(-score, -ranks[k], anchors[k], share) for k in range(max(0, start - SHOWN_MOST), start)]
        after += [(-score, ranks[k], anchors[k], share) for k in range(end, min(len(ranks), end + SHOWN_MOST))]
    before.sort()
    after.sort()
    return before[:SHOWN_MOST], after[:SHOWN_MOST]
