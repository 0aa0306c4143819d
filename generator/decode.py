"""Bytes of a seed file to clean source lines."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from generator.problems import Level, Problem, SeedError

MAX_BYTES = 2_000_000  # a 24-page resolution is ~100 kB; anything this large is not one text
FEW_BAD_BYTES = 50  # bytes that are not UTF-8 in a UTF-8 text, at most: a few slips, not another encoding
ODD_SPACE_CHARACTERS = "\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
INVISIBLE_CHARACTERS = "\u00ad\u200b-\u200d\u2060\ufeff"
CONTROL_CHARACTERS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f"
ODD_SPACES = re.compile(f"[{ODD_SPACE_CHARACTERS}]")
INVISIBLE = re.compile(f"[{INVISIBLE_CHARACTERS}]")
CONTROL = re.compile(f"[{CONTROL_CHARACTERS}]")
# Any of the three: most texts hold none, which one look finds (one look, not three).
UNCLEAN = re.compile(f"[{ODD_SPACE_CHARACTERS}{INVISIBLE_CHARACTERS}{CONTROL_CHARACTERS}]")


@dataclass(frozen=True, slots=True)
class Source:
    """A seed's text, decoded.

    Guarantees: lines are split on "\\n" only and carry no line ends; no BOM, NUL,
    form feed or other control character; Unicode NFC; every tab and odd space (no-break, thin,
    ideographic…) is a plain space; zero-width characters and soft hyphens are gone.
    Quotes and dashes are as written. `lines[i]` is source line i + 1. A byte that is not
    UTF-8 in a text that otherwise is stands as U+FFFD, with a warning in `problems`.
    """

    path: str
    lines: tuple[str, ...]
    encoding: str  # what the bytes were read as
    problems: tuple[Problem, ...] = ()  # a warning for each byte that is not UTF-8, at its line and column


def decode(path: str, data: bytes) -> Source:
    """Decode `data` when its encoding is certain, else raise SeedError saying why."""
    if not data.strip():
        raise SeedError(path, 0, "the file is empty; nothing was read")
    if len(data) > MAX_BYTES:
        raise too_large(path, len(data))
    text, encoding, problems = _text_of(path, data)
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    # A form feed is the page break of `pdftotext`, at the start of a page's first line:
    # nothing there, as lines go; a line break elsewhere.
    text = text.replace("\n\f", "\n").replace("\f", "\n")
    if UNCLEAN.search(text):
        bad = CONTROL.search(text)
        if bad:
            line = text.count("\n", 0, bad.start()) + 1
            message = f"control character U+{ord(bad.group()):04X}: this is not a text file; not read"
            raise SeedError(path, line, message)
        text = INVISIBLE.sub("", ODD_SPACES.sub(" ", text))
    return Source(path, tuple(text.split("\n")), encoding, problems)


def too_large(path: str, size: int) -> SeedError:
    """The error of a seed of `size` bytes, over the limit."""
    return SeedError(path, 0, f"the file has {size:,} bytes, over the limit of {MAX_BYTES:,}; not read")


def _text_of(path: str, data: bytes) -> tuple[str, str, tuple[Problem, ...]]:
    """The text of `data`, what it was read as, and a warning for each byte of a UTF-8 text that is not UTF-8.

    A text with a few bad bytes among its UTF-8 (at most one in a hundred) is UTF-8, unless
    it holds no other character beyond ASCII and reads as plausible Windows-1252.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(path, data, "utf-16"), "utf-16", ()
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(path, data[3:], "utf-8"), "utf-8", ()
    if b"\x00" in data:
        line = data.count(b"\n", 0, data.index(b"\x00")) + 1
        raise SeedError(path, line, "NUL byte: this is a binary file, not a text; not read")
    try:
        return data.decode("utf-8"), "utf-8", ()
    except UnicodeDecodeError as utf8_error:
        first_bad = utf8_error.start
    text, bad = _utf8_but(data, most=min(FEW_BAD_BYTES, max(1, len(data) // 100)))
    try:
        windows: str | None = data.decode("cp1252")
    except UnicodeDecodeError:
        windows = None
    if windows is not None and _plausible(windows):
        if bad is None or not any(ord(c) > 127 and c != "\ufffd" for c in text):
            return windows, "cp1252", ()
    if bad is not None:
        return text, "utf-8", tuple(_bad_byte(path, data, at) for at in bad)
    line = data.count(b"\n", 0, first_bad) + 1
    if windows is None:
        raise SeedError(path, line, f"byte 0x{data[first_bad]:02X} is neither UTF-8 nor Windows-1252; not read")
    raise SeedError(path, line, "not UTF-8, and read as Windows-1252 it is not plausible text; not read")


def _utf8_but(data: bytes, most: int) -> tuple[str, list[int] | None]:
    """`data` read as UTF-8, each byte that is not UTF-8 as U+FFFD, and where those are; None if over `most`."""
    pieces: list[str] = []
    bad: list[int] = []
    at = 0
    while len(bad) <= most:
        try:
            pieces.append(data[at:].decode("utf-8"))
            return "".join(pieces), bad
        except UnicodeDecodeError as error:
            pieces += [data[at : at + error.start].decode("utf-8"), "\ufffd"]
            bad.append(at + error.start)
            at += error.start + 1
    return "", None


def _bad_byte(path: str, data: bytes, at: int) -> Problem:
    line_start = data.rfind(b"\n", 0, at) + 1
    column = len(data[line_start:at].decode("utf-8", "replace")) + 1
    line = data.count(b"\n", 0, at) + 1
    message = f"column {column}: byte 0x{data[at]:02X} is not UTF-8; shown as U+FFFD (\ufffd)"
    return Problem(path, line, Level.WARNING, message)


def _strict(path: str, data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise SeedError(path, 0, f"invalid {encoding} at byte {error.start}: {error.reason}; not read") from None


def _plausible(text: str) -> bool:
    """Letters, digits, spaces and punctuation, the letters mostly ASCII, as in a UN text in a Latin script."""
    ordinary = sum(1 for c in text if c.isspace() or unicodedata.category(c)[0] in "LNZP")
    letters = [c for c in text if c.isalpha()]
    ascii_letters = sum(1 for c in letters if c.isascii())
    return ordinary / len(text) > 0.95 and ascii_letters / max(len(letters), 1) > 0.7
