"""Shared test options and fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.render.settings import SITE_NAME
from generator.site_folder import MANIFEST

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def tree(folder: Path) -> dict[str, bytes]:
    """Every file below `folder` by its "/"-separated path, hidden ones included, the manifest aside."""
    files = sorted(p for p in folder.rglob("*") if p.is_file() and p.relative_to(folder).as_posix() != MANIFEST)
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in files}


def mkdocs_project(folder: Path, seeds: Path) -> Path:
    """The `mkdocs.yml` of a project in `folder` building the site of `seeds` into `folder/site`; docs_dir empty."""
    (folder / "docs").mkdir(exist_ok=True)
    config = folder / "mkdocs.yml"
    config.write_text(f"site_name: {SITE_NAME}\ntheme: untoc\nplugins:\n  - untoc:\n      seeds_dir: {seeds}\n")
    return config


def write_tree(files: dict[str, bytes], folder: Path) -> None:
    """Write `files`, by path below `folder`, making folders as needed."""
    for path, data in files.items():
        (folder / path).parent.mkdir(parents=True, exist_ok=True)
        (folder / path).write_bytes(data)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-goldens", action="store_true", help="rewrite the golden files from the current output")


@pytest.fixture
def update_goldens(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-goldens"))
