"""The home page: the collection by session, newest first, with counts, and the search box."""

from __future__ import annotations

from generator.corpus import Corpus
from generator.render.env import render_page
from generator.render.lookup import Lookup
from generator.render.session import document_line
from generator.render.timeline import session_mark


def render_home(corpus: Corpus, lookup: Lookup) -> bytes:
    """The HTML page of the site's root."""
    sessions = [session_mark(s, lookup) for s in sorted(corpus.sessions, key=lambda s: -s.number)]
    in_sessions = {ref for s in corpus.sessions for ref in s.documents}
    loose = [
        document_line(e.ref, lookup) for e in corpus.entries if e.document is not None and e.ref not in in_sessions
    ]
    held = sum(1 for e in corpus.entries if e.document is not None)
    return render_page("home.html", "", sessions=sessions, loose=loose, held=held, cited=len(corpus.entries) - held)
