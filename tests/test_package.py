"""The built wheel, installed into a fresh virtual environment outside the checkout, builds the site as users do.

One wheel and one environment for the whole module (they take a while): the command
line builds the seeds, and `mkdocs build` and `properdocs build` build an MkDocs project
made as a user makes one: its own `mkdocs.yml`, `docs/` with two pages, a `custom_dir`
that overrides a block and a partial, the seeds elsewhere, and mkdocs-redirects. Every
other Python the package supports that is installed here (on PATH or in pyenv) builds
the same sites from the same wheel.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT, tree

SITE_URL = "https://texts.example.org/untoc/"
PROJECT = {
    "mkdocs.yml": f"""site_name: Texts kept by a user
site_url: {SITE_URL}
site_description: The texts of the Conference, kept by someone.
copyright: Kept by someone
theme:
  name: untoc
  custom_dir: overrides
extra_css: [extra.css]
nav:
  - method.md
  - About: about.md
plugins:
  - untoc:
      seeds_dir: ../texts
  - redirects:
      redirect_maps:
        old/seven-two.md: resolutions/7-2.md
""",
    "docs/about.md": "# About these texts\n\nSee [resolution 7/2](resolutions/7-2.md#para-1), and [how](method.md).\n",
    "docs/method.md": "---\ntitle: How they are kept\n---\n\nRead from the seeds, linked, published.\n",
    "docs/extra.css": ".site-name { letter-spacing: 0.01em; }\n",
    "overrides/main.html": (
        '{% extends "base.html" %}\n'
        '{% block header %}<p class="user-banner">Kept by a user</p>\n{{ super() }}{% endblock %}\n'
    ),
    "overrides/partials/footer.html": '<footer class="site-footer"><p class="user-footer">{{ site.name }}</p></footer>',
}


def run(*command: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    """A command of the environment, with nothing of the checkout on its path."""
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "VIRTUAL_ENV")}
    done = subprocess.run([str(part) for part in command], cwd=cwd, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    return done


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    run(sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", out, ROOT, cwd=out)
    return next(out.glob("*.whl"))


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The `bin` folder of a fresh environment with the wheel installed, and the plugins the project is built with."""
    return environment(Path(sys.executable), wheel, tmp_path_factory.mktemp("venv"), "mkdocs-redirects", "properdocs")


def environment(python: Path, wheel: Path, folder: Path, *plugins: str) -> Path:
    """The `bin` folder of a fresh environment of `python` in `folder`, with the wheel and `plugins` installed."""
    folder.mkdir(exist_ok=True)
    run(python, "-m", "venv", folder, cwd=folder)
    run(folder / "bin" / "python", "-m", "pip", "install", "--quiet", wheel, *plugins, cwd=folder)
    return folder / "bin"


def supported() -> list[str]:
    """The versions of Python the package says it supports ("3.12"), from its classifiers."""
    classifiers = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["classifiers"]
    return [found[1] for c in classifiers if (found := re.fullmatch(r"Programming Language :: Python :: (3\.\d+)", c))]


def python_of(version: str) -> Path | None:
    """An installed Python of `version` that runs: `python3.X` on PATH (a pyenv shim may not), else pyenv's latest."""
    pyenv = Path(os.environ.get("PYENV_ROOT") or Path.home() / ".pyenv") / "versions"
    on_path = [Path(folder) / f"python{version}" for folder in os.environ.get("PATH", "").split(os.pathsep) if folder]
    in_pyenv = sorted(pyenv.glob(f"{version}.*/bin/python{version}"), key=lambda path: release(path.parts[-3]))
    for python in (*on_path, *reversed(in_pyenv)):
        asked = [python, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"]
        if python.is_file() and subprocess.run(asked, capture_output=True, text=True).stdout.strip() == version:
            return python
    return None


def release(name: str) -> list[int]:
    """The numbers of a release's name, to order them: "3.12.10" after "3.12.9"."""
    return [int(number) for number in re.findall(r"\d+", name)]


OTHER_PYTHONS = [version for version in supported() if version != "{}.{}".format(*sys.version_info)]


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A user's MkDocs project in `site-project/`, its seeds in `texts/` beside it."""
    top = tmp_path_factory.mktemp("user")
    (top / "texts").mkdir()
    for seed in (ROOT / "seeds").iterdir():
        (top / "texts" / seed.name).write_bytes(seed.read_bytes())
    for name, text in PROJECT.items():
        (top / "site-project" / name).parent.mkdir(parents=True, exist_ok=True)
        (top / "site-project" / name).write_text(text, encoding="utf-8")
    return top / "site-project"


@pytest.fixture(scope="module")
def built(venv: Path, project: Path) -> dict[str, bytes]:
    run(venv / "mkdocs", "build", "-d", project / "site", cwd=project)
    return tree(project / "site")


def page(site: dict[str, bytes], path: str) -> str:
    return site[path].decode("utf-8")


def test_the_wheel_carries_the_theme_and_is_what_the_environment_imports(wheel: Path, venv: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    for name in ("mkdocs_theme.yml", "main.html", "document.html", "partials/footer.html", "assets/site.css"):
        assert f"generator/theme/{name}" in names
    where = run(venv / "python", "-c", "import generator; print(generator.__file__)", cwd=venv).stdout
    assert Path(where.strip()).is_relative_to(venv.parent) and not Path(where.strip()).is_relative_to(ROOT)


def test_the_command_line_of_the_wheel_builds_the_seeds(venv: Path, tmp_path: Path) -> None:
    run(venv / "untoc-texts", "build", "--seeds", ROOT / "seeds", "--out", tmp_path / "site", cwd=tmp_path)
    site = tree(tmp_path / "site")
    assert "resolutions/7-2/index.html" in site and "assets/site.css" in site
    assert b"<loc>./</loc>" in site["sitemap.xml"]  # no site_url: the command line knows no address


def test_the_pages_of_docs_are_drawn_with_the_header_in_the_order_of_nav(built: dict[str, bytes]) -> None:
    about, method = page(built, "about/index.html"), page(built, "method/index.html")
    assert "<title>About · Texts kept by a user</title>" in about  # the title nav: gives it, as MkDocs has it
    assert '<h1 id="about-these-texts">About these texts</h1>' in about
    assert '<a href="../resolutions/7-2/#para-1">resolution 7/2</a>' in about  # a Markdown link to a text's page
    assert "How they are kept" in method
    for text in (about, method, page(built, "resolutions/7-2/index.html"), page(built, "index.html")):
        header = text[text.index('<header class="site-header">') : text.index("</header>")]
        assert re.findall(r">([^<>]+)</a>", header) == [
            *("Texts kept by a user", "Sessions", "Timeline", "How they are kept", "About")  # the report: in the footer
        ]


def test_the_custom_dir_overrides_a_block_and_a_partial_on_every_page(built: dict[str, bytes]) -> None:
    for path in ("index.html", "about/index.html", "resolutions/7-2/index.html", "sessions/7/index.html"):
        text = page(built, path)
        assert '<p class="user-banner">Kept by a user</p>' in text, path
        assert '<p class="user-footer">Texts kept by a user</p>' in text, path
        assert "Official texts of the Conference" not in text, path  # the theme's own footer is replaced


def test_the_settings_of_mkdocs_yml_stand_on_the_pages(built: dict[str, bytes]) -> None:
    text = page(built, "resolutions/7-2/index.html")
    assert f'<link rel="canonical" href="{SITE_URL}resolutions/7-2/">' in text
    assert '<meta name="description" content="The texts of the Conference, kept by someone.">' in text
    assert '<link rel="stylesheet" href="../../extra.css">' in text and "extra.css" in built
    assert f'<link rel="canonical" href="{SITE_URL}about/">' in page(built, "about/index.html")


def test_the_sitemap_has_absolute_urls_of_every_page(built: dict[str, bytes]) -> None:
    locations = re.findall(r"<loc>([^<]*)</loc>", page(built, "sitemap.xml"))
    assert all(location.startswith(SITE_URL) for location in locations)
    pages = {path.removesuffix("index.html") for path in built if path.endswith("index.html")} - {"old/seven-two/"}
    assert {location.removeprefix(SITE_URL) for location in locations} == pages


def test_mkdocs_redirects_sees_the_pages_of_the_texts(built: dict[str, bytes]) -> None:
    redirect = page(built, "old/seven-two/index.html")
    assert 'content="0; url=../../resolutions/7-2/"' in redirect


def test_properdocs_builds_the_same_site(venv: Path, project: Path, built: dict[str, bytes], tmp_path: Path) -> None:
    run(venv / "properdocs", "build", "-d", tmp_path / "site", cwd=project)
    assert tree(tmp_path / "site") == built


@pytest.mark.parametrize("version", OTHER_PYTHONS)
def test_every_other_supported_python_builds_the_same_sites_from_the_wheel(
    version: str, wheel: Path, venv: Path, project: Path, built: dict[str, bytes], tmp_path: Path
) -> None:
    python = python_of(version)
    if python is None:
        pytest.skip(f"Python {version} is not installed here (no python{version} on PATH, none in pyenv)")
    other = environment(python, wheel, tmp_path / "venv", "mkdocs-redirects")
    for bin_folder, out in ((venv, tmp_path / "cli-here"), (other, tmp_path / "cli")):
        run(bin_folder / "untoc-texts", "build", "--seeds", ROOT / "seeds", "--out", out, "--no-cache", cwd=tmp_path)
    assert tree(tmp_path / "cli") == tree(tmp_path / "cli-here")
    run(other / "mkdocs", "build", "-d", tmp_path / "site", cwd=project)
    assert tree(tmp_path / "site") == built
