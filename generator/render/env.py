"""The Jinja2 environment, made once: templates from the theme's folders (`generator/theme/` first), autoescape on."""

from __future__ import annotations

import hashlib
import importlib.util
import marshal
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import BytecodeCache, Environment, FileSystemLoader, StrictUndefined, Template
from jinja2.bccache import Bucket
from jinja2.environment import TemplateModule
from markupsafe import Markup

from generator.memo import memo
from generator.render.paths import href, root_of
from generator.render.settings import SiteSettings

COMPILED = Path(__file__).parent / "__pycache__" / "theme"  # the theme's templates, compiled at install
TEMPLATE_SUFFIXES = (".html", ".xml")


class InstalledTemplates(BytecodeCache):
    """The theme's templates as compiled when the package was installed (`compile_theme`), never written by a build.

    Like Python's own `__pycache__`, the folder is the package's: whoever can write there can
    write its modules. A compiled template is taken only for the same source, Python and
    Jinja2; else the template is compiled as it is read. No cache folder holds any.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.writing = False  # only while the package is installed

    def load_bytecode(self, bucket: Bucket) -> None:
        """The compiled template of the bucket's name, file and source, if the install made it."""
        head = _compiled_head(bucket)
        try:
            data = (self.folder / f"{bucket.key}.jinja").read_bytes()
        except OSError:
            return
        if data.startswith(head):
            try:
                bucket.code = marshal.loads(data[len(head) :])
            except (EOFError, ValueError, TypeError):  # damaged: compiled again
                bucket.code = None

    def dump_bytecode(self, bucket: Bucket) -> None:
        """Kept only by the install (`compile_theme`): a build writes no code anywhere."""
        if self.writing and bucket.code is not None:
            self.folder.mkdir(parents=True, exist_ok=True)
            (self.folder / f"{bucket.key}.jinja").write_bytes(_compiled_head(bucket) + marshal.dumps(bucket.code))


def _compiled_head(bucket: Bucket) -> bytes:
    """What a compiled template's file starts with: the Python, the Jinja2, and the checksum of its source."""
    python = importlib.util.MAGIC_NUMBER.hex()
    return f"{python} jinja2 {jinja2.__version__} {bucket.checksum}\n".encode()


ENV = Environment(
    loader=FileSystemLoader(SiteSettings().theme_dirs),
    autoescape=True,
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
    auto_reload=False,  # read once a build (`load_templates`), not looked at again for every page
    cache_size=-1,  # a dict: the theme's templates are few, and Jinja2's LRU cache walks a queue on every look-up
    bytecode_cache=InstalledTemplates(COMPILED),
)
ENV.globals["site"] = SiteSettings()


def compile_theme() -> None:
    """Compile every template of the package's theme into `COMPILED`: run once the package is installed.

    Compiling the templates a build uses takes 0.04 s of every build; loading them compiled, a tenth of that.
    """
    installed = ENV.bytecode_cache
    assert isinstance(installed, InstalledTemplates)
    for old in installed.folder.glob("*.jinja"):  # of templates since changed or gone
        old.unlink()
    ENV.cache.clear()  # type: ignore[union-attr]  # made with a cache (a dict)
    installed.writing = True
    try:
        for name in ENV.list_templates():
            if name.endswith(TEMPLATE_SUFFIXES):
                ENV.get_template(name)
    finally:
        installed.writing = False


def load_templates(settings: SiteSettings | None = None) -> None:
    """Take the templates as they stand now, for the build about to run.

    `settings` are the site's, its theme's folders among them, for every page of this build
    (the defaults if None): each build sets them anew, so none outlives the build it is for.
    Templates that this process has loaded are looked at here, once a build: within it, no
    page looks at their files again (`auto_reload` is off), and one edited since is loaded
    afresh. No compiled template is kept in the cache folder: Jinja2's bytecode cache would
    load code from there, which anyone who can write that folder could plant; only those the
    install compiled into the package are loaded (`InstalledTemplates`).
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
