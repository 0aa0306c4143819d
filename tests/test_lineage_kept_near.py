"""A rebuild works out the candidates and scores of the texts a new text touches only, and finds the full lineage."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.synthesise import synthesise
from generator import parallel
from generator.corpus import Corpus
from generator.docref import DocRef
from generator.lineage import find_lineage, kept, kept_near, near
from generator.lineage.index import ShingleIndex
from generator.lineage.order import in_order
from generator.lineage.result import Lineage
from generator.lineage.texts import Texts
from generator.lineage.traced import digests_of, text_digest, traced_of
from generator.lineage.words import TRACED, keys, printed_words
from generator.pipeline import build
from tests.lineage_corpus import corpus_of, text_of
from tests.test_lineage import BOILERPLATE, ORIGINAL, SUBJECTS


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    seeds = tmp_path_factory.mktemp("synthetic")
    synthesise(80, seeds)
    return build(seeds)


@dataclasses.dataclass
class Counted:
    """The texts whose candidates a build worked out, and the pairs it scored, by their words."""

    candidates: list[tuple[str, ...]] = dataclasses.field(default_factory=list)
    pairs: list[tuple[tuple[str, ...], tuple[str, ...]]] = dataclasses.field(default_factory=list)


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> Iterator[Counted]:
    """Count the work of each lineage step, all of it in this process."""
    found = Counted()
    candidates_of, scored_pair = near.candidates_of, near.scored_pair

    def counted_candidates(pairer: near.Pairer, text: int) -> tuple[list[int], float | None]:
        found.candidates.append(pairer.texts.words[text])
        return candidates_of(pairer, text)

    def counted_pair(pairer: near.Pairer, pair: tuple[int, int]) -> near.Scored | None:
        found.pairs.append((pairer.texts.words[pair[0]], pairer.texts.words[pair[1]]))
        return scored_pair(pairer, pair)

    monkeypatch.setattr(parallel, "PARALLEL_FROM", 10**9)
    monkeypatch.setattr(near, "candidates_of", counted_candidates)
    monkeypatch.setattr(near, "scored_pair", counted_pair)
    yield found


def without(corpus: Corpus, ref: DocRef) -> Corpus:
    return dataclasses.replace(corpus, entries=tuple(e for e in corpus.entries if e.ref != ref))


def same(a: Lineage, b: Lineage) -> bool:
    return dataclasses.replace(a, aligned=0) == dataclasses.replace(b, aligned=0)


def texts_of(corpus: Corpus, ref: DocRef | None = None) -> set[tuple[str, ...]]:
    """The word keys of the traced paragraphs of the texts placed in time (of `ref` alone if given)."""
    return {
        keys(printed_words(p))
        for e in in_order(corpus)
        if ref in (None, e.ref) and e.document
        for p in e.document.paragraphs
        if p.role in TRACED and keys(printed_words(p))
    }


def shingles(words: tuple[str, ...]) -> set[tuple[str, ...]]:
    return {words[k : k + 3] for k in range(max(1, len(words) - 2))}


def chosen(corpus: Corpus) -> dict[str, DocRef]:
    """Texts to add last: the earliest and the latest in time, one with a paragraph of its own, one with none."""
    placed = [e for e in in_order(corpus) if e.document and traced_of(e.document).positions]
    held: dict[str, int] = {}
    for entry in placed:
        assert entry.document
        for digest in set(digests_of(traced_of(entry.document))):
            held[digest] = held.get(digest, 0) + 1

    def own(entry: object) -> int:
        assert isinstance(entry, type(placed[0])) and entry.document
        return sum(held[d] == 1 for d in digests_of(traced_of(entry.document)))

    return {
        "earliest": placed[0].ref,
        "latest": placed[-1].ref,
        "own paragraph": next(e.ref for e in placed[len(placed) // 2 :] if own(e)),
        "no paragraph of its own": next(e.ref for e in placed if not own(e)),
    }


@pytest.mark.parametrize("which", ["earliest", "latest", "own paragraph", "no paragraph of its own"])
def test_a_new_text_has_the_candidates_of_the_texts_it_touches_worked_out_and_a_full_builds_lineage(
    synthetic: Corpus, counted: Counted, tmp_path: Path, which: str
) -> None:
    ref = chosen(synthetic)[which]
    find_lineage(without(synthetic, ref), tmp_path)
    (tmp_path / kept.FILE).unlink()  # else a build of exactly the texts before would take the lineage whole
    counted.candidates.clear()
    counted.pairs.clear()
    again = find_lineage(synthetic, tmp_path)
    worked, scored = list(counted.candidates), list(counted.pairs)
    assert same(again, find_lineage(synthetic))
    brought = set().union(*map(shingles, texts_of(synthetic, ref)))
    everything = texts_of(synthetic)
    assert 0 < len(worked) < len(everything)
    assert all(shingles(words) & brought for words in worked)  # each shares a shingle with the new text
    assert all(shingles(a) & brought or shingles(b) & brought for a, b in scored)


def test_a_new_paragraph_taken_from_one_earlier_text_has_only_the_two_worked_out(
    counted: Counted, tmp_path: Path
) -> None:
    earlier = [text_of("1/1", 2001, ["Welcomes the report.", ORIGINAL + "."])]
    earlier += [text_of(f"{n}/1", 2001 + n, [f"{BOILERPLATE} {s};"]) for n, s in enumerate(SUBJECTS, 2)]
    find_lineage(corpus_of(*earlier), tmp_path)
    counted.candidates.clear()
    counted.pairs.clear()
    later = "Calls upon" + ORIGINAL.removeprefix("Urges") + "."
    both = corpus_of(*earlier, text_of("30/1", 2030, [later]))
    again = find_lineage(both, tmp_path)
    taken = (keys(f"{ORIGINAL}.".split()), keys(later.split()))
    assert sorted(counted.candidates) == sorted(taken) and counted.pairs == [tuple(sorted(taken))]
    assert same(again, find_lineage(both)) and again.paragraphs


def test_a_text_gone_has_every_text_worked_out_again(synthetic: Corpus, counted: Counted, tmp_path: Path) -> None:
    ref = chosen(synthetic)["own paragraph"]
    find_lineage(synthetic, tmp_path)
    counted.candidates.clear()
    smaller = without(synthetic, ref)
    again = find_lineage(smaller, tmp_path)
    assert len(counted.candidates) == len(texts_of(smaller))
    assert same(again, find_lineage(smaller))


def test_a_damaged_or_foreign_file_is_one_warning_and_every_text_worked_out(
    synthetic: Corpus, counted: Counted, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    ref = chosen(synthetic)["latest"]
    earlier = without(synthetic, ref)
    find_lineage(earlier, tmp_path)
    stored = (tmp_path / kept_near.FILE).read_bytes()
    everything = len(texts_of(synthetic))
    for damaged in (stored[: len(stored) // 2], stored.replace(b'"texts":{"', b'"texts":{"x":1,"', 1)):
        (tmp_path / kept_near.FILE).write_bytes(damaged)
        (tmp_path / kept.FILE).unlink(missing_ok=True)
        counted.candidates.clear()
        caplog.clear()
        with caplog.at_level(logging.WARNING):
            again = find_lineage(synthetic, tmp_path)
        assert [r.getMessage() for r in caplog.records if kept_near.FILE in r.getMessage()] == [
            f"{tmp_path / kept_near.FILE}: warning: not a file of near texts; ignored, and written anew"
        ]
        assert len(counted.candidates) == everything and same(again, find_lineage(synthetic))
        find_lineage(earlier, tmp_path)  # the file of the texts before, written anew
    counted.candidates.clear()
    find_lineage(synthetic, tmp_path, threshold=0.25)  # another least share: the file is of no use, and says nothing
    assert len(counted.candidates) == everything


def index_of(*texts: str) -> ShingleIndex:
    """The index of `texts`, numbered in this order, one document each."""
    words = [tuple(text.split()) for text in texts]
    count = len(words)
    ranks = [[n] for n in range(count)]
    return ShingleIndex(Texts(words, [*map(text_digest, words)], [1] * count, ranks, [["1"]] * count))


def test_a_texts_candidates_do_not_depend_on_how_texts_and_words_are_numbered() -> None:
    """Two shingles tie in one part of a text, and two candidates on votes: numbered otherwise, the same candidates."""
    text = "a b c d e f g h i j k"  # 9 shingles: parts of two; "a b c" and "b c d" tie, as "e f g" and "a b c" do
    others = ["a b c q", "b c d r", "e f g s"]
    first = index_of(text, *others)
    again = index_of("b a", *reversed(others), text)  # "b" numbered before "a", the others in reverse
    assert [first.digests[n] for n in first.candidates(0)] == [again.digests[n] for n in again.candidates(4)]
    assert len(first.candidates(0)) == 2


def test_a_new_text_holding_shingles_too_common_to_weigh_leaves_the_other_scores_as_a_full_build_has_them(
    tmp_path: Path,
) -> None:
    """A shingle held by more than POSTINGS_MOST texts weighs nothing: a text adding to them touches no other text."""
    common = " ".join(f"w{n}" for n in range(60))
    shared = f"{common} alpha beta gamma delta epsilon"
    earlier = [text_of("1/1", 2001, [shared + "."]), text_of("2/1", 2002, [shared + " zeta."])]
    earlier += [text_of(f"{n}/1", 1900 + n, [f"{common} s{n}."]) for n in range(3, 75)]
    find_lineage(corpus_of(*earlier), tmp_path)
    later = text_of("90/1", 2030, [f"{common} t{n}." for n in range(10)])  # ten more texts holding the common words
    both = corpus_of(*earlier, later)
    again, full = find_lineage(both, tmp_path), find_lineage(both)
    assert same(again, full) and full.paragraphs
