"""Citations whose body was assumed, checked against the sessions the collection dates, and listed on the report."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Mapping, Sequence

from generator.bodies import BODIES, BY_KEY, HOME_BODY, SESSION, number_form
from generator.corpus import Citation
from generator.docref import DocRef, interned
from generator.model import Document, Inline, Reference, Target
from generator.problems import Level, Problem

Known = Mapping[str, Mapping[int, int]]  # body key -> session number -> the year the collection dates it


def known_years(documents: Iterable[Document], citations: Iterable[Citation]) -> dict[str, dict[int, int]]:
    """The year of each body's sessions as the collection dates them: texts held, then dated citations of a named body.

    The first that dates a session wins (a later disagreement is warned about by `session_years`).
    """
    known: dict[str, dict[int, int]] = {}
    for doc in documents:
        ref = doc.ref
        when = doc.session_dates.start if doc.session_dates else doc.adopted
        session = doc.session or (ref.session if ref else None)
        if ref is not None and session is not None and when is not None:
            known.setdefault(ref.body, {}).setdefault(session, when.year)
    for cite in citations:
        target = cite.reference.target
        if target.doc is not None and target.date is not None and not target.assumed and target.doc.session:
            known.setdefault(target.doc.body, {}).setdefault(target.doc.session, target.date.year)
    return known


def refiled(citations: Sequence[Citation], known: Known) -> dict[Target, Target]:
    """Each assumed target the collection's dates settle: to the one other body they fit, or confirmed as it is.

    A session is dated by the collection or by its body's rule (the Assembly's 70th session
    met in 2015); sessions follow one another in time, so a Conference that met for its 12th
    session in 2024 adopted no resolution 70/1 in 2015.
    """
    settled: dict[Target, Target] = {}
    for cite in citations:
        target = cite.reference.target
        ref = target.doc
        if not target.assumed or ref is None or target.date is None or number_form(ref.id) != SESSION:
            continue
        year, session = target.date.year, int(ref.id.split("/")[0])
        if _dated(ref.body, session, year, target.date, ref.id, known):
            settled[target] = dataclasses.replace(target, assumed=False)
        elif _contradicted(ref.body, session, year, known):
            fitting = [
                b.key for b in BODIES if b.key != ref.body and _dated(b.key, session, year, target.date, ref.id, known)
            ]
            if len(fitting) == 1:
                other = interned(fitting[0], ref.kind, ref.id)
                settled[target] = dataclasses.replace(target, doc=other, assumed=False)
    return settled


def _dated(body: str, session: int, year: int, date: dt.date, number: str, known: Known) -> bool:
    """Whether what the collection, or the body's rule, dates of `body`'s `session` says it met in `year`."""
    stated = known.get(body, {}).get(session)
    if stated is not None:
        return abs(stated - year) <= 1
    return BY_KEY[body].first_year is not None and BY_KEY[body].fits(number, date)


def _contradicted(body: str, session: int, year: int, known: Known) -> bool:
    """Whether `body`'s sessions dated by the collection rule out its `session` meeting in `year`."""
    return any(
        (held < session and held_year > year + 1)
        or (held > session and held_year < year - 1)
        or (held == session and abs(held_year - year) > 1)
        for held, held_year in known.get(body, {}).items()
    )


def with_targets(doc: Document, settled: Mapping[Target, Target]) -> Document:
    """`doc` with each target of its references that `settled` maps, replaced."""

    def nodes(group: tuple[Inline, ...]) -> tuple[Inline, ...]:
        return tuple(
            Reference(i.text, settled[i.target], i.emphasis) if isinstance(i, Reference) and i.target in settled else i
            for i in group
        )

    paragraphs = tuple(dataclasses.replace(p, inlines=nodes(p.inlines)) for p in doc.paragraphs)
    footnotes = tuple(dataclasses.replace(f, inlines=nodes(f.inlines)) for f in doc.footnotes)
    return dataclasses.replace(doc, paragraphs=paragraphs, footnotes=footnotes)


def with_target(cite: Citation, settled: Mapping[Target, Target]) -> Citation:
    """`cite`, its target replaced if `settled` maps it."""
    target = settled.get(cite.reference.target)
    if target is None:
        return cite
    reference = Reference(cite.reference.text, target, cite.reference.emphasis)
    return dataclasses.replace(cite, reference=reference)


def assumed_bodies(citations: Iterable[Citation]) -> list[Problem]:
    """An info for each citation whose body is only assumed, saying which body it was taken as."""
    return [
        Problem(
            cite.span.path,
            cite.span.first,
            Level.INFO,
            f"body assumed: {cite.reference.text!r} taken as {_label(cite.reference.target.doc)}: the text names"
            " no body for it, and neither its footnotes nor the dates the collection knows tell",
        )
        for cite in citations
        if cite.reference.target.assumed and cite.reference.target.doc is not None
    ]


def _label(ref: DocRef) -> str:
    """`ref`'s label with its body named, the Conference's too."""
    return ref.label if ref.body != HOME_BODY else f"{BY_KEY[ref.body].name} {ref.label[0].lower()}{ref.label[1:]}"
