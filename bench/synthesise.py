"""`python -m bench.synthesise N OUT_DIR [--seed S]`: write a synthetic corpus of N seed files."""

from __future__ import annotations

import argparse
from pathlib import Path

from bench.compose import Earlier, compose
from bench.model import SynDoc
from bench.plan import plan_corpus
from bench.pool import read_pool
from bench.shapes import write

SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"


def corpus(n: int, seed: int = 0, seeds_dir: Path = SEEDS_DIR) -> list[SynDoc]:
    """The first `n` synthetic documents for `seed`, made from the seeds in `seeds_dir`."""
    pool = read_pool(seeds_dir)
    earlier: Earlier = {}
    docs = []
    for plan in plan_corpus(n, seed, pool.titles):
        docs.append(compose(plan, pool, earlier, seed))
        earlier.setdefault(plan.kind, []).append(plan)
    return docs


def write_corpus(docs: list[SynDoc], out_dir: Path) -> None:
    """One seed file per document in `out_dir`, named by its rank only."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for doc in docs:
        (out_dir / doc.plan.name).write_text(write(doc), encoding="utf-8")


def synthesise(n: int, out_dir: Path, seed: int = 0, seeds_dir: Path = SEEDS_DIR) -> list[SynDoc]:
    """Write `n` synthetic seed files into `out_dir`; the documents, as a manifest, are returned."""
    docs = corpus(n, seed, seeds_dir)
    write_corpus(docs, out_dir)
    return docs


def corpus_arguments(parser: argparse.ArgumentParser, out_help: str) -> argparse.ArgumentParser:
    """`parser` with the arguments that name a synthetic corpus: N, OUT_DIR, --seed, --seeds-dir."""
    parser.add_argument("n", type=int, metavar="N", help="how many documents")
    parser.add_argument("out_dir", type=Path, metavar="OUT_DIR", help=out_help)
    parser.add_argument("--seed", type=int, default=0, help="seed value of the random choices (default 0)")
    parser.add_argument("--seeds-dir", type=Path, default=SEEDS_DIR, help="folder of the real seeds to recombine")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line."""
    parser = argparse.ArgumentParser(
        prog="python -m bench.synthesise",
        description="Write N synthetic seed files in the three shapes of seeds/, recombined from its paragraphs.",
        epilog="example: python -m bench.synthesise 1000 /tmp/syn --seed 1",
    )
    args = corpus_arguments(parser, "folder to write the seed files into").parse_args(argv)
    synthesise(args.n, args.out_dir, args.seed, args.seeds_dir)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
