"""Which documents the corpus holds: kinds, numbers, sessions, dates, symbols, shapes.

Document `i` depends only on the seed value and the documents before it, so the
corpus of N + 1 documents is the corpus of N documents and one more.
"""

from __future__ import annotations

import random
from collections import Counter

from bench.model import Plan
from generator.dates import MONTHS

SHAPES = ("plain", "markdown", "pdf")
PER_SESSION = 30  # texts per Conference session
KINDS = (("resolution", 0.55), ("decision", 0.15), ("draft", 0.18), ("ga", 0.12))
STATES = (
    "Argentina", "Austria", "Brazil", "Colombia", "Costa Rica", "Ecuador", "El Salvador", "France",
    "Guatemala", "Italy", "Japan", "Kenya", "Mexico", "Nigeria", "Norway", "Panama", "Peru",
    "Philippines", "Senegal", "South Africa", "Thailand",
)  # fmt: skip


def session_year(session: int) -> int:
    """The year the Conference holds a session: every second year from 2002."""
    return 2000 + 2 * session


def session_days(session: int) -> tuple[int, int]:
    """The first and last October day of a session."""
    first = 6 + (3 * session) % 14
    return first, first + 4


def plan_corpus(n: int, seed: int, titles: tuple[str, ...]) -> list[Plan]:
    """The plans of the first `n` documents for `seed`."""
    plans: list[Plan] = []
    counts: Counter[tuple[int, str]] = Counter()
    for index in range(n):
        rng = random.Random(f"plan:{seed}:{index}")
        session = index // PER_SESSION + 1
        kind = rng.choices([k for k, _ in KINDS], [w for _, w in KINDS])[0]
        counts[session, kind] += 1
        plans.append(_plan(index, _shape(seed, index), kind, session, counts[session, kind], rng, titles))
    return plans


def _shape(seed: int, index: int) -> str:
    """One shape of each in every run of three documents, in a seeded order."""
    order = list(SHAPES)
    random.Random(f"shape:{seed}:{index // 3}").shuffle(order)
    return order[index % 3]


def _plan(
    index: int, shape: str, kind: str, session: int, rank: int, rng: random.Random, titles: tuple[str, ...]
) -> Plan:
    year = session_year(session)
    title = rng.choice(titles)
    if rng.random() < 0.5:
        title = f"{title}: {rng.choice(('follow-up', 'review', 'next steps', 'implementation'))}"
    last_day = session_days(session)[1]
    if kind == "draft":
        revised = "/Rev.1" if rng.random() < 0.6 else ""
        sponsors = tuple(sorted(rng.sample(STATES, rng.randint(1, 4))))
        return Plan(
            index,
            shape,
            kind,
            session,
            None,
            f"CTOC/COP/{year}/L.{rank}{revised}",
            f"{last_day - 1} October {year}",
            title,
            sponsors,
        )
    if kind == "ga":
        date = f"{rng.randint(1, 18)} {MONTHS[11]} {year}"
        return Plan(index, shape, kind, session, f"{year - 1945}/{rank}", None, date, title)
    return Plan(index, shape, kind, session, f"{session}/{rank}", None, f"{last_day} October {year}", title)
