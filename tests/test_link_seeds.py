"""The seeds linked: the references, sessions, events and draft that SEED-FACTS.md lists are found, and no others."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.corpus import Corpus, Entry
from generator.docref import DocRef
from generator.link import build_corpus
from generator.model import Target
from generator.pipeline import read_seed
from tests.conftest import ROOT, SEEDS

# The list both drafts recall: "its resolution 7/1 … and decision 4/6 …", "its resolutions 5/4 of …, 6/2 of …".
RECALLED = {f"cop resolution {n}" for n in ("7/1", "5/4", "6/2", "7/2", "8/3", "9/2")} | {"cop decision 4/6"}
ANNEX = {"symbol A/60/88", "symbol A/60/88/Corr.2", "general-assembly decision 60/519"}  # "A/60/88 and Corr.2, annex"
# What each text of the seeds cites, by the text's identity (never its file): "and no others".
EXPECTED = {
    "resolution 7/2": ANNEX
    | {"cop decision 4/6", "cop resolution 5/4", "cop resolution 6/2", "article convention:32"}
    | {"symbol A/CONF.192/15", "symbol CTOC/COP/WG.6/2014/4", "treaty 2326:39574"},
    "decision 4/6": {"treaty 2326:39574"},
    "draft Enhancing measures": RECALLED
    | ANNEX
    | {"cop resolution 10/2", "cop resolution 11/6", "cop resolution 9/1", "cosp resolution 10/5"}
    | {"general-assembly resolution 78/47"}
    | {f"article convention:{n}" for n in (32, 33, 2)}
    | {"article firearms-protocol:5", "sdg-indicator 16.4.2", "treaty 2326:39574"}
    | {f"symbol {s}" for s in ("A/CONF.192/15(SUPP)", "A/CONF.192/2024/RC/3", "A/78/111")}
    | {"symbol CTOC/COP/WG.6/2023/5", "symbol CTOC/COP/WG.6/2024/5"},
    "draft CTOC/COP/2020/L.5/Rev.1": RECALLED
    | ANNEX
    | {"article convention:32", "symbol A/CONF.192/15", "sdg-target 16.4", "sdg-indicator 16.4.2"}
    | {f"general-assembly resolution {n}" for n in ("70/1", "67/234 B", "72/55")}
    | {"treaty 2225:39574", "treaty 2326:39574"},
}


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    documents = [read_seed(p.relative_to(ROOT).as_posix(), p.read_bytes()) for p in SEEDS]
    return build_corpus(documents)


def name(entry: Entry) -> str:
    """How EXPECTED names a text: "resolution 7/2", "draft <symbol>", else "draft <first two words of its title>"."""
    ref = entry.ref
    if ref.kind != "draft" or "/" in ref.id:
        return f"{ref.kind} {ref.id}"
    return "draft " + " ".join(word.strip(",;") for word in (entry.title or "").split()[:2])


def described(target: Target) -> str:
    if target.doc is not None:
        return f"{target.doc.body} {target.doc.kind} {target.doc.id}"
    return f"{target.kind} {target.key}"


@pytest.mark.parametrize("text", sorted(EXPECTED))
def test_each_text_cites_what_seed_facts_lists_and_nothing_else(corpus: Corpus, text: str) -> None:
    held = {name(e): e for e in corpus.entries if e.document is not None}
    if text not in held:
        pytest.skip(f"{text} is not among the seeds")
    got = {described(c.reference.target) for c in corpus.citations if c.source == held[text].ref}
    assert got == EXPECTED[text]


def test_sessions_four_to_twelve_are_known_with_their_years(corpus: Corpus) -> None:
    years = {s.number: s.year for s in corpus.sessions if s.body == "cop"}
    assert {n: years.get(n) for n in range(4, 13)} == {n: 2008 + 2 * (n - 4) for n in range(4, 13)}
    twelfth = next(s for s in corpus.sessions if s.number == 12 and s.body == "cop")
    assert (str(twelfth.dates), twelfth.place) == ("14–18 October 2024", "Vienna")


def test_dates_and_titles_are_harvested_from_citations(corpus: Corpus) -> None:
    seventh = corpus.entry(DocRef("cop", "resolution", "7/2"))
    assert seventh is not None and seventh.date == dt.date(2014, 10, 10)
    tenth = corpus.entry(DocRef("cop", "resolution", "10/2"))
    assert tenth is not None and tenth.document is None and tenth.date == dt.date(2020, 10, 16)
    assert tenth.title and tenth.title.startswith("Strengthening international cooperation against the illicit")


def test_the_draft_of_resolution_10_2_is_matched_both_ways(corpus: Corpus) -> None:
    tenth = corpus.entry(DocRef("cop", "resolution", "10/2"))
    assert tenth is not None and len(tenth.drafts) == 1
    draft = corpus.entry(tenth.drafts[0])
    assert draft is not None and draft.draft_of == tenth.ref and draft.session == 10


def test_the_events_the_texts_name(corpus: Corpus) -> None:
    named = {(e.name.split(",")[-1].strip(), str(e.dates), e.place) for e in corpus.events}
    assert {
        ("second meeting", "26–28 May 2014", "Vienna"),
        ("seventh meeting", "16–17 July 2020", "Vienna"),
        ("tenth meeting", "3–4 May 2023", "Vienna"),
        ("eleventh meeting", "3–4 April 2024", "Vienna"),
    } <= named
    assert any(
        e.name.startswith("Fourth United Nations Conference to Review") and e.place == "New York" for e in corpus.events
    )


def test_every_reference_resolves_and_no_citation_like_phrase_is_left(corpus: Corpus) -> None:
    unresolved = [c for c in corpus.citations if not c.resolved and c.reference.target.kind != "treaty"]
    assert unresolved == []
    assert not [p for p in corpus.problems if "not resolved" in p.message]


def test_every_marker_and_footnote_is_linked(corpus: Corpus) -> None:
    assert not [p for p in corpus.problems if "marker" in p.message]
    assert all(link.markers for e in corpus.entries for link in e.footnotes)
