"""The reports of sessions whose symbols the texts give: where symbol-less resolutions are published."""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup

from generator.build import build_into, build_site
from generator.link import build_corpus
from generator.model import Document
from generator.render.site import render_site
from tests.test_link_helpers import document, footnote

RESOLUTION = "Resolution {number}\n\nA title\n\nThe Conference of the Parties,\n\n{words}\n\n1. Decides to act.\n"
FULL_NAME = "Conference of the Parties to the United Nations Convention against Transnational Organized Crime"


def reports(*documents: Document) -> dict[tuple[str, int], str]:
    """The report of each session the corpus of `documents` knows."""
    return {(s.body, s.number): s.report for s in build_corpus(list(documents)).sessions if s.report}


def test_a_report_named_with_its_session_and_symbol_in_brackets() -> None:
    text = f"Taking note of the report of the {FULL_NAME} on its tenth session (CTOC/COP/2020/10),"
    assert reports(document(text, number="11/1")) == {("cop", 10): "CTOC/COP/2020/10"}


def test_a_report_named_by_the_conference_itself_held_somewhere() -> None:
    text = "Recalling the report of the Conference on its tenth session, held in Vienna from 12 to 16 October 2020"
    assert reports(document(f"{text} (CTOC/COP/2020/10),", number="11/1")) == {("cop", 10): "CTOC/COP/2020/10"}


def test_a_report_whose_symbol_a_footnote_gives() -> None:
    note = footnote("1", "CTOC/COP/2020/10.", 9)
    doc = document(f"Welcomes the report of the {FULL_NAME} on its tenth session;[^1]", footnotes=(note,))
    assert reports(doc) == {("cop", 10): "CTOC/COP/2020/10"}


def test_a_footnote_placing_a_resolution_in_a_report() -> None:
    note = footnote("2", "See CTOC/COP/2010/17, chap. I, resolution 5/1.", 9)
    doc = document("Recalling its resolution 5/1,[^2]", footnotes=(note,), number="11/1")
    assert reports(doc) == {("cop", 5): "CTOC/COP/2010/17"}


def test_no_report_from_another_bodys_symbol_or_a_symbol_not_in_brackets() -> None:
    # the words name the Conference, the symbol is the Commission's: no report of either
    other = f"Taking note of the report of the {FULL_NAME} on its tenth session (E/CN.15/2020/10),"
    # the symbol follows the words but is not the report's: "…, and of document …"
    loose = f"Taking note of the report of the {FULL_NAME} on its tenth session and of CTOC/COP/2020/3,"
    # the Conference's own head word in another body's text names no Conference of the Parties
    headword = "Taking note of the report of the Conference on its tenth session (CTOC/COP/2020/10),"
    assert reports(document(other, loose, number="11/1")) == {}
    assert reports(document(headword, body="general-assembly", number="75/1")) == {}


def test_two_symbols_for_one_report_are_a_warning_and_the_first_is_kept() -> None:
    first = f"Taking note of the report of the {FULL_NAME} on its tenth session (CTOC/COP/2020/10),"
    second = f"Recalling the report of the {FULL_NAME} on its tenth session (CTOC/COP/2020/12),"
    corpus = build_corpus([document(first, second, number="11/1")])
    assert {(s.number, s.report) for s in corpus.sessions if s.report} == {(10, "CTOC/COP/2020/10")}
    assert [p.message for p in corpus.problems if "report of" in p.message] == [
        "the report of Conference of the Parties session 10 is CTOC/COP/2020/12 here, CTOC/COP/2020/10 elsewhere"
    ]


def test_a_resolution_without_a_symbol_links_to_the_report_of_its_session() -> None:
    adopted = document("Decides to do it;", number="10/1", source="a.txt")
    citing = document(
        f"Taking note of the report of the {FULL_NAME} on its tenth session (CTOC/COP/2020/10),",
        "Recalling resolution 9/1,",
        number="11/1",
        source="b.txt",
    )
    files = render_site(build_corpus([adopted, citing])).files
    official = BeautifulSoup(files["resolutions/10-1/index.html"], "html.parser").select_one(".official")
    assert official is not None and "report of its session" in official.get_text()
    assert [a["href"] for a in official.select("a")][:2] == [
        "https://undocs.org/CTOC/COP/2020/10",
        "https://undocs.org/ar/CTOC/COP/2020/10",
    ]
    # a resolution of a session whose report no text gives has no official link; the session page shows its report
    assert b'class="official"' not in files["resolutions/11-1/index.html"]
    assert b'class="official"' not in files["resolutions/9-1/index.html"]
    session = BeautifulSoup(files["sessions/10/index.html"], "html.parser")
    assert session.select_one("#report + .official a")["href"] == "https://undocs.org/CTOC/COP/2020/10"


def test_a_new_seed_giving_the_report_updates_the_page_of_a_resolution_built_before(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(RESOLUTION.format(number="10/1", words="Decides to act."))
    site = tmp_path / "site"
    build_into(site, seeds, tmp_path / "cache")
    assert b'class="official"' not in (site / "resolutions/10-1/index.html").read_bytes()
    report = f"Taking note of the report of the {FULL_NAME} on its tenth session (CTOC/COP/2020/10),"
    (seeds / "b.txt").write_text(RESOLUTION.format(number="11/1", words=report))
    rebuilt = build_into(site, seeds, tmp_path / "cache")
    assert b"https://undocs.org/CTOC/COP/2020/10" in (site / "resolutions/10-1/index.html").read_bytes()
    assert rebuilt.files == build_site(seeds).files
