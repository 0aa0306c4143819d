"""Look-ups every page needs: entries by identity, where a reference points, how to name a paragraph."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from generator.corpus import Citation, Corpus, Event, anchor_of
from generator.docref import DocRef
from generator.link import url_of
from generator.memo import memo
from generator.model import Document, Paragraph, Role, Target, unnumbered

PART_NAMES = {Role.PREAMBLE: "preambular para.", Role.CLOSING: "closing para.", Role.ANNEX: "annex"}


def ordinal(number: int) -> str:
    """ "1st", "2nd", "12th", "23rd".

    >>> [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 112)]
    ['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '112th']
    """
    suffix = "th" if number % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def session_name(number: int) -> str:
    """How a session is named on the site: "12th session"."""
    return f"{ordinal(number)} session"


def cited_label(label: str) -> str:
    """A paragraph label as citations write it: "14", "(a)", "18 (a)"."""
    return label if label[0].isdigit() else f"({label})"


def part_names(doc: Document) -> dict[str, str]:
    """How citations name each paragraph and footnote of `doc`, by id: "para. 14", "footnote 3"."""
    names = {f"fn-{note.label}": f"footnote {note.label}" for note in doc.footnotes}
    for paragraph in reversed(doc.paragraphs):
        anchor = anchor_of(paragraph)
        if anchor and paragraph.label:
            name = PART_NAMES.get(paragraph.role, "para.")
            place = unnumbered(paragraph.label)
            if place is not None:  # an operative paragraph of a text that numbers none: "unnumbered para. 2"
                names[anchor] = f"unnumbered {name} {place}"
                continue
            label = paragraph.label if paragraph.role is Role.ANNEX else cited_label(paragraph.label)
            names[anchor] = f"{name} {label}"
    return names


def citation(ref: DocRef, part: str | None) -> str:
    """A citation of a document or one of its parts: "Resolution 7/2, para. 14"."""
    return f"{ref.label}, {part}" if part else ref.label


@dataclass(frozen=True, slots=True)
class Link:
    """Where a reference points."""

    url: str  # a site path ("resolutions/7-2/"), or an absolute URL outside the site
    anchor: str | None  # the id on the site page, if the reference names a paragraph
    ref: DocRef | None  # the document whose page the site path is, if any

    @property
    def external(self) -> bool:
        """Whether the link leaves the site."""
        return _has_scheme(self.url)


class Lookup:
    """The corpus indexed once, so that pages at scale need no linear search."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self.entries = corpus.by_ref
        self.by_url = {e.ref.url: e.ref for e in corpus.entries}
        self.session_keys = frozenset((s.body, s.number) for s in corpus.sessions)  # the sessions with a page
        self.reports = {(s.body, s.number): s.report for s in corpus.sessions if s.report}  # their reports' symbols
        self.parts: dict[DocRef, dict[str, str]] = {}  # part names by id, made on first use
        self.urls: dict[Target, str | None] = {}  # where each target points, made on first use
        self.links: dict[Target, Link | None] = {}  # the Link of each target, made on first use
        self.shown: dict[str | None, str] = {}  # what a reference resolved to each URL shows (`shows`); on first use
        self.citing: dict[DocRef, list[Citation]] = {}  # citing document → its citations, in text order
        for cite in corpus.citations:
            self.citing.setdefault(cite.source, []).append(cite)

    def link(self, target: Target) -> Link | None:
        """Where a reference points on the site or outside it, or None if nowhere yet."""
        try:
            return self.links[target]
        except KeyError:
            found = self.links[target] = self._link(target)
            return found

    def shows(self, url: str | None) -> str:
        """What a reference resolved to `url` shows beyond its text, as a string: where it points, that page's title."""
        try:
            return self.shown[url]
        except KeyError:
            link = self._link_to(url)
            title = self.title(link.ref) if link and link.ref else None
            found = self.shown[url] = repr((link.url, link.anchor, title) if link else None)
            return found

    def url(self, target: Target) -> str | None:
        """`url_of(target)`: the site path or absolute URL of `target`, or None."""
        try:
            return self.urls[target]
        except KeyError:
            found = self.urls[target] = url_of(target, self.corpus)
            return found

    def _link(self, target: Target) -> Link | None:
        return self._link_to(self.url(target))

    def _link_to(self, url: str | None) -> Link | None:
        """The Link of a site path with its anchor, or of an absolute URL."""
        if url is None:
            return None
        if _has_scheme(url):
            return Link(url, None, None)
        path, _, anchor = url.partition("#")
        return Link(path, anchor or None, self.by_url.get(path))

    def title(self, ref: DocRef) -> str:
        """The title of `ref` as the corpus knows it, else its label."""
        entry = self.entries.get(ref)
        return entry.title if entry and entry.title else ref.label

    def part(self, ref: DocRef, anchor: str | None) -> str | None:
        """The name of the paragraph or footnote `anchor` of `ref`, if its text is in the collection."""
        if anchor is None:
            return None
        names = self.parts.get(ref)
        if names is None:
            entry = self.entries.get(ref)
            if entry is None or entry.document is None:
                return None
            names = self.parts[ref] = part_names(entry.document)
        return names.get(anchor)

    def event_link(self, event: Event) -> tuple[str, str | None] | None:
        """The page and paragraph that name `event`, or None if the naming document has no page."""
        entry = self.entries.get(event.source)
        if entry is None:
            return None
        parts = (entry.document.paragraphs, entry.document.footnotes) if entry.document else ()
        found = [
            (anchor_of(p) if isinstance(p, Paragraph) else f"fn-{p.label}")
            for group in parts
            for p in group
            if p.span.first <= event.span.first <= p.span.last
        ]
        return entry.ref.url, next((anchor for anchor in found if anchor), None)


@memo(65536)  # pages link the same few thousand URLs; urlsplit's own cache holds 128
def _has_scheme(url: str) -> bool:
    """Whether `url` is absolute ("https://…"), not a site path."""
    return bool(urlsplit(url).scheme)
