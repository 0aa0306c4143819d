"""The reference finder on sentences of our own: each form of citation, and what is no citation."""

from __future__ import annotations

import re

import pytest

from generator.link import instruments
from generator.link.find_references import find_references
from generator.model import Document, Kind, Marker, Reference, Role, Text
from tests.conftest import ROOT
from tests.fixtures import Case, read_cases, write_expected
from tests.test_link_helpers import PATH, cited, document, footnote, paragraph

FILES = sorted((ROOT / "tests" / "fixtures" / "link").glob("references*.txt"))
CASES = [case for path in FILES for case in read_cases(path)]
FOOTNOTE_RE = re.compile(r"^fn (?P<label>\w+): (?P<text>.*)$")
BODY_LINE = "body: "


def case_document(case: Case) -> Document:
    """A Conference resolution of one operative paragraph per input line; "fn 1: …" lines are footnotes.

    A first line "body: general-assembly" makes it a text of that body.
    """
    lines = case.input.split("\n")
    facts = {"body": lines.pop(0).removeprefix(BODY_LINE), "number": "80/1"} if lines[0].startswith(BODY_LINE) else {}
    texts = [line for line in lines if not FOOTNOTE_RE.match(line)]
    notes = [FOOTNOTE_RE.match(line) for line in lines]
    footnotes = tuple(footnote(m["label"], m["text"], 100 + i) for i, m in enumerate(notes) if m)
    return document(*texts, footnotes=footnotes, **facts)


def found(case: Case) -> str:
    """Each reference found, then each warning, one a line; "(none)" if there is neither."""
    doc, problems = find_references(case_document(case))
    lines = cited(doc) + [f"line {p.line}: {p.message}" for p in problems]
    return "\n".join(lines) or "(none)"


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_case(case: Case, update_goldens: bool) -> None:
    got = found(case)
    if update_goldens:
        write_expected(case.path, {case.title: got})
        return
    assert got == case.expected, case.id


def test_every_character_stays_and_emphasis_is_kept() -> None:
    doc, _ = find_references(document("*Recalling* its resolution 7/1 of 10 October 2014,"))
    items = doc.paragraphs[0].inlines
    assert items[0] == Text("Recalling", True)
    assert [type(i) for i in items] == [Text, Text, Reference, Text]
    assert "".join(i.text for i in items) == "Recalling its resolution 7/1 of 10 October 2014,"


def test_a_reference_never_swallows_a_marker() -> None:
    doc, _ = find_references(document("see A/60/88[^1]/Corr.1 and more"))
    assert Marker("1") in doc.paragraphs[0].inlines
    assert all(not isinstance(i, Reference) or "^" not in i.text for i in doc.paragraphs[0].inlines)


def test_a_reference_across_emphasis_keeps_each_piece_emphasis() -> None:
    doc, _ = find_references(document("United Nations, *Treaty Series*, vol. 2326, No. 39574."))
    pieces = [i for i in doc.paragraphs[0].inlines if isinstance(i, Reference)]
    assert [(p.text, p.emphasis) for p in pieces] == [
        ("United Nations, ", False),
        ("Treaty Series", True),
        (", vol. 2326, No. 39574", False),
    ]
    assert cited(doc) == ["“United Nations, Treaty Series, vol. 2326, No. 39574” = treaty 2326:39574"]


def test_its_means_the_citing_document_s_body() -> None:
    assembly = document("Recalling its resolution 70/1,", body="general-assembly", number="78/47")
    conference = document("Recalling its resolution 7/1,")
    assert cited(find_references(assembly)[0]) == ["“resolution 70/1” = resolution general-assembly resolution 70/1"]
    assert cited(find_references(conference)[0]) == ["“resolution 7/1” = resolution cop resolution 7/1"]


def test_a_document_without_a_body_cites_as_the_conference() -> None:
    doc = document("in furtherance of Conference resolution 5/4,", body=None)
    assert cited(find_references(doc)[0]) == ["“Conference resolution 5/4” = resolution cop resolution 5/4"]


def test_the_protocol_is_the_one_named_in_an_earlier_paragraph() -> None:
    doc = document(
        "Noting the Protocol against the Smuggling of Migrants by Land, Sea and Air,",
        "Recalling article 6 of the Protocol,",
    )
    assert cited(find_references(doc)[0]) == ["“article 6” = article migrants-protocol:6"]


def test_a_convention_named_in_a_body_s_name_is_not_the_convention() -> None:
    doc = document(
        "Taking note of Conference of the States Parties to the United Nations Convention against Corruption"
        " resolution 10/5,",
        "Calls upon States parties, pursuant to article 2 of the Convention,",
    )
    assert cited(find_references(doc)[0])[1] == "“article 2” = article convention:2"


def test_masthead_lines_are_not_searched() -> None:
    doc = Document(
        PATH, kind=Kind.RESOLUTION, number="7/2", paragraphs=(paragraph("Resolution 7/2", role=Role.HEADER),)
    )
    assert cited(find_references(doc)[0]) == []


def test_each_text_is_searched_for_instrument_names_once_however_many_articles_cite_the_convention(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """What "the Convention" means is found from the texts read so far, each looked at once, not once per citation."""
    searched: list[str] = []
    mentions = instruments._mentions

    def counted(text: str, end: int) -> dict[str, str]:
        searched.append(text)
        return mentions(text, end)

    monkeypatch.setattr(instruments, "_mentions", counted)
    cite = "Requests States to apply article {} of the Convention and article 3 of the Protocol;"
    texts = [cite.format(n) for n in range(1, 100)]
    linked, _ = find_references(document(*texts))
    articles = [r for p in linked.paragraphs for r in p.inlines if isinstance(r, Reference)]
    assert {r.target.key for r in articles} >= {"convention:5", "convention:99"}
    assert len(searched) <= 3 * len(texts)  # once as read, once per citation in its own text (two here)
