"""Rendering of the session, timeline, home, report and JSON files from a hand-made corpus."""

from __future__ import annotations

import json
import posixpath

import pytest
from bs4 import BeautifulSoup
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.render.json_out import dumps
from generator.render.site import render_site
from tests.handmade import CITED, HOSTILE, MAIN, corpus


@pytest.fixture(scope="module")
def files() -> dict[str, bytes]:
    return render_site(corpus()).files


def soup(files: dict[str, bytes], path: str) -> BeautifulSoup:
    return BeautifulSoup(files[path], "html.parser")


def test_the_same_corpus_gives_the_same_bytes() -> None:
    assert render_site(corpus()) == render_site(corpus())


def test_session_page_tells_collection_from_cited_and_lists_events(files: dict[str, bytes]) -> None:
    page = soup(files, "sessions/3/index.html")
    assert "9–13 October 2006" in page.get_text() and "Vienna" in page.get_text()
    assert len(page.select(".doc-list li.in-collection")) == 3
    event = page.select_one(".event-list a")
    assert event.get_text() == "Working Group, first meeting"
    assert event["href"] == "../../resolutions/3-1/index.html#para-2"  # the paragraph that names it
    assert [a.get_text() for a in soup(files, "sessions/2/index.html").select("li.cited-only a")] == ["Decision 2/5"]


def test_timeline_has_a_year_axis_and_sessions_in_time_order(files: dict[str, bytes]) -> None:
    page = soup(files, "timeline/index.html")
    assert [li["id"] for li in page.select(".timeline > li")] == ["y2004", "y2005", "y2006"]
    assert [li["data-session"] for li in page.select(".session-mark")] == ["2", "3"]
    assert page.select_one("#y2005 .event-mark a") is not None
    assert {c["class"][1] for c in page.select("#y2006 .chip")} == {"in-collection"}
    assert page.select_one("#y2004 .chip.cited-only a").get_text() == CITED.label


def test_home_lists_sessions_newest_first_with_counts(files: dict[str, bytes]) -> None:
    page = soup(files, "index.html")
    rows = page.select(".session-list > li")
    assert [row.a.get_text() for row in rows] == ["3rd session", "2nd session"]
    assert "3 in the collection, 0 cited" in rows[0].get_text()
    assert "0 in the collection, 1 cited" in rows[1].get_text()
    assert page.select_one('header form[role=search] input[name="q"]') is not None
    assert MAIN.label not in page.get_text()  # no page lists every document


def test_every_page_has_the_search_box_the_policy_and_the_report_in_the_footer_only(files: dict[str, bytes]) -> None:
    for path in [p for p in files if p.endswith(".html")]:
        page = soup(files, path)
        form = page.select_one("header form[role=search]")
        action = posixpath.normpath(posixpath.join(posixpath.dirname(path), form["action"] if form else ""))
        assert action in ("search", "search/index.html"), path
        assert page.select_one('meta[http-equiv="Content-Security-Policy"]') is not None, path
        assert not page.select("[style], style, script:not([src])"), path  # the policy allows none of them
        assert not page.select('header a[href*="report/"]'), path
        assert page.find("footer").find("a", string="Build report"), path


def test_report_lists_problems_and_counts(files: dict[str, bytes]) -> None:
    text = soup(files, "report/index.html").get_text(" ")
    assert f"seeds/main.txt:5: warning: a warning with {HOSTILE}" in text
    assert "References unresolved 1" in " ".join(text.split())
    assert b"<script>alert" not in files["report/index.html"]


def test_document_json_holds_the_model_and_its_references(files: dict[str, bytes]) -> None:
    data = json.loads(files[f"{MAIN.url}index.json"])
    assert data["ref"]["url"] == MAIN.url and data["document"]["title"].startswith("Hostile title")
    assert [p["anchor"] for p in data["document"]["operative"]] == ["para-1", "para-2", "para-3"]
    assert {r["link"] for r in data["references"]} == {
        "decisions/2-5/#para-4",
        "resolutions/3-2/#para-b",
        "general-assembly/resolutions/61-9/",
    }
    assert {c["source"] for c in data["cited_by"]} == {"resolutions/3-2/", "drafts/ctoc-cop-2099-l-1/"}


def test_corpus_json_lists_every_document_session_and_event(files: dict[str, bytes]) -> None:
    data = json.loads(files["corpus.json"])
    assert len(data["documents"]) == 5 and [s["number"] for s in data["sessions"]] == [2, 3]
    assert data["events"][0]["dates"] == ["2005-05-02", "2005-05-03"]


def test_sitemap_lists_every_page(files: dict[str, bytes]) -> None:
    sitemap = files["sitemap.xml"].decode()
    pages = [p.removesuffix("index.html") for p in files if p.endswith("index.html")]
    assert all(f"<loc>{p or './'}</loc>" in sitemap for p in pages)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=300)
@given(JSON_VALUES)
def test_json_files_hold_what_the_standard_library_would_write(value: object) -> None:
    """The site's JSON, any text in it, is the standard library's compact, sorted, unescaped JSON."""
    standard = json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n"
    assert dumps(value) == standard.encode()
