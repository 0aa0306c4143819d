"""The lineage kept whole between builds: taken only by a build reading the same texts, never when one changed."""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path

import orjson
import pytest

from generator.corpus import Collected, Corpus, Traced
from generator.docref import DocRef
from generator.lineage import find, find_lineage, kept
from generator.lineage.order import in_order
from generator.lineage.result import Lineage
from generator.lineage.traced import traced, traced_of
from generator.link import build_corpus
from generator.model import Kind
from generator.pipeline import build
from tests.conftest import ROOT
from tests.lineage_corpus import corpus_of, text_of
from tests.test_lineage import ORIGINAL
from tests.test_lineage_life import LONG, version


def without_count(lineage: Lineage) -> Lineage:
    return dataclasses.replace(lineage, aligned=0)  # how many pairs a build aligned: its work, not what it found


def hand_corpus(later_year: int = 2002, later_words: str = "", label: str = "1", number: str = "2/1") -> Corpus:
    """Three texts, each taking the first's paragraph with a change: a verb, then a clause."""
    first = text_of("1/1", 2001, [ORIGINAL + "."])
    assert first.document is not None
    relabelled = dataclasses.replace(first.document.paragraphs[0], label=label)
    first = dataclasses.replace(first, document=dataclasses.replace(first.document, paragraphs=(relabelled,)))
    verb = later_words or "Calls upon" + ORIGINAL.removeprefix("Urges") + "."
    clause = ORIGINAL.replace("the Protocol, ", "the Protocol and with the regional instruments in force, ")
    return corpus_of(first, text_of(number, later_year, [verb]), text_of("3/1", 2003, [clause + "."]))


def a_life() -> Corpus:
    """A draft, its revision and the text adopted from it: each step of its life aligned."""
    first = [f"Calls upon {LONG};", f"Requests {LONG} and to report on it;", f"Welcomes the efforts of {LONG};"]
    revised = [f"Welcomes the efforts of {LONG};", f"Calls upon {LONG};", f"Requests {LONG} and to report on it;"]
    header = "[without reference to a Main Committee (A/99/L.7/Rev.1)]"
    return build_corpus(
        [
            version("A/99/L.7", Kind.DRAFT_RESOLUTION, 1, first),
            version("A/99/L.7/Rev.1", Kind.DRAFT_RESOLUTION, 5, revised),
            version(None, Kind.RESOLUTION, 9, [f"Welcomes the efforts of {LONG};", f"Urges {LONG};"], header),
        ]
    )


def test_a_build_reading_the_same_texts_takes_the_lineage_kept_and_finds_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seeds = build(ROOT / "seeds", tmp_path / "seeds")  # its lineage, kept in the cache folder
    life = a_life()
    found = find_lineage(life, tmp_path / "life")
    assert seeds.lineage and seeds.lineage.predecessor and seeds.lineage.successive and seeds.lineage.paragraphs
    assert found.steps and found.across and found.paragraphs

    def never(*_: object) -> Lineage:
        raise AssertionError("found anew")

    monkeypatch.setattr(find, "_found", never)
    assert find_lineage(seeds, tmp_path / "seeds") == without_count(seeds.lineage)
    assert find_lineage(life, tmp_path / "life") == without_count(found)


@pytest.mark.parametrize(
    "changed",
    [
        {"later_words": "Welcomes the report of the Secretary-General on the upkeep of lighthouses."},
        {"later_year": 2000},  # the second text now comes first: precedents become successors
        {"label": "7"},  # the first text's paragraph is another id
        {"number": "2/5"},  # the second text is another one, of the same words
        {"threshold": 0.9},
    ],
)
def test_the_lineage_kept_is_not_taken_once_what_it_reads_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, changed: dict[str, object]
) -> None:
    first = without_count(find_lineage(hand_corpus(), tmp_path))
    threshold = float(changed.pop("threshold", find.THRESHOLD))
    corpus = hand_corpus(**changed)
    full = without_count(find_lineage(corpus, threshold=threshold))
    assert full != first  # the change is one the lineage shows
    found, anew = find._found, []
    monkeypatch.setattr(find, "_found", lambda *args: anew.append(args) or found(*args))
    assert without_count(find_lineage(corpus, tmp_path, threshold)) == full and len(anew) == 1
    assert find_lineage(corpus, tmp_path, threshold) == full and len(anew) == 1  # kept now


def test_a_new_text_with_no_traced_paragraph_leaves_the_lineage_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = hand_corpus()
    first = without_count(find_lineage(corpus, tmp_path))
    more = corpus_of(*corpus.entries, text_of("9/1", 2002, []))  # placed in time between the others, no paragraph
    assert [e.ref.id for e in in_order(more)] == ["1/1", "2/1", "9/1", "3/1"]
    assert without_count(find_lineage(more)) == first
    found, anew = find._found, []
    monkeypatch.setattr(find, "_found", lambda *args: anew.append(args) or found(*args))
    assert find_lineage(more, tmp_path) == first and not anew
    later = corpus_of(*corpus.entries, text_of("9/1", 2004, []))  # now after the third
    chain = [(DocRef("cop", "resolution", "9/1"), DocRef("cop", "resolution", "3/1"))]  # in a life, it counts
    assert kept.lineage_key(in_order(more), chain, 0.4) != kept.lineage_key(in_order(later), chain, 0.4)


def test_the_key_takes_the_identities_of_the_texts_and_the_lives_of_drafts() -> None:
    entries = in_order(hand_corpus())
    refs = tuple(entry.ref for entry in entries)
    keys = {kept.lineage_key(entries, chains, find.THRESHOLD) for chains in ([], [refs[:2]], [refs[1:]])}
    keys.add(kept.lineage_key(in_order(hand_corpus(number="2/5")), [], find.THRESHOLD))  # the same words
    assert len(keys) == 4


def test_a_damaged_or_foreign_lineage_file_is_one_warning_and_found_anew(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    corpus = hand_corpus()
    full = without_count(find_lineage(corpus, tmp_path))
    file = tmp_path / kept.FILE
    data = orjson.loads(file.read_bytes())
    [[_, by_anchor]] = [each for each in data["lineage"]["paragraphs"] if each[0] == ["cop", "resolution", "2/1"]]
    by_anchor[0][1][0][0] = ["cop", "resolution", "9/9"]  # a precedent in a text the collection does not hold
    for damaged in (b"\0" * 64, orjson.dumps(data), orjson.dumps({**data, "lineage": {"paragraphs": 1}})):
        file.write_bytes(damaged)
        caplog.clear()
        with caplog.at_level(logging.WARNING):
            assert without_count(find_lineage(corpus, tmp_path)) == full
        warned = [r.getMessage() for r in caplog.records]
        assert warned == [f"{file}: warning: not a file of lineage; ignored, and written anew"]


def test_the_digests_the_workers_made_are_those_of_the_texts_the_corpus_holds() -> None:
    corpus = build(ROOT / "seeds")
    held = [entry.document for entry in corpus.entries if entry.document]
    assert held and all(doc.linked and doc.linked.traced == traced(doc) for doc in held)


def test_digests_that_cannot_be_of_the_text_are_made_again() -> None:
    doc = text_of("1/1", 2001, [ORIGINAL + ".", "Decides to remain seized of the matter."]).document
    assert doc is not None
    right = traced(doc)
    assert right.positions == (0, 1)
    wrong = (Traced((5,), right.digests[:20], ""), Traced((1, 0), right.digests, ""), Traced((0,), "ab", ""))
    for found in wrong:  # a place past the text's paragraphs, places out of order, a digest of another length
        assert traced_of(dataclasses.replace(doc, linked=Collected((), (), frozenset(), (), (), (), found))) == right
