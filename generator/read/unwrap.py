"""Joining hard-wrapped lines back into running text."""

from __future__ import annotations

import re

# Words that follow a suspended hyphen ("gender- and age-disaggregated"): the space stays.
SUSPENDED_HYPHEN_NEXT = {"and", "or", "to", "nor", "as"}
LINE_END_HYPHEN_RE = re.compile(r"[^\W\d_]-$")


def join_lines(lines: list[str]) -> str:
    """Join wrapped lines with one space; a line-end hyphen joins without one.

    UN texts are set ragged-right, so a hyphen at a line end is a real one
    ("data-" + "collection" is "data-collection"), unless the next word is a
    conjunction and the hyphen is suspended ("gender-" + "and age-…").

    >>> join_lines(["upcoming data-", "collection cycle"])
    'upcoming data-collection cycle'
    >>> join_lines(["collect gender-", "and age-disaggregated"])
    'collect gender- and age-disaggregated'
    """
    text = ""
    for line in lines:
        line = line.strip()
        if line:
            text = f"{text}{separator(text, line)}{line}" if text else line
    return text


def separator(before: str, after: str) -> str:
    """What stands between text cut at a line or page end and its continuation: "" after a real hyphen, else " "."""
    # A match can only stand in the last three characters: searching from there saves reading all of `before`.
    if LINE_END_HYPHEN_RE.search(before, len(before) - 3) and after.split()[0].lower() not in SUSPENDED_HYPHEN_NEXT:
        return ""
    return " "
