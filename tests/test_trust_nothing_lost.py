"""Nothing lost at build time: every word of each document stands on its rendered page."""

from __future__ import annotations

import pytest

from generator.build import build_site
from generator.corpus import Entry
from generator.model import Document
from generator.problems import Level
from generator.render import site
from generator.render.lookup import Lookup
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
