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
