"""Writing a normalised document back out in each seed shape, as the tools that make seeds would."""

from __future__ import annotations

import textwrap
from collections.abc import Iterator

from generator.model import Document, Footnote, Inline, Marker, Paragraph, Role, Text

SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def _markup(inlines: tuple[Inline, ...], marker: str, emphasis: bool) -> str:
    """Inlines as text, markers written with `marker` ("{}" for the label, "{sup}" for it in superscript)."""
    parts = []
    for item in inlines:
        if isinstance(item, Marker):
            parts.append(marker.format(item.label, sup=item.label.translate(SUPERSCRIPT)))
        elif isinstance(item, Text):
            parts.append(f"*{item.text}*" if emphasis and item.emphasis else item.text)
    return "".join(parts)


def _labelled(p: Paragraph, text: str) -> str:
    if p.role is not Role.OPERATIVE or p.label is None:
        return text
    last = p.label.split()[-1].strip("()")
    return f"{last}. {text}" if last.isdigit() else f"({last}) {text}"


def _masthead(doc: Document) -> list[str]:
    return [p.text for p in doc.paragraphs if p.role in (Role.HEADER, Role.TITLE)]


def as_plain(doc: Document) -> str:
    """One paragraph a line, superscript markers, footnotes at the end."""
    blocks = _masthead(doc)
    body = [p for p in doc.paragraphs if p.role not in (Role.HEADER, Role.TITLE)]
    blocks += [_labelled(p, _markup(p.inlines, "{sup}", True)) for p in body]
    blocks += [f"{f.label.translate(SUPERSCRIPT)} {_markup(f.inlines, '{sup}', True)}" for f in doc.footnotes]
    return "\n\n".join(blocks) + "\n"


def as_markdown(doc: Document, cut_after: int = 0) -> str:
    """Headings, <sup> markers, converter-mangled footnote lines; paragraph `cut_after` cut by blank lines."""
    heads = _masthead(doc)
    blocks = [f"## {h}" for h in heads]
    for index, p in enumerate(q for q in doc.paragraphs if q.role not in (Role.HEADER, Role.TITLE)):
        text = _labelled(p, _markup(p.inlines, "<sup>{}</sup>", True))
        if index == cut_after and " of " in text:
            head, _, tail = text.partition(" of ")
            text = f"{head} of\n\n\n\n{tail}"
        blocks.append(text)
    blocks += [f"<sup>&</sup>lt;sup>{f.label}</sup> {_markup(f.inlines, '{}', True)}" for f in doc.footnotes]
    return "\n\n".join(blocks) + "\n"


def as_pdf(
    doc: Document, width: int = 85, page_lines: int = 40, double: bool = True, indent: bool = True,
    symbol: str = "CTOC/COP/2099/1",
) -> str:
    """Hard-wrapped paragraphs, indented or with a blank line between them; pages with
    footnotes under a separator, a running head and a footer; every line doubled if `double`."""
    wrap = textwrap.TextWrapper(width=width, break_long_words=False, break_on_hyphens=True)
    lines: list[str] = [f"   {h}" for h in _masthead(doc)]
    notes = {f.label: f for f in doc.footnotes}
    pages: list[str] = []
    begun: list[str] = []  # labels of the markers in the paragraphs begun so far
    for p in doc.paragraphs:
        if p.role in (Role.HEADER, Role.TITLE):
            continue
        begun += [m.label for m in p.inlines if isinstance(m, Marker)]
        if not indent:
            lines.append("")
        for number, line in enumerate(wrap.wrap(_labelled(p, _markup(p.inlines, "{}", False)))):
            lines.append(("  " if number == 0 and indent else "") + line)
            if len(lines) >= page_lines:
                pages.append(_page(lines, [notes.pop(n) for n in begun if n in notes], wrap, symbol, len(pages) + 1))
                lines = []
    pages.append(_page(lines, list(notes.values()), wrap, symbol, len(pages) + 1))
    text = "\n".join(pages)
    return text.replace("\n", "\n\n") if double else text


def _page(lines: list[str], notes: list[Footnote], wrap: textwrap.TextWrapper, symbol: str, number: int) -> str:
    out = list(lines)
    if notes:
        out.append("__________________")
        for note in notes:
            first, *rest = wrap.wrap(_markup(note.inlines, "{}", False))
            out += [f" {note.label} {first}", *rest]
    out += ["", symbol, "", f"{number}/9 V.99-0{number:04d}", ""]
    return "\n".join(out)


def crlf(text: str) -> str:
    """The same text with Windows line ends."""
    return text.replace("\n", "\r\n")


def shape_free(doc: Document) -> Iterator[str]:
    """What every shape must agree on: facts, anchors, text with markers, footnotes."""
    yield f"{doc.kind.value} {doc.number} {doc.title}"
    for p in doc.paragraphs:
        if p.role not in (Role.HEADER, Role.TITLE):
            yield f"{p.anchor}: {_markup(p.inlines, '[^{}]', False)}"
    for f in doc.footnotes:
        yield f"fn-{f.label}: {_markup(f.inlines, '[^{}]', False)}"


def _printed(p: Paragraph) -> str:
    """A paragraph's label as a UN text prints it before its text: "1.", "(a)", nothing."""
    if not p.label_in_text or p.label is None:
        return ""
    last = p.label.split()[-1].strip("()")
    return f"{last}." if last.isdigit() else f"({last})"


def as_un_pdf(
    doc: Document,
    width: int = 80,
    page_lines: int = 45,
    head_lines: int = 3,
    form_feed: bool = False,
    blank_between: bool = True,
    labels_alone: bool = False,
) -> str:
    """`doc` as an extractor gives a UN document's PDF: the masthead, hard-wrapped paragraphs,
    pages closed by their footnotes and footers, running heads of `head_lines` lines (the
    symbol and the title's first lines, in turns above and below it), pages apart by a form
    feed if `form_feed`, paragraphs a blank line apart if `blank_between`, and labels
    alone on their line if `labels_alone`."""
    wrap = textwrap.TextWrapper(width=width, break_long_words=False, break_on_hyphens=False)
    gap = [""] if blank_between else []
    lines: list[str] = []
    begun: list[str] = []  # labels of the markers in the paragraphs begun so far
    for p in doc.paragraphs:
        if p.role in (Role.HEADER, Role.TITLE):
            lines += [*wrap.wrap(_markup(p.inlines, "{}", False)), ""]
            begun += [m.label for m in p.inlines if isinstance(m, Marker)]
    notes = {f.label: f for f in doc.footnotes}
    title = textwrap.wrap(doc.title or "", width=60)[: max(head_lines - 1, 0)]
    symbol = doc.symbol or "A/99/1"
    pages: list[list[str]] = []
    for p in doc.paragraphs:
        if p.role in (Role.HEADER, Role.TITLE):
            continue
        begun += [m.label for m in p.inlines if isinstance(m, Marker)]
        label, text = _printed(p), _markup(p.inlines, "{}", False).replace("- ", "-\x00")  # "re- emphasizes" kept whole
        body = [label, *wrap.wrap(text)] if labels_alone and label else wrap.wrap(f"{label} {text}".strip())
        body = [line.replace("\x00", " ") for line in body]
        for line in [*body, *gap]:
            lines.append(line)
            if len(lines) >= page_lines and line:
                pages.append(_un_page(lines, [notes.pop(n) for n in begun if n in notes], wrap))
                lines = []
    pages.append(_un_page(lines, list(notes.values()), wrap))
    count = len(pages)
    out = []
    for number, page in enumerate(pages, start=1):
        head = [symbol, *title] if number % 2 == 0 else [*title, symbol]
        foot = ["99-12345 (E)    101299", "*9912345*"] if number == 1 else ["99-12345", f"{number}/{count}"]
        foot = foot if number % 2 == 0 or number == 1 else foot[::-1]
        top = [] if number == 1 else [*head, "", *foot, ""]
        bottom = [""] if number > 1 else ["", *foot, ""]
        out.append("\n".join([*top, *page, *bottom]))
    return ("\n\f" if form_feed else "\n").join(out)


def _un_page(lines: list[str], notes: list[Footnote], wrap: textwrap.TextWrapper) -> list[str]:
    out = list(lines)
    if notes:
        out += ["_______________", ""]
        for note in notes:
            first, *rest = wrap.wrap(_markup(note.inlines, "{}", False)) or [""]
            out += [f"{note.label} {first}", *rest, ""]
    return out


def un_facts(doc: Document) -> Iterator[str]:
    """The masthead facts a re-wrapped UN text must keep, then what every shape agrees on."""
    for name in ("kind", "number", "symbol", "session", "adopted", "distributed", "sponsors", "agenda_item",
                 "committee", "report", "adopted_from", "title"):
        yield f"{name}: {getattr(doc, name)}"
    yield from shape_free(doc)
