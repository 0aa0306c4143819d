"""The link check: every internal href and #anchor of a built site resolves."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from generator.build import Site, build_into, build_site
from generator.render.site import render_site
from tests.conftest import ROOT, write_tree
from tests.handmade import corpus
from tests.linkcheck import broken_links


@pytest.fixture(scope="module")
def seed_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Site, Path]:
    """The site built from every seed, written with its search index."""
    out = tmp_path_factory.mktemp("seed-site") / "site"
    return build_into(out, ROOT / "seeds"), out


def test_every_link_of_the_handmade_site_resolves(tmp_path: Path) -> None:
    write_tree(render_site(corpus()).files, tmp_path / "site")
    assert broken_links(tmp_path / "site") == []


def test_the_checker_finds_a_broken_anchor_and_a_missing_page(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text(
        '<p id="x"><a href="#x">ok</a><a href="#y">no</a><a href="../b/">no</a></p>'
    )
    assert broken_links(tmp_path) == ["a/index.html: #y", "a/index.html: ../b/"]


def test_every_link_of_the_seed_site_resolves(seed_site: tuple[Site, Path]) -> None:
    assert broken_links(seed_site[1]) == []


def test_every_seed_page_carries_the_anchors_of_its_paragraphs_and_notes(seed_site: tuple[Site, Path]) -> None:
    site, out = seed_site
    for entry in site.corpus.entries:
        if entry.document is None:
            continue
        wanted = {p.anchor for p in entry.document.paragraphs if p.anchor}
        wanted |= {f"fn-{note.label}" for note in entry.document.footnotes}
        page = BeautifulSoup((out / entry.ref.url / "index.html").read_bytes(), "html.parser")
        ids = [str(tag["id"]) for tag in page.select("[id]")]
        assert wanted <= set(ids), entry.ref.url
        assert len(ids) == len(set(ids)), entry.ref.url


def test_drafts_and_the_resolutions_they_became_link_each_other_as_inferred(seed_site: tuple[Site, Path]) -> None:
    site, _ = seed_site
    pairs = [(e.ref, e.draft_of) for e in site.corpus.entries if e.draft_of]
    assert pairs
    for draft, resolution in pairs:
        for page, other in ((draft, resolution), (resolution, draft)):
            html = BeautifulSoup(site.files[f"{page.url}index.html"], "html.parser")
            links = [a for a in html.select("a") if a.get("href", "").endswith(f"{other.url}index.html")]
            assert links, (page.url, other.url)
            assert "inferred from the title" in html.get_text()


ANNEXED = """Resolution 31/5

Title

The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,

1. Adopts the guidelines annexed to the present resolution;

1. Decides to remain seized of the matter.

Annex

1. States should cooperate.
"""


def test_no_page_carries_an_id_twice_even_with_an_annex_and_a_numbering_slip(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for seed in (ROOT / "seeds").glob("*"):
        (seeds / seed.name).write_bytes(seed.read_bytes())
    (seeds / "annexed.txt").write_text(ANNEXED)
    site = build_site(seeds)
    for path, data in site.files.items():
        if path.endswith(".html"):
            ids = [tag["id"] for tag in BeautifulSoup(data, "html.parser").find_all(id=True)]
            assert len(ids) == len(set(ids)), path
    page = BeautifulSoup(site.files["resolutions/31-5/index.html"], "html.parser")
    assert {"para-1", "para-1-2", "annex-heading", "annex-1"} <= {tag["id"] for tag in page.find_all(id=True)}
    out = tmp_path / "site"
    write_tree(site.files, out)
    assert broken_links(out) == []


def test_a_date_only_the_citations_give_is_labelled_as_cited(seed_site: tuple[Site, Path]) -> None:
    site, _ = seed_site
    harvested = [e for e in site.corpus.entries if e.document and e.date and e.document.adopted is None]
    assert harvested
    for entry in harvested:
        assert "Adopted (as cited)" in site.files[f"{entry.ref.url}index.html"].decode()
