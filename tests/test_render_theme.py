"""What a document page takes from the theme where Python makes its repeated parts: a custom_dir's partial, escaping."""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup
from hypothesis import given
from hypothesis import strategies as st
from markupsafe import escape

from generator.build import build_site
from generator.render.env import load_templates
from generator.render.inline import escape_html
from generator.render.settings import THEME, SiteSettings
from tests.conftest import ROOT

TOOLS = (
    "{% macro paragraph_tools(p) %}"
    '<a class="mine" href="#{{ p.anchor }}">{{ p.role }} {{ site.name }}</a>'
    "{% endmacro %}"
)


def test_a_custom_dir_paragraph_tools_ends_every_anchored_paragraph(tmp_path: Path) -> None:
    (tmp_path / "partials").mkdir()
    (tmp_path / "partials" / "paragraph-tools.html").write_text(TOOLS)
    settings = SiteSettings(name="Mine", theme_dirs=(str(tmp_path), str(THEME)))
    try:
        site = build_site(ROOT / "seeds", settings=settings)
    finally:
        load_templates()  # the theme's own again, for the tests that render without a build
    pages = [e.ref.url for e in site.corpus.entries if e.document]
    assert pages
    for url in pages:
        soup = BeautifulSoup(site.files[f"{url}index.html"], "html.parser")
        anchored = soup.select(".text > p.para[id]")
        assert anchored, url
        for para in anchored:
            mine = para.select("a.mine")
            assert [a["href"] for a in mine] == [f"#{para['id']}"], url
            assert mine[0].get_text() == f"{para['class'][1]} Mine"  # the macro sees `p` and the site's globals
        assert not soup.select("a.self"), url  # the theme's own tools are not drawn
    again = build_site(ROOT / "seeds")  # the theme's own, in the same process: nothing of the last build's is kept
    page = BeautifulSoup(again.files[f"{pages[0]}index.html"], "html.parser")
    assert page.select("a.self") and not page.select("a.mine")


@given(st.text())
def test_escape_html_escapes_as_jinja2_does(text: str) -> None:
    assert escape_html(text) == str(escape(text))
