"""Each paragraph text's near texts: candidates from the shingle index, aligned word by word, and scored."""

from __future__ import annotations

from generator.lineage.index import ShingleIndex
from generator.lineage.memo import AlignmentMemo
from generator.lineage.runs import Aligner, Runs, align_pair
from generator.lineage.subject import Near
from generator.lineage.texts import Texts
from generator.parallel import workers

INFO_FULL = 12.0  # the weight of rare shared shingles from which a pair's score is its share of words


def pair_score(share: float, information: float) -> float:
    """The score of two paragraphs: their share of words in common, scaled down when the shared words are common.

    >>> pair_score(1.0, 24.0), pair_score(1.0, 3.0), pair_score(0.8, 6.0)
    (1.0, 0.25, 0.4)
    """
    return share * min(1.0, information / INFO_FULL)


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
    digests, words = texts.digests, texts.words
    keys = [digests[a] + digests[b] for a, b in pairs]
    runs: list[Runs | None] = [
        memo.get(key, len(words[a]), len(words[b])) for key, (a, b) in zip(keys, pairs, strict=True)
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
