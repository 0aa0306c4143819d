"""Rendering of a document page from a hand-made corpus: ids, escaping, markers, cited by."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from generator.render.site import render_site
from tests.handmade import CITED, DRAFT, HOSTILE, MAIN, OTHER, corpus


@pytest.fixture(scope="module")
def files() -> dict[str, bytes]:
    return render_site(corpus()).files


def page(files: dict[str, bytes], url: str) -> BeautifulSoup:
    return BeautifulSoup(files[f"{url}index.html"], "html.parser")


def test_paragraph_and_footnote_ids_come_from_labels(files: dict[str, bytes]) -> None:
    ids = [tag["id"] for tag in page(files, MAIN.url).select("[id]")]
    for anchor in ("preamble-1", "preamble-2", "para-1", "para-2", "para-3", "fn-1", "fn-2"):
        assert ids.count(anchor) == 1, anchor
    assert [t["id"] for t in page(files, OTHER.url).select(".para[id]")] == ["para-a", "para-b"]


def test_hostile_text_shows_as_characters(files: dict[str, bytes]) -> None:
    html = files[f"{MAIN.url}index.html"].decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert" in html
    soup = page(files, MAIN.url)
    assert soup.select_one("#preamble-2").get_text().startswith("Noting " + HOSTILE)
    assert HOSTILE in soup.h1.get_text()
    assert not soup.select("script:not([src])")


def test_repeated_markers_get_their_own_ids_and_notes_link_back(files: dict[str, bytes]) -> None:
    soup = page(files, MAIN.url)
    markers = [(a["id"], a["href"]) for a in soup.select(".fnref a")]
    assert markers == [("fnref-1", "#fn-1"), ("fnref-2", "#fn-2"), ("fnref-1-2", "#fn-1")]
    assert [a["href"] for a in soup.select("#fn-1 a.back")] == ["#fnref-1", "#fnref-1-2"]
    assert [a["href"] for a in soup.select("#fn-2 a.back")] == ["#fnref-2"]


def test_every_numbered_paragraph_links_to_itself_and_carries_its_citation(files: dict[str, bytes]) -> None:
    soup = page(files, MAIN.url)
    for para in soup.select(".para[id]"):
        assert para.select_one("a.self")["href"] == f"#{para['id']}"
    assert soup.select_one("#para-3")["data-cite"] == "Resolution 3/1, para. 3"
    assert soup.select_one("#preamble-1")["data-cite"] == "Resolution 3/1, preambular para. 1"
    assert page(files, OTHER.url).select_one("#para-b")["data-cite"] == "Resolution 3/2, para. (b)"


def test_cross_references_link_to_the_paragraph_with_the_title_as_tooltip(files: dict[str, bytes]) -> None:
    links = {a.get_text(): a for a in page(files, MAIN.url).select("a.xref")}
    assert links["paragraph (b) of resolution 3/2"]["href"] == "../3-2/index.html#para-b"
    assert links["paragraph (b) of resolution 3/2"]["title"] == "Other resolution"
    assert links["decision 2/5"]["href"] == "../../decisions/2-5/index.html#para-4"  # cited only: its future id


def test_cited_by_lists_each_citing_paragraph(files: dict[str, bytes]) -> None:
    cited_by = page(files, MAIN.url).select_one(".cited-by")
    hrefs = [a["href"] for a in cited_by.select("a")]
    assert f"../../{DRAFT.url}index.html#para-1" in hrefs
    assert "../3-2/index.html#para-a" in hrefs
    assert "para. (a)" in cited_by.get_text()


def test_drafts_and_resolutions_link_to_each_other(files: dict[str, bytes]) -> None:
    draft_links = [a["href"] for a in page(files, DRAFT.url).select(".facts a")]
    assert f"../../{OTHER.url}index.html" in draft_links
    assert f"../../{DRAFT.url}index.html" in [a["href"] for a in page(files, OTHER.url).select(".facts a")]


def test_header_facts_link_the_session(files: dict[str, bytes]) -> None:
    facts = page(files, DRAFT.url).select_one(".facts")
    text = facts.get_text(" ")
    for fact in (
        "Draft resolution",
        "CTOC/COP/2099/L.1",
        "Ruritania, Freedonia",
        "Limited",
        "2 (d)",
        "10 October 2006",
    ):
        assert fact in text
    assert facts.select_one('a[href="../../sessions/3/index.html"]') is not None


def test_cited_only_page_says_what_citations_say(files: dict[str, bytes]) -> None:
    soup = page(files, CITED.url)
    text = soup.get_text(" ")
    assert "not yet in the collection" in text
    assert "A title the citation gives" in text and "1 October 2004" in text
    assert [a["href"] for a in soup.select(".cited-by li > a[href*='#']")] == [
        "../../resolutions/3-1/index.html#preamble-1"
    ]
    cited = soup.select_one("#para-4")
    assert "Para. 4" in cited.get_text() and cited.a["href"] == "../../resolutions/3-1/index.html#preamble-1"


def test_each_cited_paragraph_lists_the_paragraphs_of_other_texts_citing_it() -> None:
    from generator.render.connections import paragraph_links
    from generator.render.lookup import Lookup
    from tests.handmade import DRAFT, MAIN, OTHER, corpus

    lookup = Lookup(corpus())
    links = paragraph_links(lookup.entries[OTHER], lookup)
    assert [(c.name, c.url, c.anchor) for c in links["para-b"].cited_by] == [
        ("Resolution 3/1, para. 1", MAIN.url, "para-1")
    ]
    assert "Decides to act" in links["para-b"].cited_by[0].line
    main = paragraph_links(lookup.entries[MAIN], lookup)
    assert [c.name for c in main["para-3"].cited_by] == [f"{DRAFT.label}, para. 1"]
    assert [c.name for c in main["para-1"].cites] == ["Resolution 3/2, para. (b)"] and not main["para-1"].cited_by
    assert [c.name for c in main["preamble-1"].cites] == ["Decision 2/5, para. 4"]


def test_a_document_with_a_symbol_links_to_its_official_document_in_six_languages() -> None:
    from bs4 import BeautifulSoup

    from generator.render.site import render_site
    from tests.handmade import DRAFT, MAIN, OUTSIDE, corpus

    files = render_site(corpus()).files
    for ref, symbol in ((DRAFT, "CTOC/COP/2099/L.1"), (OUTSIDE, "A/RES/61/9")):
        links = BeautifulSoup(files[f"{ref.url}index.html"], "html.parser").select(".official a")
        assert [a["href"] for a in links] == [f"https://undocs.org/{symbol}"] + [
            f"https://undocs.org/{code}/{symbol}" for code in ("ar", "zh", "en", "fr", "ru", "es")
        ]
    assert b'class="official"' not in files[f"{MAIN.url}index.html"]  # a Conference resolution has no symbol


def test_the_operative_paragraphs_of_a_decision_that_numbers_none_show_no_number_and_are_in_the_contents(
    tmp_path: Path,
) -> None:
    from generator.build import build_site

    (tmp_path / "d.txt").write_text(
        "Decision 12/3\n\nVenue\n\nThe Conference of the Parties,\n\nRecalling its decision 11/2,\n\n"
        "Decides to hold its thirteenth session in Vienna;\n\nRequests the secretariat to make the arrangements.\n"
    )
    soup = BeautifulSoup(build_site(tmp_path).files["decisions/12-3/index.html"], "html.parser")
    assert [p["id"] for p in soup.select(".para[id]")] == ["preamble-1", "para-p1", "para-p2"]
    assert soup.select_one("#para-p1").get_text(" ", strip=True).startswith("Decides to hold")  # no "p1." before it
    contents = [a["href"] for a in soup.select(".toc a")]
    assert "#para-p1" in contents and "#para-p2" in contents
    assert "Decision 12/3, unnumbered para. 2" in str(soup.select_one("#para-p2"))
