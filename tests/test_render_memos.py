"""What rendering keeps between one page and the next never shows on another page: each gives what it gives alone."""

from __future__ import annotations

from generator.pipeline import build
from generator.render.json_out import entry_json
from generator.render.lineage import echoes_of, page_lineage
from generator.render.lookup import Lookup
from tests.conftest import ROOT


def test_a_page_s_json_holds_its_own_lineage_whatever_page_was_made_before() -> None:
    corpus = build(ROOT / "seeds")
    lookup = Lookup(corpus)
    held = [e for e in corpus.entries if e.document and echoes_of(lookup, e.ref)]
    assert len(held) >= 2
    alone = {e.ref: entry_json(e, Lookup(corpus)) for e in held}  # each with a lookup of its own
    for before, entry in zip([held[-1], *held], held, strict=False):
        page_lineage(before, lookup)  # the page made last, as a worker makes it before the JSON
        assert entry_json(entry, lookup) == alone[entry.ref], entry.ref
