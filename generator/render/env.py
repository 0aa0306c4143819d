"""The Jinja2 environment, made once: templates from `templates/`, autoescape on."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemBytecodeCache, FileSystemLoader, StrictUndefined

from generator.render.paths import href, root_of

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
ENV = Environment(
    loader=FileSystemLoader(TEMPLATES),
    autoescape=True,
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
)
ENV.globals["site_name"] = "Texts of the UNTOC Conference of the Parties"


def keep_compiled_templates(folder: Path | None) -> None:
    """Keep templates compiled in `folder` (None: nowhere), so that the next process loads them, not compiles them.

    Jinja2 keys each by the template's source and the Python version: an edited template is compiled anew.
    """
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
    ENV.bytecode_cache = FileSystemBytecodeCache(str(folder)) if folder is not None else None


def render_page(template: str, url: str, **context: Any) -> bytes:
    """The page at site path `url` from `template`; `link(to, anchor)` in it makes relative links."""

    def link(to_url: str, anchor: str | None = None) -> str:
        """A relative link from this page to `to_url`, to its `anchor` if given."""
        return href(url, to_url, anchor)

    html = ENV.get_template(template).render(url=url, root=root_of(url), link=link, **context)
    return html.encode("utf-8")


def asset(name: str) -> bytes:
    """The bytes of a static file under `templates/assets/`."""
    return (TEMPLATES / "assets" / name).read_bytes()
