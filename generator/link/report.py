"""The references of a corpus as text, one per line: for `python -m generator inspect --references`."""

from __future__ import annotations

from generator.corpus import Citation, Corpus
from generator.model import Target


def describe(target: Target) -> str:
    """What a target is, in a few words: "Resolution 7/2 para. 14", "article convention:32"."""
    if target.doc is None:
        return f"{target.kind} {target.key}"
    return f"{target.doc.label} para. {target.paragraph}" if target.paragraph else target.doc.label


def format_reference(cite: Citation) -> str:
    """One reference: where, the characters cited, the body, the target, whether it resolved."""
    target = cite.reference.target
    body = target.doc.body if target.doc else "-"
    resolved = "yes" if cite.resolved else "no"
    return f"{cite.span}: {cite.reference.text!r} body={body} target={describe(target)} resolved={resolved}"


def format_references(corpus: Corpus) -> str:
    """Every reference of `corpus`, one line each, in document then text order."""
    return "".join(f"{format_reference(cite)}\n" for cite in corpus.citations)
