"""Each paragraph text's near texts: candidates from the shingle index, aligned word by word, and scored.

All of it but the index runs on the build's worker pool, forked with the index, the texts
and the alignments of the last build in memory: first each text's candidates, then each
pair of candidates, aligned unless the memo holds it, and scored. The main process only
puts the pairs in order, once each.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.lineage.index import ShingleIndex
from generator.lineage.memo import AlignmentMemo
from generator.lineage.runs import Aligner, Runs
from generator.lineage.subject import Near
from generator.lineage.texts import Texts
from generator.parallel import workers

INFO_FULL = 12.0  # the weight of rare shared shingles from which a pair's score is its share of words

Scored = tuple[int, int, float, float, Runs, bool]  # a pair aligned: first, second, share, score, runs, aligned now


def pair_score(share: float, information: float) -> float:
    """The score of two paragraphs: their share of words in common, scaled down when the shared words are common.

    >>> pair_score(1.0, 24.0), pair_score(1.0, 3.0), pair_score(0.8, 6.0)
    (1.0, 0.25, 0.4)
    """
    return share * min(1.0, information / INFO_FULL)


@dataclass(frozen=True, slots=True)
class Pairer:
    """What a worker finding near texts reads: the texts, their index, an aligner, the memo, the least share."""

    texts: Texts
    index: ShingleIndex
    aligner: Aligner
    memo: AlignmentMemo
    least: float


def near_texts(texts: Texts, least: float, memo: AlignmentMemo) -> tuple[Near, int]:
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
    # A rebuild finds the alignments of the last build in the memo and has little to align: there the cost of
    # pickling the index and the memo to each worker (`mkdocs serve`, which is never forked) is not won back.
    pairer = Pairer(texts, index, Aligner(index.ids), memo, least)
    with workers(pairer, len(texts.words), pickled_worth=not memo.stored) as run:
        for text, (candidates, alone) in enumerate(run(candidates_of, range(len(texts.words)))):
            if alone is not None:
                near[text].append((text, 1.0, alone))
            for other in candidates:
                pair = (min(text, other), max(text, other))
                if pair not in done:
                    done.add(pair)
                    pairs.append(pair)
        scored = list(run(scored_pair, pairs))
    aligned = 0
    for found in scored:
        if found is not None:
            first, second, share, score, runs, made = found
            memo.put(texts.digests[first] + texts.digests[second], runs, made)
            aligned += made
            near[first].append((second, share, score))
            near[second].append((first, share, score))
    memo.save()
    return near, aligned


def candidates_of(pairer: Pairer, text: int) -> tuple[list[int], float | None]:
    """The candidates of `text`, and its score with itself if several documents hold it: a job of the pool."""
    index, words = pairer.index, pairer.texts.words[text]
    alone = None
    if len(pairer.texts.ranks[text]) > 1:
        alone = round(pair_score(1.0, index.information(text, ((0, 0, len(words)),))), 2)
    return index.candidates(text), alone


def scored_pair(pairer: Pairer, pair: tuple[int, int]) -> Scored | None:
    """A pair of candidates aligned (or taken from the memo) and scored; None if it can be neither shown nor paired.

    The bound on what the two can share depends on their words alone, as the runs do: a
    pair the memo holds passed it when it was aligned, and is not bounded again.
    """
    texts, index = pairer.texts, pairer.index
    text, other = pair
    if texts.ranks[text] == texts.ranks[other] and len(set(texts.ranks[text])) == 1:
        return None  # two paragraphs of one text alone: never each other's echo
    first, second = (text, other) if texts.words[text] <= texts.words[other] else (other, text)
    size, both = len(texts.words[first]), len(texts.words[text]) + len(texts.words[other])
    runs = pairer.memo.get(texts.digests[first] + texts.digests[second], size, both - size)
    made = runs is None
    if runs is None:
        if round(2 * index.most_shared(text, other) / both, 2) < pairer.least:
            return None  # as shares are kept, to two places
        runs = pairer.aligner.runs(first, second)
    share = 2 * sum(run[2] for run in runs) / both
    return first, second, round(share, 2), round(pair_score(share, index.information(first, runs)), 2), runs, made
