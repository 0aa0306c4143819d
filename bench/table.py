"""The results table: one row per measurement, ratios against the peer and the floor."""

from __future__ import annotations

from dataclasses import dataclass

PEER = "peer: plain mkdocs build"
FLOOR = "floor: markdown-it-py + Jinja2"
COLUMNS = (
    "N",
    "measurement",
    "wall s",
    "docs/s",
    "peak MB",
    "tree MB",
    "output MB",
    "files",
    "×peer",
    "×floor",
    "status",
)


@dataclass(frozen=True, slots=True)
class Row:
    """One measurement at one corpus size; `failure` set when it could not be made."""

    n: int
    name: str
    docs: int = 0  # documents the command processes: N, or 1 for a rebuild
    wall: float = 0.0  # median seconds
    max_rss_mb: float = 0.0
    tree_peak_mb: float = 0.0
    output_mb: float = 0.0
    files: int = 0
    failure: str | None = None


def table(rows: list[Row], header: bool = True) -> str:
    """The rows as a Markdown table; a ratio is left blank where either side failed."""
    walls = {(r.n, r.name): r.wall for r in rows if r.failure is None}
    lines = ["| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)] if header else []
    for r in rows:
        if r.failure is not None:
            cells = [str(r.n), r.name, *[""] * 8, f"failed: {r.failure.replace('|', '/')}"]
        else:
            cells = [
                str(r.n), r.name, f"{r.wall:.2f}", f"{r.docs / r.wall:.0f}", f"{r.max_rss_mb:.0f}",
                f"{r.tree_peak_mb:.0f}", f"{r.output_mb:.1f}", str(r.files),
                _ratio(r.wall, walls.get((r.n, PEER))), _ratio(r.wall, walls.get((r.n, FLOOR))), "ok",
            ]  # fmt: skip
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def _ratio(wall: float, other: float | None) -> str:
    return f"{wall / other:.2f}" if other else ""


def growth(rows: list[Row]) -> str:
    """How the time of each full build grew from the smallest size measured to the largest, as Markdown.

    The rebuilds, which handle one document whatever the size, are left out.
    """
    sizes = sorted({r.n for r in rows if r.failure is None})
    if len(sizes) < 2:
        return ""
    small, large = sizes[0], sizes[-1]
    walls = {(r.n, r.name): r.wall for r in rows if r.failure is None and r.docs == r.n}
    lines = [
        f"- {name}: {walls[large, name] / walls[small, name]:.1f}×"
        for (n, name) in walls
        if n == small and (large, name) in walls and walls[small, name] > 0
    ]
    if not lines:
        return ""
    head = f"Growth of the time from {small:,} to {large:,} documents ({large / small:g} times as many):"
    return "\n".join([head, "", *lines]) + "\n"
