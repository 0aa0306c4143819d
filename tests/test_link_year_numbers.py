"""Texts numbered by year ("2023/15") are cited as such only for a body that numbers them so."""

from __future__ import annotations

from generator.link import build_corpus
from generator.pipeline import read_seed

ECOSOC = b"""Economic and Social Council resolution 2023/15

Strengthening crime prevention

The Economic and Social Council,

Recalling its resolution 2019/21 of 23 July 2019 and General Assembly resolution 78/47,

1. Requests the Commission on Crime Prevention and Criminal Justice to act.
"""
CONFERENCE = b"""Resolution 13/1

Title

The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,

Recalling its decision 2017/5 and Economic and Social Council resolution 2019/21,

1. Decides to act.
"""


def cited(text: bytes) -> list[tuple[str, str]]:
    corpus = build_corpus([read_seed("t.txt", text)])
    return [(c.reference.text, c.reference.target.doc.label) for c in corpus.citations if c.reference.target.doc]


def test_a_body_numbering_by_year_cites_its_own_texts_by_year() -> None:
    assert ("resolution 2019/21", "Economic and Social Council resolution 2019/21") in cited(ECOSOC)


def test_a_year_number_is_no_citation_of_a_body_that_numbers_by_session() -> None:
    found = cited(CONFERENCE)
    assert all("2017/5" not in text for text, _ in found)
    assert ("Economic and Social Council resolution 2019/21", "Economic and Social Council resolution 2019/21") in found
