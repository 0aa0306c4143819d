"""The last check of a build: every word of each document stands on its rendered page."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from generator.corpus import Entry
from generator.model import Document, Role
from generator.normalise.accounting import ALNUM, document_runs, runs, text_parts, words_of
from generator.problems import Level, Problem

# A document's page shows its title first, then its masthead, then the rest of its text in order.
PAGE_ORDER = {Role.TITLE: 0, Role.HEADER: 1}
# Inline tags may stand inside a word ("<em>Re</em>calling"); any other tag parts words. On the page's
# UTF-8 (tags are ASCII, and no byte of another character is "<" or ">"): faster than on its text.
INLINE_TAG_RE = re.compile(rb"</?(?:em|a|span)\b[^<>]*>")
TAG_RE = re.compile(rb"<[^<>]*>")
# What a page shows besides its text, copied from it or from other texts: the contents, the connections.
NOT_THE_TEXT_RE = re.compile(rb'<nav class="toc".*?</nav>|<details class="links".*?</details>', re.DOTALL)
PART_END = "\0"  # never in a decoded seed (`decode`), so it can stand between the parts of a text
PART_BYTES = bytes.maketrans(bytes(range(128)), bytes(c if c in ALNUM + b"\0" else 32 for c in range(128)))
SPACES_RE = re.compile(b"  +")


def run_lines(parts: Iterable[str]) -> list[bytes]:
    """For each of `parts`, its runs in order as UTF-8, a space before each run and after the last.

    Runs are what stands between spaces and ASCII punctuation, as written: not folded as
    `runs` folds them to count words, for a page shows the very characters of its text.
    So " a b " is found in " x a b y " at run boundaries, and " " stands for a part without
    runs. The parts are made together: far quicker than one by one, or than listing runs.
    """
    spaced = f" {PART_END} ".join(parts).encode("utf-8")
    return SPACES_RE.sub(b" ", b" " + spaced.translate(PART_BYTES) + b" ").split(PART_END.encode())


def stands_in_order(doc: Document, page_text: str) -> bool:
    """Whether the runs of each part of the text of `doc` stand among those of `page_text`, each after the one before.

    The parts are taken in the order a page shows them (`PAGE_ORDER`). Each is found at
    run boundaries and past the one before, so no run of the page is counted twice: then
    every run of the text, and so every word, stands on the page. A page that shows the
    text in another order fails this, and its words are counted instead.
    """
    ordered = sorted(doc.paragraphs, key=lambda p: PAGE_ORDER.get(p.role, len(PAGE_ORDER)))
    page, *needles = run_lines([page_text, *text_parts(doc, ordered)])
    at = 0
    for needle in needles:
        if len(needle) > 1:  # " " is a part without runs
            found = page.find(needle, at)
            if found < 0:
                return False
            at = found + len(needle) - 1  # its last space starts the next part's place
    return True


def page_words(page: bytes) -> str:
    """The text a reader sees on an HTML page, entities decoded, but the parts of it that only repeat text."""
    text = TAG_RE.sub(b" ", INLINE_TAG_RE.sub(b"", NOT_THE_TEXT_RE.sub(b" ", page)))
    return html.unescape(text.decode("utf-8"))


def page_lost(entry: Entry, page: bytes) -> Problem | None:
    """An error if the page of `entry` lacks words of its document's text (furniture aside), naming them."""
    doc = entry.document
    if doc is None:
        return None
    shown = page_words(page)
    if stands_in_order(doc, shown):  # most pages: then no word is missing, and none needs counting
        return None
    missing = words_of(document_runs(doc, furniture=False)) - words_of(runs(shown))
    if not missing:
        return None
    listed = ", ".join(sorted(missing)[:20]) + (" …" if len(missing) > 20 else "")
    message = f"words of {entry.ref.label} missing from its page {entry.ref.url}: {listed}"
    return Problem(doc.source, 0, Level.ERROR, message)
