"""What every shape writes alike: the masthead's facts and paragraphs with numbered footnotes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from bench.model import Note, Para, Plan, SynDoc
from bench.plan import session_days, session_year
from generator.model import Text
from generator.normalise.ordinals import TEENS, TENS, TENS_ORDINAL, UNITS

CARDINALS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
AGENDA = (
    "Review of the implementation of the United Nations Convention against Transnational Organized Crime"
    " and the Protocols thereto"
)
CONFERENCE = "Conference of the Parties to the United Nations Convention against Transnational Organized Crime"


@dataclass(slots=True)
class Block:
    """One paragraph as a shape writes it, with the footnotes whose markers stand in it."""

    text: str
    notes: list[tuple[int, str, str]] = field(default_factory=list)  # offset of the marker, label, footnote text


@dataclass(frozen=True, slots=True)
class Style:
    """How a shape writes the inline parts of a paragraph."""

    marker: Callable[[str, bool], str]  # label, whether a space follows -> the marker as written
    emphasis: Callable[[str], str]  # words set in italics
    lead_emphasis: Callable[[Para], bool]  # whether the paragraph's lead is set in italics


def ordinal(n: int) -> str:
    """The ordinal word of `n` (1..999), capitalised: "Twelfth", "One hundred and third"."""
    if n >= 100:
        hundreds = f"{CARDINALS[n // 100 - 1]} hundred"
        return (f"{hundreds} and {ordinal(n % 100).lower()}" if n % 100 else f"{hundreds}th").capitalize()
    if n < 10:
        word = UNITS[n - 1]
    elif n < 20:
        word = TEENS[n - 10]
    else:
        word = TENS_ORDINAL[n // 10 - 2] if n % 10 == 0 else f"{TENS[n // 10 - 2]}-{UNITS[n % 10 - 1]}"
    return word.capitalize()


def sponsors(plan: Plan) -> str:
    """The sponsor line: "El Salvador, Guatemala and Mexico: revised draft resolution"."""
    names = plan.sponsors
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return f"{listed}: {'revised ' if plan.symbol and plan.symbol.endswith('Rev.1') else ''}draft resolution"


def masthead(plan: Plan) -> list[str]:
    """The lines above the title of a full masthead."""
    if plan.kind == "ga":
        return []
    if plan.kind != "draft":
        return [f"{plan.kind.capitalize()} {plan.number}"]
    first, last = session_days(plan.session)
    year = session_year(plan.session)
    return [
        CONFERENCE,
        f"Distr.: Limited {plan.date}",
        "English only",
        f"{ordinal(plan.session)} session Vienna, {first}–{last} October {year} Agenda item 2 (d) {AGENDA}",
        str(plan.symbol),
        sponsors(plan),
    ]


def title(plan: Plan) -> str:
    """The title line; a General Assembly resolution's carries its number: "78/47. Title"."""
    return f"{plan.number}. {plan.title}" if plan.kind == "ga" else plan.title


def body_blocks(doc: SynDoc, style: Style) -> list[Block]:
    """The opening, preambular and operative paragraphs, footnotes numbered in text order."""
    blocks = [Block(doc.opening)]
    count = 0
    for para in (*doc.preamble, *doc.operative):
        label = "" if para.label is None else (f"({para.label}) " if para.label.isalpha() else f"{para.label}. ")
        block = Block(label + (style.emphasis(para.lead) if style.lead_emphasis(para) else para.lead))
        for i, piece in enumerate(para.pieces):
            if isinstance(piece, Note):
                count += 1
                after = para.pieces[i + 1] if i + 1 < len(para.pieces) else None
                spaced = isinstance(after, Text) and after.text.startswith(" ")
                block.notes.append((len(block.text), str(count), runs(piece.runs, style)))
                block.text += style.marker(str(count), spaced)
            else:
                block.text += runs((piece,), style)
        block.text = block.text.rstrip()
        blocks.append(block)
    return blocks


def runs(texts: tuple[Text, ...], style: Style) -> str:
    """Runs of text, the emphasised ones as the shape sets italics."""
    out = []
    for text in texts:
        core = text.text.strip()
        if not (text.emphasis and core):
            out.append(text.text)
            continue
        start = text.text.index(core)
        out.append(text.text[:start] + style.emphasis(core) + text.text[start + len(core) :])
    return "".join(out)
