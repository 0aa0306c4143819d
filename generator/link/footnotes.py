"""Footnotes and their markers: each marker to its footnote, each footnote back, "Ibid." to what it repeats."""

from __future__ import annotations

import dataclasses
import re

from generator.corpus import FootnoteLinks, anchor_of
from generator.link.outside import find_volumes
from generator.link.splice import references, splice
from generator.link.warn import info, warning
from generator.model import Document, Footnote, Marker
from generator.problems import Problem

IBID_RE = re.compile(r"^\W*Ibid\.")


def link_footnotes(doc: Document) -> tuple[Document, tuple[FootnoteLinks, ...], list[Problem]]:
    """Each footnote with the markers that point at it and the footnote an "Ibid." repeats.

    Warns for an "Ibid." whose source does not stand in the document (markers with no
    footnote and footnotes with none are `generator.check`'s). An "Ibid., vol. N, No. M"
    that repeats a Treaty Series footnote gets its own Treaty Series reference.
    """
    markers = _markers(doc)
    repeats, problems = _repeats(doc.footnotes)
    links = tuple(FootnoteLinks(f.label, markers.get(f.label, ()), repeats.get(f.label)) for f in doc.footnotes)
    return cite_repeated_series(doc, links), links, problems


def _markers(doc: Document) -> dict[str, tuple[str | None, ...]]:
    """Footnote label -> the anchors of the paragraphs its markers stand in, in text order."""
    found: dict[str, tuple[str | None, ...]] = {}
    for paragraph in doc.paragraphs:
        labels = [item.label for item in paragraph.inlines if isinstance(item, Marker)]
        if not labels:  # most paragraphs hold no marker: their anchor is not worth making
            continue
        anchor = anchor_of(paragraph)
        for label in labels:
            found[label] = (*found.get(label, ()), anchor)
    return found


def _repeats(footnotes: tuple[Footnote, ...]) -> tuple[dict[str, str], list[Problem]]:
    """ "Ibid." footnote label -> the label of the footnote just before it, when that one has a source.

    An "Ibid." with no source before it is noted, not warned of, when it opens the text's
    footnotes and they are numbered from 1: the text was taken from a publication (a report
    of the session) where the source stood in a footnote before it. Elsewhere a footnote
    the "Ibid." repeats is missing from the text.
    """
    repeats: dict[str, str] = {}
    problems: list[Problem] = []
    leading = bool(footnotes) and footnotes[0].label == "1"  # still in an opening run of sourceless "Ibid."
    for before, footnote in zip((None, *footnotes), footnotes, strict=False):
        if not IBID_RE.match(footnote.text):
            leading = False
            continue
        if before is not None and (not IBID_RE.match(before.text) or before.label in repeats):
            repeats[footnote.label] = before.label
        elif leading:
            message = f'footnote {footnote.label}: "Ibid." repeats a source cited before this text, where it was issued'
            problems.append(info(footnote.span, message))
        else:
            message = f'footnote {footnote.label}: "Ibid." repeats a source not in this document'
            problems.append(warning(footnote.span, message))
    return repeats, problems


def _source(label: str, repeats: dict[str, str]) -> str:
    """The footnote an "Ibid." chain ends at."""
    while label in repeats:
        label = repeats[label]
    return label


def cite_repeated_series(doc: Document, links: tuple[FootnoteLinks, ...]) -> Document:
    """`doc` with "vol. N, No. M" as a Treaty Series reference in each "Ibid." that repeats that series.

    `links` are its footnotes' links, which say what each "Ibid." repeats.
    """
    repeats = {link.label: link.repeats for link in links if link.repeats is not None}
    if not repeats:  # most texts have no "Ibid."
        return doc
    by_label = {f.label: f for f in doc.footnotes}
    in_series = {
        label
        for label in repeats
        if any(r.target.kind == "treaty" for r in references(by_label[_source(label, repeats)].inlines))
    }
    if not in_series:
        return doc
    footnotes = tuple(_with_volumes(f) if f.label in in_series else f for f in doc.footnotes)
    return dataclasses.replace(doc, footnotes=footnotes)


def _with_volumes(footnote: Footnote) -> Footnote:
    """`footnote` with each "vol. N, No. M" as a Treaty Series reference (its other citations name no volume)."""
    return dataclasses.replace(footnote, inlines=splice(footnote.inlines, find_volumes(footnote.text)))
