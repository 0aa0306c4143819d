"""`python -m bench.largest WORK`: the largest single texts, timed: many citations, many distinct symbols, "its".

Each text is one seed of its own folder, built with `python -m generator build --no-cache`
(bench.measure: wall time and peak memory). These are the cases that took minutes while
each citation was compared with every one before it; they must build in seconds.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from bench.measure import measure

HEAD = (
    "Resolution 20/1\n\nA title\n\n"
    "The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,\n\n"
)


def citations(n: int) -> str:
    """`n` citations, eight to a paragraph: resolutions, General Assembly resolutions, symbols."""
    paragraphs = [
        f"{p + 1}. Recalls its resolutions {p % 9 + 1}/{p % 7 + 1} and {p % 8 + 1}/{p % 5 + 1}, General Assembly "
        f"resolutions 60/{p % 300 + 1}, 61/{p % 200 + 1} and 62/{p % 100 + 1}, in its resolution 63/{p % 50 + 1}, "
        f"and documents A/{p % 80}/{p + 1} and CTOC/COP/20{10 + p % 20}/{p % 30 + 1}."
        for p in range(n // 8)
    ]
    return HEAD + "\n\n".join(paragraphs) + "\n"


def symbols(n: int) -> str:
    """`n` distinct document symbols, one to a paragraph."""
    return HEAD + "\n\n".join(f"{i + 1}. Takes note of document A/{70 + i % 10}/{i + 1}." for i in range(n)) + "\n"


def in_one_paragraph(n: int) -> str:
    """`n` citations in one paragraph."""
    return HEAD + "1. Recalls " + ", ".join(f"resolution {i % 9 + 1}/{i % 97 + 1}" for i in range(n)) + ".\n"


CASES: dict[str, tuple[Callable[[int], str], int]] = {
    "25,600 citations": (citations, 25_600),
    "12,000 distinct symbols": (symbols, 12_000),
    "8,000 citations in one paragraph": (in_one_paragraph, 8_000),
}


def measure_largest(work: Path) -> str:
    """Write each case's seed under `work`, build it; a Markdown table of the times, printed as it grows."""
    lines = ["| text | bytes | build, wall | peak memory |", "|---|---|---|---|"]
    print("\n".join(lines), flush=True)
    for index, (name, (make, n)) in enumerate(CASES.items()):
        seeds = work / f"case-{index}" / "seeds"
        seeds.mkdir(parents=True, exist_ok=True)
        seed = seeds / "text.txt"
        seed.write_text(make(n), encoding="utf-8")
        site = seeds.parent / "site"
        command = [sys.executable, "-m", "generator", "build", "--seeds", str(seeds), "--out", str(site), "--no-cache"]
        done = measure(command, seeds.parent / "build.log", Path.cwd())
        status = "" if done.returncode == 0 else f" (exit {done.returncode})"
        lines.append(f"| {name} | {seed.stat().st_size:,} | {done.wall:.2f} s{status} | {done.max_rss_mb:.0f} MB |")
        print(lines[-1], flush=True)
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Run the command line."""
    parser = argparse.ArgumentParser(
        prog="python -m bench.largest",
        description="Build the largest single texts, each alone, and print the times.",
        epilog="example: python -m bench.largest /tmp/largest   (bench.run runs it too, unless --skip largest)",
    )
    parser.add_argument("work", type=Path, help="a folder to write the seeds and sites into")
    measure_largest(parser.parse_args(argv).work)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
