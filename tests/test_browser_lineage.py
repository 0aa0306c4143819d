"""Agreed language in headless Chromium: a redline opened, the compare pages with and without JavaScript, axe-core."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser

from generator.build import Site, build_site
from generator.docref import DocRef
from generator.render.life import compare_url, predecessor_url
from tests.conftest import ROOT, SEEDS
from tests.test_browser import axe_source, browser, serious_violations, serve

__all__ = ["axe_source", "browser"]  # fixtures shared with test_browser
REAL = ROOT.parent / "shared" / "real-texts"
GA_FINAL, GA_DRAFT = DocRef("general-assembly", "resolution", "80/1"), DocRef("general-assembly", "draft", "A/80/L.2")


@pytest.fixture(scope="module")
def lineage_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Site, str]]:
    """The seeds, and the shared real texts when they are there, built and served."""
    seeds = tmp_path_factory.mktemp("lineage-seeds")
    for path in [*SEEDS, *(REAL.glob("*.txt") if REAL.is_dir() else ())]:
        shutil.copy(path, seeds / path.name)
    site = build_site(seeds)
    for url in serve(site.files, tmp_path_factory.mktemp("lineage-browser") / "site"):
        yield site, url


def draft_2024(site: Site) -> DocRef:
    [ref] = [e.ref for e in site.corpus.entries if e.document and e.document.kind.is_draft and e.session == 12]
    return ref


@pytest.mark.parametrize("javascript", [True, False])
def test_a_redline_opens_under_its_paragraph(
    browser: Browser, lineage_site: tuple[Site, str], axe_source: str, javascript: bool
) -> None:
    site, base = lineage_site
    context = browser.new_context(bypass_csp=True, java_script_enabled=javascript)
    page = context.new_page()
    page.goto(f"{base}{draft_2024(site).url}")
    earlier = page.locator("#para-3 + .lineage details.earlier")
    assert not earlier.locator(".redline").is_visible()
    earlier.locator("summary").click()
    redline = earlier.locator(".redline")
    assert redline.is_visible() and redline.locator("del").first.text_content() == "[taken out: full]"
    assert redline.locator("del").first.evaluate("e => getComputedStyle(e).textDecorationLine") == "line-through"
    if javascript:
        assert serious_violations(page, axe_source) == []
    context.close()


def test_the_compare_view_aligns_any_two_texts_with_javascript(
    browser: Browser, lineage_site: tuple[Site, str], axe_source: str
) -> None:
    site, base = lineage_site
    page = browser.new_page(bypass_csp=True)
    page.goto(f"{base}compare/index.html?a=resolutions/7-2/&b={draft_2024(site).url}")
    page.wait_for_selector("#compare-result table")
    assert page.locator("#compare-a").input_value() == "resolutions/7-2/"
    rows = page.locator("#compare-result tbody tr")
    assert rows.count() >= 36 and page.locator("#compare-result .redline ins").count() > 0
    statuses = page.locator("#compare-result td.status").all_inner_texts()
    assert any(s.startswith("changed") for s in statuses) and any(s == "added" for s in statuses)
    assert serious_violations(page, axe_source) == [], json.dumps(serious_violations(page, axe_source))
    page.close()


def test_without_javascript_the_compare_view_says_so_and_lists_the_static_pages(
    browser: Browser, lineage_site: tuple[Site, str]
) -> None:
    site, base = lineage_site
    context = browser.new_context(bypass_csp=True, java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{base}compare/index.html")
    assert "takes JavaScript" in page.locator("article").inner_text()
    if not REAL.is_dir():
        pytest.skip(f"the real texts are not at {REAL}: no draft stands beside its adopted text")
    page.locator(f"a[href='../{compare_url(GA_DRAFT, GA_FINAL)}index.html']").click()
    page.wait_for_selector("table.compare-table")  # the link's page loaded, not the list still
    assert page.locator("table.compare-table tbody tr.kept").count() >= 4  # 80/1 kept 4 of its draft's paragraphs
    assert page.locator("table.compare-table tr.changed .redline").count() >= 1
    context.close()


def test_a_static_compare_page_passes_axe(browser: Browser, lineage_site: tuple[Site, str], axe_source: str) -> None:
    if not REAL.is_dir():
        pytest.skip(f"the real texts are not at {REAL}")
    _, base = lineage_site
    page = browser.new_page(bypass_csp=True)
    page.goto(f"{base}{compare_url(GA_DRAFT, GA_FINAL)}index.html")
    assert serious_violations(page, axe_source) == []
    page.close()


def test_without_javascript_a_text_links_to_its_page_beside_its_predecessor(
    browser: Browser, lineage_site: tuple[Site, str], axe_source: str
) -> None:
    """The 2024 draft takes most from L.5/Rev.1, on the subject: its summary links to the static page of the two."""
    site, base = lineage_site
    later = draft_2024(site)
    [earlier] = [e.ref for e in site.corpus.entries if e.document and e.document.symbol == "CTOC/COP/2020/L.5/Rev.1"]
    context = browser.new_context(bypass_csp=True, java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{base}{later.url}")
    page.locator(".lineage-summary a", has_text=f"Compare with {earlier.label}").click()
    page.wait_for_selector("table.compare-table")
    assert f"against {earlier.label}" in page.locator("h1").inner_text()
    assert page.url == f"{base}{predecessor_url(later)}index.html"
    assert "successive texts on one subject" in page.locator(".kicker").inner_text()
    assert page.locator("table.compare-table tr.changed .redline del").count() >= 1
    added = page.locator("table.compare-table tr.added td").nth(1)
    assert added.locator("a").count() == 1 and added.inner_text() == added.locator("a").inner_text()  # named only
    context.close()
    checked = browser.new_page(bypass_csp=True)
    checked.goto(f"{base}{predecessor_url(later)}index.html")
    checked.add_script_tag(content=axe_source)
    found = checked.evaluate("axe.run(document, {resultTypes: ['violations']})")["violations"]
    assert [(v["id"], v["impact"]) for v in found] == []  # none at all, of any impact
    checked.close()
