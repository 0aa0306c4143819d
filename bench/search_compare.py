"""`python -m bench.search_compare SITE_DIR`: our search and Pagefind's on the same built site, query by query.

Run Pagefind 1.x over the site first (`npx pagefind --site SITE_DIR --output-subdir pagefind
--root-selector main`). For each query of `QUERIES`, in a fresh browser context (nothing cached),
this opens our search page and a bare page that asks Pagefind, and reports how many documents
each finds, the first three, and the bytes each fetched: the index files, and for ours the
pages whose paragraphs the first ten results show (Pagefind: the fragments of its first ten).
"""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import threading
from pathlib import Path
from urllib.parse import quote

from playwright.sync_api import Browser, Page, sync_playwright

QUERIES = (
    "ammunition",
    "organized crime",
    "organised crime",
    "trafficking in persons",
    "trafficked",
    "firearms protocol",
    '"illicit manufacturing of and trafficking in firearms"',
    '"technical assistance"',
    "money laundering",
    "corruption",
    "5/4",
    "A/RES/55/25",
    "55/25",
    "16.4",
    "programme",
    "labour",
    "defence",
    "secretariat requests",
    "cybercrime",
    "migrants smuggling",
)
PAGEFIND_PAGE = """<!doctype html><meta charset="utf-8"><title>Pagefind</title>
<script type="module">
const pagefind = await import("/pagefind/pagefind.js");
await pagefind.init();
const query = new URLSearchParams(location.search).get("q");
const found = await pagefind.search(query);
const first = await Promise.all(found.results.slice(0, 10).map(r => r.data()));
window.done = { count: found.results.length, first: first.map(d => d.url) };
</script>"""


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


def fetched(page: Page, under: tuple[str, ...]) -> list[int]:
    """Starts counting the bytes of each response whose path starts with one of `under` (not the search page)."""
    sizes: list[int] = []

    def seen(response: object) -> None:
        path = "/" + response.url.split("/", 3)[-1]  # type: ignore[attr-defined]
        if path.startswith(under) and not path.startswith("/search/?") and response.ok:  # type: ignore[attr-defined]
            sizes.append(len(response.body()))  # type: ignore[attr-defined]

    page.on("response", seen)
    return sizes


def ours(browser: Browser, base: str, query: str) -> dict[str, object]:
    context = browser.new_context(bypass_csp=True)
    page = context.new_page()
    index = fetched(page, ("/search/", "/assets/search.js", "/assets/terms.js"))
    pages = fetched(page, ("/resolutions/", "/decisions/", "/drafts/", "/general-assembly/", "/documents/"))
    page.goto(f"{base}search/?q={quote(query)}")
    page.wait_for_function(
        "(s => s && s !== 'Searching…')(document.querySelector('#search-status').textContent)", timeout=120000
    )
    page.wait_for_load_state("networkidle")
    status = page.inner_text("#search-status")
    first = page.eval_on_selector_all("#search-results .result h3 a", "as => as.slice(0, 3).map(a => a.textContent)")
    context.close()
    count = 0 if status == "Nothing found." else int(status.split()[0])
    return {"count": count, "first": first, "index_kb": sum(index) / 1024, "pages_kb": sum(pages) / 1024}


def pagefind(browser: Browser, base: str, query: str) -> dict[str, object]:
    context = browser.new_context()
    page = context.new_page()
    index = fetched(page, ("/pagefind/pagefind", "/pagefind/wasm", "/pagefind/index/", "/pagefind/filter/"))
    fragments = fetched(page, ("/pagefind/fragment/",))
    page.goto(f"{base}pagefind-query.html?q={quote(query)}")
    page.wait_for_function("window.done", timeout=120000)
    done = page.evaluate("window.done")
    context.close()
    first = [url.strip("/") for url in done["first"][:3]]
    return {"count": done["count"], "first": first, "index_kb": sum(index) / 1024, "pages_kb": sum(fragments) / 1024}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path)
    site = parser.parse_args().site
    (site / "pagefind-query.html").write_text(PAGEFIND_PAGE, encoding="utf-8")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}/"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path="/usr/bin/chromium", args=["--headless", "--no-sandbox"]
            )
            for query in QUERIES:
                row = {"query": query, "ours": ours(browser, base, query), "pagefind": pagefind(browser, base, query)}
                print(json.dumps(row, ensure_ascii=False), flush=True)
            browser.close()
    finally:
        server.shutdown()
        (site / "pagefind-query.html").unlink()


if __name__ == "__main__":
    main()
