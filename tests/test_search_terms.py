"""One definition of a search term: Python's (the index) and JavaScript's (the query) give the same terms."""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.render.terms import ACCENTS_RE, TOKEN_RE, _pieces, fold, index_terms, raw_terms, terms
from tests.conftest import ROOT

TERMS_JS = ROOT / "generator" / "theme" / "assets" / "terms.js"
SAMPLES = [
    "Recalling its resolutions 5/4 and 6/2, Côte d'Ivoire, Sub_Group",
    "organised organized organising organisation organizations ORGANIZED",
    "labour labor labourers favourable four hours honour",
    "defence defense defences offence licence",
    "programme programmes program programming programmed",
    "trafficking trafficked traffic traffickers panicked kicked",
    "A/RES/78/47, CTOC/COP/2020/L.5/Rev.1 and E/CN.15/2019/1; target 16.4. 2.The end.",
    "and/or 5/4/ 12/ /3 a/b/c 1.2.3 ½ ﬁnancial Ἀθῆναι Москва 国際 العربية",
    "centre centres analyse analyses analysis judgement acknowledgement",
    "noted note based caused States status parties committees processes",
]
ALPHABET = "aAeEiIsSdDnNgG rRtTyYoOuU09/._-,'\"éÉ½"


def python_terms(text: str) -> list[str]:
    return terms(text)


def js_terms(texts: list[str]) -> list[list[str]]:
    """What terms.js makes of each text, run by node."""
    script = TERMS_JS.read_text(encoding="utf-8")
    runner = (
        "globalThis.window = globalThis;\n"
        + script
        + "\nconst texts = JSON.parse(require('fs').readFileSync(0, 'utf8'));"
        "\nprocess.stdout.write(JSON.stringify(texts.map(t => window.untocTerms.terms(t))));"
    )
    done = subprocess.run(["node", "-e", runner], input=json.dumps(texts), capture_output=True, text=True, check=True)
    return list(json.loads(done.stdout))


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_javascript_reads_the_same_terms_as_python() -> None:
    chance = random.Random(17)
    texts = SAMPLES + ["".join(chance.choice(ALPHABET) for _ in range(chance.randint(0, 40))) for _ in range(400)]
    words = "organisation trafficked programmes labourers defences centres committed status analyses".split()
    texts += [" ".join(chance.choice(words) + chance.choice(["", "s", "ed", "ing", "e"]) for _ in range(8))] * 3
    assert js_terms(texts) == [python_terms(t) for t in texts]


def test_variant_spellings_and_inflections_give_one_term() -> None:
    same = [
        ("organise", "organize", "organised", "organizing"),
        ("organisation", "organization"),
        ("programme", "program", "programmes"),
        ("labour", "labor"),
        ("defence", "defense"),
        ("trafficking", "trafficked", "traffic"),
    ]
    for words in same:
        assert len({fold(w) for w in words}) == 1, words
    assert len({fold(w) for w in ("four", "for", "note", "not", "status", "state")}) == 6


def test_symbols_and_numbers_stay_whole() -> None:
    assert terms("resolutions 5/4, A/RES/78/47 and target 16.4.") == [
        "resolution",
        "5/4",
        "a/res/78/47",
        "and",
        "target",
        "16.4",
    ]
    assert terms("and/or Sub_Group") == ["and", "or", "sub", "group"]
    assert "78/47" in index_terms("See A/RES/78/47.")  # as texts cite it: "resolution 78/47"


@given(st.text(alphabet=st.sampled_from("aZz09/_-.,' "), max_size=40))
def test_the_quick_way_to_the_terms_of_ascii_text_finds_what_the_general_way_finds(text: str) -> None:
    general = TOKEN_RE.findall(ACCENTS_RE.sub("", unicodedata.normalize("NFKD", text.lower())))
    assert raw_terms(text) == [piece for token in general for piece in _pieces(token)]
