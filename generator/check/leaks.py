"""No running head, document symbol or job number inside a paragraph or the title."""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.check.masthead import BRACKETED_RE
from generator.check.types import error, named, warning
from generator.decode import Source
from generator.model import Document, Footnote, Furniture, Paragraph, Role
from generator.problems import Problem
from generator.read.furniture import FOOTER_RE, PAGE, SYMBOL_RE

DIGIT_DASH_RE = re.compile(r"\d-\d")  # no job number (JOB) without it; a quicker look than JOB's
PAGE_ALONE_RE = re.compile(PAGE)  # "2/7" alone in a sentence is as likely "resolution 2/7": not looked for
QUOTES = "“”\"‘’'«"
HEAD = 15  # characters: a shorter running head may be words of the text itself
HEADINGS = (Role.ANNEX, Role.BODY)  # the parts in which a heading is a paragraph of its own
NEAR = 2  # lines: running-head lines this close are one head, over several lines


def check_furniture_in_text(doc: Document, source: Source) -> Iterator[Problem]:
    """Errors for a job number, barcode or the document's symbol in the text; warnings for a running head in it.

    The masthead is where the symbol stands (not looked at for it); a running head that
    repeats a title may stand once in the title or an annex's heading (a paragraph hardly
    longer than the head), and in quotation marks anywhere.
    """
    heads = [f for f in doc.furniture if f.why == "running head"]
    symbols = {f.text.strip() for f in heads if SYMBOL_RE.fullmatch(f.text.strip())}
    symbols |= {doc.symbol} if doc.symbol else set()
    text_heads = _text_heads([f for f in heads if f.text.strip() not in symbols])
    places: list[tuple[Role | None, str, Paragraph | Footnote]] = [(p.role, p.text, p) for p in doc.paragraphs]
    places += [(None, f.text, f) for f in doc.footnotes]
    for role, text, place in places:
        # A job number has a digit, a dash and a digit; a barcode, asterisks: most paragraphs have neither.
        if "*" in text or "-" in text and DIGIT_DASH_RE.search(text):
            for footer in _footers(text):
                yield error(doc, place.span.first, f"page furniture {footer!r} stands inside {_name(place)}")
        if role is Role.HEADER:
            continue
        for symbol in sorted(symbol for symbol in symbols if symbol in text):
            if re.search(rf"(?<![\w/.]){re.escape(symbol)}(?![\w/]|\.\w)", BRACKETED_RE.sub(" ", text)):
                yield error(doc, place.span.first, f"the document's symbol {symbol} stands inside {_name(place)}")
        for head in (head for head in text_heads if head in text):
            unquoted = [m for m in re.finditer(re.escape(head), text) if text[max(m.start() - 1, 0)] not in QUOTES]
            # The title, an annex's (or, in a text with no opening, its first line): where a head comes from.
            heading = role is Role.TITLE or (role in HEADINGS and len(text) <= len(head) + HEAD)
            if len(unquoted) > (1 if heading else 0):
                yield warning(doc, place.span.first, f"the running head {head!r} stands inside {_name(place)}")
                break


def _name(place: Paragraph | Footnote) -> str:
    return f"footnote {place.label}" if isinstance(place, Footnote) else named(place)


def _text_heads(lines: list[Furniture]) -> list[str]:
    """The running heads to look for in the text: each whole head, then the first two lines of a longer one.

    A head's lines are nearby furniture lines (a title as a running head takes two to four).
    A head that is a part of a longer one is where a page cut it off, and as likely words
    of the text: it is left out; so are heads too short to tell from the text's own words.
    """
    runs: list[list[str]] = []
    last = -NEAR - 1
    for f in sorted(lines, key=lambda f: f.line):
        if f.line - last > NEAR:
            runs.append([])
        runs[-1].append(f.text.strip())
        last = f.line
    whole = {" ".join(run): run for run in runs}
    kept = [run for head, run in sorted(whole.items()) if not any(head in other and head != other for other in whole)]
    found = [" ".join(run) for run in kept] + [" ".join(run[:2]) for run in kept if len(run) > 2]
    return [head for head in dict.fromkeys(found) if len(head) >= HEAD]


def _footers(text: str) -> Iterator[str]:
    """The job numbers and barcodes in `text`, with a page number beside them or not; page numbers alone left out."""
    for found in FOOTER_RE.finditer(text):
        start, end = found.span()
        in_a_word = (start > 0 and re.match(r"[\w/.\-]", text[start - 1])) or (
            end < len(text) and re.match(r"[\w/\-]", text[end])
        )
        if not in_a_word and not PAGE_ALONE_RE.fullmatch(found[0]):
            yield found[0]
