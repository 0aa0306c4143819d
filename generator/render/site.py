"""The whole site as files: every page, its JSON, the search index, the assets, the report, 404 page and sitemap."""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass

from generator.bodies import HOME_BODY
from generator.cache import code_version
from generator.corpus import Corpus
from generator.parallel import workers
from generator.problems import Problem
from generator.progress import progress
from generator.render.cited import render_cited
from generator.render.corpus_page import CorpusPage
from generator.render.document import render_document
from generator.render.env import ENV, asset, render_page, site_settings
from generator.render.fingerprint import entry_fingerprint, page_fingerprint
from generator.render.home import render_home
from generator.render.incremental import Kept, PageRecord, SiteFiles
from generator.render.json_out import corpus_json, entry_json
from generator.render.life import all_steps, compare_pages
from generator.render.lookup import Lookup
from generator.render.nothing_lost import page_lost
from generator.render.paths import page_file
from generator.render.report import render_report
from generator.render.search import bundle_files, bundle_key, bundles_file, entries_by_bundle, kept_bundle
from generator.render.search_page import render_search
from generator.render.session import SESSION_TEMPLATE, events_by_session, session_context
from generator.render.timeline import render_timeline

ASSETS = (
    *("site.css", "site.js", "reader.css", "reader.js", "terms.js", "search.js", "favicon.svg"),
    *("lineage.css", "compare.js"),
)


@dataclass(frozen=True, slots=True)
class RenderedSite:
    """Every file of the site by its path below the site root, and the pages that lost words."""

    files: SiteFiles
    lost: dict[str, Problem]  # by document URL: the nothing-lost error of its page, for pages rendered here
    records: dict[str, PageRecord]  # by URL, the fingerprints of the pages rendered here and of sessions'


@dataclass(frozen=True, slots=True)
class EntryFiles:
    """What rendering one entry makes: its page, its JSON, the error if the page lost words, its fingerprint."""

    page: bytes
    data: bytes
    lost: Problem | None
    fingerprint: str | None  # None when the build keeps no fingerprints


# Takes each file as it is made: its path and bytes; None for a file taken from the last build, which stands there.
Sink = Callable[[str, bytes | None], None]


def render_site(
    corpus: Corpus, kept: Kept | None = None, sink: Sink | None = None, lookup: Lookup | None = None
) -> RenderedSite:
    """Every file of the site, in sorted order; entry pages and search bundles found in `kept` are taken from there.

    Entry pages and search bundles are made on every core when there are many. `sink`, if
    given, is handed each file as soon as it is made, so that writing the site goes on
    while the workers render. `lookup`, if given, is the corpus's (made for the fingerprints).
    """
    kept = kept or Kept()
    lookup = lookup or Lookup(corpus)
    files, site = SiteFiles(), kept.site or SiteFiles()  # files are kept only from a site: none from none

    def add(made: Mapping[str, bytes]) -> None:
        files.update(made)
        if sink:
            for path, data in made.items():
                sink(path, data)

    def take(paths: Iterable[str]) -> None:
        for path in paths:
            files.take(path, site)
            if sink:
                sink(path, None)

    add({f"assets/{name}": asset(name) for name in ASSETS})
    lost: dict[str, Problem] = {}
    records: dict[str, PageRecord] = {}  # of the entry pages rendered here
    todo = []
    for number, entry in enumerate(corpus.entries):
        page, data = page_file(entry.ref.url), f"{entry.ref.url}index.json"
        if page in kept.pages and data in kept.pages:
            take((page, data))
        else:
            todo.append(number)
    bundles = entries_by_bundle(corpus.entries)
    version = code_version()
    stale = []
    for name, numbers in bundles.items():
        key = bundle_key([corpus.entries[n] for n in numbers], version)
        bundle = kept_bundle(kept.site, name, key) if kept.site else None
        if bundle is None:
            stale.append((name, numbers, version))
        else:
            take(bundle)
    stale.sort(key=lambda bundle: -len(bundle[1]))  # the longest jobs first, so that no core waits at the end
    for template in ("document.html", "cited.html"):
        ENV.get_template(template)  # compiled once here, not once in every worker
    with workers(lookup, len(todo) + len(stale)) as run:
        made_bundles = run(_index_bundle, stale, chunks=len(stale))
        made_entries = run(_render_entry, [(number, kept.stamp) for number in todo])
        add(corpus_pages(corpus, lookup))  # while the workers work
        others = kept_or_made(itertools.chain(session_pages(corpus, lookup), compare_pages(lookup)), kept)
        add(others.made)
        take(others.taken)
        for number, made in zip(todo, progress(made_entries, "rendering pages", len(todo)), strict=True):
            url = corpus.entries[number].ref.url
            add({page_file(url): made.page, f"{url}index.json": made.data})
            if made.lost:
                lost[url] = made.lost
            if made.fingerprint is not None:
                records[url] = PageRecord(made.fingerprint)
        for made_bundle in made_bundles:
            add(made_bundle)
    add(bundles_file(bundles))
    pages = sorted(path.removesuffix("index.html") for path in files if path.endswith("/index.html"))
    pages += site_settings().pages  # those of docs_dir, made by MkDocs
    add({"sitemap.xml": ENV.get_template("sitemap.xml").render(pages=sorted(["", *pages])).encode("utf-8")})
    return RenderedSite(files.in_order(), lost, {**records, **others.records})


@dataclass(frozen=True, slots=True)
class KeptOrMade:
    """Pages made of the corpus, not of one entry: those made, those taken from the last build, each's fingerprint."""

    made: dict[str, bytes]
    taken: list[str]  # by site path
    records: dict[str, PageRecord]  # by URL


def kept_or_made(pages: Iterable[CorpusPage], kept: Kept) -> KeptOrMade:
    """Each of `pages`, taken from the last build where its fingerprint is the one it had there, else rendered."""
    done = KeptOrMade({}, [], {})
    for page in pages:
        fingerprint = page_fingerprint(page.template, page.url, page.shows, kept.stamp)
        done.records[page.url] = PageRecord(fingerprint)
        if kept.holds(page.url, fingerprint):
            done.taken.append(page_file(page.url))
        else:
            done.made[page_file(page.url)] = render_page(page.template, page.url, **page.context())
    return done


def session_pages(corpus: Corpus, lookup: Lookup) -> Iterator[CorpusPage]:
    """The page of every session: its context says all it shows."""
    near = events_by_session(corpus)
    for session in corpus.sessions:
        events = near.get(session.number, ()) if session.body == HOME_BODY else ()
        context = session_context(session, events, lookup)
        yield CorpusPage(session.url, SESSION_TEMPLATE, context, functools.partial(dict, context))


def corpus_pages(corpus: Corpus, lookup: Lookup) -> dict[str, bytes]:
    """The other pages made of the whole corpus: home, timeline, report, search, corpus JSON, 404 page, compare any."""
    files = {}
    files["index.html"] = render_home(corpus, lookup)
    files["timeline/index.html"] = render_timeline(corpus, lookup)
    files["report/index.html"] = render_report(corpus)
    files["search/index.html"] = render_search(corpus)
    files["corpus.json"] = corpus_json(corpus)
    files["404.html"] = render_page("404.html", "")
    files["compare/index.html"] = render_page("compare-any.html", "compare/", steps=all_steps(lookup))
    return files


def _render_entry(lookup: Lookup, job: tuple[int, str]) -> EntryFiles:
    """The page and JSON of the corpus's entry numbered in `job`, its page checked for lost words.

    The job's other part is the stamp of the code and templates (`Kept.stamp`) that goes into
    the page's fingerprint; with none, no fingerprint is made.
    """
    number, stamp = job
    entry = lookup.corpus.entries[number]
    page = render_document(entry, entry.document, lookup) if entry.document else render_cited(entry, lookup)
    fingerprint = entry_fingerprint(entry, lookup, stamp) if stamp else None
    return EntryFiles(page, entry_json(entry, lookup), page_lost(entry, page), fingerprint)


def _index_bundle(lookup: Lookup, bundle: tuple[str, list[int], str]) -> dict[str, bytes]:
    """The search files of a bundle, given by its name, the numbers of its entries and the code version."""
    name, numbers, version = bundle
    return bundle_files(name, [lookup.corpus.entries[n] for n in numbers], version)
