"""Meetings named with their dates: Working Group meetings, review conferences."""

from __future__ import annotations

from generator.link import build_corpus
from tests.test_link_helpers import document


def events(*texts: str) -> list[str]:
    """The events the corpus of one document with `texts` knows, one line each."""
    return [f"{e.name} | {e.dates} | {e.place} | line {e.span.first}" for e in build_corpus([document(*texts)]).events]


def test_a_group_at_its_meeting_held_on_two_days() -> None:
    assert events(
        "Welcomes the results of the Working Group on Firearms at its seventh meeting,"
        " held in Vienna on 16 and 17 July 2020;"
    ) == ["Working Group on Firearms, seventh meeting | 16–17 July 2020 | Vienna | line 1"]


def test_a_meeting_held_from_one_day_to_another() -> None:
    assert events(
        "Expresses its appreciation for the work of the Working Group on Trafficking in Persons at its second meeting,"
        " held in Vienna from 26 to 28 May 2014;"
    ) == ["Working Group on Trafficking in Persons, second meeting | 26–28 May 2014 | Vienna | line 1"]


def test_two_meetings_with_their_dates_respectively() -> None:
    assert events(
        "Welcomes the results of the tenth and eleventh meetings of the Working Group on Firearms,"
        " held in Vienna on 3 and 4 May 2023 and on 3 and 4 April 2024, respectively;"
    ) == [
        "Working Group on Firearms, tenth meeting | 3–4 May 2023 | Vienna | line 1",
        "Working Group on Firearms, eleventh meeting | 3–4 April 2024 | Vienna | line 1",
    ]


def test_a_review_conference_named_by_its_ordinal() -> None:
    assert events(
        "Taking note of the report of the third United Nations Conference to Review Progress Made in the Programme,"
        " held in New York from 18 to 29 June 2018, in which"
    ) == [
        "Third United Nations Conference to Review Progress Made in the Programme | 18–29 June 2018 | New York | line 1"
    ]


def test_a_meeting_named_twice_is_one_event_and_one_without_ordinal_is_none() -> None:
    assert events(
        "Notes the Working Group on Firearms at its second meeting, held in Vienna from 26 to 28 May 2014;",
        "Recalls the recommendations made at its meeting held from 26 to 28 May 2014;",
        "Welcomes the Working Group on Firearms at its second meeting, held in Vienna from 26 to 28 May 2014;",
    ) == ["Working Group on Firearms, second meeting | 26–28 May 2014 | Vienna | line 1"]
