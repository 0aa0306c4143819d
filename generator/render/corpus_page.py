"""A page made of the corpus, not of one entry: what renders it, and what its fingerprint is made of."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class CorpusPage:
    """A session's page, a comparison's: a rebuild takes it from the last build if what it `shows` is the same."""

    url: str  # its site path
    template: str
    shows: Mapping[str, object]  # all the page shows, in values whose repr says all they are (`page_fingerprint`)
    context: Callable[[], Mapping[str, Any]]  # what the template is given, made only if the page is rendered
