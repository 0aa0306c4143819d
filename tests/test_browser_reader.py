"""The reader's tools in headless Chromium: contents, go to paragraph, footnote previews, keyboard use."""

from __future__ import annotations

from playwright.sync_api import Browser, Page

from tests import test_browser
from tests.handmade import DRAFT, MAIN
from tests.test_browser import target_id

browser, page, base_url = test_browser.browser, test_browser.page, test_browser.base_url  # the fixtures, shared


def test_the_contents_stand_beside_the_text_on_a_wide_screen_and_stay_in_view(browser: Browser, base_url: str) -> None:
    context = browser.new_context(bypass_csp=True, viewport={"width": 1400, "height": 500})
    page = context.new_page()
    page.goto(f"{base_url}{MAIN.url}")
    assert page.eval_on_selector("nav.toc details", "d => d.open")
    toc, text = page.locator("nav.toc").bounding_box(), page.locator("article .text").bounding_box()
    assert toc and text and toc["x"] + toc["width"] <= text["x"] and toc["y"] < text["y"] + text["height"]
    lines = page.eval_on_selector_all(".toc-paras a", "as => as.map(a => [a.hash, a.textContent])")
    assert lines[0][1] == "1. Decides to act, as in paragraph …"  # number and first words
    assert [hash for hash, _ in lines] == ["#para-1", "#para-2", "#para-3"]
    page.mouse.wheel(0, 2000)
    page.wait_for_timeout(200)
    box = page.locator("nav.toc").bounding_box()
    assert box and box["y"] >= -1  # sticky
    page.click('.toc a[href="#para-3"]')
    assert target_id(page) == "para-3"
    context.close()


def test_the_contents_are_a_closed_block_above_the_text_on_a_phone(browser: Browser, base_url: str) -> None:
    context = browser.new_context(bypass_csp=True, viewport={"width": 375, "height": 740})
    page = context.new_page()
    page.goto(f"{base_url}{MAIN.url}")
    assert not page.eval_on_selector("nav.toc details", "d => d.open")
    toc, text = page.locator("nav.toc").bounding_box(), page.locator("article .text").bounding_box()
    assert toc and text and toc["y"] + toc["height"] <= text["y"]
    page.click("nav.toc summary")
    page.click('.toc a[href="#para-2"]')
    assert target_id(page) == "para-2"
    context.close()


def test_the_contents_work_without_javascript(browser: Browser, base_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{base_url}{MAIN.url}")
    assert page.locator("form.goto").count() == 0  # it needs JavaScript: the links do not
    page.click("nav.toc summary")
    page.click('.toc a[href="#preamble-1"]')
    assert target_id(page) == "preamble-1"
    context.close()


def test_go_to_paragraph_lands_on_its_anchor(page: Page, base_url: str) -> None:
    page.goto(f"{base_url}{MAIN.url}")
    page.fill("#goto-input", "3")
    page.press("#goto-input", "Enter")
    assert page.url.endswith("#para-3") and target_id(page) == "para-3"
    page.fill("#goto-input", "preamble 2")
    page.press("#goto-input", "Enter")
    assert target_id(page) == "preamble-2"
    page.fill("#goto-input", "99")
    page.press("#goto-input", "Enter")
    assert "no paragraph “99”" in page.inner_text(".goto-status") and target_id(page) == "preamble-2"


def test_a_footnote_marker_previews_its_note_on_hover_and_focus(page: Page, base_url: str) -> None:
    page.goto(f"{base_url}{MAIN.url}")
    page.hover("#fnref-1")
    preview = page.locator(".fn-preview")
    assert preview.is_visible() and "Ibid., vol. 1." in preview.inner_text()
    page.mouse.move(0, 0)
    assert preview.count() == 0
    page.focus("#fnref-1-2")
    assert page.locator(".fn-preview").is_visible()
    assert page.get_attribute("#fnref-1-2", "aria-describedby") == "fn-preview"
    page.keyboard.press("Escape")
    assert page.locator(".fn-preview").count() == 0
    page.keyboard.press("Enter")  # the link still leads to the note
    assert target_id(page) == "fn-1"


def test_the_paragraph_tools_take_one_tab_stop_and_are_big_enough(browser: Browser, base_url: str) -> None:
    context = browser.new_context(bypass_csp=True)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url.rstrip("/"))
    page = context.new_page()
    page.goto(f"{base_url}{DRAFT.url}")
    page.focus("#para-1 a.self")
    page.keyboard.press("ArrowRight")
    assert page.evaluate("document.activeElement.textContent") == "Cite"
    page.keyboard.press("ArrowRight")
    assert page.evaluate("document.activeElement.textContent") == "Link"
    page.keyboard.press("Enter")
    assert page.evaluate("navigator.clipboard.readText()") == f"{base_url}{DRAFT.url}#para-1"
    for selector in ("#para-1 a.self", "#para-1 .tools button"):
        for box in page.eval_on_selector_all(selector, "es => es.map(e => e.getBoundingClientRect().toJSON())"):
            assert box["width"] >= 24 and box["height"] >= 24, selector
    context.close()


def test_the_text_is_read_by_keyboard_alone_with_one_tab_stop_a_paragraph(page: Page, base_url: str) -> None:
    page.goto(f"{base_url}{MAIN.url}")
    stops: list[str] = []
    while not stops or "Build report" not in stops[-1]:  # the page's last link
        assert len(stops) < 100, stops
        page.keyboard.press("Tab")
        stops.append(
            page.evaluate(
                "(e => `${e.closest('.para')?.id} ${e.tagName}.${e.className} ${e.textContent}`)"
                "(document.activeElement)"
            )
        )
    para_stops = [s for s in stops if not s.startswith("undefined")]
    tools = [s for s in para_stops if "BUTTON" in s]
    assert not tools  # the copy buttons are reached by the arrow keys
    selfs = [s for s in para_stops if "A.self" in s]
    assert len(selfs) == len(set(selfs)) >= 5  # each paragraph's link once


def test_a_cited_paragraph_shows_a_count_that_opens_the_citing_paragraphs(page: Page, base_url: str) -> None:
    page.goto(f"{base_url}{MAIN.url}")
    badge = page.locator("#links-para-3 summary")
    assert badge.inner_text().startswith("1") and "cited by 1" in badge.inner_text()
    assert not page.locator("#links-para-3 .links-panel").is_visible()
    badge.press("Enter")  # by keyboard
    panel = page.locator("#links-para-3 .links-panel")
    assert panel.is_visible() and "Urges" in panel.inner_text()  # a line of the citing paragraph
    panel.locator("a", has_text=f"{DRAFT.label}, para. 1").click()
    page.wait_for_function("document.querySelector(':target')?.id === 'para-1'")
    assert f"/{DRAFT.url}" in page.url
    page.goto(f"{base_url}{MAIN.url}")
    page.click("#links-para-1 summary")  # what the paragraph cites
    assert "cites 1" in page.inner_text("#links-para-1 summary")
    assert page.locator("#links-para-1 .links-panel a", has_text="Resolution 3/2, para. (b)").is_visible()


def test_the_connections_open_without_javascript(browser: Browser, base_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{base_url}{MAIN.url}")
    page.click("#links-para-3 summary")
    page.click(f"#links-para-3 a:has-text('{DRAFT.label}, para. 1')")
    page.wait_for_url(f"**/{DRAFT.url}**")
    page.wait_for_load_state()  # the cited page loaded, not only its URL in the bar
    assert target_id(page) == "para-1" and f"/{DRAFT.url}" in page.url
    context.close()
