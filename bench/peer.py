"""`python -m bench.peer N OUT_DIR [--seed S]`: the same corpus as a plain MkDocs project."""

from __future__ import annotations

import argparse
from pathlib import Path

from bench.model import SynDoc
from bench.shapes.blocks import Style, body_blocks, masthead, title
from bench.synthesise import corpus, corpus_arguments

STYLE = Style(
    marker=lambda label, _spaced: f"[^{label}]",
    emphasis=lambda words: f"*{words}*",
    lead_emphasis=lambda _para: True,
)
CONFIG = """site_name: Synthetic texts of the Conference (plain MkDocs peer)
theme:
  name: mkdocs
plugins:
  - search
markdown_extensions:
  - footnotes
"""


def page(doc: SynDoc) -> str:
    """The Markdown page of one document: its masthead, paragraphs and footnotes."""
    blocks = body_blocks(doc, STYLE)
    lines = [f"# {title(doc.plan)}", *masthead(doc.plan), *(b.text for b in blocks)]
    lines += [f"[^{label}]: {text.strip()}" for b in blocks for _, label, text in b.notes]
    return "\n\n".join(lines) + "\n"


def write_peer(docs: list[SynDoc], out_dir: Path) -> Path:
    """Write mkdocs.yml and docs/ for `docs` into `out_dir`; the config's path is returned."""
    pages = out_dir / "docs"
    pages.mkdir(parents=True, exist_ok=True)
    (pages / "index.md").write_text("# Texts\n\n" + "".join(f"- [{d.plan.key}]({d.plan.name[:-4]}.md)\n" for d in docs))
    for doc in docs:
        (pages / f"{doc.plan.name[:-4]}.md").write_text(page(doc), encoding="utf-8")
    config = out_dir / "mkdocs.yml"
    config.write_text(CONFIG, encoding="utf-8")
    return config


def main(argv: list[str] | None = None) -> int:
    """Run the command line."""
    parser = argparse.ArgumentParser(
        prog="python -m bench.peer",
        description="Write the synthetic corpus of N documents as a plain MkDocs project (default theme, search on).",
        epilog="example: python -m bench.peer 1000 /tmp/peer && mkdocs build -f /tmp/peer/mkdocs.yml",
    )
    args = corpus_arguments(parser, "folder to write mkdocs.yml and docs/ into").parse_args(argv)
    write_peer(corpus(args.n, args.seed, args.seeds_dir), args.out_dir)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
