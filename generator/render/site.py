"""The whole site as files: every page, its JSON, the assets, the report, 404 page and sitemap."""

from __future__ import annotations

from collections.abc import Mapping

from generator.corpus import Corpus
from generator.progress import progress
from generator.render.cited import render_cited
from generator.render.document import render_document
from generator.render.env import ENV, asset, render_page
from generator.render.home import render_home
from generator.render.json_out import corpus_json, entry_json
from generator.render.lookup import Lookup
from generator.render.paths import page_file
from generator.render.report import render_report
from generator.render.session import events_by_session, render_session, session_url
from generator.render.timeline import render_timeline

ASSETS = ("site.css", "site.js")


def render_site(corpus: Corpus, kept: Mapping[str, bytes] | None = None) -> dict[str, bytes]:
    """Every file of the site by its path below the site root, in sorted order.

    The pages and JSON of documents found in `kept` (by path) are taken from there, not rendered.
    """
    kept = kept or {}
    lookup = Lookup(corpus)
    files: dict[str, bytes] = {f"assets/{name}": asset(name) for name in ASSETS}
    for entry in progress(corpus.entries, "rendering pages", len(corpus.entries)):
        page, data = page_file(entry.ref.url), f"{entry.ref.url}index.json"
        if page in kept and data in kept:
            files[page], files[data] = kept[page], kept[data]
            continue
        files[page] = render_document(entry, entry.document, lookup) if entry.document else render_cited(entry, lookup)
        files[data] = entry_json(entry, lookup)
    near = events_by_session(corpus)
    for session in corpus.sessions:
        files[page_file(session_url(session.number))] = render_session(session, near.get(session.number, ()), lookup)
    files["index.html"] = render_home(corpus, lookup)
    files["timeline/index.html"] = render_timeline(corpus, lookup)
    files["report/index.html"] = render_report(corpus)
    files["corpus.json"] = corpus_json(corpus)
    files["404.html"] = render_page("404.html", "")
    pages = sorted(path.removesuffix("index.html") for path in files if path.endswith("/index.html"))
    files["sitemap.xml"] = ENV.get_template("sitemap.xml").render(pages=["", *pages]).encode("utf-8")
    return dict(sorted(files.items()))
