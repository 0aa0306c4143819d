"""Each paragraph text's near texts: candidates from the shingle index, aligned word by word, and scored.

All of it but the index runs on the build's worker pool where there is enough of it,
forked with the index, the texts and the alignments of the last build in memory: first
each text's candidates, then each pair of candidates, aligned unless the memo holds it,
and scored; each step has a pool of its own if its jobs are many (the pairs to align, for
the second). The main process only puts the pairs in order, once each. A rebuild does
this only for the texts its new texts touch, and takes the rest from the last build
(`lineage.kept_near`): a rebuild after one new seed has too little to align for a pool.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.lineage.index import ShingleIndex
from generator.lineage.kept_near import MISSING, KeptNear, Outcome
from generator.lineage.memo import AlignmentMemo
from generator.lineage.runs import Aligner, Runs
from generator.lineage.subject import Near
from generator.lineage.texts import Texts
from generator.parallel import workers

# A job here (a text's candidates, a pair aligned) costs about a twentieth of a page rendered, which the pool's
# threshold counts (`parallel.PARALLEL_FROM`): below it, forking the workers costs more than they save.
JOBS_PER_PAGE = 20
INFO_FULL = 12.0  # the weight of rare shared shingles from which a pair's score is its share of words

Scored = tuple[float, float, Runs, bool]  # a pair aligned: share, score, runs, aligned now


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


def near_texts(texts: Texts, least: float, memo: AlignmentMemo, kept: KeptNear) -> tuple[Near, int]:
    """Per text, each text aligned with it, itself too when several documents hold it: (text, share, score).

    A pair is left out unaligned where the words it could share cannot reach a share of
    `least` (a score is never above the share): it could neither be shown nor paired.
    Each pair is aligned in one order, its texts' words first the lesser, so that its runs
    are the same whatever the numbering; runs the memo holds are not aligned again. The
    candidates of a text the new texts do not touch, and the outcome of a pair of two
    such, are taken from what the last build `kept`. Also how many pairs were aligned.
    """
    index = ShingleIndex(texts)
    touched = kept.touched(texts, index)
    fresh = range(len(texts.words)) if touched is None else sorted(touched)
    numbers = {digest: text for text, digest in enumerate(texts.digests)}
    near: Near = [[] for _ in texts.words]
    done: set[tuple[int, int]] = set()
    pairs: list[tuple[int, int]] = []  # each in the order aligned, in the order found
    # A rebuild finds the alignments of the last build in the memo and has little to align: there the cost of
    # pickling the index and the memo to each worker (`mkdocs serve`, which is never forked) is not won back.
    pairer = Pairer(texts, index, Aligner(index.ids), memo, least)
    pickled_worth = not memo.stored
    with workers(pairer, len(fresh) // JOBS_PER_PAGE, pickled_worth) as run:
        found = dict(zip(fresh, run(candidates_of, fresh), strict=True))
    for text in range(len(texts.words)):
        candidates, alone = found[text] if text in found else kept.found(texts, text, numbers)
        kept.put_text(texts, text, candidates, alone)
        if alone is not None:
            near[text].append((text, 1.0, alone))
        for other in candidates:
            pair = (min(text, other), max(text, other))
            if pair not in done:
                done.add(pair)
                pairs.append(aligned_order(texts, *pair))
    outcomes: dict[tuple[int, int], Outcome] = {}
    for first, second in pairs:
        if touched is None or first in touched or second in touched:
            continue
        outcome = kept.outcome(texts.digests[first] + texts.digests[second])
        if outcome is not MISSING:
            outcomes[first, second] = outcome
    todo = [pair for pair in pairs if pair not in outcomes]
    unaligned = sum(not memo.holds(texts.digests[first] + texts.digests[second]) for first, second in todo)
    aligned = 0
    with workers(pairer, unaligned // JOBS_PER_PAGE, pickled_worth) as run:
        scored = run(scored_pair, todo)
        for first, second in pairs:
            key = texts.digests[first] + texts.digests[second]
            if (first, second) in outcomes:
                outcome = outcomes[first, second]
                memo.keep(key)
            else:
                found_pair = next(scored)
                outcome = None if found_pair is None else found_pair[:2]
                if found_pair is not None:
                    memo.put(key, found_pair[2], found_pair[3])
                    aligned += found_pair[3]
            if _same_text_alone(texts, first, second):
                continue  # never each other's echo, whatever the last build kept
            kept.put_pair(key, outcome)
            if outcome is not None:
                share, score = outcome
                near[first].append((second, share, score))
                near[second].append((first, share, score))
    memo.save()
    kept.save()
    return near, aligned


def aligned_order(texts: Texts, text: int, other: int) -> tuple[int, int]:
    """Two texts in the order they are aligned: the lesser words first, so that the runs do not depend on numbers."""
    return (text, other) if texts.words[text] <= texts.words[other] else (other, text)


def _same_text_alone(texts: Texts, text: int, other: int) -> bool:
    """Whether two texts are paragraphs of one document and of no other: never each other's echo."""
    return texts.ranks[text] == texts.ranks[other] and len(set(texts.ranks[text])) == 1


def candidates_of(pairer: Pairer, text: int) -> tuple[list[int], float | None]:
    """The candidates of `text`, and its score with itself if several documents hold it: a job of the pool."""
    index, words = pairer.index, pairer.texts.words[text]
    alone = None
    if len(pairer.texts.ranks[text]) > 1:
        alone = round(pair_score(1.0, index.information(text, ((0, 0, len(words)),))), 2)
    return index.candidates(text), alone


def scored_pair(pairer: Pairer, pair: tuple[int, int]) -> Scored | None:
    """A pair of candidates in `aligned_order`, aligned (or taken from the memo) and scored; None if of no use.

    The bound on what the two can share depends on their words alone, as the runs do: a
    pair the memo holds passed it when it was aligned, and is not bounded again.
    """
    texts, index = pairer.texts, pairer.index
    first, second = pair
    if _same_text_alone(texts, first, second):
        return None
    size, both = len(texts.words[first]), len(texts.words[first]) + len(texts.words[second])
    runs = pairer.memo.get(texts.digests[first] + texts.digests[second], size, both - size)
    made = runs is None
    if runs is None:
        if round(2 * index.most_shared(first, second) / both, 2) < pairer.least:
            return None  # as shares are kept, to two places
        runs = pairer.aligner.runs(first, second)
    share = 2 * sum(run[2] for run in runs) / both
    return round(share, 2), round(pair_score(share, index.information(first, runs)), 2), runs, made
