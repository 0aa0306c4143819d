"""The tools of the README: what they do besides installing."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import time
from pathlib import Path

from generator.render.env import COMPILED, TEMPLATE_SUFFIXES
from generator.render.settings import THEME
from tests.conftest import ROOT


def test_the_install_compiles_the_package_even_where_python_writes_no_bytecode(tmp_path: Path) -> None:
    """An editable install compiles nothing; without it every build compiles every module and template anew.

    The modules are those of a copy of the package; the templates, those of the package installed.
    """
    started = time.time() - 1
    package = tmp_path / "generator"
    shutil.copytree(ROOT / "generator", package, ignore=shutil.ignore_patterns("__pycache__"))
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    command = 'source tools/venv.sh && compile_package "$0"'
    subprocess.run(["bash", "-c", command, str(package)], cwd=ROOT, env=env, check=True, timeout=300)
    modules = sorted(package.rglob("*.py"))
    assert len(modules) > 50
    assert [m for m in modules if not Path(importlib.util.cache_from_source(str(m))).is_file()] == []
    assert "compile_package generator" in (ROOT / "tools" / "venv.sh").read_text()  # what the install runs
    templates = [t for t in THEME.rglob("*") if t.suffix in TEMPLATE_SUFFIXES]
    compiled = [c for c in COMPILED.glob("*.jinja") if c.stat().st_mtime >= started]
    assert len(compiled) >= len(templates) > 10
