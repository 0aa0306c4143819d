"""The last check of a build: every word of each document stands on its rendered page."""

from __future__ import annotations

import html
import re

from generator.corpus import Entry
from generator.normalise.accounting import document_runs, runs, words_of
from generator.problems import Level, Problem

# Inline tags may stand inside a word ("<em>Re</em>calling"); any other tag parts words.
INLINE_TAG_RE = re.compile(r"</?(?:em|a|span)\b[^<>]*>")
TAG_RE = re.compile(r"<[^<>]*>")


def page_words(page: bytes) -> str:
    """The text a reader sees on an HTML page, entities decoded."""
    return html.unescape(TAG_RE.sub(" ", INLINE_TAG_RE.sub("", page.decode("utf-8"))))


def page_lost(entry: Entry, page: bytes) -> Problem | None:
    """An error if the page of `entry` lacks words of its document's text (furniture aside), naming them."""
    doc = entry.document
    if doc is None:
        return None
    text, shown = document_runs(doc, furniture=False), runs(page_words(page))
    if not text - shown:  # every run of the text stands on the page, so every word does: mostly so
        return None
    missing = words_of(text) - words_of(shown)
    if not missing:
        return None
    listed = ", ".join(sorted(missing)[:20]) + (" …" if len(missing) > 20 else "")
    message = f"words of {entry.ref.label} missing from its page {entry.ref.url}: {listed}"
    return Problem(doc.source, 0, Level.ERROR, message)

