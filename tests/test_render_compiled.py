"""The theme's templates compiled at install: loaded by a build instead of compiled, never written by one."""

from __future__ import annotations

import pickle
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from jinja2 import Environment

from generator.build import build_site
from generator.render.env import ENV, InstalledTemplates, compile_theme, load_templates
from generator.render.settings import THEME, SiteSettings
from tests.conftest import ROOT
from tests.test_trust_cache import Payload


@pytest.fixture
def compiled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A folder of compiled templates in the place of the package's, and the templates compiled in this process."""
    folder = tmp_path / "compiled"
    monkeypatch.setattr(ENV, "bytecode_cache", InstalledTemplates(folder))
    yield folder
    ENV.cache.clear()  # type: ignore[union-attr]  # none compiled by a test stays for the others


@pytest.fixture
def compiles(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The name of each template Jinja2 compiles from now on."""
    names: list[str] = []
    compile_source = Environment.compile

    def counted(self: Environment, source: str, name: str | None = None, *args: object, **kwargs: object) -> object:
        names.append(str(name))
        return compile_source(self, source, name, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Environment, "compile", counted)
    return names


def files_below(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())} if folder.is_dir() else {}


def test_a_build_loads_the_compiled_templates_and_writes_none(compiled: Path, compiles: list[str]) -> None:
    ENV.cache.clear()  # type: ignore[union-attr]
    made = build_site(ROOT / "seeds").files
    assert compiles and files_below(compiled) == {}  # nothing compiled at install: compiled here, written nowhere
    compile_theme()
    templates = files_below(compiled)
    assert len(templates) >= len([p for p in THEME.rglob("*.html")])
    ENV.cache.clear()  # type: ignore[union-attr]  # as in a new process
    compiles.clear()
    assert build_site(ROOT / "seeds").files == made
    assert compiles == [] and files_below(compiled) == templates


def test_a_template_edited_since_the_install_is_compiled_as_it_reads(
    tmp_path: Path, compiled: Path, compiles: list[str]
) -> None:
    theme = tmp_path / "theme"
    shutil.copytree(THEME, theme)
    settings = SiteSettings(theme_dirs=(str(theme),))
    load_templates(settings)
    compile_theme()
    page = theme / "404.html"
    page.write_text(page.read_text().replace("</h1>", "</h1>\n<p>Edited since.</p>"))
    ENV.cache.clear()  # type: ignore[union-attr]
    compiles.clear()
    try:
        site = build_site(ROOT / "seeds", settings=settings)
    finally:
        load_templates()
    assert compiles == ["404.html"]
    assert b"Edited since." in site.files["404.html"]


def test_a_file_planted_among_the_compiled_templates_is_never_loaded(
    tmp_path: Path, compiled: Path, compiles: list[str]
) -> None:
    compile_theme()
    marker = tmp_path / "ran"
    for file in compiled.iterdir():  # each in the place of a compiled template: a pickle, then code of other source
        file.write_bytes(pickle.dumps(Payload(marker)) if file.name < "8" else b"00 jinja2 0 0\n" + file.read_bytes())
    ENV.cache.clear()  # type: ignore[union-attr]
    compiles.clear()
    build_site(ROOT / "seeds")
    assert not marker.exists() and compiles
