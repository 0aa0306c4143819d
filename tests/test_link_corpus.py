"""The corpus: harvested titles and dates, entries of cited texts, sessions, drafts matched to what they became."""

from __future__ import annotations

import datetime as dt

from generator.docref import DocRef
from generator.link import build_corpus
from generator.model import DateRange, Kind
from tests.test_link_helpers import document

RES_3_1 = DocRef("cop", "resolution", "3/1")
RES_13_2 = DocRef("cop", "resolution", "13/2")
DRAFT = DocRef("cop", "draft", "CTOC/COP/2026/L.2")


def citing(*texts: str, source: str = "citing.txt", **facts: object) -> object:
    """A Conference resolution 14/1 of `texts`, read from `source`."""
    return document(*texts, source=source, number=facts.pop("number", "14/1"), **facts)


def test_a_cited_resolution_not_in_the_collection_gets_its_entry_from_the_citation() -> None:
    corpus = build_corpus([citing('Recalling its resolution 3/1 of 22 October 2006, entitled "Illicit “firearms”",')])
    entry = corpus.entry(RES_3_1)
    assert entry is not None and entry.document is None
    assert (entry.title, entry.date, entry.session) == ("Illicit “firearms”", dt.date(2006, 10, 22), 3)
    assert entry.ref.url == "resolutions/3-1/"
    assert [(c.source, c.anchor, c.span.first) for c in entry.cited_by] == [
        (DocRef("cop", "resolution", "14/1"), "para-1", 1)
    ]


def test_a_text_s_own_title_wins_and_a_citation_that_disagrees_is_warned_about_naming_both_places() -> None:
    own = document("Decides to act;", source="own.txt", number="3/1", title="Illicit firearms")
    other = citing('Recalling its resolution 3/1 of 22 October 2006, entitled "Illicit explosives",')
    corpus = build_corpus([own, other])
    entry = corpus.entry(RES_3_1)
    assert entry is not None and entry.title == "Illicit firearms" and entry.date == dt.date(2006, 10, 22)
    [problem] = corpus.problems
    assert (problem.path, problem.line) == ("citing.txt", 1)
    assert "own.txt:1" in problem.message and "Illicit explosives" in problem.message


def test_titles_that_differ_only_in_case_spacing_and_quotes_agree() -> None:
    corpus = build_corpus(
        [
            citing(
                'Recalling its resolution 3/1, entitled "Illicit  “firearms”",',
                'Recalling its resolution 3/1, entitled “illicit "Firearms"”,',
            )
        ]
    )
    assert corpus.problems == ()


def test_citations_of_one_title_with_and_without_an_article_are_only_noted() -> None:
    first = citing('Recalling its resolution 3/1, entitled "Ensuring the effective implementation",', source="a.txt")
    second = citing(
        'Recalling its resolution 3/1, entitled "Ensuring effective implementation",', source="b.txt", number="14/2"
    )
    third = citing(
        'Recalling its resolution 3/1, entitled "Ensuring effective cooperation",', source="c.txt", number="14/3"
    )
    corpus = build_corpus([first, second, third])
    assert [str(p) for p in corpus.problems] == [
        "b.txt:1: info: Resolution 3/1: title “Ensuring effective implementation” differs from"
        " “Ensuring the effective implementation” at a.txt:1 only in its articles",
        "c.txt:1: warning: Resolution 3/1: title “Ensuring effective cooperation” differs from"
        " “Ensuring the effective implementation” at a.txt:1",
    ]


def test_citations_that_disagree_on_a_date_are_warned_about_naming_both_places() -> None:
    first = citing("Recalling its resolution 3/1 of 22 October 2006,", source="a.txt")
    second = citing("Recalling its resolution 3/1 of 23 October 2006,", source="b.txt", number="14/2")
    corpus = build_corpus([first, second])
    assert [str(p) for p in corpus.problems] == [
        "b.txt:1: warning: Resolution 3/1: date “2006-10-23” differs from “2006-10-22” at a.txt:1"
    ]


def test_the_session_of_a_cited_resolution_gets_the_year_of_its_date() -> None:
    corpus = build_corpus([citing("Recalling its resolutions 3/1 of 22 October 2006 and 3/4 of 23 October 2006,")])
    [session] = [s for s in corpus.sessions if s.number == 3]
    assert session.year == 2006
    assert session.adopted == (dt.date(2006, 10, 22), dt.date(2006, 10, 23))
    assert session.documents == (RES_3_1, DocRef("cop", "resolution", "3/4"))


def test_a_session_gets_its_dates_and_place_from_a_header_and_others_by_name() -> None:
    draft = document(
        "Decides to meet again at its fifteenth session;",
        kind=Kind.DRAFT_RESOLUTION,
        number=None,
        session=14,
        title="Measures",
        session_dates=DateRange(dt.date(2028, 10, 9), dt.date(2028, 10, 13)),
        place="Vienna",
    )
    corpus = build_corpus([draft])
    assert [(s.number, s.year, str(s.dates), s.place) for s in corpus.sessions] == [
        (14, 2028, "9–13 October 2028", "Vienna"),
        (15, None, "None", None),
    ]


def draft_2026(title: str) -> object:
    return document(
        "Decides to act;", source="draft.txt", kind=Kind.DRAFT_RESOLUTION, number=None, symbol=DRAFT.id, title=title
    )


def test_a_draft_takes_the_session_of_its_symbol_s_year_and_is_matched_to_the_resolution_of_its_title() -> None:
    later = citing('Recalling its resolution 13/2 of 16 October 2026, entitled "Strengthening “cooperation”",')
    corpus = build_corpus([later, draft_2026('Strengthening  "Cooperation"')])
    draft, resolution = corpus.entry(DRAFT), corpus.entry(RES_13_2)
    assert draft is not None and resolution is not None
    assert draft.session == 13 and draft.draft_of == RES_13_2 and resolution.drafts == (DRAFT,)
    assert DRAFT in next(s for s in corpus.sessions if s.number == 13).documents


def test_a_draft_of_another_title_is_not_matched() -> None:
    later = citing('Recalling its resolution 13/2 of 16 October 2026, entitled "Strengthening cooperation",')
    corpus = build_corpus([later, draft_2026("Other measures")])
    assert corpus.entry(DRAFT).draft_of is None  # type: ignore[union-attr]


def test_a_draft_of_the_same_title_in_another_session_is_not_matched() -> None:
    later = citing('Recalling its resolution 12/2 of 16 October 2024, entitled "Strengthening cooperation",')
    corpus = build_corpus([later, draft_2026("Strengthening cooperation")])
    assert corpus.entry(DRAFT).draft_of is None  # type: ignore[union-attr]
    assert any("draft's session is not known" in p.message for p in corpus.problems)


def test_another_body_s_resolution_is_not_the_conference_s() -> None:
    corpus = build_corpus(
        [
            citing(
                "Taking note of Conference of the States Parties to the United Nations Convention against Corruption"
                " resolution 10/5,"
            )
        ]
    )
    assert corpus.entry(DocRef("cop", "resolution", "10/5")) is None
    entry = corpus.entry(DocRef("cosp", "resolution", "10/5"))
    assert entry is not None and entry.session == 10 and entry.ref.url == "cosp/resolutions/10-5/"
    assert [(s.number, s.url) for s in corpus.sessions if s.body == "cosp"] == [(10, "cosp/sessions/10/")]
    assert all(s.number != 10 for s in corpus.sessions if s.body == "cop")


def test_another_body_s_resolution_with_an_official_symbol_gets_no_page_of_ours() -> None:
    corpus = build_corpus([citing("Recalling General Assembly resolution 70/1 and General Assembly decision 60/519,")])
    assert corpus.entry(DocRef("general-assembly", "resolution", "70/1")) is None
    assert corpus.entry(DocRef("general-assembly", "decision", "60/519")) is not None
    assert all(c.resolved for c in corpus.citations)


def test_years_that_disagree_within_a_session_are_warned_about() -> None:
    corpus = build_corpus([citing("Recalling its resolutions 3/1 of 22 October 2006 and 3/2 of 22 October 2007,")])
    assert [p.message for p in corpus.problems] == ["session 3 dated 2007, but 2006 elsewhere"]


def test_a_text_with_no_identity_or_one_already_held_is_left_out() -> None:
    nameless = document("Decides;", source="nameless.txt", kind=Kind.OTHER, number=None)
    twice = document("Decides;", source="twice.txt")
    corpus = build_corpus([document("Decides;"), nameless, twice])
    assert [e.document.source for e in corpus.entries if e.document] == ["case.txt"]
    assert [(p.path, p.line) for p in corpus.problems] == [("nameless.txt", 0), ("twice.txt", 0)]
