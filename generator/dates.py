"""Dates as the texts write them: "17 October 2024", "14–18 October 2024", "from 26 to 28 May 2014"."""

from __future__ import annotations

import datetime as dt
import re

from generator.model import DateRange

MONTHS = (
    "January February March April May June July August September October November December"
).split()
MONTH = "|".join(MONTHS)
DAY = r"\d{1,2}"
# "14–18 October 2024", "26 to 28 May 2014", "3 and 4 May 2023", "30 September–4 October 2024", "17 October 2024"
DATE_RANGE_RE = re.compile(
    rf"(?:from\s+)?(?P<d1>{DAY})(?:\s+(?P<m1>{MONTH}))?(?:\s+(?P<y1>\d{{4}}))?"
    rf"\s*(?:[–—-]|\s+to\s+|\s+and\s+)\s*(?P<d2>{DAY})\s+(?P<m2>{MONTH})\s+(?P<y2>\d{{4}})"
    rf"|(?P<d>{DAY})\s+(?P<m>{MONTH})\s+(?P<y>\d{{4}})"
)
DATE_RE = re.compile(rf"\b(?P<d>{DAY})\s+(?P<m>{MONTH})\s+(?P<y>\d{{4}})\b")


def _date(day: str, month: str, year: str) -> dt.date | None:
    try:
        return dt.date(int(year), MONTHS.index(month) + 1, int(day))
    except ValueError:
        return None


def parse_date(text: str) -> dt.date | None:
    """The first full date in `text`.

    >>> parse_date("Distr.: Limited 17 October 2024")
    datetime.date(2024, 10, 17)
    """
    found = DATE_RE.search(text)
    return _date(found["d"], found["m"], found["y"]) if found else None


def parse_date_range(text: str) -> DateRange | None:
    """The first date or range of dates in `text`.

    >>> str(parse_date_range("Vienna, 14–18 October 2024"))
    '14–18 October 2024'
    >>> str(parse_date_range("held from 30 September to 4 October 2019"))
    '30 September – 4 October 2019'
    """
    found = DATE_RANGE_RE.search(text)
    if found is None:
        return None
    if found["d"]:
        day = _date(found["d"], found["m"], found["y"])
        return DateRange(day, day) if day else None
    end = _date(found["d2"], found["m2"], found["y2"])
    start = _date(found["d1"], found["m1"] or found["m2"], found["y1"] or found["y2"])
    if start is None or end is None or start > end:
        return None
    return DateRange(start, end)
