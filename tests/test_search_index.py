"""The search index: every paragraph's terms in bundles, each made again only when one of its pages changed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from generator.build import Site, build_into, build_site
from generator.render import site
from generator.render.paths import page_file
from generator.render.search import search_bundle
from generator.render.terms import terms
from tests.conftest import ROOT, SEEDS


def postings(files: dict[str, bytes], term: str) -> list[tuple[str, str]]:
    """The (page, anchor) pairs the index gives for `term`, read as the browser reads the files."""
    found = []
    for name in json.loads(files["search/bundles.json"]):
        index = json.loads(files[f"search/{name}/index.json"])
        parts = [(page[0], anchor) for page in index["pages"] for anchor in page[3]]
        assert len(parts) == index["parts"]
        chunk = json.loads(files.get(f"search/{name}/{term[0]}.json", b"{}"))
        number = 0
        for gap in chunk.get(term, []):
            number += gap
            found.append(parts[number])
    return found


def test_every_paragraph_and_footnote_is_found_by_each_of_its_words() -> None:
    built = build_site(ROOT / "seeds")
    for entry in built.corpus.entries:
        doc = entry.document
        if doc is None:
            continue
        places = [(p.anchor, p.text) for p in doc.paragraphs if p.anchor]
        places += [(f"fn-{note.label}", note.text) for note in doc.footnotes]
        for anchor, text in places:
            for term in {terms(text)[0], terms(text)[-1]}:
                assert (entry.ref.url, anchor) in postings(built.files, term), (entry.ref.label, anchor, term)


def test_a_title_is_found_at_the_top_of_its_page() -> None:
    built = build_site(ROOT / "seeds")
    entry = next(e for e in built.corpus.entries if e.document and e.title)
    assert all((entry.ref.url, "") in postings(built.files, term) for term in terms(entry.title or ""))


def written(seeds: Path, cache: Path, out: Path) -> Site:
    return build_into(out, seeds, cache)


@pytest.mark.parametrize("late", SEEDS, ids=lambda p: p.name)
def test_a_rebuild_indexes_again_only_bundles_whose_pages_changed_the_new_text_s_among_them(
    tmp_path: Path, late: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seeds, cache, out = tmp_path / "seeds", tmp_path / "cache", tmp_path / "site"
    seeds.mkdir()
    for seed in SEEDS:
        if seed != late:
            shutil.copy(seed, seeds / seed.name)
    written(seeds, cache, out)
    shutil.copy(late, seeds / late.name)
    made: list[str] = []
    bundle_files = site.bundle_files
    monkeypatch.setattr(site, "bundle_files", lambda name, *args: made.append(name) or bundle_files(name, *args))
    again = build_site(seeds, cache, out)
    by_page = {page_file(entry.ref.url): entry for entry in again.corpus.entries}
    [new] = [e for e in again.corpus.entries if e.document and e.document.source.endswith(late.name)]
    assert search_bundle(new) in made
    assert set(made) <= {search_bundle(by_page[page]) for page in again.rendered}
    monkeypatch.undo()
    assert again.files == build_site(seeds).files


def test_a_rebuild_with_nothing_new_indexes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seeds, cache, out = tmp_path / "seeds", tmp_path / "cache", tmp_path / "site"
    shutil.copytree(ROOT / "seeds", seeds)
    first = written(seeds, cache, out)
    monkeypatch.setattr(site, "bundle_files", lambda name, *_: pytest.fail(f"bundle {name} indexed again"))
    assert build_site(seeds, cache, out).files == first.files
