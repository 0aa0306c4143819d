"""The life of one text: a draft, its revisions and the text adopted from it, aligned paragraph by paragraph."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from generator.build import build_site
from generator.docref import DocRef
from generator.lineage import find_lineage
from generator.link import build_corpus
from generator.model import Document, Kind, Paragraph, Role, Span, Text
from generator.render.life import compare_url, life_of
from generator.render.lookup import Lookup
from generator.render.paths import page_file
from generator.render.site import render_site
from tests.conftest import ROOT

REAL = ROOT.parent / "shared" / "real-texts"
GA = "general-assembly"
LONG = "the Member States to support the programme of work on the safety of small fishing vessels in coastal waters"


def version(symbol: str | None, kind: Kind, day: int, operative: list[str], header: str = "") -> Document:
    path = f"hand/{(symbol or 'adopted').replace('/', '-')}.txt"
    head = [Paragraph(Role.HEADER, (Text(header),), Span(path, 1, 1))] if header else []
    body = [Paragraph(Role.OPERATIVE, (Text(t),), Span(path, n + 2, n + 2), str(n)) for n, t in enumerate(operative, 1)]
    return Document(
        source=path,
        body=GA,
        kind=kind,
        symbol=symbol,
        number="99/1" if kind is Kind.RESOLUTION else None,
        session=99,
        distributed=dt.date(2044, 10, day),
        title="Safety of small fishing vessels",
        paragraphs=(*head, *body),
    )


def test_each_step_of_a_life_is_aligned_kept_changed_added_dropped_moved() -> None:
    first = [f"Calls upon {LONG};", f"Requests {LONG} and to report on it;", f"Welcomes the efforts of {LONG};"]
    revised = [f"Welcomes the efforts of {LONG};", f"Calls upon {LONG};", f"Requests {LONG} and to report on it;"]
    adopted = [
        f"Welcomes the efforts of {LONG};",
        f"Urges {LONG};",
        "Decides to consider the upkeep of lighthouses along shipping lanes at its hundredth session.",
    ]
    documents = [
        version("A/99/L.7", Kind.DRAFT_RESOLUTION, 1, first),
        version("A/99/L.7/Rev.1", Kind.DRAFT_RESOLUTION, 5, revised),
        version(None, Kind.RESOLUTION, 9, adopted, "[without reference to a Main Committee (A/99/L.7/Rev.1)]"),
    ]
    corpus = build_corpus(documents)
    corpus = dataclasses.replace(corpus, lineage=find_lineage(corpus))
    steps = life_of(DocRef(GA, "resolution", "99/1"), Lookup(corpus))
    assert [(s.earlier.id, s.later.id) for s in steps] == [("A/99/L.7", "A/99/L.7/Rev.1"), ("A/99/L.7/Rev.1", "99/1")]
    assert dict(steps[0].counts) == {"kept": 2, "moved": 1}  # never only the first against the last
    assert dict(steps[1].counts) == {"kept": 1, "changed": 1, "added": 1, "dropped": 1}


# A/RES/80/1 changed its draft's wording; A/RES/80/4 adopted A/80/L.6 word for word (read in both texts).
@pytest.mark.parametrize(("adopted", "draft", "changed"), [("80/1", "A/80/L.2", True), ("80/4", "A/80/L.6", False)])
def test_a_general_assembly_resolution_is_aligned_with_its_draft(
    tmp_path: Path, adopted: str, draft: str, changed: bool
) -> None:
    if not REAL.is_dir():
        pytest.skip(f"the real texts are not at {REAL}")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for path in REAL.glob("*.txt"):
        shutil.copy(path, seeds / path.name)
    site = build_site(seeds)
    final, source = DocRef(GA, "resolution", adopted), DocRef(GA, "draft", draft)
    page = BeautifulSoup(site.files[page_file(final.url)], "html.parser")
    assert page.find("a", href=f"../../drafts/{source.slug}/index.html").find_parent("div").dt.get_text() == (
        "Draft (named in the adopted text)"
    )
    life = page.find("ol", class_="life")
    link = life.find("a")
    assert link.get_text() == f"{source.label} → {final.label}"
    compare = BeautifulSoup(site.files[page_file(compare_url(source, final))], "html.parser")
    statuses = [row["class"][0] for row in compare.select("tbody tr")]
    assert statuses.count("kept") >= 4
    if not changed:
        assert set(statuses) == {"kept"}
        return
    row = compare.select_one("tbody tr.changed")
    assert row.find("del") or row.find("ins")


def test_the_first_draft_keeps_its_page_against_the_adopted_text_once_a_revision_comes_between() -> None:
    """A page once published stays: every earlier version has its page against every later one of its life."""
    operative = [f"Calls upon {LONG};", f"Requests {LONG} and to report on it;", f"Welcomes the efforts of {LONG};"]
    draft = version("A/99/L.7", Kind.DRAFT_RESOLUTION, 1, operative)
    adopted = version(None, Kind.RESOLUTION, 9, operative, "[without reference to a Main Committee (A/99/L.7/Rev.1)]")
    revised = version("A/99/L.7/Rev.1", Kind.DRAFT_RESOLUTION, 5, operative)
    two, three = (build_corpus(documents) for documents in ([draft, adopted], [draft, revised, adopted]))
    pages = [
        {url for url in render_site(dataclasses.replace(c, lineage=find_lineage(c))).files if "/compare/" in url}
        for c in (two, three)
    ]
    first, final = DocRef(GA, "draft", "A/99/L.7"), DocRef(GA, "resolution", "99/1")
    assert page_file(compare_url(first, final)) in pages[0] & pages[1]
    assert pages[0] <= pages[1]
