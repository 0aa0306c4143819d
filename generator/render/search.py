"""The search index: Pagefind run over the built site as the last step, when it is installed."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path


def index_search(site_dir: Path) -> str:
    """Index every paragraph of the site in `site_dir/pagefind/`; say what was done, or why not."""
    if importlib.util.find_spec("pagefind") is None:
        return "search index not built: Pagefind is not installed (pip install 'pagefind[bin]'); no search"
    done = subprocess.run(
        [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--silent"],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        why = (done.stderr or done.stdout).strip().splitlines()
        return f"search index not built: Pagefind failed: {why[-1] if why else done.returncode}"
    return "search index built with Pagefind"
