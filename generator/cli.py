"""The command line: `python -m generator inspect …` and `python -m generator build …`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from generator.build import build_into
from generator.link import build_corpus, format_references
from generator.outline import as_json, outline
from generator.pipeline import read_seed
from generator.problems import SeedError
from generator.seed_files import read_seed_file
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
