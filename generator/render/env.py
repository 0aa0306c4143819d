"""The Jinja2 environment, made once: templates from the theme's folders (`generator/theme/` first), autoescape on."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, Template
from jinja2.environment import TemplateModule
from markupsafe import Markup

from generator.memo import memo
from generator.render.paths import href, root_of
from generator.render.settings import SiteSettings

ENV = Environment(
    loader=FileSystemLoader(SiteSettings().theme_dirs),
    autoescape=True,
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
    auto_reload=False,  # read once a build (`load_templates`), not looked at again for every page
    cache_size=-1,  # a dict: the theme's templates are few, and Jinja2's LRU cache walks a queue on every look-up
)
ENV.globals["site"] = SiteSettings()


def load_templates(settings: SiteSettings | None = None) -> None:
    """Take the templates as they stand now, for the build about to run.

    `settings` are the site's, its theme's folders among them, for every page of this build
    (the defaults if None): each build sets them anew, so none outlives the build it is for.
    Templates that this process has loaded are looked at here, once a build: within it, no
    page looks at their files again (`auto_reload` is off), and one edited since is loaded
    afresh. No compiled template is kept on disk: Jinja2's bytecode cache would load code
    from the cache folder, which anyone who can write that folder could plant.
    """
    settings = settings or SiteSettings()
    loader = ENV.loader
    assert isinstance(loader, FileSystemLoader)
    if tuple(loader.searchpath) != settings.theme_dirs:
        ENV.loader = FileSystemLoader(settings.theme_dirs)
        ENV.cache.clear()  # type: ignore[union-attr]  # made with a cache (a dict)
    ENV.globals["site"] = settings
    loaded = ENV.cache
    assert loaded is not None  # the Environment is made with a cache (a dict)
    for name, template in list(loaded.items()):
        if not template.is_up_to_date:
            del loaded[name]


def render_page(template: str, url: str, **context: Any) -> bytes:
    """The page at site path `url` from `template`; `link(to, anchor)` in it makes relative links."""
    html = ENV.get_template(template).render(**page_context(url), **context)
    return html.encode("utf-8")


def theme_macro(template: str, name: str) -> Callable[..., Markup]:
    """The macro `name` of `template` in this build's theme, as `{% from template import name %}` gives it.

    For Python that calls a macro once per paragraph: called so, a macro costs a third of
    what a call from a template costs. The template's module is made once for each template
    as loaded and each site's settings, so that it sees this build's globals (`site`), as an
    import does.
    """
    macro: Callable[..., Markup] = getattr(_module(ENV.get_template(template), site_settings()), name)
    return macro


@memo(16)
def _module(template: Template, settings: SiteSettings) -> TemplateModule:
    """The module of `template` (`settings` being the site's, which its globals hold)."""
    return template.make_module()


def page_context(url: str) -> dict[str, Any]:
    """What every template is given of the page at site path `url`: the path, the way up to the root, `link`."""

    def link(to_url: str, anchor: str | None = None) -> str:
        """A relative link from this page to `to_url`, to its `anchor` if given."""
        return href(url, to_url, anchor)

    return {"url": url, "root": root_of(url), "link": link}


def site_settings() -> SiteSettings:
    """The site's settings of this build (`load_templates`)."""
    settings = ENV.globals["site"]
    assert isinstance(settings, SiteSettings)
    return settings


def theme_dirs() -> list[Path]:
    """The folders of the theme of this build, the first to look in first."""
    loader = ENV.loader
    assert isinstance(loader, FileSystemLoader)
    return [Path(folder) for folder in loader.searchpath]


def asset(name: str) -> bytes:
    """The bytes of the static file `assets/<name>` of the theme: in the first of its folders that has one."""
    found = [folder / "assets" / name for folder in theme_dirs() if (folder / "assets" / name).is_file()]
    return found[0].read_bytes()


def theme_stamp() -> str:
    """A hash of the theme of this build, each of its files, and the site's settings: what pages look like."""
    digest = hashlib.sha256(repr(site_settings()).encode())
    for folder in theme_dirs():
        for path in sorted(folder.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(f"{path.relative_to(folder)}\0".encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()
