"""The search index: Pagefind run over the built site in parts, reusing the parts that did not change."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from generator.corpus import Entry

SESSIONS_PER_BUNDLE = 10  # a bundle holds the texts of ten sessions of one body: small enough to rebuild fast
BUNDLE_RE = re.compile(rb'<meta name="search-bundle" content="([a-z0-9-]+)">')


def search_bundle(entry: Entry) -> str:
    """The part of the search index a document's page goes in: its body and group of sessions."""
    session = entry.session if entry.session is not None else entry.document.session if entry.document else None
    group = "other" if session is None else str(session // SESSIONS_PER_BUNDLE)
    return f"{entry.ref.body}-{group}"


def index_search(site_dir: Path, previous: Path | None = None) -> str:
    """Index every paragraph of the site in parts under `site_dir/pagefind/`; say what was done, or why not.

    Each part (bundle) holds the pages whose `search-bundle` meta names it, and the
    search page merges them all. A bundle whose pages are the same files as in the
    site at `previous` is taken from there instead of being indexed again.
    """
    if importlib.util.find_spec("pagefind") is None:
        return "search index not built: Pagefind is not installed (pip install 'pagefind[bin]'); no search"
    bundles = _bundles(site_dir)
    kept: set[str] = set()
    if previous is not None and (previous / "pagefind").is_dir():
        before = _bundles(previous)
        kept = {name for name, pages in bundles.items() if before.get(name) == pages}
        kept = {name for name in kept if _same(bundles[name], site_dir, previous)}
        for name in kept:
            shutil.copytree(previous / "pagefind" / name, site_dir / "pagefind" / name, copy_function=os.link)
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        failures = [f for f in pool.map(lambda n: _index(site_dir, n, bundles[n]), sorted(bundles.keys() - kept)) if f]
    if failures:
        return f"search index not built: Pagefind failed: {failures[0]}"
    (site_dir / "pagefind").mkdir(exist_ok=True)
    (site_dir / "pagefind" / "bundles.json").write_text(json.dumps(sorted(bundles)) + "\n", encoding="utf-8")
    return f"search index built with Pagefind: {len(bundles)} parts, {len(bundles) - len(kept)} indexed anew"


def _bundles(site_dir: Path) -> dict[str, list[str]]:
    """The pages of each bundle, by the meta tag each document page carries."""
    bundles: dict[str, list[str]] = {}
    for page in sorted(site_dir.rglob("index.html")):
        found = BUNDLE_RE.search(page.read_bytes()[:2048])
        if found:
            bundles.setdefault(found[1].decode(), []).append(page.relative_to(site_dir).as_posix())
    return bundles


def _same(pages: list[str], site_dir: Path, previous: Path) -> bool:
    """Whether every one of `pages` holds, byte for byte, the indexed part it held in the previous site."""
    return all(_indexed(site_dir / p) == _indexed(previous / p) for p in pages)


def _indexed(page: Path) -> bytes:
    """The part of a page Pagefind indexes: its `data-pagefind-body` element ("Cited by" stands outside)."""
    data = page.read_bytes() if page.is_file() else b""
    start = data.find(b"data-pagefind-body")
    return data[start : data.find(b"</article>", start)] if start >= 0 else data


def _index(site_dir: Path, name: str, pages: list[str]) -> str | None:
    """Index the pages of one bundle into `site_dir/pagefind/name`; the reason if Pagefind failed."""
    with tempfile.TemporaryDirectory(dir=site_dir.parent) as staging:
        for page in pages:  # Pagefind indexes a folder: give it one holding just these pages
            target = Path(staging) / page
            target.parent.mkdir(parents=True, exist_ok=True)
            os.link(site_dir / page, target)
        output = site_dir / "pagefind" / name
        command = [sys.executable, "-m", "pagefind", "--site", staging, "--output-path", str(output), "--silent"]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode == 0:
        return None
    why = (done.stderr or done.stdout).strip().splitlines()
    return why[-1] if why else str(done.returncode)
