"""The last check of a build: every word of each document stands on its rendered page."""

from __future__ import annotations

import html
import re
from collections.abc import Container, Mapping

from generator.corpus import Corpus
from generator.normalise.accounting import document_words, words
from generator.problems import Level, Problem
from generator.render.paths import page_file

# Inline tags may stand inside a word ("<em>Re</em>calling"); any other tag parts words.
INLINE_TAG_RE = re.compile(r"</?(?:em|a|span)\b[^<>]*>")
TAG_RE = re.compile(r"<[^<>]*>")


def page_words(page: bytes) -> str:
    """The text a reader sees on an HTML page, entities decoded."""
    return html.unescape(TAG_RE.sub(" ", INLINE_TAG_RE.sub("", page.decode("utf-8"))))


def lost_words(corpus: Corpus, files: Mapping[str, bytes], skip: Container[str] = ()) -> dict[str, Problem]:
    """An error for each document whose page lacks words of its text (furniture aside), naming them.

    Keyed by the document's URL; pages whose path is in `skip` (taken unchanged from the last build) are not read.
    """
    problems = {}
    for entry in corpus.entries:
        doc, page = entry.document, page_file(entry.ref.url)
        if doc is None or page in skip:
            continue
        expected = document_words(doc) - words("\n".join(item.text for item in doc.furniture))
        missing = expected - words(page_words(files.get(page, b"")))
        if missing:
            listed = ", ".join(sorted(missing)[:20]) + (" …" if len(missing) > 20 else "")
            message = f"words of {entry.ref.label} missing from its page {entry.ref.url}: {listed}"
            problems[entry.ref.url] = Problem(doc.source, 0, Level.ERROR, message)
    return problems
