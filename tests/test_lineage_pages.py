"""Agreed language on the pages and in the JSON of the seeds: earlier and later language, the redline, the summary."""

from __future__ import annotations

import json

import pytest
from bs4 import BeautifulSoup

from generator.build import Site, build_site
from generator.docref import DocRef
from generator.render.paths import page_file
from tests.conftest import ROOT

SEVEN_TWO = DocRef("cop", "resolution", "7/2")


@pytest.fixture(scope="module")
def site() -> Site:
    return build_site(ROOT / "seeds")


def draft_2024(site: Site) -> DocRef:
    [ref] = [e.ref for e in site.corpus.entries if e.document and e.document.kind.is_draft and e.session == 12]
    return ref


def test_a_paragraph_shows_its_earlier_language_and_a_redline_in_details(site: Site) -> None:
    ref = draft_2024(site)
    page = BeautifulSoup(site.files[page_file(ref.url)], "html.parser")
    lineage = page.find(id="para-3").find_next_sibling("div", class_="lineage")
    details = lineage.find("details", class_="earlier")
    assert details.summary.get_text().startswith("Earlier language: Draft CTOC/COP/2020/L.5/Rev.1, para. 6")
    links = [a["href"] for a in details.select("ul.echoes a")]
    assert "../ctoc-cop-2020-l-5-rev-1/index.html#para-6" in links
    assert any(link.endswith("resolutions/7-2/index.html#para-3") for link in links)
    redline = details.find("p", class_="redline")
    assert [d.get_text() for d in redline.find_all("del")][0] == "[taken out: full]"  # said in words, not by colour
    assert [i.get_text() for i in redline.find_all("ins")][0] == "[put in: effective]"
    kept = redline.get_text()
    assert kept.startswith("Urges States parties to the Firearms Protocol to harmonize their legislation")


def test_an_earlier_paragraph_shows_its_later_language(site: Site) -> None:
    page = BeautifulSoup(site.files[page_file(SEVEN_TWO.url)], "html.parser")
    later = page.find(id="para-3").find_next_sibling("div", class_="lineage").find("p", class_="later")
    assert "Draft resolution (session 12), para. 3" in later.get_text()


def test_the_summary_counts_new_reused_and_changed_paragraphs(site: Site) -> None:
    ref = draft_2024(site)
    text = BeautifulSoup(site.files[page_file(ref.url)], "html.parser").find(class_="lineage-summary").get_text()
    data = json.loads(site.files[f"{ref.url}index.json"])["lineage"]
    counts = data["summary"]
    assert counts["traced"] == 36 == counts["new"] + counts["reused"] + counts["changed"]
    assert counts["changed"] >= 10 and f"Of its 36 preambular, operative and annex paragraphs, {counts['new']}" in text


def test_the_json_holds_precedents_successors_and_the_alignment_with_scores(site: Site) -> None:
    ref = draft_2024(site)
    para = json.loads(site.files[f"{ref.url}index.json"])["lineage"]["paragraphs"]["para-3"]
    first = para["precedents"][0]
    assert (first["label"], first["anchor"]) == ("Draft CTOC/COP/2020/L.5/Rev.1", "para-6")
    assert 0.4 <= first["score"] <= first["share"] <= 1
    assert {"op": "del", "text": "full"} in para["alignment"] and {"op": "ins", "text": "effective"} in para[
        "alignment"
    ]
    earlier = json.loads(site.files[f"{SEVEN_TWO.url}index.json"])["lineage"]["paragraphs"]["para-3"]
    assert any(s["doc"] == ref.url and s["anchor"] == "para-3" for s in earlier["successors"])


def test_every_text_held_has_its_page_against_its_predecessor_saying_so_where_it_has_none(site: Site) -> None:
    """The page is named for the later text alone: a text added between the two, or first, takes no page away."""
    from generator.render.life import subject_url

    lineage = site.corpus.lineage
    assert lineage is not None
    for entry in site.corpus.entries:
        if entry.document is None:
            continue
        page = BeautifulSoup(site.files[page_file(subject_url(entry.ref))], "html.parser")
        earlier = lineage.predecessor.get(entry.ref)
        if earlier is not None and (earlier, entry.ref) in lineage.successive:
            assert page.select("table.compare-table"), entry.ref
        elif earlier is None:
            assert "No earlier text of the collection is the predecessor" in page.get_text(), entry.ref
        else:  # its predecessor is an earlier version: the page leads to their step
            assert page.select_one("article a[href*='/compare/']") is not None, entry.ref
