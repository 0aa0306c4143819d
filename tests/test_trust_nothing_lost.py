"""Nothing lost at build time: every word of each document stands on its rendered page."""

from __future__ import annotations

import dataclasses

import pytest

from generator.build import build_site
from generator.corpus import Entry
from generator.model import Document
from generator.problems import Level
from generator.render import site
from generator.render.document import render_document
from generator.render.lookup import Lookup
from generator.render.nothing_lost import page_lost, page_words, run_lines, stands_in_order
from tests import handmade
from tests.conftest import ROOT


def test_every_seed_page_holds_every_word_of_its_document() -> None:
    site = build_site(ROOT / "seeds")
    assert [p for p in site.corpus.problems if p.level is Level.ERROR] == []


def test_a_page_that_lost_a_paragraph_is_an_error_on_the_report(monkeypatch: pytest.MonkeyPatch) -> None:
    victim: list[Entry] = []
    render_document = site.render_document

    def losing_render(entry: Entry, doc: Document, lookup: Lookup) -> bytes:
        """The page of the first document with operative paragraphs, its longest one cut out."""
        page = render_document(entry, doc, lookup)
        if victim or not doc.operative:
            return page
        longest = max(doc.operative, key=lambda p: len(p.text))
        text = page.decode()
        start = text.index(f'id="{longest.anchor}"')
        victim.append(entry)
        return (text[: text.rindex("<p", 0, start)] + text[text.index("</p>", start) + 4 :]).encode()

    monkeypatch.setattr(site, "render_document", losing_render)
    built = build_site(ROOT / "seeds")
    [error] = [p for p in built.corpus.problems if "missing from its page" in p.message]
    assert error.level is Level.ERROR and victim[0].ref.label in error.message and victim[0].ref.url in error.message
    assert "missing from its page" in built.files["report/index.html"].decode()
    assert any("missing from its page" in line for line in built.summary)


def main_page() -> tuple[Entry, bytes]:
    """The entry of the hand-made corpus's main text, and its page as rendered."""
    corpus = handmade.corpus()
    [entry] = [e for e in corpus.entries if e.ref == handmade.MAIN]
    assert entry.document is not None
    return entry, render_document(entry, entry.document, Lookup(corpus))


def test_the_page_of_every_seed_is_checked_without_counting_its_words() -> None:
    """The quick check (each part found in page order) holds for the pages the templates make."""
    built = build_site(ROOT / "seeds")
    for entry in built.corpus.entries:
        if entry.document is not None:
            page = built.files[f"{entry.ref.url}index.html"]
            assert stands_in_order(entry.document, page_words(page)), entry.ref.url


def test_a_page_showing_the_text_in_another_order_loses_nothing() -> None:
    entry, page = main_page()
    text = page.decode()
    notes = text[text.index('<section class="footnotes"') : text.index("</section>") + len("</section>")]
    moved = text.replace(notes, "").replace('<div class="text">', notes + '<div class="text">')
    assert entry.document is not None and not stands_in_order(entry.document, page_words(moved.encode()))
    assert page_lost(entry, moved.encode()) is None


def test_a_paragraph_the_text_holds_twice_must_stand_twice_on_the_page() -> None:
    entry, page = main_page()
    doc = entry.document
    assert doc is not None
    twice = dataclasses.replace(doc, paragraphs=(*doc.paragraphs, doc.operative[0]))
    problem = page_lost(dataclasses.replace(entry, document=twice), page)
    assert problem is not None and problem.level is Level.ERROR
    assert "Decides" in problem.message  # its first word, which the page shows once


def test_the_run_line_of_a_part_holds_its_runs_as_written_in_order_between_single_spaces() -> None:
    parts = ["Recalling  its resolution 5/4,", "", "(a)", "See A/60/88²; “quoted”   text", "ﬁnal", "—"]
    lines = run_lines(parts)
    assert lines[:3] == [b" Recalling its resolution 5 4 ", b" ", b" a "]
    assert lines[3:] == [" See A 60 88² “quoted” text ".encode(), " ﬁnal ".encode(), " — ".encode()]


def test_a_run_line_is_found_only_at_run_boundaries() -> None:
    page, cat, concatenate_the = run_lines(["We concatenate the cat.", "cat", "concatenate the"])
    assert page.find(cat) == len(" We concatenate the") and page.find(concatenate_the) == len(" We")


def test_the_contents_do_not_stand_for_the_text_they_list() -> None:
    entry, page = main_page()
    text = page.decode()
    start, end = text.index('<div class="text">'), text.index('<section class="footnotes"')
    without_text = (text[:start] + text[end:]).encode()
    assert b'<nav class="toc"' in without_text and b"Decides to act" in without_text  # the contents' first words
    problem = page_lost(entry, without_text)
    assert problem is not None and "Decides" in problem.message
