"""Where references point: pages of the site, official URLs, or recognised but unlinked; the references listing."""

from __future__ import annotations

import pytest

from generator.corpus import Corpus
from generator.link import build_corpus
from generator.link.report import format_references
from generator.link.resolve import url_of
from generator.model import Kind, Target
from generator.problems import Level
from tests.test_link_helpers import document, footnote


def urls(corpus: Corpus) -> dict[str, str | None]:
    """Each reference's characters -> where it points."""
    return {c.reference.text: url_of(c.reference.target, corpus) for c in corpus.citations}


@pytest.fixture
def corpus() -> Corpus:
    held = document("Decides to act;", "Requests a report;", source="held.txt", number="3/1", title="Held")
    assembly = document("Decides;", source="assembly.txt", body="general-assembly", number="61/9", title="Assembly's")
    draft = document(
        "Decides;",
        source="draft.txt",
        kind=Kind.DRAFT_RESOLUTION,
        number=None,
        symbol="CTOC/COP/2030/L.1",
        title="D",
        session=20,
    )
    citing = document(
        "as in paragraph 2 of resolution 3/1 and paragraph 9 of resolution 3/1 and paragraph 4 of resolution 5/5;",
        "Recalling General Assembly resolutions 61/9 and 67/234 B and CTOC/COP/2030/L.1,[^1]",
        "to reach target 16.4 of the Sustainable Development Goals, in line with article 5 of the Firearms Protocol,",
        number="14/1",
        footnotes=(footnote("1", "A/60/88 and Corr.2; United Nations, Treaty Series, vol. 2326, No. 39574.", 10),),
    )
    return build_corpus([held, assembly, draft, citing])


def test_texts_in_the_collection_and_their_paragraphs_are_pages_of_the_site(corpus: Corpus) -> None:
    found = urls(corpus)
    assert found["paragraph 2"] == "resolutions/3-1/#para-2"
    assert found["resolution 3/1"] == "resolutions/3-1/"
    assert found["General Assembly resolutions 61/9"] == "general-assembly/resolutions/61-9/"
    assert found["CTOC/COP/2030/L.1"] == "drafts/ctoc-cop-2030-l-1/"


def test_a_paragraph_the_held_text_does_not_have_is_unresolved_and_warned_about(corpus: Corpus) -> None:
    assert urls(corpus)["paragraph 9"] is None
    assert "case.txt:1: warning: reference not resolved: 'paragraph 9'" in [str(p) for p in corpus.problems]


def test_a_cited_conference_text_is_a_page_at_the_url_its_text_will_have(corpus: Corpus) -> None:
    assert urls(corpus)["paragraph 4"] == "resolutions/5-5/#para-4"


def test_outside_documents_go_to_their_official_urls(corpus: Corpus) -> None:
    found = urls(corpus)
    assert found["67/234 B"] == "https://undocs.org/A/RES/67/234%20B"
    assert found["A/60/88"] == "https://undocs.org/A/60/88"
    assert found["Corr.2"] == "https://undocs.org/A/60/88/Corr.2"


def test_treaties_and_goals_link_where_an_official_page_exists(corpus: Corpus) -> None:
    found = urls(corpus)
    assert found["target 16.4"] == "https://sdgs.un.org/goals/goal16"
    assert (
        found["article 5"] == "https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XVIII-12-c&chapter=18"
    )
    assert found["United Nations, Treaty Series, vol. 2326, No. 39574"] is None
    assert url_of(Target("treaty", key="2326:39574"), corpus) is None


def test_recognised_but_unlinked_references_are_not_warned_about(corpus: Corpus) -> None:
    warned = [p.message for p in corpus.problems if p.level is not Level.INFO]
    assert warned == ["reference not resolved: 'paragraph 9'"]


def test_the_references_listing_has_one_line_per_reference(corpus: Corpus) -> None:
    lines = format_references(corpus).splitlines()
    assert len(lines) == len(corpus.citations)
    assert "case.txt:1: 'paragraph 2' body=cop target=Resolution 3/1 para. 2 resolved=yes" in lines
    assert "case.txt:10: 'Corr.2' body=- target=symbol A/60/88/Corr.2 resolved=yes" in lines
    assert (
        "case.txt:10: 'United Nations, Treaty Series, vol. 2326, No. 39574' body=- target=treaty 2326:39574 resolved=no"
        in lines
    )
