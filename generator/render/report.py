"""The build report: what was read and linked, and every problem as path:line: level: message."""

from __future__ import annotations

from collections import Counter

from generator.corpus import Corpus
from generator.problems import Level
from generator.render.env import render_page


def counts(corpus: Corpus) -> list[tuple[str, int]]:
    """The build's numbers, each with its name."""
    held = sum(1 for e in corpus.entries if e.document is not None)
    resolved = sum(1 for c in corpus.citations if c.resolved)
    levels = Counter(p.level for p in corpus.problems)
    return [
        ("documents read", held),
        ("documents only cited", len(corpus.entries) - held),
        ("references resolved", resolved),
        ("references unresolved", len(corpus.citations) - resolved),
        *((f"{level.value}s", levels[level]) for level in Level),
    ]


def summary(corpus: Corpus) -> list[str]:
    """The short summary a build prints: one line of numbers, then each warning and error."""
    numbers = ", ".join(f"{n} {name}" for name, n in counts(corpus))
    return [numbers] + [str(p) for p in sorted(corpus.problems) if p.level is not Level.INFO]


def render_report(corpus: Corpus) -> bytes:
    """The HTML page of the build report."""
    return render_page("report.html", "report/", counts=counts(corpus), problems=sorted(corpus.problems))
