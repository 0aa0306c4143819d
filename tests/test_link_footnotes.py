"""Footnotes and markers both ways, and "Ibid." resolved to the footnote it repeats."""

from __future__ import annotations

from generator.corpus import FootnoteLinks
from generator.link.find_references import find_references
from generator.link.footnotes import link_footnotes
from generator.model import Document
from tests.test_link_helpers import cited, document, footnote


def linked(doc: Document) -> tuple[Document, tuple[FootnoteLinks, ...], list[str]]:
    """`doc` through the reference finder and the footnote pass, its warnings as text."""
    doc, problems = find_references(doc)
    doc, links, more = link_footnotes(doc)
    return doc, links, [str(p) for p in problems + more]


def test_every_marker_points_at_its_footnote_and_every_footnote_back_at_each_marker() -> None:
    doc = document(
        "Recalling the Convention,[^1] and its Protocol,[^2]",
        "Noting the Convention,[^1]",
        footnotes=(footnote("1", "A/1/1.", 10), footnote("2", "A/1/2.", 11)),
    )
    _, links, problems = linked(doc)
    assert links == (FootnoteLinks("1", ("para-1", "para-2")), FootnoteLinks("2", ("para-1",)))
    assert problems == []


def test_a_marker_without_footnote_and_a_footnote_without_marker_are_left_to_the_checks() -> None:
    doc = document("Recalling the Convention,[^1]", footnotes=(footnote("2", "A/1/2.", 10),))
    _, links, problems = linked(doc)
    assert links == (FootnoteLinks("2", ()),)
    assert problems == []  # generator.check warns of both, once (tests/test_check.py)


def notes(*texts: str) -> Document:
    """A document whose paragraph marks one footnote per text."""
    markers = "".join(f"[^{i + 1}]" for i in range(len(texts)))
    return document(
        f"Recalling the instruments,{markers}",
        footnotes=tuple(footnote(str(i + 1), t, 10 + i) for i, t in enumerate(texts)),
    )


def test_ibid_repeats_the_footnote_before_it_even_through_another_ibid() -> None:
    _, links, problems = linked(
        notes("United Nations publication, Sales No. E.05.V.", "*Ibid.*, Sales No. E.11.V.9.", "Ibid., p. 3.")
    )
    assert [link.repeats for link in links] == [None, "1", "2"]
    assert problems == []


def test_ibid_opening_the_footnotes_repeats_a_source_of_the_publication_and_is_only_noted() -> None:
    """Taken from a session's report, a text's first footnotes may repeat one that stood before it there."""
    _, links, problems = linked(
        notes("Ibid., vol. 2225, No. 39574.", "Ibid., vol. 2326, No. 39574.", "A/1/1.", "Ibid.")
    )
    assert [link.repeats for link in links] == [None, None, None, "3"]
    assert problems == [
        'case.txt:10: info: footnote 1: "Ibid." repeats a source cited before this text, where it was issued',
        'case.txt:11: info: footnote 2: "Ibid." repeats a source cited before this text, where it was issued',
    ]


def test_ibid_whose_source_is_missing_from_the_text_is_warned_of() -> None:
    """Footnotes numbered from 2: the one before the "Ibid." is not in the text."""
    doc = document(
        "Recalling the instruments,[^2][^3]", footnotes=(footnote("2", "Ibid.", 10), footnote("3", "Ibid.", 11))
    )
    _, links, problems = linked(doc)
    assert [link.repeats for link in links] == [None, None]
    assert problems == [
        'case.txt:10: warning: footnote 2: "Ibid." repeats a source not in this document',
        'case.txt:11: warning: footnote 3: "Ibid." repeats a source not in this document',
    ]


def test_an_ibid_of_a_treaty_series_footnote_cites_its_own_volume() -> None:
    doc, _, _ = linked(notes("United Nations, *Treaty Series*, vol. 2225, No. 39574.", "Ibid., vol. 2326, No. 39574."))
    assert cited(doc) == [
        "“United Nations, Treaty Series, vol. 2225, No. 39574” = treaty 2225:39574",
        "“vol. 2326, No. 39574” = treaty 2326:39574",
    ]


def test_an_ibid_of_another_source_cites_no_volume() -> None:
    doc, _, _ = linked(notes("A/60/88.", "Ibid., vol. 2326, No. 39574."))
    assert cited(doc) == ["“A/60/88” = symbol A/60/88"]
