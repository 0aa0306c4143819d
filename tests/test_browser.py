"""Browser tests in headless Chromium over a built site: anchors, links, copy, timeline, accessibility, phone width.

Contexts bypass the pages' Content-Security-Policy, which forbids the scripts Playwright and axe-core
evaluate in them; `test_the_pages_own_scripts_run_under_their_content_security_policy` keeps it.
"""

from __future__ import annotations

import functools
import http.server
import json
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from generator.build import Site, build_site
from generator.render.site import render_site
from tests.conftest import ROOT, write_tree
from tests.handmade import DRAFT, MAIN, OTHER, corpus

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
AXE = ROOT / ".cache" / "npm" / "node_modules" / "axe-core" / "axe.min.js"
PAGES = ("index.html", f"{MAIN.url}index.html", "sessions/3/index.html", "timeline/index.html")


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


def serve(files: dict[str, bytes], site: Path) -> Iterator[str]:
    """Write `files` as a site with its search index and serve it on a free loopback port."""
    write_tree(files, site)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()
    thread.join()


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The hand-made site, served."""
    yield from serve(render_site(corpus()).files, tmp_path_factory.mktemp("browser") / "site")


@pytest.fixture(scope="module")
def seed_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Site, str]]:
    """The site built from every seed, served."""
    site = build_site(ROOT / "seeds")
    for url in serve(site.files, tmp_path_factory.mktemp("seed-browser") / "site"):
        yield site, url


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(bypass_csp=True, viewport={"width": 1000, "height": 400})
    yield context.new_page()
    context.close()


def target_id(page: Page) -> str | None:
    return page.evaluate("document.querySelector(':target')?.id ?? null")


def in_view(page: Page, selector: str) -> bool:
    return page.eval_on_selector(
        # A fraction of a pixel above the top still shows the element: scrolling to it may leave one.
        selector, "e => { const r = e.getBoundingClientRect(); return r.top > -1 && r.top < innerHeight; }"
    )


def test_a_paragraph_url_shows_the_paragraph_in_view_and_highlighted(page: Page, base_url: str) -> None:
    page.goto(f"{base_url}{MAIN.url}#para-3")
    assert target_id(page) == "para-3" and in_view(page, "#para-3")
    background = page.eval_on_selector("#para-3", "e => getComputedStyle(e).backgroundColor")
    assert background != page.eval_on_selector("#para-2", "e => getComputedStyle(e).backgroundColor")


def test_a_cross_reference_lands_on_the_cited_paragraph(page: Page, base_url: str) -> None:
    page.goto(f"{base_url}{MAIN.url}")
    page.click("text=paragraph (b) of resolution 3/2")
    page.wait_for_function("document.querySelector(':target')?.id === 'para-b'")
    assert page.url.endswith(f"/{OTHER.url}index.html#para-b") and in_view(page, "#para-b")


def test_a_footnote_marker_and_its_back_link_round_trip(page: Page, base_url: str) -> None:
    page.goto(f"{base_url}{MAIN.url}")
    page.click("#fnref-1-2")
    assert target_id(page) == "fn-1" and in_view(page, "#fn-1")
    page.click('#fn-1 a[href="#fnref-1-2"]')
    assert target_id(page) == "fnref-1-2" and in_view(page, "#fnref-1-2")


def test_the_copy_button_copies_the_url_and_the_citation(browser: Browser, base_url: str) -> None:
    context = browser.new_context(bypass_csp=True)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url.rstrip("/"))
    page = context.new_page()
    page.goto(f"{base_url}{DRAFT.url}index.html")
    page.hover("#para-1")
    page.click("#para-1 button.copy")
    copied = page.evaluate("navigator.clipboard.readText()")
    context.close()
    assert copied == f"Draft CTOC/COP/2099/L.1, para. 1: {base_url}{DRAFT.url}#para-1"


def test_the_self_link_shows_on_keyboard_focus(page: Page, base_url: str) -> None:
    page.goto(f"{base_url}{MAIN.url}")
    page.focus("#para-2 a.self")
    assert page.eval_on_selector("#para-2 a.self", "e => getComputedStyle(e).opacity") == "1"
    assert page.eval_on_selector("#para-3 a.self", "e => getComputedStyle(e).opacity") == "0"


def test_the_timeline_shows_sessions_in_time_order(page: Page, base_url: str) -> None:
    page.goto(f"{base_url}timeline/")
    marks = page.eval_on_selector_all(
        ".session-mark", "ms => ms.map(m => [Number(m.dataset.session), m.getBoundingClientRect().top])"
    )
    assert [number for number, _ in marks] == [2, 3]
    assert [top for _, top in marks] == sorted(top for _, top in marks)


def test_pages_work_without_javascript(browser: Browser, base_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{base_url}{MAIN.url}#para-1")
    assert target_id(page) == "para-1" and page.locator("button.copy").count() == 0
    context.close()


@pytest.fixture(scope="module")
def axe_source() -> str:
    """axe-core's script, installed into the git-ignored cache on first use."""
    if not AXE.is_file():
        subprocess.run(
            ["npm", "install", "--silent", "--no-audit", "--no-fund", "--prefix", str(AXE.parents[2]), "axe-core@4"],
            check=True,
        )
    return AXE.read_text(encoding="utf-8")


def serious_violations(page: Page, axe_source: str) -> list[tuple[str, str, list[str]]]:
    """What axe-core finds serious or critical on the open page."""
    page.add_script_tag(content=axe_source)
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [
        (v["id"], v["help"], [n["target"] for n in v["nodes"]])
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", PAGES)
def test_axe_finds_no_serious_violation(page: Page, base_url: str, axe_source: str, path: str, scheme: str) -> None:
    page.emulate_media(color_scheme=scheme)  # type: ignore[arg-type]
    page.goto(f"{base_url}{path}")
    serious = serious_violations(page, axe_source)
    assert serious == [], json.dumps(serious, indent=1)


def test_every_seed_page_passes_axe_fits_a_phone_and_highlights_its_paragraphs(
    browser: Browser, seed_site: tuple[Site, str], axe_source: str
) -> None:
    site, base = seed_site
    context = browser.new_context(bypass_csp=True, viewport={"width": 375, "height": 740})
    page = context.new_page()
    pages = sorted(p.removesuffix("index.html") for p in site.files if p.endswith("index.html"))
    for path in pages:
        page.goto(f"{base}{path}")
        assert page.evaluate("document.documentElement.scrollWidth") <= 375, path
        assert serious_violations(page, axe_source) == [], path
    for entry in site.corpus.entries:
        anchors = [p.anchor for p in entry.document.paragraphs if p.anchor] if entry.document else []
        for anchor in anchors[-1:]:
            page.goto(f"{base}{entry.ref.url}#{anchor}")
            assert target_id(page) == anchor and in_view(page, f"#{anchor}"), entry.ref.url
    context.close()


@pytest.mark.parametrize("path", PAGES)
def test_a_phone_width_page_has_no_horizontal_scroll(
    browser: Browser, base_url: str, path: str, tmp_path: Path
) -> None:
    context = browser.new_context(bypass_csp=True, viewport={"width": 375, "height": 740}, device_scale_factor=1)
    page = context.new_page()
    page.goto(f"{base_url}{path}")
    page.screenshot(path=str(tmp_path / "phone.png"), full_page=True)
    width = page.evaluate("document.documentElement.scrollWidth")
    context.close()
    assert width <= 375


@pytest.mark.parametrize("path", (*PAGES, "search/?q=urges"))
def test_the_pages_own_scripts_run_under_their_content_security_policy(
    browser: Browser, base_url: str, path: str
) -> None:
    context = browser.new_context()  # the policy kept: only the site's own files may run or style
    page = context.new_page()
    refused: list[str] = []
    page.on("console", lambda note: refused.append(note.text) if "Content Security Policy" in note.text else None)
    page.goto(f"{base_url}{path}")
    page.wait_for_load_state("networkidle")
    policy = page.get_attribute('meta[http-equiv="Content-Security-Policy"]', "content") or ""
    assert "script-src 'self'" in policy and "style-src 'self'" in policy and "unsafe" not in policy
    assert page.get_attribute('link[rel="icon"]', "href", timeout=1000)
    if path == f"{MAIN.url}index.html":
        assert page.locator("button.copy").count() > 0  # site.js ran
    if path.startswith("search/"):
        assert page.locator("#search-results .result").count() > 0  # search.js and terms.js ran
    context.close()
    assert refused == []
