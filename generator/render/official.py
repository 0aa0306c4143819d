"""Links to the official document of a page's symbol, and to its six language versions, on undocs.org."""

from __future__ import annotations

from dataclasses import dataclass

from generator.corpus import Entry
from generator.docref import DocRef
from generator.link.resolve import official_symbol, official_url
from generator.render.lookup import Lookup

LANGUAGES = (
    ("ar", "العربية"),
    ("zh", "中文"),
    ("en", "English"),
    ("fr", "Français"),
    ("ru", "Русский"),
    ("es", "Español"),
)


@dataclass(frozen=True, slots=True)
class Official:
    """The official document: its symbol, its URL, and each language version's (code, name, URL)."""

    symbol: str
    url: str
    languages: tuple[tuple[str, str, str], ...]
    in_report: bool = False  # the symbol is that of the report of the session that adopted the text


def page_official(entry: Entry, lookup: Lookup) -> Official | None:
    """The official links of `entry`'s page: its own document's, else the report of its session it is published in."""
    symbol = entry.document.symbol if entry.document else None
    found = official(entry.ref, symbol)
    if found is not None or entry.ref.kind not in ("resolution", "decision") or entry.session is None:
        return found
    report = lookup.reports.get((entry.ref.body, entry.session))
    return None if report is None else official(entry.ref, report, in_report=True)


def official(ref: DocRef, symbol: str | None, *, in_report: bool = False) -> Official | None:
    """The official links of the document `ref`, issued as `symbol` (if known): its own, a draft's, its body's rule.

    >>> official(DocRef("general-assembly", "resolution", "61/9"), None).languages[0]
    ('ar', 'العربية', 'https://undocs.org/ar/A/RES/61/9')
    """
    # A draft's identity is its symbol, or where it has none, its session and title words (no "/").
    found = symbol or (ref.id if ref.kind == "draft" and "/" in ref.id else official_symbol(ref))
    return None if found is None else official_document(found, in_report=in_report)


def official_document(symbol: str, *, in_report: bool = False) -> Official:
    """The official links of the document issued as `symbol`."""
    url = official_url(symbol)
    path = url.removeprefix("https://undocs.org/")
    languages = tuple((code, name, f"https://undocs.org/{code}/{path}") for code, name in LANGUAGES)
    return Official(symbol, url, languages, in_report)
