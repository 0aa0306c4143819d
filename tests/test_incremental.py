"""Rebuilding after a new seed renders only the pages it changes, and gives the site a full build gives."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config

from bench.synthesise import synthesise
from generator.build import Site, build_site, publish
from generator.render.paths import page_file
from generator.seeds import ParsedCache
from tests.conftest import ROOT, SEEDS


def folder_of(path: Path, seeds: list[Path]) -> Path:
    path.mkdir(parents=True)
    for seed in seeds:
        shutil.copy(seed, path / seed.name)
    return path


def written(seeds: Path, cache: Path, out: Path) -> Site:
    """A build that reuses what it can from `out`, written there and remembered, as the command line does."""
    site = publish(out, lambda folder: build_site(seeds, cache, out, write_to=folder))
    site.remember(cache, out)
    return site


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def entry_pages(site: Site) -> set[str]:
    return {page_file(entry.ref.url) for entry in site.corpus.entries}


@pytest.mark.parametrize("late", SEEDS, ids=lambda p: p.name)
def test_a_new_seed_re_renders_only_the_pages_it_changes(tmp_path: Path, late: Path) -> None:
    seeds, cache, out = folder_of(tmp_path / "seeds", [s for s in SEEDS if s != late]), tmp_path / "c", tmp_path / "s"
    before = written(seeds, cache, out)
    shutil.copy(late, seeds / late.name)
    again = build_site(seeds, cache, out)
    full = build_site(folder_of(tmp_path / "full" / "seeds", SEEDS))
    assert again.files == full.files
    changed = {page for page in entry_pages(full) if before.files.get(page) != full.files[page]}
    [new] = [e for e in full.corpus.entries if e.document and e.document.source.endswith(late.name)]
    neighbours = {page_file(c.source.url) for c in new.cited_by}
    neighbours |= {
        page_file(c.reference.target.doc.url)
        for c in full.corpus.citations
        if c.source == new.ref and c.reference.target.doc
    }
    assert changed <= again.rendered <= changed | neighbours


def test_in_a_larger_corpus_a_new_seed_re_renders_a_few_pages(tmp_path: Path) -> None:
    seeds, cache, out = tmp_path / "seeds", tmp_path / "cache", tmp_path / "site"
    synthesise(61, tmp_path / "all")
    files = sorted((tmp_path / "all").glob("*.txt"))
    before = written(folder_of(seeds, files[:-1]), cache, out)
    shutil.copy(files[-1], seeds / files[-1].name)
    again = build_site(seeds, cache, out)
    assert again.files == build_site(seeds).files
    assert 1 <= len(again.rendered) <= len(entry_pages(before)) // 4


def test_a_rebuild_with_nothing_new_renders_no_document_page(tmp_path: Path) -> None:
    seeds, cache, out = folder_of(tmp_path / "seeds", SEEDS), tmp_path / "cache", tmp_path / "site"
    first = written(seeds, cache, out)
    again = build_site(seeds, cache, out)
    assert again.rendered == frozenset() and again.files == first.files


def test_a_page_is_rendered_again_when_the_site_folder_lost_it(tmp_path: Path) -> None:
    seeds, cache, out = folder_of(tmp_path / "seeds", SEEDS), tmp_path / "cache", tmp_path / "site"
    first = written(seeds, cache, out)
    gone = sorted(first.rendered)[0]
    (out / gone).unlink()
    again = build_site(seeds, cache, out)
    assert again.rendered == {gone} and again.files == first.files


def test_a_rebuild_written_over_the_last_site_holds_exactly_its_files(tmp_path: Path) -> None:
    seeds, cache, out = folder_of(tmp_path / "seeds", SEEDS[1:]), tmp_path / "cache", tmp_path / "site"
    written(seeds, cache, out)
    shutil.copy(SEEDS[0], seeds / SEEDS[0].name)
    again = written(seeds, cache, out)
    assert tree(out) == again.files == build_site(seeds).files


def test_a_process_that_builds_again_loads_no_unchanged_document_from_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seeds, cache, out = folder_of(tmp_path / "seeds", SEEDS[1:]), tmp_path / "cache", tmp_path / "site"
    first = written(seeds, cache, out)
    monkeypatch.setattr(ParsedCache, "_load", lambda _: pytest.fail("a cached document was read from disk"))
    shutil.copy(SEEDS[0], seeds / SEEDS[0].name)
    again = written(seeds, cache, out)
    assert len(again.corpus.entries) >= len(first.corpus.entries)
    (seeds / SEEDS[0].name).unlink()
    assert written(seeds, cache, out).files == first.files
    assert len(ParsedCache.in_memory) == len(SEEDS) - 1


def test_under_mkdocs_serve_a_rebuild_takes_unchanged_pages_from_the_last_build(tmp_path: Path) -> None:
    """`mkdocs serve` makes a new plugin for each rebuild and empties the site folder first, as done here."""
    seeds, site_dir = folder_of(tmp_path / "seeds", SEEDS[1:]), tmp_path / "site"
    text = (ROOT / "mkdocs.yml").read_text().replace("templates", str(ROOT / "templates"))
    text = text.replace("seeds_dir: seeds", f"seeds_dir: {seeds}").replace("docs_dir: seeds", f"docs_dir: {seeds}")
    config_file = tmp_path / "mkdocs.yml"
    config_file.write_text(text)

    def serve_build() -> Site:
        config = load_config(str(config_file), site_dir=str(site_dir))
        config.plugins.on_startup(command="serve", dirty=False)
        mkdocs_build(config)
        built = config.plugins["untoc"].site
        assert isinstance(built, Site)
        return built

    serve_build()
    shutil.copy(SEEDS[0], seeds / SEEDS[0].name)
    again = serve_build()
    assert again.files == build_site(seeds).files
    assert 1 <= len(again.rendered) < len(entry_pages(again))
