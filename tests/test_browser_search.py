"""Search in headless Chromium over a site of two dozen texts: phrases, variants, symbols, paging, URL, filters."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from generator.build import build_site
from tests import test_browser
from tests.test_browser import serve

browser, page = test_browser.browser, test_browser.page  # the fixtures, shared
TEXTS = 24


def seed(n: int) -> str:
    """A resolution in British spelling when `n` is odd, American when even; sessions 5 and 6."""
    british = n % 2 == 1
    organised, programme = ("organised", "programme") if british else ("organized", "program")
    labour, defence = ("labour", "defence") if british else ("labor", "defense")
    return (
        f"Resolution {5 + n // 13}/{n}\n\nCombating {organised} crime, text number {n}\n\n"
        "The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,\n\n"
        "Recalling General Assembly resolution A/RES/78/47 and target 16.4 of the Goals,\n\n"
        f"Noting the {programme} of work on {labour} and {defence},\n\n"
        "1. Urges States parties to prevent the trafficking in firearms, their parts and ammunition;\n\n"
        f"2. Requests the secretariat to report on {'trafficked' if n % 3 else 'traffic in'} persons, resolution 5/4"
        f" and the crime of the {'century' if n == 7 else 'decade'};\n\n"
        f"3. Decides to remain seized of the matter{', of officially recorded ammunition' if n == 5 else ''}.\n"
    )


@pytest.fixture(scope="module")
def site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    seeds = tmp_path_factory.mktemp("search-seeds")
    for n in range(1, TEXTS + 1):
        (seeds / f"{n:02}.txt").write_text(seed(n), encoding="utf-8")
    yield from serve(build_site(seeds).files, Path(tmp_path_factory.mktemp("search-site")) / "site")


def search(page: Page, site_url: str, query: str, **filters: str) -> list[str]:
    """Opens the search page for `query` and gives the documents shown, once shown."""
    params = "&".join(f"{k}={v}" for k, v in filters.items())
    page.goto(f"{site_url}search/?q={query}{'&' + params if params else ''}")
    page.wait_for_function(
        "!/Searching/.test(document.querySelector('#search-status').textContent)"
        " && document.querySelector('#search-status').textContent !== ''"
    )
    return page.eval_on_selector_all("#search-results .result h3 a", "as => as.map(a => a.textContent)")


def found(page: Page, site_url: str, query: str) -> int:
    """How many documents the search page says it found for `query`."""
    search(page, site_url, query)
    status = page.inner_text("#search-status")
    return 0 if status == "Nothing found." else int(status.split()[0])


def test_a_phrase_matches_its_words_in_order_only(page: Page, site_url: str) -> None:
    assert search(page, site_url, '"crime of the century"') == ["Resolution 5/7"]
    assert search(page, site_url, '"of officially"') == ["Resolution 5/5"]
    assert search(page, site_url, '"century the of crime"') == []
    assert page.inner_text("#search-status") == "Nothing found."
    assert found(page, site_url, "of") == TEXTS  # a word alone matches the words it starts


def test_variant_spellings_and_inflections_find_each_other(page: Page, site_url: str) -> None:
    for query in ("organised crime", "organized crime", "programme labour defence", "program labor defense"):
        assert found(page, site_url, query) == TEXTS, query
    marked = page.eval_on_selector_all("#search-results mark", "ms => ms.map(m => m.textContent.toLowerCase())")
    assert {"programme", "program", "labour", "labor"} <= set(marked)
    assert found(page, site_url, "trafficking persons") == TEXTS  # "trafficked persons", "traffic in persons"
    assert page.locator("#search-results mark", has_text="traffic").count() > 0


def test_symbols_and_numbers_match_whole(page: Page, site_url: str) -> None:
    for query in ("A/RES/78/47", "78/47", "16.4", "5/4"):
        assert found(page, site_url, query) == TEXTS, query
    assert search(page, site_url, "5/45") == [] and search(page, site_url, "16.44") == []


def test_results_are_grouped_by_document_and_every_one_is_reachable(page: Page, site_url: str) -> None:
    shown = search(page, site_url, "ammunition")
    assert len(shown) == 10 and "24 documents found" in page.inner_text("#search-status")
    page.click("#search-more")
    page.wait_for_function("document.querySelectorAll('#search-results .result').length === 20")
    page.click("#search-more")
    page.wait_for_function("document.querySelectorAll('#search-results .result').length === 24")
    assert page.locator("#search-more").is_hidden()
    shown = page.eval_on_selector_all("#search-results .result h3 a", "as => as.map(a => a.textContent)")
    assert len(set(shown)) == TEXTS  # each document once, with its places under it
    assert shown[0] == "Resolution 5/5"  # two paragraphs and the rarer word: first
    assert page.locator("#search-results .result").first.locator(".result-parts li").count() == 2


def test_filters_narrow_by_session_and_stand_in_the_url(page: Page, site_url: str) -> None:
    assert len(search(page, site_url, "ammunition", session="6")) == 10
    page.click("#search-more")
    page.wait_for_function("document.querySelector('#search-more').hidden")
    assert page.locator("#search-results .result").count() == 12
    page.select_option("#filter-session", "5")
    page.wait_for_function("/session=5/.test(location.search)")
    page.wait_for_function("document.querySelectorAll('#search-results .result').length === 10")
    assert all(
        label.startswith("Resolution 5/")
        for label in page.eval_on_selector_all("#search-results .result h3 a", "as => as.map(a => a.textContent)")
    )
    assert page.locator("#filter-kind option").count() >= 2 and page.locator("#filter-body option").count() >= 2


def test_the_header_box_searches_the_query_stays_in_the_url_and_comes_back_on_back(page: Page, site_url: str) -> None:
    page.goto(f"{site_url}resolutions/5-3/")
    page.fill("header input[name=q]", "crime century")
    page.press("header input[name=q]", "Enter")
    page.wait_for_selector("#search-results .result")
    assert re.search(r"/search/(index\.html)?\?q=crime\+century$", page.url)
    link = page.locator("#search-results .result-parts a").first
    href = link.get_attribute("href") or ""
    assert href.startswith("/resolutions/5-7/?hl=") and href.endswith("#para-2")
    link.click()
    page.wait_for_function("document.querySelector(':target')?.id === 'para-2'")
    marked = page.eval_on_selector_all("#para-2 mark.found", "ms => ms.map(m => m.textContent)")
    assert marked == ["crime", "century"]  # the words found, on the page the result opened
    page.go_back()
    page.wait_for_selector("#search-results .result")
    assert page.input_value("#search-input") == "crime century"
    assert page.eval_on_selector_all("#search-results .result h3 a", "as => as.map(a => a.textContent)") == [
        "Resolution 5/7"
    ]


def test_back_restores_the_results_loaded_on_demand(page: Page, site_url: str) -> None:
    search(page, site_url, "ammunition")
    page.click("#search-more")
    page.wait_for_function("document.querySelectorAll('#search-results .result').length === 20")
    page.locator("#search-results .result h3 a").nth(15).click()
    page.wait_for_load_state()
    page.go_back()
    page.wait_for_function("document.querySelectorAll('#search-results .result').length === 20")


def test_a_phrase_is_marked_whole_on_the_landing_page(page: Page, site_url: str) -> None:
    page.goto(f"{site_url}resolutions/5-5/?hl=%22of%20officially%22#para-3")
    assert page.eval_on_selector_all("mark.found", "ms => ms.map(m => m.textContent)") == ["of officially"]


def test_without_javascript_the_search_page_says_so_and_lists_the_indexes(browser: Browser, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site_url}resolutions/5-3/")
    page.fill("header input[name=q]", "ammunition")
    page.press("header input[name=q]", "Enter")
    page.wait_for_load_state()
    assert re.search(r"/search/(index\.html)?\?q=ammunition$", page.url)
    assert "Search needs JavaScript" in page.inner_text("main")
    assert page.locator("main a", has_text="Timeline").count() == 1
    assert page.locator("main a", has_text="6th session").count() == 1
    context.close()
