"""The home page: the Conference's sessions, newest first, then a section per other body, then other texts."""

from __future__ import annotations

from dataclasses import dataclass

from generator.bodies import BY_KEY, HOME_BODY
from generator.corpus import Corpus, Entry
from generator.render.env import render_page
from generator.render.lookup import Lookup
from generator.render.session import DocumentLine, document_line, numeric_order
from generator.render.timeline import SessionMark, session_mark


@dataclass(frozen=True, slots=True)
class BodySection:
    """What the home page lists of one other body: its sessions, newest first, and its texts of no session."""

    key: str
    name: str
    sessions: list[SessionMark]
    loose: list[DocumentLine]


def render_home(corpus: Corpus, lookup: Lookup) -> bytes:
    """The HTML page of the site's root."""
    in_sessions = {ref for s in corpus.sessions for ref in s.documents}
    newest = sorted(corpus.sessions, key=lambda s: -s.number)
    held = [e for e in corpus.entries if e.document is not None]
    others = [e for e in held if e.ref.kind == "document"]  # no UN text: listed apart, never as a session's
    loose = [e for e in held if e.ref not in in_sessions and e.ref.kind != "document"]
    sections = [
        BodySection(
            key,
            BY_KEY[key].short,
            [session_mark(s, lookup) for s in newest if s.body == key],
            _lines([e for e in loose if e.ref.body == key], lookup),
        )
        for key in sorted({e.ref.body for e in corpus.entries} - {HOME_BODY}, key=lambda key: BY_KEY[key].short)
    ]
    return render_page(
        "home.html",
        "",
        sessions=[session_mark(s, lookup) for s in newest if s.body == HOME_BODY],
        loose=_lines([e for e in loose if e.ref.body == HOME_BODY], lookup),
        bodies=[s for s in sections if s.sessions or s.loose],
        others=_lines(others, lookup),
        held=len(held),
        cited=len(corpus.entries) - len(held),
    )


def _lines(entries: list[Entry], lookup: Lookup) -> list[DocumentLine]:
    """How the home page lists `entries`, in numeric order (10/2 before 10/10)."""
    return [document_line(e.ref, lookup) for e in sorted(entries, key=lambda e: numeric_order(e.ref))]
