"""`python -m bench.floor DOCS_DIR OUT_DIR`: the floor, Markdown pages through markdown-it-py and Jinja2 alone."""

from __future__ import annotations

import argparse
from pathlib import Path

from jinja2 import Environment
from markdown_it import MarkdownIt
from markupsafe import Markup  # Jinja2's own dependency; the rendered HTML is trusted

TEMPLATE = "<!doctype html><html><head><title>{{ title }}</title></head><body>{{ content }}</body></html>\n"


def render_all(docs_dir: Path, out_dir: Path) -> int:
    """Render every `*.md` of `docs_dir` to `out_dir`; the count of pages is returned."""
    markdown = MarkdownIt("commonmark")
    template = Environment(autoescape=True).from_string(TEMPLATE)
    out_dir.mkdir(parents=True, exist_ok=True)
    pages = sorted(docs_dir.glob("*.md"))
    for path in pages:
        text = path.read_text(encoding="utf-8")
        html = markdown.render(text)
        title = text.partition("\n")[0].lstrip("# ")
        (out_dir / f"{path.stem}.html").write_text(template.render(title=title, content=Markup(html)), encoding="utf-8")
    return len(pages)


def main(argv: list[str] | None = None) -> int:
    """Run the command line."""
    parser = argparse.ArgumentParser(
        prog="python -m bench.floor",
        description="Render Markdown pages with markdown-it-py and a trivial Jinja2 template: "
        "the floor of a Python writer.",
        epilog="example: python -m bench.floor /tmp/peer/docs /tmp/floor",
    )
    parser.add_argument("docs_dir", type=Path, metavar="DOCS_DIR", help="folder of Markdown pages")
    parser.add_argument("out_dir", type=Path, metavar="OUT_DIR", help="folder to write HTML pages into")
    args = parser.parse_args(argv)
    render_all(args.docs_dir, args.out_dir)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
