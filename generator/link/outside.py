"""Things cited that have no document symbol: Treaty Series entries and the Goals' targets and indicators."""

from __future__ import annotations

import re

from generator.link.found import Found
from generator.model import Target

VOLUME = r"vol\.\s+(?P<volume>\d{1,5}),\s+No\.\s+(?P<number>\d{1,6})"
TREATY_RE = re.compile(rf"\bUnited Nations,\s+Treaty Series,\s+{VOLUME}")
VOLUME_RE = re.compile(rf"\b{VOLUME}")
GOALS_RE = re.compile(r"\bSustainable Development\b")
GOAL_PART_RE = re.compile(
    r"\b(?:(?P<target>target)|(?P<indicator>indicator))s?\s+(?P<id>\d{1,2}\.[0-9a-z]{1,2}(?(indicator)\.\d{1,2}|))\b"
)
GOAL_PAGE = "https://sdgs.un.org/goals/goal{goal}"


def find_treaties(text: str) -> list[Found]:
    """Each "United Nations, Treaty Series, vol. N, No. M"; a volume alone is no citation."""
    return _entries(TREATY_RE, text) if "Treaty Series" in text else []


def find_volumes(text: str) -> list[Found]:
    """Each "vol. N, No. M": a Treaty Series entry once "Ibid." has said the series is that one."""
    return _entries(VOLUME_RE, text)


def _entries(pattern: re.Pattern[str], text: str) -> list[Found]:
    """Each match of `pattern` as a Treaty Series entry keyed "volume:number": "2326:39574"."""
    return [
        Found(m.start(), m.end(), Target("treaty", key=f"{m['volume']}:{m['number']}")) for m in pattern.finditer(text)
    ]


def find_goal_parts(text: str) -> list[Found]:
    """Targets ("target 16.4") and indicators ("indicator 16.4.2") where the text names the Goals."""
    if "Sustainable Development" not in text or not GOALS_RE.search(text):  # the first test is the quicker
        return []
    return [
        Found(m.start(), m.end(), Target("sdg-target" if m["target"] else "sdg-indicator", key=m["id"]))
        for m in GOAL_PART_RE.finditer(text)
    ]


def goal_page(key: str) -> str:
    """The official page of the Goal a target or indicator belongs to."""
    return GOAL_PAGE.format(goal=key.split(".")[0])
