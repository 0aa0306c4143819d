"""Rebuilding after a new seed renders only the pages it changes, and gives the site a full build gives."""

from __future__ import annotations

import errno
import os
import shutil
import sys
from collections.abc import Iterable
from pathlib import Path

import pytest
from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config

from bench.synthesise import synthesise
from generator.build import Site, build_into, build_site
from generator.cache import ParsedCache
from generator.plugin import UntocPlugin
from generator.render import site
from generator.render.incremental import FolderFiles, SiteFiles
from generator.render.life import COMPARE_TEMPLATE, NO_PREDECESSOR_TEMPLATE
from generator.render.paths import page_file
from generator.render.session import SESSION_TEMPLATE
from generator.render.settings import SiteSettings
from tests.conftest import ROOT, SEEDS, mkdocs_project, tree


def folder_of(path: Path, seeds: list[Path]) -> Path:
    path.mkdir(parents=True)
    for seed in seeds:
        shutil.copy(seed, path / seed.name)
    return path


def written(seeds: Path, cache: Path, out: Path) -> Site:
    """A build that reuses what it can from `out`, written there and remembered, as the command line does."""
    return build_into(out, seeds, cache)



def stamps(folder: Path, paths: Iterable[str]) -> dict[str, tuple[int, int]]:
    """The inode and modification time of each file: a file written again has others."""
    return {path: ((folder / path).stat().st_ino, (folder / path).stat().st_mtime_ns) for path in paths}


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
    # The synthetic texts reuse each other's paragraphs: the pages whose earlier or later language the new text
    # changes (naming it, or a text it dates) change too.
    assert before.corpus.lineage and again.corpus.lineage
    was, now = before.corpus.lineage.paragraphs, again.corpus.lineage.paragraphs
    echoing = {page_file(ref.url) for ref in {*was, *now} if was.get(ref) != now.get(ref)}
    assert 1 <= len(again.rendered - echoing) <= len(entry_pages(before)) // 4


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


def test_a_rebuild_writes_only_the_files_that_changed(tmp_path: Path) -> None:
    """Files whose bytes a new seed leaves as they were are not written again: same inode, same time."""
    seeds, cache, out = folder_of(tmp_path / "seeds", SEEDS[1:]), tmp_path / "cache", tmp_path / "site"
    before = written(seeds, cache, out).files
    stamped = stamps(out, before)
    shutil.copy(SEEDS[0], seeds / SEEDS[0].name)
    after = written(seeds, cache, out).files
    touched = {path for path, stamp in stamps(out, before).items() if stamp != stamped[path]}
    assert touched == {path for path in before if after[path] != before[path]}
    assert touched and len(touched) < len(before) // 2


def test_a_rebuild_reads_none_of_the_files_it_takes_from_the_last_build(tmp_path: Path) -> None:
    """They stand in the site already: their bytes are read only when asked for, as they are there."""
    seeds, cache, out = folder_of(tmp_path / "seeds", SEEDS[1:]), tmp_path / "cache", tmp_path / "site"
    written(seeds, cache, out)
    shutil.copy(SEEDS[0], seeds / SEEDS[0].name)
    opened: list[str] = []
    recording = True

    def seen(event: str, args: tuple[object, ...]) -> None:
        if recording and event == "open" and isinstance(args[0], str | Path) and Path(args[0]).is_relative_to(out):
            opened.append(Path(args[0]).relative_to(out).as_posix())

    sys.addaudithook(seen)  # for the rest of the process, which no hook leaves: it records during the rebuild only
    try:
        again = written(seeds, cache, out)
    finally:
        recording = False
    kept = {page_file(e.ref.url) for e in again.corpus.entries} - again.rendered
    assert kept and not {*kept, *(page.replace("index.html", "index.json") for page in kept)} & set(opened)
    assert again.files == tree(out) == build_site(seeds).files  # read from the site when asked for


def test_files_taken_from_a_site_in_memory_are_read_from_where_it_took_them() -> None:
    """A process that builds again and again (`mkdocs serve`) never keeps a chain of earlier sites alive."""
    folder = FolderFiles(ROOT / "seeds")
    first = SiteFiles()
    first["made.html"] = b"made"
    first.take(SEEDS[0].name, folder)
    second = SiteFiles()
    second.take("made.html", first)
    second.take(SEEDS[0].name, first)
    assert second == {"made.html": b"made", SEEDS[0].name: SEEDS[0].read_bytes()}
    assert all(value is folder or isinstance(value, bytes) for value in second._files.values())
    second.take("gone.html", folder)
    with pytest.raises(KeyError, match="no longer there"):
        second["gone.html"]


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
    assert ParsedCache.last_build and len(ParsedCache.last_build.documents) == len(SEEDS) - 1


class StubServer:
    """What the plugin's `on_serve` is handed of MkDocs's live-reload server: what it watches, where it serves from."""

    def __init__(self, root: Path) -> None:
        self.root = str(root)
        self.watched: list[str] = []

    def watch(self, path: str) -> None:
        self.watched.append(path)


def test_under_mkdocs_serve_a_rebuild_updates_the_served_site_from_the_last_build(tmp_path: Path) -> None:
    """`mkdocs serve` makes a new plugin for each rebuild and empties the site folder first, as done here."""
    seeds, site_dir = folder_of(tmp_path / "seeds", SEEDS[1:]), tmp_path / "site"
    config_file = mkdocs_project(tmp_path, seeds)
    server = StubServer(site_dir)

    def serve_build(first: bool) -> Site:
        config = load_config(str(config_file), site_dir=str(site_dir))
        if first:
            config.plugins.on_startup(command="serve", dirty=False)
        mkdocs_build(config)
        if first:
            config.plugins.on_serve(server, config=config, builder=None)
        built = config.plugins["untoc"].site
        assert isinstance(built, Site)
        return built

    first = serve_build(first=True)
    served = Path(server.root)
    assert str(seeds) in server.watched and tree(served) == first.files
    before = stamps(served, first.files)
    shutil.copy(SEEDS[0], seeds / SEEDS[0].name)
    again = serve_build(first=False)
    assert again.files == build_site(seeds).files == tree(served)
    assert 1 <= len(again.rendered) < len(entry_pages(again))
    touched = {path for path, stamp in stamps(served, first.files).items() if stamp != before[path]}
    assert touched == {path for path in first.files if again.files[path] != first.files[path]}
    assert (site_dir / "404.html").read_bytes() == again.files["404.html"]  # where MkDocs looks for it


def test_a_template_edited_between_two_builds_of_one_process_makes_the_pages_of_the_second(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As under `mkdocs serve`: the templates are read once a build, not once a process."""
    templates = tmp_path / "templates"
    shutil.copytree(ROOT / "generator" / "theme", templates)
    settings = SiteSettings(theme_dirs=(str(templates),))
    first = build_site(ROOT / "seeds", settings=settings)
    footer = templates / "partials" / "footer.html"
    footer.write_text(footer.read_text().replace("</footer>", "<p>Edited.</p></footer>"))
    second = build_site(ROOT / "seeds", settings=settings)
    assert b"Edited." not in first.files["index.html"] and b"Edited." in second.files["index.html"]


CORPUS_PAGES = {  # the templates of pages made of the corpus, and the paths of their pages
    SESSION_TEMPLATE: lambda path: "sessions/" in path,
    COMPARE_TEMPLATE: lambda path: "/compare/" in path and not path.startswith("compare/"),
    NO_PREDECESSOR_TEMPLATE: lambda path: path.endswith("/compare/predecessor/index.html"),
}


@pytest.mark.parametrize("late", SEEDS, ids=lambda p: p.name)
def test_a_new_seed_renders_again_only_the_session_and_compare_pages_it_changes(
    tmp_path: Path, late: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seeds, cache, out = folder_of(tmp_path / "seeds", [s for s in SEEDS if s != late]), tmp_path / "c", tmp_path / "s"
    before = written(seeds, cache, out).files
    rendered: list[str] = []
    render = site.render_page

    def counted(template: str, url: str, **context: object) -> bytes:
        if template in CORPUS_PAGES:
            rendered.append(page_file(url))
        return render(template, url, **context)

    monkeypatch.setattr(site, "render_page", counted)
    assert written(seeds, cache, out).files == before
    assert rendered == []  # nothing new: every session and compare page is taken from the last build
    shutil.copy(late, seeds / late.name)
    again = written(seeds, cache, out).files
    pages = {path for path in again if path.endswith("/index.html") and any(f(path) for f in CORPUS_PAGES.values())}
    assert any("/compare/" in path for path in rendered)  # the new text's own page at least
    assert set(rendered) == {path for path in pages if before.get(path) != again[path]}
    assert again == build_site(seeds).files


@pytest.mark.parametrize("in_memory", [False, True], ids=["from the folder", "from the last build in memory"])
def test_a_taken_page_that_cannot_be_linked_into_the_new_site_is_written_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, in_memory: bool
) -> None:
    """`mkdocs build` links the pages it takes into its fresh folder; across file systems, it writes them."""
    seeds = folder_of(tmp_path / "seeds", SEEDS[1:])
    config_file = mkdocs_project(tmp_path, seeds)
    monkeypatch.setattr(UntocPlugin, "last_built", None)  # what the process keeps of the last build, put back after

    def build() -> None:
        config = load_config(str(config_file))
        config.plugins.on_startup(command="build", dirty=False)
        mkdocs_build(config)

    build()
    if not in_memory:
        UntocPlugin.last_built = None
    shutil.copy(SEEDS[0], seeds / SEEDS[0].name)

    def cross_device(*_: object) -> None:
        raise OSError(errno.EXDEV, "Invalid cross-device link")

    monkeypatch.setattr(os, "link", cross_device)
    build()
    assert tree(tmp_path / "site") == build_site(seeds).files
