"""Writers of a synthetic document in each shape the seeds come in."""

from __future__ import annotations

from collections.abc import Callable

from bench.model import SynDoc
from bench.shapes.markdown import write_markdown
from bench.shapes.pdf import write_pdf
from bench.shapes.plain import write_plain

WRITERS: dict[str, Callable[[SynDoc], str]] = {"plain": write_plain, "markdown": write_markdown, "pdf": write_pdf}


def write(doc: SynDoc) -> str:
    """The file text of `doc` in the shape its plan names."""
    return WRITERS[doc.plan.shape](doc)
