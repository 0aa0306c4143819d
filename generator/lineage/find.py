"""The lineage pass: each traced paragraph's closest precedents in earlier texts and successors in later ones."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from pathlib import Path

from generator.corpus import Corpus, Entry
from generator.docref import DocRef
from generator.lineage.kept import KeptLineage, lineage_key
from generator.lineage.kept_near import KeptNear
from generator.lineage.life import lives
from generator.lineage.memo import AlignmentMemo
from generator.lineage.near import near_texts
from generator.lineage.order import in_order
from generator.lineage.result import Echo, Echoes, Lineage, Pairing
from generator.lineage.subject import counterparts, predecessors
from generator.lineage.texts import Texts, distinct_texts

# Tuned on the pairs labelled in tests/fixtures/lineage/labelled.txt (README, "Agreed language").
THRESHOLD = 0.4  # the score a pair must reach to be shown
SHOWN_MOST = 3  # precedents, and successors, kept per paragraph
# Between a text and the earlier ones it takes most paragraphs from (its predecessors on the subject), each
# paragraph is paired with its best counterpart there, one to one: the texts are known to be related,
# so a lower share suffices (7/2's "Urges States parties … to harmonize" and its later redrafts).
SUBJECT_LEAST = 3  # paragraphs a text must take from an earlier one for it to be its predecessor
PREDECESSORS_MOST = 2  # predecessors of a text, those it takes most paragraphs from
COUNTERPART_LEAST = 0.3  # share a paragraph's counterpart in the predecessor must reach


def find_lineage(corpus: Corpus, cache: Path | None = None, threshold: float = THRESHOLD) -> Lineage:
    """Precedents and successors of every preambular, operative and annex paragraph of the texts held.

    Candidates come from the shingle index, each pair is aligned word by word once, and
    a pair is kept when its score reaches `threshold`. A text the same in several documents
    is aligned with itself: boilerplate repeated word for word scores low too. Then each
    text's paragraphs are paired with their counterparts in its predecessors on the subject,
    and in the text before it in its life (`lineage.life`). With a `cache` folder, the
    lineage of the last build is kept there, and taken as it is by a build reading the
    same texts (`lineage.kept`); else the alignments it made are, and not made again
    (`lineage.memo`), and the candidates and scores of the texts the new ones do not touch
    (`lineage.kept_near`).
    """
    entries, chains = in_order(corpus), lives(corpus)
    kept, key = KeptLineage(cache), lineage_key(entries, chains, threshold)
    found = kept.get(key, entries)
    if found is None:
        found = _found(entries, chains, cache, threshold)
        kept.put(key, found)
    return found


def _found(
    entries: Sequence[Entry], chains: Sequence[tuple[DocRef, ...]], cache: Path | None, threshold: float
) -> Lineage:
    """The lineage of `entries` (in order in time) and `chains` (the lives of drafts), found anew."""
    texts, paragraphs = distinct_texts(entries)
    least = min(threshold, COUNTERPART_LEAST)
    near, aligned = near_texts(texts, least, AlignmentMemo(cache), KeptNear(cache, least))
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
    placed = [[ranks[ref] for ref in chain if ref in ranks] for chain in chains]  # those placed in time
    life = {(a, b) for chain in placed for a, b in zip(chain, chain[1:], strict=False) if a < b}  # the draft first
    # Every earlier version beside every later one: a page once published stays when a revision comes between.
    versions = {(a, b) for chain in placed for n, a in enumerate(chain) for b in chain[n + 1 :] if a < b} - life
    pairs = {*((earlier, rank) for rank, earlier_texts in subject.items() for earlier in earlier_texts), *life}
    pairs |= versions
    steps: dict[tuple[DocRef, DocRef], Pairing] = {}
    across: dict[tuple[DocRef, DocRef], Pairing] = {}
    successive: dict[tuple[DocRef, DocRef], Pairing] = {}
    for earlier, rank in sorted(pairs):
        paired = counterparts(by_rank[rank], by_rank[earlier], near, COUNTERPART_LEAST)
        for mine, theirs, share, score in paired:
            _add(precedents.setdefault((rank, mine), []), (-score, -earlier, theirs, share))
            _add(successors.setdefault((earlier, theirs), []), (-score, rank, mine, share))
        pairing = tuple((mine, theirs, share) for mine, theirs, share, _ in paired)
        if (earlier, rank) in life:
            steps[refs[earlier], refs[rank]] = pairing
        elif (earlier, rank) in versions:
            across[refs[earlier], refs[rank]] = pairing
        elif earlier == subject.get(rank, [-1])[0]:
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
    return Lineage(lineage, steps, predecessor, successive, across, aligned)


Found = tuple[float, int, str, float]  # an echo as it is sorted: -score, rank (negated for precedents), id, share


def _add(found: list[Found], echo: Found) -> None:
    """`echo` among `found`, unless the same paragraph is there already (as a closer precedent or successor)."""
    if all(each[1:3] != echo[1:3] for each in found):
        found.append(echo)


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
