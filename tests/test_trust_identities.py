"""Identities: digits of any script read as ASCII, no empty URL part, two identities never share a URL."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.build import build_into
from generator.docref import DocRef, DocRefError
from generator.problems import Level
from tests.conftest import SEEDS

DRAFT = """CTOC/COP/2030/{symbol}

Conference of the Parties to the United Nations Convention against Transnational Organized Crime
Distr.: Limited
14 October 2030

Draft resolution {words}

The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,

1. Decides to {words}.
"""
RESOLUTION = "Resolution {number}\n\nA title\n\nThe Conference of the Parties,\n\n1. Decides to {words}.\n"


def built(tmp_path: Path, texts: dict[str, str]) -> tuple[dict[str, bytes], list[str]]:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEEDS[0], seeds / SEEDS[0].name)
    for name, text in texts.items():
        (seeds / name).write_text(text)
    site = build_into(tmp_path / "site", seeds)
    errors = [str(p) for p in site.corpus.problems if p.level is Level.ERROR]
    return site.files, errors


@pytest.mark.parametrize(
    "digits",
    ["\u0667/\u0662", "\uff17/\uff12", "\uff17\uff0f\uff12"],
    ids=["arabic-indic", "full-width", "full-width slash"],
)
def test_digits_of_any_script_are_read_as_the_digits_they_are(digits: str) -> None:
    assert DocRef("cop", "resolution", digits).url == "resolutions/7-2/"
    assert DocRef.of("cop", "resolution", digits, None, None, None) == DocRef.parse("resolution 7/2")


def test_an_identity_that_makes_an_empty_url_part_is_none() -> None:
    with pytest.raises(DocRefError):
        DocRef("cop", "draft", "—/—")
    assert DocRef.of("cop", "draft resolution", None, "—/—", None, None) is None


def test_a_seed_numbered_in_arabic_indic_digits_is_published_at_its_number(tmp_path: Path) -> None:
    files, errors = built(tmp_path, {"a.txt": RESOLUTION.format(number="\u0662\u0660/\u0661", words="act")})
    assert "resolutions/20-1/index.html" in files and "resolutions/index.html" not in files
    assert not errors


def test_two_identities_of_one_url_are_an_error_naming_both_files_and_both_stay_published(tmp_path: Path) -> None:
    texts = {"a.txt": DRAFT.format(symbol="L.5", words="act"), "b.txt": DRAFT.format(symbol="L/5", words="wait")}
    files, errors = built(tmp_path, texts)
    [error] = [e for e in errors if "would both be at" in e]
    assert "seeds/a.txt" in error and "seeds/b.txt" in error
    pages = [
        data
        for path, data in files.items()
        if path.startswith("drafts/ctoc-cop-2030-l-5") and path.endswith(".html") and "/compare/" not in path
    ]
    assert len(pages) == 2
    assert any(b"Decides to act" in page for page in pages) and any(b"Decides to wait" in page for page in pages)


def test_a_symbol_too_long_for_a_folder_name_is_an_error_not_a_failed_build(tmp_path: Path) -> None:
    """A URL part is a folder: over 255 bytes the build died writing it (FileNotFoundError, a traceback)."""
    files, errors = built(tmp_path, {"long.txt": DRAFT.format(symbol="L." + "5" * 300, words="act")})
    assert any("long.txt: error: the symbol" in e and "over 200 characters" in e for e in errors)
    assert all(len(part.encode()) <= 255 for path in files for part in path.split("/"))


def test_no_identity_makes_a_url_part_longer_than_a_folder_name_allows() -> None:
    with pytest.raises(DocRefError):
        DocRef("cop", "document", "A/" + "9" * 300)
    assert DocRef.of("cop", "document", None, "A/" + "9" * 300, 12, None) is None
    titled = DocRef.of("cop", "document", None, None, 12, " ".join(["x" * 100] * 8))
    assert titled is not None and len(titled.slug) <= 200
