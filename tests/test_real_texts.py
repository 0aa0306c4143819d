"""Real UN texts and the seeds read as a person reading them by eye does (tests/expected/real_texts.toml).

The real texts stay in ../shared/real-texts; where that folder is absent their cases are
skipped, saying so. The expected values were read off the texts by hand, never copied
from the reader's output (tests/expected/README.md).
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from generator.model import Document, Marker, Paragraph, Role, Text
from generator.pipeline import read_seed
from tests.conftest import ROOT

REAL_TEXTS = ROOT.parent / "shared" / "real-texts"
EXPECTED = tomllib.loads((ROOT / "tests" / "expected" / "real_texts.toml").read_text(encoding="utf-8"))
FACTS = {  # expected field -> Document attribute
    "kind": "kind", "body": "body", "number": "number", "symbol": "symbol", "session": "session",
    "distributed": "distributed", "adopted": "adopted", "distribution": "distribution", "original": "original",
    "agenda_item": "agenda_item", "agenda_title": "agenda_title", "committee": "committee", "report": "report",
    "draft": "adopted_from", "submitter": "submitter", "title": "title",
}
TRAILING = ",;:.)]”’\"'*"


def _path(key: str) -> Path:
    return ROOT / "seeds" / key.removeprefix("seed:") if key.startswith("seed:") else REAL_TEXTS / key


@pytest.fixture(scope="module")
def read() -> dict[str, Document]:
    return {}


def _document(key: str, cache: dict[str, Document]) -> Document:
    path = _path(key)
    if not path.exists():
        pytest.skip(f"{path} is absent: the real texts are read from ../shared/real-texts")
    if key not in cache:
        cache[key] = read_seed(str(path), path.read_bytes())
    return cache[key]


def _value(doc: Document, attribute: str) -> Any:
    value = getattr(doc, attribute)
    plain = None if value is None else value if isinstance(value, (str, int)) else str(value)
    return getattr(value, "value", plain)


def _first(paragraph: Paragraph, words: int) -> str:
    return " ".join(paragraph.text.split()[:words])


def _word_before_markers(doc: Document) -> dict[str, str]:
    """Each marker's label and the word it stands after, its trailing punctuation dropped."""
    found: dict[str, str] = {}
    for p in doc.paragraphs:
        before = ""
        for item in p.inlines:
            if isinstance(item, Marker):
                words = before.split()
                found.setdefault(item.label, words[-1].rstrip(TRAILING) if words else "")
            elif isinstance(item, Text):
                before += item.text
    return found


CASES = sorted(EXPECTED)


@pytest.mark.parametrize("key", CASES)
def test_masthead_facts(key: str, read: dict[str, Document]) -> None:
    doc, expected = _document(key, read), EXPECTED[key]
    for field, attribute in FACTS.items():
        assert _value(doc, attribute) == expected.get(field), f"{key}: {field}"
    assert list(doc.sponsors) == expected.get("sponsors", []), f"{key}: sponsors"


@pytest.mark.parametrize("key", CASES)
def test_preamble(key: str, read: dict[str, Document]) -> None:
    doc, expected = _document(key, read), EXPECTED[key]
    top = [p for p in doc.preamble if p.label is not None and p.label.isdigit()]
    assert [_first(p, 2) for p in top] == expected.get("preamble", []), key
    items = [p.label for p in doc.preamble if p.label is not None and not p.label.isdigit()]
    wanted = [f"{s['parent']} ({label})" for s in expected.get("preamble_subitems", []) for label in s["labels"]]
    assert items == wanted, key


@pytest.mark.parametrize("key", CASES)
def test_operative(key: str, read: dict[str, Document]) -> None:
    doc, expected = _document(key, read), EXPECTED[key]
    assert [[p.label, _first(p, 2)] for p in doc.operative] == expected.get("operative", []), key


@pytest.mark.parametrize("key", CASES)
def test_footnotes_and_markers(key: str, read: dict[str, Document]) -> None:
    doc, expected = _document(key, read), EXPECTED[key]
    notes = expected.get("footnotes", [])
    assert [[f.label, _first_words(f.text, 3)] for f in doc.footnotes] == [[n[0], n[2]] for n in notes], key
    markers = _word_before_markers(doc)
    assert {label: markers.get(label) for label, *_ in notes} == {n[0]: n[1] for n in notes}, key


def _first_words(text: str, words: int) -> str:
    return " ".join(text.split()[:words])


@pytest.mark.parametrize("key", CASES)
def test_closing_and_annex(key: str, read: dict[str, Document]) -> None:
    doc, expected = _document(key, read), EXPECTED[key]
    closing = " ".join(p.text for p in doc.with_role(Role.CLOSING))
    assert (closing or None) == expected.get("closing"), key
    annex = doc.with_role(Role.ANNEX)
    if "annex" not in expected:
        assert not annex, key
        return
    wanted = expected["annex"]
    assert [p.label for p in annex if p.label and p.label[:1].isdigit()] == wanted["labels"], key
    assert [p.text for p in annex if p.is_heading][0] == wanted["heading"], key
    assert [p.text for p in annex if p.is_heading][1] == wanted["title"], key
    assert [p.text for p in annex if p.is_heading][2:] == wanted["headings"], key
