"""Random input never crashes the reader: it gives a document or a clear SeedError."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from generator.decode import decode
from generator.link import build_corpus
from generator.model import Document
from generator.normalise.accounting import unaccounted_words
from generator.pipeline import normalise, read_seed
from generator.problems import SeedError
from generator.read import read
from generator.render.site import render_site

# Pieces that exercise the readers' rules, mixed with arbitrary text.
PIECES = st.sampled_from(
    [
        "Resolution 7/2", "Decision 4/6", "The Conference of the Parties to the United Nations Convention against"
        " Transnational Organized Crime,", "The General Assembly,", "1. ", "(a) ", "(i) ", "¹", "²", "<sup>1</sup>",
        "<sup>&</sup>lt;sup>2</sup> ", "__________________", "3/6 V.20-05844", "CTOC/COP/2020/L.5/Rev.1", "  ",
        "\n", "\n\n", "*", "## ", "Twelfth session", "Distr.: Limited 17 October 2024", "Mexico: draft resolution",
        "Recalling", ",", ";", ":", ".", "data-", "collection", " 1 ", "2020,7", "Aspects5", "&amp;", "<b>",
    ]
)
TEXTS = st.lists(st.one_of(PIECES, st.text(max_size=20)), max_size=60).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_random_text_gives_a_document_or_a_clear_error(text: str) -> None:
    try:
        doc = read_seed("random.txt", text.encode("utf-8"))
    except SeedError as error:
        assert error.problem.path == "random.txt" and error.problem.message
        return
    assert isinstance(doc, Document)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
@example("&amp;paraResolution 7/2")  # "&para" without ";" read again, as the page never shows it, took a word
def test_every_word_of_random_text_is_accounted_for(text: str) -> None:
    try:
        source = decode("random.txt", text.encode("utf-8"))
    except SeedError:
        return
    assert unaccounted_words(source.lines, normalise(read(source))) == {}


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=300))
def test_random_bytes_give_a_document_or_a_clear_error(data: bytes) -> None:
    try:
        read_seed("random.bin", data)
    except SeedError as error:
        assert str(error.problem).startswith("random.bin")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_every_word_of_random_text_stands_on_its_rendered_page(text: str) -> None:
    try:
        doc = read_seed("random.txt", text.encode("utf-8"))
    except SeedError:
        return
    if doc.ref is None:
        return
    corpus = build_corpus([doc])
    assert render_site(corpus).lost == {}
