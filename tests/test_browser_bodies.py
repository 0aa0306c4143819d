"""Browser tests of other bodies on the seed site: the home page's sections, a session page of another body, lanes."""

from __future__ import annotations

from playwright.sync_api import Browser, Page

from generator.build import Site
from tests.test_browser import browser, page, seed_site  # noqa: F401  (the fixtures these tests use)

Served = tuple[Site, str]  # the seed site and its base URL
HREFS = "as => as.map(a => a.getAttribute('href'))"


def hrefs(page: Page, selector: str) -> list[str]:  # noqa: F811
    """The links of the elements `selector` finds, as written."""
    found: list[str] = page.locator(selector).evaluate_all(HREFS)
    return found


def test_home_lists_the_conference_s_sessions_first_then_each_other_body(page: Page, seed_site: Served) -> None:  # noqa: F811
    site, base = seed_site
    page.goto(base)
    headings = page.locator("main h2").all_inner_texts()
    others = sorted({s.body for s in site.corpus.sessions} - {"cop"})
    assert others, "the seeds cite other bodies' texts that have pages of ours"
    sections = [headings.index(page.locator(f"#body-{key}-heading").inner_text()) for key in others]
    assert headings.index("Sessions") < min(sections)
    conference = hrefs(page, "section[aria-labelledby=sessions-heading] .session-list a")
    assert conference and all(href.startswith("sessions/") for href in conference)
    for key in others:
        links = hrefs(page, f"#body-{key} .session-list a")
        assert links and all(href.startswith(f"{key}/sessions/") for href in links), key


def test_another_body_s_session_page_names_it_and_lists_only_its_texts(page: Page, seed_site: Served) -> None:  # noqa: F811
    _, base = seed_site
    page.goto(base)
    page.locator("#body-cosp .session-list a").first.click()
    assert "/cosp/sessions/10/" in page.url
    assert page.locator(".kicker").inner_text().startswith("Conference of the States Parties")
    assert "Convention against Corruption" in page.locator("h1").inner_text()
    assert "Convention against Corruption" in page.title()
    listed = page.locator("main ul a").evaluate_all("as => as.map(a => a.href)")
    assert listed and all("/cosp/" in href for href in listed)
    page.locator("main ul a").first.click()
    assert page.locator(".kicker").inner_text().startswith("Conference of the States Parties")


def test_timeline_lanes_of_other_bodies_work_without_javascript(browser: Browser, seed_site: Served) -> None:  # noqa: F811
    _, base = seed_site
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    tab.goto(f"{base}timeline/")
    main_marks = hrefs(tab, "main > ol.timeline .session-mark a.mark-name")
    assert main_marks and all(href.startswith("../sessions/") for href in main_marks)
    tab.locator(".lane-index a", has_text="Convention against Corruption").click()
    lane = tab.locator("#lane-cosp")
    assert lane.is_visible() and "Convention against Corruption" in lane.locator("h3").inner_text()
    assert all("/cosp/" in href for href in lane.locator("a").evaluate_all("as => as.map(a => a.href)"))
    context.close()
