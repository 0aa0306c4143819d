"""Composing one synthetic document: seed paragraphs recombined, their citations re-aimed."""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from bench.model import COP, Note, Para, Piece, Plan, SynDoc
from bench.pool import Pool
from generator.model import Text

# "5/4 of 22 October 2010, entitled “…”": a Conference text cited in a seed paragraph
CITE_RE = re.compile(
    r"(?<![\w/.])(?P<first>\d{1,2})/\d{1,3}(?![\w/])"
    r"(?P<date> of \d{1,2} [A-Z][a-z]+ \d{4})?(?P<title>, entitled ([\"“])[^\"”]*[\"”])?"
)
KIND_WORD_RE = re.compile(r"\b(resolution|decision)s?\b", re.IGNORECASE)
OTHER_BODY = " of the Conference of the States Parties"
OTHER_BODIES = ("Assembly", "Corruption", "Council")  # named just before "resolution": not the Conference's
COSP = "the Conference of the States Parties to the United Nations Convention against Corruption"
Earlier = dict[str, list[Plan]]  # the documents before this one, by kind


def compose(plan: Plan, pool: Pool, earlier: Earlier, seed: int) -> SynDoc:
    """The text of the document `plan` names, citing only documents in `earlier`."""
    rng = random.Random(f"doc:{seed}:{plan.index}")
    cites: list[str] = []
    aim = _aimer(plan, earlier, rng)
    if plan.kind == "decision":
        preamble: list[Para] = []
        operative = _reaimed(pool.lettered or pool.numbered, rng.randint(3, 11), rng, aim, cites)
    else:
        preamble = _cross_references(plan, earlier, rng, cites)
        preamble += _reaimed(pool.preamble, rng.randint(2, 13), rng, aim, cites)
        operative = _reaimed(pool.numbered, rng.randint(4, 25), rng, aim, cites)
    labels = [chr(ord("a") + i) if plan.kind == "decision" else str(i + 1) for i in range(len(operative))]
    opening = "The General Assembly," if plan.kind == "ga" else f"{COP},"
    return SynDoc(
        plan,
        opening,
        tuple(_ended(p, ",", None) for p in preamble),
        tuple(_ended(p, "." if i == len(operative) - 1 else ";", labels[i]) for i, p in enumerate(operative)),
        tuple(cites),
    )


Aim = Callable[[str], tuple[str, list[str]] | None]


def _aimer(plan: Plan, earlier: Earlier, rng: random.Random) -> Aim:
    """A function re-aiming every Conference citation of a text at an earlier synthetic document.

    It returns the new text and the keys it cites, or None when a citation has
    no document of its kind to point at.
    """
    own = {
        "resolution": "ga" if plan.kind == "ga" else "resolution",
        "decision": "" if plan.kind == "ga" else "decision",
    }

    def aim(text: str) -> tuple[str, list[str]] | None:
        out, cited, end = [], [], 0
        for found in CITE_RE.finditer(text):
            kind_words = list(KIND_WORD_RE.finditer(text, 0, found.start()))
            kind_word = kind_words[-1] if kind_words else None
            if kind_word is None or int(found["first"]) >= 50 or text.startswith(OTHER_BODY, found.end()):
                continue
            if any(body in text[max(0, kind_word.start() - 80) : kind_word.start()] for body in OTHER_BODIES):
                continue
            targets = earlier.get(own[kind_word[1].lower()], [])
            if not targets:
                return None
            target = rng.choice(targets)
            cited.append(target.key)
            quote = found[4] or '"'
            closing = "”" if quote == "“" else quote
            new = str(target.number) + (f" of {target.date}" if found["date"] else "")
            new += f", entitled {quote}{target.title}{closing}" if found["title"] else ""
            out += [text[end : found.start()], new]
            end = found.end()
        return "".join(out) + text[end:], cited

    return aim


def _reaimed(paras: tuple[Para, ...], count: int, rng: random.Random, aim: Aim, cites: list[str]) -> list[Para]:
    """Up to `count` of `paras` drawn at random, their citations re-aimed.

    A paragraph with a citation that cannot be re-aimed is passed over.
    """
    kept: list[Para] = []
    for para in rng.sample(paras, len(paras)):
        if len(kept) == count:
            break
        pieces: list[Piece] = []
        cited: list[str] = []
        for piece in para.pieces:
            if isinstance(piece, Note):
                pieces.append(piece)
                continue
            aimed = aim(piece.text)
            if aimed is None:
                break
            pieces.append(Text(aimed[0], piece.emphasis))
            cited += aimed[1]
        else:
            kept.append(Para(para.lead, tuple(pieces), para.label))
            cites += cited
    return kept


def _ended(para: Para, mark: str, label: str | None) -> Para:
    """`para` labelled `label`, its last words closed by `mark` in place of their own punctuation."""
    pieces = list(para.pieces)
    last = max((i for i, p in enumerate(pieces) if isinstance(p, Text) and p.text.strip()), default=None)
    if last is None:
        return Para(para.lead.rstrip(",;.: ") + mark, para.pieces, label)
    text = pieces[last]
    assert isinstance(text, Text)
    pieces[last] = Text(text.text.rstrip(",;.: ") + mark, text.emphasis)
    return Para(para.lead, tuple(pieces), label)


def _cross_references(plan: Plan, earlier: Earlier, rng: random.Random, cites: list[str]) -> list[Para]:
    """Preambular paragraphs citing earlier synthetic documents: lists, other bodies, symbols."""
    paras = []
    listed = earlier.get("ga" if plan.kind == "ga" else "resolution", [])
    if listed:
        chosen = sorted(rng.sample(listed, min(len(listed), rng.randint(1, 4))), key=lambda p: p.index)
        items = [f'{p.number} of {p.date}, entitled "{p.title}"' for p in chosen]
        joined = items[0] if len(items) == 1 else ", ".join(items[:-1]) + ", and " + items[-1]
        paras.append(Para("Recalling", (Text(f" its resolution{'s' if len(items) > 1 else ''} {joined},"),)))
        cites += [p.key for p in chosen]
    if plan.kind != "ga" and earlier.get("decision") and rng.random() < 0.5:
        decision = rng.choice(earlier["decision"])
        paras.append(Para("Reaffirming", (Text(f" its decision {decision.number} of {decision.date},"),)))
        cites.append(decision.key)
    if plan.kind != "ga" and earlier.get("ga") and rng.random() < 0.6:
        ga = rng.choice(earlier["ga"])
        note = Note(
            (Text(f"A/{str(ga.number).split('/')[0]}/{rng.randint(50, 400)} and Corr.{rng.randint(1, 3)}, annex."),)
        )
        words = f' General Assembly resolution {ga.number} of {ga.date}, entitled "{ga.title}",'
        paras.append(Para("Recalling also", (Text(words), note, Text(" and the report of the Secretary-General,"))))
        cites.append(ga.key)
    if earlier.get("draft") and rng.random() < 0.4:
        draft = rng.choice(earlier["draft"])
        paras.append(Para("Having considered", (Text(f" the draft resolution contained in document {draft.symbol},"),)))
        cites.append(draft.key)
    if rng.random() < 0.25:
        number = f"{rng.randint(1, 10)}/{rng.randint(1, 12)}"
        paras.append(Para("Bearing in mind", (Text(f" resolution {number} of {COSP},"),)))
    return paras
