"""Links to the official document of a page's symbol, and to its six language versions, on undocs.org."""

from __future__ import annotations

from dataclasses import dataclass

from generator.docref import DocRef
from generator.link.resolve import official_symbol, official_url

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


def official(ref: DocRef, symbol: str | None) -> Official | None:
    """The official links of the document `ref`, issued as `symbol` (if known): its own, a draft's, its body's rule.

    >>> official(DocRef("general-assembly", "resolution", "61/9"), None).languages[0]
    ('ar', 'العربية', 'https://undocs.org/ar/A/RES/61/9')
    """
    # A draft's identity is its symbol, or where it has none, its session and title words (no "/").
    found = symbol or (ref.id if ref.kind == "draft" and "/" in ref.id else official_symbol(ref))
    if found is None:
        return None
    url = official_url(found)
    path = url.removeprefix("https://undocs.org/")
    return Official(found, url, tuple((code, name, f"https://undocs.org/{code}/{path}") for code, name in LANGUAGES))
