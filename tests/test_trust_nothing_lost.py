"""Nothing lost at build time: every word of each document stands on its rendered page."""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from generator import build
from generator.build import build_site
from generator.corpus import Corpus, Entry
from generator.problems import Level
from generator.render.paths import page_file
from generator.render.site import render_site
from tests.conftest import ROOT


def test_every_seed_page_holds_every_word_of_its_document() -> None:
    site = build_site(ROOT / "seeds")
    assert [p for p in site.corpus.problems if p.level is Level.ERROR] == []


def test_a_page_that_lost_a_paragraph_is_an_error_on_the_report(monkeypatch: pytest.MonkeyPatch) -> None:
    victim: list[Entry] = []

    def losing_render(corpus: Corpus, kept: Mapping[str, bytes] | None = None) -> dict[str, bytes]:
        """The site with the longest paragraph of the first document cut from its page."""
        files = render_site(corpus, kept)
        entry = next(e for e in corpus.entries if e.document and e.document.operative)
        assert entry.document is not None
        longest = max(entry.document.operative, key=lambda p: len(p.text))
        page = page_file(entry.ref.url)
        text = files[page].decode()
        start = text.index(f'id="{longest.anchor}"')
        files[page] = (text[: text.rindex("<p", 0, start)] + text[text.index("</p>", start) + 4 :]).encode()
        victim.append(entry)
        return files

    monkeypatch.setattr(build, "render_site", losing_render)
    site = build_site(ROOT / "seeds")
    [error] = [p for p in site.corpus.problems if "missing from its page" in p.message]
    assert error.level is Level.ERROR and victim[0].ref.label in error.message and victim[0].ref.url in error.message
    assert "missing from its page" in site.files["report/index.html"].decode()
    assert any("missing from its page" in line for line in site.summary)
