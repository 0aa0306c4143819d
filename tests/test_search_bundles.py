"""The search index in parts: one bundle per body and group of sessions, reused when its pages did not change."""

from __future__ import annotations

import json
from pathlib import Path

from generator.build import build_site, write_site
from tests.conftest import ROOT


def test_each_bundle_is_indexed_once_and_reused_while_its_pages_stay_the_same(tmp_path: Path) -> None:
    files = build_site(ROOT / "seeds").files
    out = tmp_path / "site"
    first = write_site(files, out)
    bundles = json.loads((out / "pagefind" / "bundles.json").read_text())
    assert len(bundles) >= 2 and f"{len(bundles)} parts, {len(bundles)} indexed anew" in first
    assert all((out / "pagefind" / name / "pagefind.js").is_file() for name in bundles)
    assert f"{len(bundles)} parts, 0 indexed anew" in write_site(files, out)
    page = next(path for path, data in files.items() if b'name="search-bundle"' in data)
    changed = {**files, page: files[page].replace(b"</article>", b"<p>One more paragraph.</p></article>")}
    assert f"{len(bundles)} parts, 1 indexed anew" in write_site(changed, out)
