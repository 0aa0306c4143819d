"""The life of one text on the site: each step (draft → revision → adopted) aligned paragraph by paragraph."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from weakref import WeakKeyDictionary

from generator.corpus import Entry, anchor_of
from generator.docref import DocRef, slugify
from generator.lineage.align import Change
from generator.lineage.result import Pairing
from generator.lineage.words import TRACED, keys, printed_words
from generator.model import Paragraph
from generator.render.corpus_page import CorpusPage
from generator.render.lineage import changes_between
from generator.render.lookup import Lookup

COMPARE_TEMPLATE = "compare.html"
NO_PREDECESSOR_TEMPLATE = "compare-none.html"  # where a text has no predecessor on its subject
STATUSES = ("kept", "changed", "moved", "added", "dropped")


@dataclass(frozen=True, slots=True)
class Side:
    """One paragraph of a compared text."""

    name: str  # "para. 3", as citations name it
    url: str
    anchor: str
    text: str


@dataclass(frozen=True, slots=True)
class Row:
    """A paragraph of the later text beside its counterpart in the earlier one, or one of them alone."""

    status: str  # kept, changed, moved, added, dropped
    earlier: Side | None
    later: Side | None
    percent: int | None  # share of words in common, for a pair
    changes: tuple[Change, ...]  # the later paragraph against the earlier one, for a changed pair


@dataclass(frozen=True, slots=True)
class Step:
    """One step of a text's life: an earlier and a later version, and how their paragraphs fared."""

    earlier: DocRef
    later: DocRef
    url: str  # the page comparing them
    counts: tuple[tuple[str, int], ...]  # per status, in STATUSES order, those that occur


def compare_url(earlier: DocRef, later: DocRef) -> str:
    """The site path of the page comparing `later` with `earlier`, versions of one text: below the later text's page."""
    return f"{later.url}compare/{slugify(earlier.url)}/"


def subject_url(later: DocRef) -> str:
    """The site path of the page comparing `later` with its predecessor on the subject, whichever text that is.

    Named for the later text alone: the page stays where it is when a text added later
    comes between the two and becomes the predecessor.
    """
    return f"{later.url}compare/predecessor/"


def rows(earlier: Entry, later: Entry, pairing: Pairing, lookup: Lookup) -> list[Row]:
    """The traced paragraphs of `later` in order, each beside its counterpart; those of `earlier` left, as dropped.

    A pair is moved when its earlier paragraph is out of the order the others keep (off the
    longest run of pairs in the same order in both texts).
    """
    old, new = _traced(earlier), _traced(later)
    position = {anchor: n for n, anchor in enumerate(old)}
    counterpart = {mine: (theirs, share) for mine, theirs, share in pairing if theirs in old and mine in new}
    in_order = _in_order([position[counterpart[a][0]] for a in new if a in counterpart])
    made: list[Row] = []
    placed: set[str] = set()
    for anchor, paragraph in new.items():
        if anchor not in counterpart:
            made.append(Row("added", None, _side(later, anchor, paragraph, lookup), None, ()))
            continue
        theirs, share = counterpart[anchor]
        placed.add(theirs)
        same = keys(printed_words(old[theirs])) == keys(printed_words(paragraph))
        status = "moved" if position[theirs] not in in_order else "kept" if same else "changed"
        made.append(
            Row(
                status,
                _side(earlier, theirs, old[theirs], lookup),
                _side(later, anchor, paragraph, lookup),
                round(share * 100),
                () if same else changes_between(old[theirs], paragraph),
            )
        )
    made += [Row("dropped", _side(earlier, a, p, lookup), None, None, ()) for a, p in old.items() if a not in placed]
    return made


def step(earlier: DocRef, later: DocRef, made: list[Row], url: str | None = None) -> Step:
    """The step from `earlier` to `later` with the count of each status among `made`; its page at `url`, if not the
    one of two versions."""
    counts = Counter(row.status for row in made)
    url = url or compare_url(earlier, later)
    return Step(earlier, later, url, tuple((s, counts[s]) for s in STATUSES if counts[s]))


_links: WeakKeyDictionary[Lookup, tuple[dict[DocRef, DocRef], dict[DocRef, DocRef]]] = WeakKeyDictionary()


def life_of(ref: DocRef, lookup: Lookup) -> list[Step]:
    """Every step of the life the text of `ref` belongs to (as a draft, a revision or the adopted text), in order."""
    steps = lookup.corpus.lineage.steps if lookup.corpus.lineage else {}
    return [step(a, b, rows(lookup.entries[a], lookup.entries[b], steps[a, b], lookup)) for a, b in _life(ref, lookup)]


def life_inputs(ref: DocRef, lookup: Lookup) -> str:
    """What `life_of` depends on, for a page's fingerprint: each step's texts (their digests) and pairing."""
    steps = lookup.corpus.lineage.steps if lookup.corpus.lineage else {}
    found = []
    for a, b in _life(ref, lookup):
        digests = [entry.document.digest if (entry := lookup.entries[x]).document else "" for x in (a, b)]
        found.append((a, a.url, b, b.url, *digests, sorted(steps[a, b])))
    return repr(found)


def _life(ref: DocRef, lookup: Lookup) -> list[tuple[DocRef, DocRef]]:
    """The steps of the life the text of `ref` belongs to, as pairs of texts, in order."""
    lineage = lookup.corpus.lineage
    if lineage is None or not lineage.steps:
        return []
    if lookup not in _links:
        _links[lookup] = ({b: a for a, b in lineage.steps}, {a: b for a, b in lineage.steps})
    before, after = _links[lookup]
    first = ref
    while first in before:
        first = before[first]
    chain = []
    while first in after:
        chain.append((first, after[first]))
        first = after[first]
    return chain


def all_steps(lookup: Lookup) -> list[Step]:
    """Every step of every text's life, then every pair of successive texts on one subject: the compare pages listed."""
    lineage = lookup.corpus.lineage
    if lineage is None:
        return []
    versions = sorted([*lineage.steps, *lineage.across])
    return [Step(a, b, compare_url(a, b), ()) for a, b in versions] + [
        Step(a, b, subject_url(b), ()) for a, b in sorted(lineage.successive)
    ]


def successive_url(ref: DocRef, lookup: Lookup) -> str | None:
    """The page comparing the text of `ref` with its predecessor on the subject, unless a step of its life does."""
    lineage = lookup.corpus.lineage
    earlier = lineage.predecessor.get(ref) if lineage else None
    return subject_url(ref) if lineage and earlier and (earlier, ref) in lineage.successive else None


def compare_pages(lookup: Lookup) -> Iterator[CorpusPage]:
    """The page comparing each step of each text's life, and each text with its predecessor, side by side.

    A text and its predecessor are on one subject, not versions of one text: their page
    names the paragraphs each has alone, without their words, to stay small. The page of
    a text and its predecessor is named for the text alone (`subject_url`), and every text
    held has one, saying so where it has no predecessor: adding a text never takes a page away.
    A page shows the two texts' paragraphs (their digests stand for them) as the pairing pairs them.
    """
    lineage = lookup.corpus.lineage
    versions = {**lineage.steps, **lineage.across} if lineage else {}
    made: set[str] = set()
    for pairs, alone_in_full in ((versions, True), (lineage.successive if lineage else {}, False)):
        for (a, b), pairing in sorted(pairs.items()):
            url = compare_url(a, b) if alone_in_full else subject_url(b)
            made.add(url)
            earlier, later = lookup.entries[a], lookup.entries[b]
            digests = [entry.document.digest if entry.document else "" for entry in (earlier, later)]
            # The rows follow the texts' order: how the pairing lists its pairs does not matter.
            shows = {"texts": (a, a.url, b, b.url, *digests), "pairs": sorted(pairing), "alone_in_full": alone_in_full}
            context = partial(_compare_context, earlier, later, pairing, url, lookup)
            yield CorpusPage(url, COMPARE_TEMPLATE, shows, context)
    # Every other text held has the page too, saying why it compares with none: it is there before its predecessor is.
    for entry in lookup.corpus.entries:
        url = subject_url(entry.ref)
        if entry.document is not None and url not in made:
            before = lineage.predecessor.get(entry.ref) if lineage else None
            version = compare_url(before, entry.ref) if before and (before, entry.ref) in versions else None
            shown = before if version else None
            shows = {"texts": (shown, shown and shown.url, entry.ref, entry.ref.url), "version": version}
            none = {"later": entry, "earlier": lookup.entries[shown] if shown else None, "version": version}
            yield CorpusPage(url, NO_PREDECESSOR_TEMPLATE, shows, partial(dict, none))


def _compare_context(earlier: Entry, later: Entry, pairing: Pairing, url: str, lookup: Lookup) -> dict[str, object]:
    """What the template of a compare page is given."""
    made = rows(earlier, later, pairing, lookup)
    alone_in_full = url != subject_url(later.ref)
    step_made = step(earlier.ref, later.ref, made, url)
    return {"earlier": earlier, "later": later, "rows": made, "step": step_made, "alone_in_full": alone_in_full}


def _traced(entry: Entry) -> dict[str, Paragraph]:
    doc = entry.document
    return {a: p for p in doc.paragraphs if p.role in TRACED and (a := anchor_of(p))} if doc else {}


def _side(entry: Entry, anchor: str, paragraph: Paragraph, lookup: Lookup) -> Side:
    return Side(lookup.part(entry.ref, anchor) or anchor, entry.ref.url, anchor, paragraph.text)


def _in_order(positions: list[int]) -> set[int]:
    """The positions on a longest increasing run through `positions` (patience sorting: n log n).

    >>> sorted(_in_order([0, 1, 5, 2, 3, 4]))
    [0, 1, 2, 3, 4]
    """
    ends: list[int] = []  # per length of run, the smallest position ending one
    tails: list[int] = []  # beside `ends`, the index in `positions` of that end
    before: list[int] = []  # per index, the index before it on its run
    for n, value in enumerate(positions):
        length = bisect_left(ends, value)
        before.append(tails[length - 1] if length else -1)
        ends[length : length + 1], tails[length : length + 1] = [value], [n]
    kept, at = set(), tails[-1] if tails else -1
    while at >= 0:
        kept.add(positions[at])
        at = before[at]
    return kept
