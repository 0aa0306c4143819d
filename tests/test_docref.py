"""Document identities: parsing, URLs, labels, refusals."""

from __future__ import annotations

import pytest

from generator.docref import DocRef, DocRefError


@pytest.mark.parametrize(
    ("text", "url", "label"),
    [
        ("resolution 7/2", "resolutions/7-2/", "Resolution 7/2"),
        ("decision 4/6", "decisions/4-6/", "Decision 4/6"),
        (
            "General Assembly resolution 78/47",
            "general-assembly/resolutions/78-47/",
            "General Assembly resolution 78/47",
        ),
        (
            "General Assembly resolution 67/234 B",
            "general-assembly/resolutions/67-234-b/",
            "General Assembly resolution 67/234 B",
        ),
        ("draft CTOC/COP/2020/L.5/Rev.1", "drafts/ctoc-cop-2020-l-5-rev-1/", "Draft CTOC/COP/2020/L.5/Rev.1"),
        (
            "General Assembly draft A/C.3/80/L.3",
            "general-assembly/drafts/a-c-3-80-l-3/",
            "General Assembly draft A/C.3/80/L.3",
        ),
    ],
)
def test_parse_url_and_label(text: str, url: str, label: str) -> None:
    ref = DocRef.parse(text)
    assert (ref.url, ref.label) == (url, label)


def test_other_bodies_numbers_are_other_documents() -> None:
    assert DocRef.parse("resolution 10/5") != DocRef.parse(
        "Conference of the States Parties to the United Nations Convention against Corruption resolution 10/5"
    )


@pytest.mark.parametrize(
    "bad", ["", "resolution", "resolution seven", "paragraph 4", "Security Assembly resolution 1/2"]
)
def test_bad_values_are_refused(bad: str) -> None:
    with pytest.raises(DocRefError):
        DocRef.parse(bad)


def test_a_draft_without_symbol_is_named_by_session_and_title() -> None:
    title = "Enhancing measures, including under the Firearms Protocol"
    ref = DocRef.of("cop", "draft resolution", None, None, 12, title)
    assert ref is not None and ref.url == "drafts/session-12-enhancing-measures-including-under-the-firearms-protocol/"


def test_a_text_with_neither_number_nor_symbol_is_named_by_kind_and_session() -> None:
    draft = DocRef.of("cop", "draft resolution", None, None, 12, "Enhancing measures")
    other = DocRef.of("general-assembly", "other", None, None, None, "Press release")
    listed = DocRef.of("cop", "other", None, None, 12, "List of participants")
    assert draft is not None and draft.label == "Draft resolution (session 12)"
    assert other is not None and other.label == "General Assembly other text"
    assert listed is not None and listed.label == "Other text"  # no UN text: never "Document", nor a session's


def test_security_council_numbers_are_identities_of_their_own() -> None:
    ref = DocRef.parse("Security Council resolution 1373 (2001)")
    assert (ref.body, ref.id, ref.session) == ("security-council", "1373 (2001)", None)
    assert DocRef.parse("General Assembly resolution 10/6").url != DocRef.parse("resolution 10/6").url


def test_the_url_of_a_titled_text_spells_its_accented_words_in_ascii() -> None:
    """A title's words become the URL's: accents dropped, not the letters they stand on; ASCII titles as before."""
    accented = DocRef.of(None, "other", None, None, 5, "Déclaration de Côte d'Ivoire sur l'Œuvre")
    plain = DocRef.of(None, "other", None, None, 5, "Declaration de Cote d'Ivoire sur l'Oeuvre")
    assert accented is not None and plain is not None
    assert accented.url == plain.url == "documents/session-5-declaration-de-cote-d-ivoire-sur-l-oeuvre/"
