"""Agreed language: precedents and successors of paragraphs, on hand-made pairs, the seeds and labelled real texts."""

from __future__ import annotations

import shutil
from collections.abc import Mapping
from pathlib import Path

import pytest

from generator.docref import DocRef
from generator.lineage import find_lineage
from generator.lineage.align import align, redline
from generator.lineage.find import THRESHOLD
from generator.lineage.result import Echo, Echoes
from generator.pipeline import build
from tests.conftest import ROOT, SEEDS
from tests.lineage_corpus import corpus_of, text_of

REAL = ROOT.parent / "shared" / "real-texts"
LABELLED = ROOT / "tests" / "fixtures" / "lineage" / "labelled.txt"
ORIGINAL = (
    "Urges States parties to the Firearms Protocol to harmonize their national legislation with the Protocol, "
    "to develop national action plans on marking and record-keeping and to designate a single point of contact"
)
BOILERPLATE = "Requests the Secretary-General to report to the Conference at its next session on the implementation"
SUBJECTS = (
    "of the present resolution on the protection of coral reefs in small island developing States",
    "of the present resolution on access to medicines for persons living with a rare disease",
    "of the present resolution on literacy programmes for adults in rural areas",
    "of the present resolution on road safety and the design of pedestrian crossings",
    "of the present resolution on the preservation of documentary heritage in archives",
    "of the present resolution on seasonal forecasting for farmers in arid regions",
    "of the present resolution on the safety of journalists covering elections",
    "of the present resolution on migratory birds and the wetlands they rest in",
    "of the present resolution on the rights of older persons to social protection",
    "of the present resolution on clean cooking fuels for households",
    "of the present resolution on the teaching of mathematics in secondary schools",
    "of the present resolution on desert locust outbreaks and early warning",
)  # a dozen texts: the clause before each subject is what every one of them says


def precedents_of(lineage: Mapping[DocRef, Mapping[str, Echoes]], ref: DocRef, anchor: str) -> tuple[Echo, ...]:
    echoes = lineage.get(ref, {}).get(anchor)
    return echoes.precedents if echoes is not None else ()


def test_renumbered_then_changed_verb_then_inserted_clause_score_in_that_order() -> None:
    first = text_of("1/1", 2001, ["Welcomes the report.", ORIGINAL + "."])
    renumbered = text_of("2/1", 2002, [ORIGINAL + ";", "Decides to remain seized of the matter."])
    verb = text_of("3/1", 2003, ["Calls upon" + ORIGINAL.removeprefix("Urges") + "."])
    clause = ORIGINAL.replace("the Protocol, ", "the Protocol and with the regional instruments in force, ")
    inserted = text_of("4/1", 2004, [clause + "."])
    lineage = find_lineage(corpus_of(first, renumbered, verb, inserted)).paragraphs
    [kept] = [e for e in precedents_of(lineage, renumbered.ref, "para-1") if e.ref == first.ref]
    assert (kept.anchor, kept.share) == ("para-2", 1.0)  # a new number, the same words
    [changed] = [e for e in precedents_of(lineage, verb.ref, "para-1") if e.ref == first.ref]
    [grown] = [e for e in precedents_of(lineage, inserted.ref, "para-1") if e.ref == first.ref]
    assert kept.score > changed.score > grown.score >= THRESHOLD
    assert lineage[first.ref]["para-2"].successors[0].ref == renumbered.ref  # the closest first, in time


def test_paragraphs_sharing_only_boilerplate_do_not_pair() -> None:
    closing = "Decides to remain seized of the matter."
    texts = [text_of(f"{n}/1", 2000 + n, [f"{BOILERPLATE} {s};", closing]) for n, s in enumerate(SUBJECTS, 1)]
    assert find_lineage(corpus_of(*texts)).paragraphs == {}


def test_texts_on_unrelated_subjects_share_no_lineage(tmp_path: Path) -> None:
    firearms = text_of("1/1", 2001, [ORIGINAL + "."])
    disease = text_of("2/1", 2002, ["Encourages Member States to improve the early diagnosis of rare diseases;"])
    assert find_lineage(corpus_of(firearms, disease)).paragraphs == {}
    if not REAL.is_dir():
        pytest.skip(f"the real texts are not at {REAL}")
    seeds = copied(tmp_path, [*SEEDS, *REAL.glob("*.txt")])
    corpus = build(seeds)
    firearms_texts = {e.ref for e in corpus.entries if e.document and "firearms" in (e.title or "").lower()}
    assert len(firearms_texts) >= 3
    for ref, paragraphs in find_lineage(corpus).paragraphs.items():
        for echoes in paragraphs.values():
            crossing = [
                e.ref
                for e in (*echoes.precedents, *echoes.successors)
                if (e.ref in firearms_texts) != (ref in firearms_texts)
            ]
            assert not crossing, (ref, crossing)


def copied(tmp_path: Path, paths: list[Path]) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for path in paths:
        shutil.copy(path, seeds / path.name)
    return seeds


def test_a_redline_keeps_every_word_and_marks_what_changed() -> None:
    earlier, later = "Urges States to act now".split(), "Calls upon States to act".split()
    changes = redline(earlier, later, align([w.lower() for w in earlier], [w.lower() for w in later]))
    assert [(c.op, c.text) for c in changes] == [
        ("del", "Urges"),
        ("ins", "Calls upon"),
        ("same", "States to act"),
        ("del", "now"),
    ]


def test_on_the_seeds_the_2024_urging_paragraph_grows_from_two_earlier_texts() -> None:
    corpus = build(ROOT / "seeds")
    lineage = find_lineage(corpus).paragraphs
    [draft_2024] = [e.ref for e in corpus.entries if e.document and e.document.kind.is_draft and e.session == 12]
    rev1 = corpus.by_symbol["CTOC/COP/2020/L.5/Rev.1"]
    found = {(e.ref, e.anchor) for e in precedents_of(lineage, draft_2024, "para-3")}
    assert {(rev1, "para-6"), (DocRef("cop", "resolution", "7/2"), "para-3")} <= found
    assert len(SEEDS) >= 4


def labelled_pairs() -> list[tuple[bool, str, str]]:
    pairs = []
    for line in LABELLED.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            label, first, second = (part.strip() for part in line.split("|"))
            pairs.append((label == "y", first, second))
    return pairs


def test_on_labelled_pairs_of_real_texts_precision_is_high(tmp_path: Path) -> None:
    if not REAL.is_dir():
        pytest.skip(f"the real texts are not at {REAL}")
    lineage = find_lineage(build(copied(tmp_path, [*SEEDS, *REAL.glob("*.txt")]))).paragraphs
    shown = {
        frozenset((f"{ref.label}#{anchor}", f"{e.ref.label}#{e.anchor}"))
        for ref, paragraphs in lineage.items()
        for anchor, echoes in paragraphs.items()
        for e in (*echoes.precedents, *echoes.successors)
    }
    hits = [(label, frozenset((a, b)) in shown) for label, a, b in labelled_pairs()]
    true_positives = sum(1 for label, hit in hits if label and hit)
    precision = true_positives / max(1, sum(1 for _, hit in hits if hit))
    recall = true_positives / sum(1 for label, _ in hits if label)
    assert precision >= 0.9 and recall >= 0.75, (precision, recall)
