"""The one way to build the site, shared by the command line and the MkDocs plugin."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path

from generator.cache import remove_leftovers as remove_cache_leftovers
from generator.collector import collector_left_as_found
from generator.corpus import Corpus
from generator.folders import check_apart
from generator.memo import build_owned
from generator.pipeline import build
from generator.publish import SiteUpdate, SiteWriter, publish
from generator.render.env import load_templates
from generator.render.incremental import BuiltFiles, FolderFiles, PageRecord, Reuse, SiteFiles, plan_reuse, save_records
from generator.render.lookup import Lookup
from generator.render.paths import page_file
from generator.render.report import render_report, summary
from generator.render.settings import SiteSettings
from generator.render.site import Sink, render_site
from generator.site_folder import MANIFEST, claimed, manifest

PAGES = "pages.json"  # in the cache folder: the page fingerprints of the last build


@dataclass(frozen=True, slots=True)
class Site:
    """A rendered site: its files by path below the root, and the corpus they were made from."""

    corpus: Corpus
    files: SiteFiles
    rendered: frozenset[str] = frozenset()  # the document pages rendered, not taken from the last build
    records: dict[str, PageRecord] = field(default_factory=dict)  # page fingerprints, for the next build

    @property
    def summary(self) -> list[str]:
        """The lines a build prints: its numbers, then each warning and error."""
        return summary(self.corpus)

    def remember(self, cache: Path | None, site_dir: Path) -> None:
        """Once the site is written to `site_dir`, leave its page fingerprints in `cache` for the next build."""
        if cache is not None:
            save_records(cache / PAGES, site_dir, self.records)


@collector_left_as_found()
def build_site(
    seeds_dir: Path,
    cache: Path | None = None,
    site_dir: Path | None = None,
    built: BuiltFiles | None = None,
    sink: Sink | None = None,
    settings: SiteSettings | None = None,
) -> Site:
    """Read, link and render every seed in `seeds_dir`; `sink` is handed each file of the site as it is made.

    `settings` are the site's (its name, address, links, theme), the defaults if None.

    With a `cache` folder, parsed seeds are kept there, and a document page whose
    fingerprint has not changed since the build that wrote `site_dir` is taken from
    there (or from `built`, the files of that build, if given) instead of being
    rendered. Every rendered page is checked to hold every word of its document; a
    page that does not is an error of the build, listed on the report page, which is
    then rendered again.
    """
    corpus = build(Path(seeds_dir), cache)
    load_templates(settings)
    lookup = Lookup(corpus)  # what each reference resolves to, found once for the fingerprints and the pages
    reuse = plan_reuse(lookup, cache / PAGES, Path(site_dir), built) if cache and site_dir else Reuse()
    rendered = render_site(corpus, reuse.kept, sink, lookup)
    files, lost = rendered.files, rendered.lost
    records = {**reuse.records, **rendered.records}
    for url, problem in lost.items():
        if url in records:
            records[url] = dataclasses.replace(records[url], lost=(problem.message,))
    if lost or reuse.carried:
        problems = {*corpus.problems, *lost.values(), *reuse.carried}
        corpus = dataclasses.replace(corpus, problems=tuple(sorted(problems)))
        files["report/index.html"] = render_report(corpus)
        if sink:
            sink("report/index.html", files["report/index.html"])
    pages = {page_file(entry.ref.url) for entry in corpus.entries}
    return Site(corpus, files, frozenset(pages - reuse.kept.pages), records)


def build_into(out_dir: Path, seeds_dir: Path, cache: Path | None = None) -> Site:
    """Build the site of `seeds_dir` into `out_dir`, as `python -m generator build` does.

    A site folder already there is updated in place, only what changed written
    (`SiteUpdate`); else the site is written into a fresh folder that then takes the
    place of `out_dir`. A build that fails leaves `out_dir` as it was. Only a folder
    that is empty or holds a site of ours, apart from the seeds and the cache
    (`generator.folders`), is built into (`generator.site_folder`), one build at a
    time, and what a killed build left is removed first; else SiteFolderError, and
    nothing is changed. Nothing the build remembered outlives it.
    """
    out_dir = Path(out_dir)
    check_apart(out_dir, Path(seeds_dir), cache)
    with claimed(out_dir) as wrote, build_owned():
        if cache is not None:
            remove_cache_leftovers(cache)
        if wrote is not None:
            update = SiteUpdate(out_dir, FolderFiles(out_dir), wrote)
            site = update.run(lambda: _listed(build_site(seeds_dir, cache, out_dir, update.last_build, update), update))
        else:
            site = publish(out_dir, lambda folder: _fresh(folder, out_dir, seeds_dir, cache))
        site.remember(cache, out_dir)
    return site


def _fresh(folder: Path, out_dir: Path, seeds_dir: Path, cache: Path | None) -> Site:
    """The site of `seeds_dir`, for `out_dir`, written into the new folder `folder`."""
    writer = SiteWriter(folder, None)
    return _listed(build_site(seeds_dir, cache, out_dir, sink=writer), writer)


def _listed(site: Site, sink: Sink) -> Site:
    """`site`, once its manifest is handed to `sink` too."""
    sink(MANIFEST, manifest(site.files))
    return site
