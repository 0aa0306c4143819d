"""Articles of treaties: "article 32 of the Organized Crime Convention", "articles 32 and 33 of the Convention"."""

from __future__ import annotations

import re

from generator.link.found import Found
from generator.link.instruments import INSTRUMENT, Named
from generator.model import Target

ARTICLE = r"\d{1,3}(?:\s*\(\d{1,2}\))?"
LIST_SEPARATOR = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
ARTICLES_RE = re.compile(
    rf"\b(?P<word>[Aa]rticles?)\s+(?P<numbers>{ARTICLE}(?:{LIST_SEPARATOR}{ARTICLE})*)"
    rf"\s+of\s+(?:the\s+|its\s+)?(?P<instrument>{INSTRUMENT})"
)
NUMBER_RE = re.compile(ARTICLE)


def find_articles(text: str, named: Named) -> list[Found]:
    """Each article number cited with the treaty it belongs to; unknown treaties are left out."""
    if "rticle" not in text:  # "Article", "articles": most paragraphs cite none
        return []
    found: list[Found] = []
    for match in ARTICLES_RE.finditer(text):
        instrument = named.meant(match["instrument"], text, match.start())
        if instrument is None:
            continue
        for number in NUMBER_RE.finditer(match["numbers"]):
            start = match.start("numbers") + number.start()
            article = number.group().split("(")[0].strip()
            first = number.start() == 0
            found.append(
                Found(
                    match.start() if first else start,
                    start + len(number.group()),
                    Target("article", key=f"{instrument}:{article}"),
                )
            )
    return found
