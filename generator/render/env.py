"""The Jinja2 environment, made once: templates from `generator/theme/`, autoescape on."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from generator.render.paths import href, root_of

TEMPLATES = Path(__file__).resolve().parents[1] / "theme"
ENV = Environment(
    loader=FileSystemLoader(TEMPLATES),
    autoescape=True,
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
    auto_reload=False,  # read once a build (`load_templates`), not looked at again for every page
)
ENV.globals["site_name"] = "Texts of the UNTOC Conference of the Parties"


def load_templates() -> None:
    """Take the templates as they stand now, for the build about to run.

    Templates that this process has loaded are looked at here, once a build: within it,
    no page looks at their files again (`auto_reload` is off), and one edited since is
    loaded afresh. No compiled template is kept on disk: Jinja2's bytecode cache would
    load code from the cache folder, which anyone who can write that folder could plant.
    """
    loaded = ENV.cache
    assert loaded is not None  # the Environment is made with its default cache
    for name, template in list(loaded.items()):
        if not template.is_up_to_date:
            del loaded[name]


def render_page(template: str, url: str, **context: Any) -> bytes:
    """The page at site path `url` from `template`; `link(to, anchor)` in it makes relative links."""

    def link(to_url: str, anchor: str | None = None) -> str:
        """A relative link from this page to `to_url`, to its `anchor` if given."""
        return href(url, to_url, anchor)

    html = ENV.get_template(template).render(url=url, root=root_of(url), link=link, **context)
    return html.encode("utf-8")


def asset(name: str) -> bytes:
    """The bytes of a static file under `generator/theme/assets/`."""
    return (TEMPLATES / "assets" / name).read_bytes()
