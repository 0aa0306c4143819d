"""The same document in the three shapes, and re-wrapped every way, gives the same model."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.model import Document
from generator.pipeline import read_seed
from tests.conftest import ROOT
from tests.shapes import as_markdown, as_pdf, as_plain, crlf, shape_free

SOURCE = ROOT / "tests" / "fixtures" / "shapes" / "resolution.txt"


def original() -> Document:
    return read_seed("resolution.txt", SOURCE.read_bytes())


def reread(text: str) -> list[str]:
    return list(shape_free(read_seed("rewritten.txt", text.encode("utf-8"))))


def test_the_fixture_is_read_whole() -> None:
    doc = original()
    assert (len(doc.preamble), len(doc.operative), len(doc.footnotes)) == (5, 8, 5)


def test_plain_markdown_and_pdf_shapes_give_the_same_model() -> None:
    expected = list(shape_free(original()))
    assert reread(as_plain(original())) == expected
    assert reread(as_markdown(original(), cut_after=2)) == expected
    assert reread(as_pdf(original())) == expected


@settings(max_examples=40, deadline=None)
@given(
    width=st.integers(min_value=60, max_value=110),
    page_lines=st.integers(min_value=8, max_value=60),
    spacing=st.sampled_from(["double", "single", "blank between paragraphs"]),
    windows=st.booleans(),
)
def test_rewrapping_as_pdf_leaves_the_model_unchanged(width: int, page_lines: int, spacing: str, windows: bool) -> None:
    indent = spacing != "blank between paragraphs"
    text = as_pdf(original(), width=width, page_lines=page_lines, double=spacing == "double", indent=indent)
    assert reread(crlf(text) if windows else text) == list(shape_free(original()))


@settings(max_examples=20, deadline=None)
@given(cut=st.integers(min_value=1, max_value=12), windows=st.booleans())
def test_cutting_a_markdown_paragraph_with_blank_lines_leaves_the_model_unchanged(cut: int, windows: bool) -> None:
    text = as_markdown(original(), cut_after=cut)
    assert reread(crlf(text) if windows else text) == list(shape_free(original()))
