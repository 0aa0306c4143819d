"""The command line: `python -m generator inspect …`, `… check …` and `… build …`."""

from __future__ import annotations

import argparse
import gc
import json
import sys
from pathlib import Path
from typing import NoReturn

from generator.build import build_into
from generator.link import build_corpus, format_references
from generator.outline import as_json, outline
from generator.pipeline import read_seed
from generator.problems import Level, SeedError
from generator.seed_files import read_seed_file, seed_files
from generator.site_folder import SiteFolderError

EPILOG_INSPECT = (
    "example: python -m generator inspect --json seeds/*.txt; python -m generator inspect --references seeds/*"
)


def _inspect(args: argparse.Namespace) -> int:
    documents = []
    failed = False
    for path in args.paths:
        try:  # as a build reads a seed: never a FIFO waited on, a device, or more than the limit
            documents.append(read_seed(path, read_seed_file(Path(path), path)))
        except SeedError as error:
            print(error.problem, file=sys.stderr)
            failed = True
    if args.references:
        corpus = build_corpus(documents)
        print(format_references(corpus), end="")
        for problem in corpus.problems:
            print(problem, file=sys.stderr)
    elif args.json:
        print(json.dumps([as_json(d) for d in documents], ensure_ascii=False, indent=2))
    else:
        print("\n".join(outline(d) for d in documents), end="")
    return 1 if failed else 0


def _check(args: argparse.Namespace) -> int:
    counts = dict.fromkeys(Level, 0)
    files: list[Path] = []
    for path in map(Path, args.paths):
        found = seed_files(path) if path.is_dir() else None
        files += found.files if found else [path]
        for problem in found.skipped if found else ():  # links out of the folder, FIFOs, names not UTF-8
            print(problem)
            counts[problem.level] += 1
    for file in files:
        try:  # as a build reads a seed: never a FIFO waited on, a device, or more than the limit
            problems = read_seed(str(file), read_seed_file(file, str(file))).problems
        except SeedError as error:
            problems = (error.problem,)
        for problem in sorted(p for p in problems if p.level is not Level.INFO):
            print(problem)
            counts[problem.level] += 1
    errors, warnings = counts[Level.ERROR], counts[Level.WARNING]
    print(f"{_count(len(files), 'text')} checked: {_count(errors, 'error')}, {_count(warnings, 'warning')}")
    return 1 if counts[Level.ERROR] else 0


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _build(args: argparse.Namespace) -> int:
    if not Path(args.seeds).is_dir():
        print(f"{args.seeds}: error: no such folder of seeds; nothing built", file=sys.stderr)
        return 1
    try:
        site = build_into(Path(args.out), Path(args.seeds), None if args.no_cache else Path(args.cache))
    except SiteFolderError as error:
        print(error, file=sys.stderr)
        return 1
    print("\n".join(site.summary))
    print(f"site written to {args.out}/")
    return 0


def parser() -> argparse.ArgumentParser:
    """The argument parser of every command, each with help and an example."""
    main_parser = argparse.ArgumentParser(
        prog="python -m generator",
        description="Build the site of the Conference's texts, or inspect how seeds are read.",
        epilog="example: python -m generator inspect seeds/*.txt",
    )
    commands = main_parser.add_subparsers(dest="command", required=True)
    inspect = commands.add_parser(
        "inspect", help="show how seed files are read", description="Show how seeds are read.", epilog=EPILOG_INSPECT
    )
    inspect.add_argument("paths", nargs="+", metavar="PATH", help="seed files to read")
    inspect.add_argument("--json", action="store_true", help="print a JSON array, one object per file")
    inspect.add_argument(
        "--references", action="store_true", help="list each reference: span, body, target, whether it resolved"
    )
    inspect.set_defaults(run=_inspect)
    check = commands.add_parser(
        "check",
        help="check that seed files read as a well-read resolution or draft should",
        description=(
            "Read each seed and check what must hold of any well-read text: kind and symbol as the masthead "
            "shows them, labels 1..N, every footnote reached from its marker, no furniture or stray marker "
            "digits in the text, no word lost. Prints each finding as file:line: level: message; exits 1 on any error."
        ),
        epilog="example: python -m generator check seeds/new-text.txt; python -m generator check (all of seeds/)",
    )
    check.add_argument(
        "paths", nargs="*", default=["seeds"], metavar="SEED", help="seed files or folders (default: seeds)"
    )
    check.set_defaults(run=_check)
    build = commands.add_parser(
        "build",
        help="build the site from a seeds folder, without MkDocs",
        description="Build the site from a seeds folder: the same files `mkdocs build` writes.",
        epilog="example: python -m generator build --seeds seeds --out site",
    )
    build.add_argument("--seeds", default="seeds", help="the folder of seed texts (default: seeds)")
    build.add_argument("--out", default="site", help="the folder to write the site into (default: site)")
    build.add_argument(
        "--cache", default=".cache/build", help="where parsed seeds and page fingerprints are kept between builds"
    )
    build.add_argument("--no-cache", action="store_true", help="read and render everything afresh")
    build.set_defaults(run=_build)
    return main_parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; the exit status is non-zero when any file failed."""
    args = parser().parse_args(argv)
    return int(args.run(args))


def run() -> NoReturn:
    """The command line as a program, which ends once it has run.

    What the build leaves in memory goes with the process: frozen, it is not gone through
    by the collections of the interpreter's shutdown first (0.2 to 0.35 s of a rebuild of
    1,000 documents, a third of it).
    """
    status = main()
    gc.freeze()
    raise SystemExit(status)
