"""The search page: its form and filters, filled by the browser from `?q=…`; without JavaScript, the indexes."""

from __future__ import annotations

from generator.bodies import BY_KEY, HOME_BODY
from generator.corpus import Corpus
from generator.render.env import render_page
from generator.render.lookup import session_name
from generator.render.search import entry_session

URL = "search/"
KINDS = {"resolution": "Resolutions", "decision": "Decisions", "draft": "Drafts", "document": "Other documents"}


def render_search(corpus: Corpus) -> bytes:
    """The HTML page at `search/`: the filters offer the bodies, kinds and sessions the collection has."""
    bodies = sorted({e.ref.body for e in corpus.entries}, key=lambda key: (key != "cop", BY_KEY[key].name))
    kinds = [kind for kind in KINDS if any(e.ref.kind == kind for e in corpus.entries)]
    sessions = sorted({s for e in corpus.entries if (s := entry_session(e)) is not None}, reverse=True)
    return render_page(
        "search.html",
        URL,
        bodies=[(key, BY_KEY[key].name) for key in bodies],
        kinds=[(kind, KINDS[kind]) for kind in kinds],
        sessions=[(number, session_name(number).capitalize()) for number in sessions],
        session_pages=[(_session_label(s.body, s.number), s.url) for s in corpus.sessions],
    )


def _session_label(body: str, number: int) -> str:
    """"10th session", or for another body's "78th session, General Assembly"."""
    name = session_name(number).capitalize()
    return name if body == HOME_BODY else f"{name}, {BY_KEY[body].name}"
