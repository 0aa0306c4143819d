"""Rebuilding only what changed: the pages of unchanged documents are taken from the last build."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from generator.corpus import Corpus
from generator.problems import Level, Problem
from generator.render.fingerprint import entry_fingerprint
from generator.render.lookup import Lookup
from generator.render.paths import page_file
from generator.render.site import Kept
from generator.seeds import code_version

TEMPLATES = Path(__file__).resolve().parent.parent.parent / "templates"


@dataclass(frozen=True, slots=True)
class PageRecord:
    """What the last build made of one document's page."""

    fingerprint: str
    lost: tuple[str, ...] = ()  # the nothing-lost errors its page had, as messages


@dataclass(slots=True)
class Reuse:
    """The entry pages a build may take from the last one, and what it records for the next."""

    kept: Kept = field(default_factory=Kept)  # page and JSON files, and the site they are taken from
    records: dict[str, PageRecord] = field(default_factory=dict)  # by document URL, for every document
    carried: list[Problem] = field(default_factory=list)  # nothing-lost errors of the kept pages


def version() -> str:
    """The code and templates that make pages: a page made by other ones is never reused."""
    digest = hashlib.sha256(code_version().encode())
    for path in sorted(TEMPLATES.rglob("*")):
        if path.is_file():
            digest.update(path.read_bytes())
    return digest.hexdigest()


def plan_reuse(corpus: Corpus, store: Path, site_dir: Path) -> Reuse:
    """Which entry pages of `site_dir` still hold, by the fingerprints the last build left in `store`."""
    lookup = Lookup(corpus)
    stamp = version()
    reuse = Reuse(Kept(site=site_dir))
    previous = _load(store, site_dir)
    for entry in corpus.entries:
        url = entry.ref.url
        record = PageRecord(entry_fingerprint(entry, lookup, stamp))
        old = previous.get(url)
        page, data = site_dir / page_file(url), site_dir / f"{url}index.json"
        if old and old.fingerprint == record.fingerprint and page.is_file() and data.is_file():
            reuse.kept.pages[page_file(url)] = page.read_bytes()
            reuse.kept.pages[f"{url}index.json"] = data.read_bytes()
            record = old
            source = entry.document.source if entry.document else url
            reuse.carried += [Problem(source, 0, Level.ERROR, message) for message in old.lost]
        reuse.records[url] = record
    return reuse


def save_records(store: Path, site_dir: Path, records: dict[str, PageRecord]) -> None:
    """Leave the fingerprints of this build for the next, with the nothing-lost errors of each page."""
    pages = {url: [r.fingerprint, list(r.lost)] for url, r in sorted(records.items())}
    store.parent.mkdir(parents=True, exist_ok=True)
    store.write_text(json.dumps({"site": str(site_dir.resolve()), "pages": pages}), encoding="utf-8")


def _load(store: Path, site_dir: Path) -> dict[str, PageRecord]:
    try:
        data = json.loads(store.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if data.get("site") != str(site_dir.resolve()):
        return {}
    return {url: PageRecord(fp, tuple(lost)) for url, (fp, lost) in data["pages"].items()}
