"""The decoder: certain encodings read, uncertain ones refused with the reason, text cleaned."""

from __future__ import annotations

import pytest

from generator.decode import MAX_BYTES, decode
from generator.problems import SeedError

TEXT = "Résolution 7/2 — « Noting » the Conference’s work,"


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),
        TEXT.encode("utf-16-be").join([b"\xfe\xff", b""]),
        TEXT.encode("cp1252"),
    ],
    ids=["utf-8", "utf-8 BOM", "utf-16 LE BOM", "utf-16 BE BOM", "windows-1252"],
)
def test_certain_encodings_read_as_the_same_text(data: bytes) -> None:
    assert decode("s.txt", data).lines == (TEXT,)


def test_line_ends_spaces_and_normalisation_forms_read_as_the_same_text() -> None:
    messy = "Caf\u0065\u0301\tand\u00a0the\u200b Con\u00adference\r\nsecond\rthird"
    assert decode("s.txt", messy.encode()).lines == ("Café and the Conference", "second", "third")


@pytest.mark.parametrize(
    ("data", "line", "words"),
    [
        (b"", 0, "empty"),
        (b"  \n\n ", 0, "empty"),
        (b"line one\nline\x00two", 2, "NUL byte"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", 0, "NUL byte"),
        (b"ok\nthen \x81\x8d\x8f\x90\x9d", 2, "neither UTF-8 nor Windows-1252"),
        (b"ok\n\x07bell", 2, "control character"),
        (b"a" * (MAX_BYTES + 1), 0, "over the limit"),
    ],
    ids=["empty", "blank", "NUL", "image", "undecodable", "control", "too large"],
)
def test_bad_bytes_are_refused_naming_file_line_and_reason(data: bytes, line: int, words: str) -> None:
    with pytest.raises(SeedError) as raised:
        decode("seeds/bad.txt", data)
    problem = raised.value.problem
    assert (problem.path, problem.line) == ("seeds/bad.txt", line if line else problem.line)
    assert words in problem.message
    assert str(problem).startswith("seeds/bad.txt")


def test_implausible_windows_1252_is_refused() -> None:
    with pytest.raises(SeedError, match="not plausible"):
        decode("s.txt", bytes(b for b in range(0x80, 0x100) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)))


def test_a_few_bytes_that_are_not_utf8_in_utf8_text_are_each_a_warning_at_line_and_column() -> None:
    data = ("Résolution 7/2 “Noting”\n" + "the Conference’s work " * 10 + "\n").encode()
    data = data.replace(b"Conference", b"Confer\x92nce", 1).replace(b"Noting", b"Not\xe9ng")
    source = decode("s.txt", data)
    assert source.encoding == "utf-8"
    assert source.lines[0] == "Résolution 7/2 “Not\ufffdng”" and source.lines[1].startswith("the Confer\ufffdnce’s")
    assert [str(p) for p in source.problems] == [
        "s.txt:1: warning: column 20: byte 0xE9 is not UTF-8; shown as U+FFFD (\ufffd)",
        "s.txt:2: warning: column 11: byte 0x92 is not UTF-8; shown as U+FFFD (\ufffd)",
    ]


def test_windows_1252_is_read_only_when_nothing_else_of_the_text_is_utf8() -> None:
    assert decode("s.txt", "the Conference’s work, café".encode("cp1252")).encoding == "cp1252"
    assert decode("s.txt", "the Conference’s work, café ‘x’".encode() + b" \x92").encoding == "utf-8"


def test_the_warnings_of_bad_bytes_stand_among_the_documents_problems() -> None:
    from generator.pipeline import read_seed

    text = "Resolution 20/1\n\nThe Conference of the Parties,\n\n1. Decides to act on the “report” of the Secretary.\n"
    doc = read_seed("s.txt", text.encode().replace(b"Secretary", b"Secr\xe9tary"))
    assert [(p.line, p.level.value) for p in doc.problems if "U+FFFD" in p.message] == [(5, "warning")]
    assert "Secr\ufffdtary" in doc.operative[0].text
