"""Many bodies, one collection: the seeds with real UN texts added, each text, citation and session under its body."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from generator.bodies import BODIES, HOME_BODY
from generator.build import Site, build_site
from generator.docref import session_url
from generator.pipeline import read_seed
from generator.render.paths import href
from tests.conftest import ROOT

REAL_TEXTS = ROOT.parent / "shared" / "real-texts"
SEEDS = sorted((ROOT / "seeds").glob("*"))
CONFERENCE_ONLY = ("resolutions/", "decisions/", "sessions/", "drafts/")  # the folders of the Conference's pages
OTHER_PREFIXES = tuple(f"{b.key}/" for b in BODIES if b.key != HOME_BODY)
ID_RE = re.compile(rb'\sid="([^"]+)"')


def build(folder: Path, extra: list[Path]) -> Site:
    """The site of the seeds and `extra` texts, copied into `folder`."""
    folder.mkdir()
    for path in [*SEEDS, *extra]:
        shutil.copy(path, folder / path.name)
    return build_site(folder)


@pytest.fixture(scope="module")
def seeds_only(tmp_path_factory: pytest.TempPathFactory) -> Site:
    return build(tmp_path_factory.mktemp("bodies") / "seeds", [])


@pytest.fixture(scope="module")
def with_real(tmp_path_factory: pytest.TempPathFactory) -> Site:
    real = sorted(REAL_TEXTS.glob("*.txt"))
    if not real:
        pytest.skip(f"no real texts in {REAL_TEXTS}")
    return build(tmp_path_factory.mktemp("bodies") / "seeds", real)


def pages(site: Site) -> dict[str, bytes]:
    """Each HTML page of `site` by its URL."""
    return {path.removesuffix("index.html"): data for path, data in site.files.items() if path.endswith("index.html")}


def test_no_conference_folder_holds_another_body_s_text_or_session(with_real: Site) -> None:
    for url, data in pages(with_real).items():
        if not url.startswith(CONFERENCE_ONLY):
            continue
        if url.startswith("sessions/"):
            main = BeautifulSoup(data, "html.parser").select_one("main")
            assert main is not None
            hrefs = [a["href"] for a in main.select("a[href]")]
            assert not [h for h in hrefs if any(f"/{prefix}" in f"/{h.lstrip('./')}" for prefix in OTHER_PREFIXES)], url
        else:  # a text's page, or a page comparing it with an earlier one, below its own
            record = json.loads(with_real.files[f"{url.partition('compare/')[0]}index.json"])
            assert record["body"] == HOME_BODY and record["ref"]["body"] == HOME_BODY, url
    corpus = json.loads(with_real.files["corpus.json"])
    for session in corpus["sessions"]:
        assert session["url"].startswith("sessions/") == (session["body"] == HOME_BODY), session
    for document in corpus["documents"]:
        if document["ref"]["kind"] != "document":  # other texts stand under documents/, whatever they name
            assert document["ref"]["url"].startswith(CONFERENCE_ONLY) == (document["body"] == HOME_BODY), document


def test_other_bodies_sessions_are_theirs(with_real: Site) -> None:
    sessions = {(s.body, s.number) for s in with_real.corpus.sessions}
    held = [e for e in with_real.corpus.entries if e.document is not None and e.ref.body != HOME_BODY]
    assert held, "the real texts are other bodies' texts"
    for entry in held:
        if entry.session is not None:
            assert (entry.ref.body, entry.session) in sessions
            url = session_url(entry.ref.body, entry.session)
            assert f"{url}index.html" in with_real.files
            page = with_real.files[f"{entry.ref.url}index.html"].decode()
            assert f'<dt>Session</dt><dd><a href="{href(entry.ref.url, url)}"' in page, entry.ref.url


def test_a_number_of_a_session_before_the_assembly_numbered_so_is_never_the_assembly_s(with_real: Site) -> None:
    for cite in with_real.corpus.citations:
        ref = cite.reference.target.doc
        if ref is not None and ref.body == "general-assembly" and ref.session is not None:
            assert ref.session >= 31, cite


def test_the_report_lists_every_citation_whose_body_was_assumed(with_real: Site) -> None:
    assumed = [c for c in with_real.corpus.citations if c.reference.target.assumed]
    assert assumed, "the real texts cite by bare number"
    report = BeautifulSoup(with_real.files["report/index.html"], "html.parser").get_text()
    for cite in assumed:
        where = f"{cite.span.path}:{cite.span.first}: info: body assumed: {cite.reference.text!r}"
        assert where in report, where


def test_every_json_names_the_body_of_the_document_and_of_each_target(with_real: Site) -> None:
    for path, data in with_real.files.items():
        if path.endswith("index.json") and not path.startswith("search/"):
            record = json.loads(data)
            assert record["body"] == record["ref"]["body"]
            for cite in record["references"] + record["cited_by"]:
                doc = cite["target"]["doc"]
                assert doc is None or doc["body"] and doc["body_name"], path


def conference_urls() -> set[str]:
    """The URLs the Conference's texts in seeds/ promise, read off the seeds themselves: their pages, their sessions."""
    urls: set[str] = set()
    for path in SEEDS:
        doc = read_seed(str(path), path.read_bytes())
        if doc.ref is not None and doc.ref.body == HOME_BODY:
            urls.add(doc.ref.url)
            urls |= {session_url(HOME_BODY, doc.ref.session)} if doc.ref.session else set()
    return urls


def test_the_conference_s_urls_and_anchors_do_not_change_when_other_bodies_texts_arrive(
    seeds_only: Site, with_real: Site
) -> None:
    promised = conference_urls()
    assert {"resolutions/7-2/", "decisions/4-6/", "sessions/7/", "sessions/4/"} <= promised  # as SEED-FACTS says
    before, after = pages(seeds_only), pages(with_real)
    conference = {url for url in before if url.startswith(CONFERENCE_ONLY)}
    assert promised <= conference
    assert conference <= after.keys()
    for url in conference:
        assert set(ID_RE.findall(before[url])) <= set(ID_RE.findall(after[url])), url
