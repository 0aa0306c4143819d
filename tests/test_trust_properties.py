"""Properties over random bytes, random Unicode and random mixtures of the seeds' lines.

Whatever the input: reading, linking, rendering and `inspect` never raise (a problem is a
report line with the file), no word is lost without an error saying so, and the work done
grows linearly with the text (calls counted, no clock).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.cli import main
from generator.decode import decode
from generator.link import build_corpus
from generator.model import Document
from generator.normalise.accounting import unaccounted_words
from generator.pipeline import read_and_collect
from generator.problems import Level, SeedError
from generator.render.site import render_site
from tests.conftest import ROOT, SEEDS
from tests.test_trust_linear import calls

REAL = ROOT.parent / "shared" / "real-texts"
LINES = sorted(
    {line for path in [*SEEDS, *sorted(REAL.glob("*.txt"))] for line in path.read_text("utf-8").splitlines()}
)
MIXTURES = st.lists(st.sampled_from(LINES), min_size=1, max_size=80).map("\n".join)
ODD = st.sampled_from(["\ufeff", "\u0667", "\uff17", "\u200b", "\x0c", "\r", "\t", "\u00a0", "\ufffd", "\U0001f600"])
UNICODE = st.lists(st.one_of(st.sampled_from(LINES), st.text(max_size=30), ODD), max_size=40).map("\n".join)
BYTES = st.one_of(
    st.binary(max_size=400),
    st.lists(st.one_of(MIXTURES.map(str.encode), st.binary(max_size=4)), max_size=6).map(b"".join),
)
FIXTURES = HealthCheck.function_scoped_fixture  # the file is written anew for each example
PROPERTY = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def read_link_render(data: bytes) -> Document | None:
    """The whole way of one seed, asserting that no word goes silently; None if a SeedError says it cannot be read."""
    try:
        doc = read_and_collect("random.txt", data)
    except SeedError as error:
        assert str(error.problem).startswith("random.txt") and error.problem.message
        return None
    lost = unaccounted_words(decode("random.txt", data).lines, doc)
    assert not lost or any(p.level is Level.ERROR and "missing" in p.message for p in doc.problems)
    rendered = render_site(build_corpus([doc]))
    assert all(p.path == "random.txt" and p.level is Level.ERROR for p in rendered.lost.values())  # said, on the report
    return doc


@PROPERTY
@given(MIXTURES)
def test_mixtures_of_the_seeds_lines_never_raise_and_lose_no_word_silently(text: str) -> None:
    read_link_render(text.encode("utf-8"))


@PROPERTY
@given(UNICODE)
def test_random_unicode_never_raises_and_loses_no_word_silently(text: str) -> None:
    read_link_render(text.encode("utf-8", "surrogatepass"))


@PROPERTY
@given(BYTES)
def test_random_bytes_never_raise(data: bytes) -> None:
    read_link_render(data)


@settings(max_examples=25, deadline=None, suppress_health_check=[*PROPERTY.suppress_health_check, FIXTURES])
@given(data=BYTES)
def test_inspect_never_raises(tmp_path: Path, data: bytes, capsys: pytest.CaptureFixture[str]) -> None:
    seed = tmp_path / "random.txt"
    seed.write_bytes(data)
    for options in ([], ["--json"], ["--references"]):
        assert main(["inspect", *options, str(seed)]) in (0, 1)
        err = capsys.readouterr().err
        assert all(line.startswith(str(seed)) for line in err.splitlines() if ": error: " in line)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(LINES), min_size=20, max_size=40).map("\n".join))
def test_a_mixture_four_times_as_long_costs_about_four_times_the_work(text: str) -> None:
    """The mixture written 8 times and 32 times: about four times the calls, never sixteen (quadratic).

    Not twice against once: a text crosses sizes at which reading takes another course (a
    few copies read as too little to hold a text and given up early; a page structure found
    once there are enough), each a step of the work, not a growth: one mixture costs 1.9 times
    from 4 copies to 8, 2.7 times from 8 to 16, then 1.9 and 2.0 times again.
    """

    def work(copies: int) -> int:
        return calls(lambda: _read_quietly("\n\n".join([text] * copies).encode()))

    work(32)  # the memo caches of the pipeline warmed first: a cold one would count its filling as work
    assert work(32) < 6.5 * work(8)


def _read_quietly(data: bytes) -> None:
    try:
        read_and_collect("random.txt", data)
    except SeedError:
        pass
