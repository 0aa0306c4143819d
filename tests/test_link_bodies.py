"""Bodies across the collection: what its dates settle, one number in two bodies, bodies assumed, other texts."""

from __future__ import annotations

from bs4 import BeautifulSoup

from generator.corpus import Corpus
from generator.docref import DocRef
from generator.link import build_corpus
from generator.pipeline import read_seed
from generator.problems import Level
from generator.render.site import render_site

CONFERENCE = "The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,"
CORRUPTION = "The Conference of the States Parties to the United Nations Convention against Corruption,"


def text(heading: str, opening: str, *paragraphs: str) -> bytes:
    """A text of our own: heading, title, opening, then paragraphs."""
    return "\n\n".join([heading, "Title of the text", opening, *paragraphs, "1. Decides to act."]).encode()


def corpus_of(*texts: bytes) -> Corpus:
    return build_corpus([read_seed(f"t{n}.txt", data) for n, data in enumerate(texts)])


def target_of(corpus: Corpus, characters: str) -> tuple[DocRef | None, bool]:
    [cite] = [c for c in corpus.citations if c.reference.text == characters]
    return cite.reference.target.doc, cite.reference.target.assumed


def dated_conference() -> bytes:
    """A Conference text that dates its 7th, 10th and 12th sessions."""
    return text(
        "Resolution 12/1",
        CONFERENCE,
        "Recalling its resolutions 7/1 of 10 October 2014 and 10/2 of 16 October 2020, and its decision 12/2"
        " of 18 October 2024,",
    )


def test_a_date_the_conference_s_sessions_rule_out_files_the_text_under_the_body_it_fits() -> None:
    citing = text("Resolution 12/3", CONFERENCE, "Recalling resolution 70/1 of 25 September 2015,")
    corpus = corpus_of(dated_conference(), citing)
    assert target_of(corpus, "resolution 70/1") == (DocRef("general-assembly", "resolution", "70/1"), False)
    assert not any("body assumed" in p.message for p in corpus.problems)


def test_a_date_the_conference_s_sessions_fit_files_another_body_s_bare_citation_under_the_conference() -> None:
    assembly = text(
        "Resolution 80/5", "The General Assembly,", "Recalling resolution 10/1 of 16 October 2020 and resolution 9/9,"
    )
    corpus = corpus_of(dated_conference(), assembly)
    assert target_of(corpus, "resolution 10/1") == (DocRef("cop", "resolution", "10/1"), False)
    assert all("9/9" not in c.reference.text for c in corpus.citations)  # undated: no body could be told; no citation


def test_a_body_neither_the_text_nor_the_collection_tells_is_assumed_and_reported() -> None:
    citing = text("Resolution 12/3", CONFERENCE, "Recalling resolution 11/4,")
    corpus = corpus_of(dated_conference(), citing)
    assert target_of(corpus, "resolution 11/4") == (DocRef("cop", "resolution", "11/4"), True)
    [info] = [p for p in corpus.problems if "body assumed" in p.message]
    assert (info.path, info.level) == ("t1.txt", Level.INFO) and "'resolution 11/4'" in info.message
    page = BeautifulSoup(render_site(corpus).files["resolutions/12-3/index.html"], "html.parser")
    [link] = [a for a in page.select("a.xref") if a.get_text() == "resolution 11/4"]
    assert "body assumed" in str(link["title"])  # the page says it too, where the reader looks


def test_the_same_number_in_two_bodies_is_two_documents_and_two_pages() -> None:
    ours = text("Resolution 10/6", CONFERENCE, "Recalling its resolution 9/1,")
    theirs = text("Resolution 10/6", CORRUPTION, "Recalling its resolution 9/1,")
    corpus = corpus_of(ours, theirs)
    held = {e.ref: e for e in corpus.entries if e.document is not None}
    assert set(held) == {DocRef("cop", "resolution", "10/6"), DocRef("cosp", "resolution", "10/6")}
    cited = {c.reference.target.doc for c in corpus.citations}
    assert cited == {DocRef("cop", "resolution", "9/1"), DocRef("cosp", "resolution", "9/1")}
    sessions = {(s.body, s.number): s.documents for s in corpus.sessions}
    assert sessions[("cop", 10)] == (DocRef("cop", "resolution", "10/6"),)
    assert sessions[("cosp", 10)] == (DocRef("cosp", "resolution", "10/6"),)
    files = render_site(corpus).files
    assert {"resolutions/10-6/index.html", "cosp/resolutions/10-6/index.html", "cosp/sessions/10/index.html"} <= set(
        files
    )
    kicker = BeautifulSoup(files["cosp/resolutions/10-6/index.html"], "html.parser").select_one(".kicker")
    assert kicker is not None and kicker.get_text().startswith("Conference of the States Parties")


def test_a_page_that_is_no_un_text_is_another_text_of_no_session() -> None:
    page = b"List of participants at the twelfth session\n\nAustria\n\nBelgium\n"
    corpus = corpus_of(dated_conference(), page)
    [other] = [e for e in corpus.entries if e.document is not None and e.ref.kind == "document"]
    assert other.session is None and all(other.ref not in s.documents for s in corpus.sessions)
    assert other.ref.label == "Other text" and other.title == "List of participants at the twelfth session"
    files = render_site(corpus).files
    home = BeautifulSoup(files["index.html"], "html.parser")
    section = home.select_one("section[aria-labelledby=others-heading]")
    assert section is not None and "List of participants at the twelfth session" in section.get_text()
    shown = BeautifulSoup(files[f"{other.ref.url}index.html"], "html.parser")
    assert "Document" not in shown.select_one("main").get_text()  # type: ignore[union-attr]
