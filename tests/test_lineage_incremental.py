"""A rebuild after a new seed aligns only pairs of paragraphs the new text touches, and finds a full build's lineage."""

from __future__ import annotations

import shutil
from pathlib import Path

import orjson
import pytest

from bench.synthesise import synthesise
from generator import parallel
from generator.lineage import find_lineage, kept, kept_near, near
from generator.lineage.memo import FILE
from generator.lineage.order import in_order
from generator.lineage.result import Lineage
from generator.lineage.runs import Aligner, Runs
from generator.lineage.traced import text_digest
from generator.lineage.words import TRACED, keys, printed_words
from generator.pipeline import build
from tests.lineage_corpus import corpus_of, text_of
from tests.test_lineage import BOILERPLATE, ORIGINAL, SUBJECTS


def kept_pairs(cache: Path) -> set[str]:
    """The keys of the alignments the last build left in `cache`: two text digests each."""
    return set(orjson.loads((cache / FILE).read_bytes())["runs"])


def shingles(words: tuple[str, ...]) -> set[tuple[str, ...]]:
    return {words[k : k + 3] for k in range(max(1, len(words) - 2))}


def found(lineage: Lineage | None) -> tuple[object, ...]:
    assert lineage is not None
    return lineage.paragraphs, lineage.steps, lineage.predecessor


def test_a_rebuild_after_one_new_seed_aligns_only_pairs_with_its_texts(tmp_path: Path) -> None:
    synthesise(61, tmp_path / "all")
    latest = in_order(build(tmp_path / "all"))[-1].document  # a text placed in time, so in the lineage step
    assert latest is not None
    new = tmp_path / "all" / Path(latest.source).name
    seeds, cache = tmp_path / "seeds", tmp_path / "cache"
    seeds.mkdir()
    for seed in sorted((tmp_path / "all").glob("*.txt")):
        if seed != new:
            shutil.copy(seed, seeds / seed.name)
    build(seeds, cache)
    before = kept_pairs(cache)
    shutil.copy(new, seeds / new.name)
    again = build(seeds, cache)
    full = build(seeds)
    assert found(again.lineage) == found(full.lineage)
    assert again.lineage and full.lineage and 0 < again.lineage.aligned < full.lineage.aligned // 10
    texts = {
        e.document.source: [keys(printed_words(p)) for p in e.document.paragraphs if p.role in TRACED]
        for e in again.entries
        if e.document
    }
    [brought] = [words for source, words in texts.items() if source.endswith(new.name)]
    new_shingles = set().union(*map(shingles, brought))
    # The texts the new one touches: its own, and those sharing a shingle with it (it moves their weights, candidates).
    touched = {
        text_digest(words) for all_words in texts.values() for words in all_words if shingles(words) & new_shingles
    }
    aligned = kept_pairs(cache) - before
    assert len(aligned) == again.lineage.aligned
    assert all(key[: len(key) // 2] in touched or key[len(key) // 2 :] in touched for key in aligned)


def test_a_rebuild_aligns_the_new_paragraph_with_its_candidates_and_nothing_else(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    earlier = [text_of("1/1", 2001, ["Welcomes the report.", ORIGINAL + "."])]
    earlier += [text_of(f"{n}/1", 2001 + n, [f"{BOILERPLATE} {s};"]) for n, s in enumerate(SUBJECTS, 2)]
    first = find_lineage(corpus_of(*earlier), tmp_path)
    assert first.aligned  # the boilerplate texts are each other's candidates
    later = text_of("30/1", 2030, ["Calls upon" + ORIGINAL.removeprefix("Urges") + "."])
    aligned: list[tuple[tuple[int, ...], tuple[int, ...]]] = []
    runs = Aligner.runs

    def counted(self: Aligner, text: int, other: int) -> Runs:
        aligned.append((tuple(self.ids[text]), tuple(self.ids[other])))
        return runs(self, text, other)

    monkeypatch.setattr(Aligner, "runs", counted)
    again = find_lineage(corpus_of(*earlier, later), tmp_path)
    assert again.aligned == len(aligned) == 1  # the new paragraph with the one it was taken from
    monkeypatch.undo()
    full = find_lineage(corpus_of(*earlier, later))
    assert found(again) == found(full) and full.aligned == first.aligned + 1


def test_a_rebuild_with_nothing_new_aligns_nothing_and_a_damaged_memo_is_aligned_again(tmp_path: Path) -> None:
    synthesise(20, tmp_path / "seeds")
    cache = tmp_path / "cache"
    first = build(tmp_path / "seeds", cache)
    assert first.lineage and first.lineage.aligned
    again = build(tmp_path / "seeds", cache)
    assert again.lineage and again.lineage.aligned == 0 and found(again.lineage) == found(first.lineage)
    damaged = b'{"format": "untoc-alignments 1", "code": "x", "runs": [1, 2]}'
    (cache / FILE).write_bytes(damaged)
    (cache / kept.FILE).unlink()  # else the lineage is taken whole, and nothing aligned
    again = build(tmp_path / "seeds", cache)  # every outcome kept (`kept_near`): nothing aligned, the memo written
    assert again.lineage and again.lineage.aligned == 0 and found(again.lineage) == found(first.lineage)
    assert (cache / FILE).read_bytes() != damaged and orjson.loads((cache / FILE).read_bytes())["runs"] == {}
    (cache / FILE).write_bytes(damaged)
    for file in kept.FILE, kept_near.FILE:  # else the lineage is taken whole, or each outcome, and nothing aligned
        (cache / file).unlink()
    again = build(tmp_path / "seeds", cache)
    assert again.lineage and again.lineage.aligned == first.lineage.aligned
    assert found(again.lineage) == found(first.lineage)


def test_the_pool_finds_the_lineage_and_keeps_the_alignments_one_process_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synthesise(30, tmp_path / "seeds")
    corpus = build(tmp_path / "seeds")
    lineages = {}
    monkeypatch.setattr(near, "JOBS_PER_PAGE", 1)
    for name, least in (("pool", 0), ("serial", 10**9)):
        monkeypatch.setattr(parallel, "PARALLEL_FROM", least)
        lineages[name] = find_lineage(corpus, tmp_path / name)
        assert lineages[name].aligned
    assert lineages["pool"] == lineages["serial"] and kept_pairs(tmp_path / "pool") == kept_pairs(tmp_path / "serial")
    (tmp_path / "pool" / kept.FILE).unlink()
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 0)
    again = find_lineage(corpus, tmp_path / "pool")  # the workers take the alignments from the memo
    assert again.aligned == 0 and found(again) == found(lineages["serial"])


def test_workers_from_a_fork_server_find_the_lineage_one_process_does(monkeypatch: pytest.MonkeyPatch) -> None:
    """Under `mkdocs serve` the workers come from a fork server: what they read is pickled to them."""
    texts = [text_of(f"{n}/1", 2000 + n, [f"{BOILERPLATE} {s};", ORIGINAL + "."]) for n, s in enumerate(SUBJECTS, 1)]
    corpus = corpus_of(*texts)
    alone = find_lineage(corpus)
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 0)
    monkeypatch.setattr(parallel, "start_method", lambda: "forkserver")
    assert find_lineage(corpus) == alone and alone.aligned and alone.paragraphs
