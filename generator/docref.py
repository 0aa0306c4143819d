"""A document's identity: which body, what kind, which number or symbol."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from generator.bodies import BY_KEY, HOME_BODY, SESSION, body_named, number_form
from generator.digits import ascii_digits
from generator.memo import memo, table

SECTIONS = {"resolution": "resolutions", "decision": "decisions", "draft": "drafts", "document": "documents"}
# "7/2", "67/234 B"; the Economic and Social Council numbers by year: "2023/15".
NUMBER = r"(?:\d{1,3}|(?:19|20)\d\d)/\d{1,4}"
SERIAL_NUMBER = r"\d{1,4} \((?:19|20)\d\d\)"  # the Security Council's: "1373 (2001)"
NUMBER_RE = re.compile(rf"{NUMBER}(?: [A-Z])?|{SERIAL_NUMBER}")
TITLED_RE = re.compile(r"session-(\d+)-")  # the id of a text with neither number nor symbol
MAX_SLUG = 200  # characters of a URL part, a folder's name: file systems allow 255 bytes, and `distinguish` adds 7
PARSE_RE = re.compile(r"^(?P<body>.*?)\s*\b(?P<kind>resolution|decision|draft|document)\s+(?P<id>\S.*)$", re.IGNORECASE)


# Letters that Unicode does not decompose into an ASCII letter and accents.
LIGATURES = str.maketrans(
    {"Œ": "Oe", "œ": "oe", "Æ": "Ae", "æ": "ae", "ß": "ss", "Ø": "O", "ø": "o", "Ł": "L", "ł": "l", "Đ": "D", "đ": "d"}
)


class DocRefError(ValueError):
    """A string that names no document."""


@memo(65536)  # every page names hundreds of documents by URL; identities repeat
def slugify(text: str) -> str:
    """Lower case, accented letters and ligatures in ASCII, every run of other characters than a-z and 0-9 as one "-".

    >>> slugify("CTOC/COP/2020/L.5/Rev.1"), slugify("Déclaration de Côte d'Ivoire"), slugify("Œuvre, Straße")
    ('ctoc-cop-2020-l-5-rev-1', 'declaration-de-cote-d-ivoire', 'oeuvre-strasse')
    """
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text.translate(LIGATURES)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


@dataclass(frozen=True, slots=True, order=True)
class DocRef:
    """The identity of a document: stable across builds, independent of file names.

    >>> DocRef.parse("resolution 7/2").url
    'resolutions/7-2/'
    >>> DocRef.parse("General Assembly resolution 67/234 B").url
    'general-assembly/resolutions/67-234-b/'
    >>> DocRef.parse("draft CTOC/COP/2020/L.5/Rev.1").url
    'drafts/ctoc-cop-2020-l-5-rev-1/'
    >>> DocRef.parse("Security Council resolution 1373 (2001)").url
    'security-council/resolutions/1373-2001/'
    """

    body: str  # body key, see generator.bodies
    kind: str  # resolution, decision, draft, document
    id: str  # "7/2", a symbol, or for a text without either its session and title words

    def __post_init__(self) -> None:
        if not self.id.isascii():  # digits of any script as ASCII ones: "٧/٢" is 7/2
            object.__setattr__(self, "id", ascii_digits(self.id))
        if self.body not in BY_KEY:
            raise DocRefError(f"unknown body {self.body!r}")
        if self.kind not in SECTIONS:
            raise DocRefError(f"unknown kind {self.kind!r}")
        if self.kind in ("resolution", "decision") and not NUMBER_RE.fullmatch(self.id):
            raise DocRefError(f"{self.id!r} is not a {self.kind} number like 7/2")
        if not 0 < len(slugify(self.id)) <= MAX_SLUG:
            raise DocRefError(f"{self.id[:MAX_SLUG]!r} makes an empty URL part, or one over {MAX_SLUG} characters")

    def __reduce__(self) -> tuple[Callable[[str, str, str], DocRef], tuple[str, str, str]]:
        """Pickled as its fields (fast, like `Value`), unpickled as `interned`: one object per identity in a build."""
        return interned, (self.body, self.kind, self.id)

    @classmethod
    def parse(cls, text: str, default_body: str = HOME_BODY) -> DocRef:
        """Read "resolution 5/4", "General Assembly decision 60/519", "draft A/C.3/80/L.3"."""
        found = PARSE_RE.match(text.strip())
        if found is None:
            raise DocRefError(f"{text!r} names no resolution, decision, draft or document")
        named = body_named(found["body"]) if found["body"] else None
        if found["body"] and named is None:
            raise DocRefError(f"{found['body']!r} is no body the collection knows")
        return cls(named.key if named else default_body, found["kind"].lower(), found["id"].strip())

    @classmethod
    def of(
        cls,
        body: str | None,
        kind: str,
        number: str | None,
        symbol: str | None,
        session: int | None,
        title: str | None,
    ) -> DocRef | None:
        """The identity of a document with these header facts, or None if they give none."""
        body = body or HOME_BODY
        number, symbol = (ascii_digits(number) if number else None), (ascii_digits(symbol) if symbol else None)
        if kind in ("resolution", "decision") and number and NUMBER_RE.fullmatch(number):
            return interned(body, kind, number)
        short = "draft" if kind.startswith("draft") else "document"
        if symbol and 0 < len(slugify(symbol)) <= MAX_SLUG:  # else no identity (`identity.check_identities` says so)
            return interned(body, short, symbol)
        if title:
            words = slugify(title).split("-")[:8]
            titled = "-".join([f"session-{session}" if session else "undated", *words])
            return interned(body, short, titled[:MAX_SLUG].strip("-"))
        return None

    @property
    def slug(self) -> str:
        """The identity as it stands in URLs: "7-2", "ctoc-cop-2020-l-5-rev-1"."""
        return slugify(self.id)

    @property
    def url(self) -> str:
        """The page's path below the site root, with a trailing slash."""
        return _url(self.body, self.kind, self.id)

    @property
    def label(self) -> str:
        """How people name the document: "Resolution 7/2", "General Assembly resolution 78/47"."""
        return _label(self.body, self.kind, self.id)

    @property
    def session(self) -> int | None:
        """The session a numbered text was adopted at: 7/2 → 7; None for "2019/19" and "1373 (2001)"."""
        if self.kind in ("resolution", "decision") and number_form(self.id) == SESSION:
            return int(self.id.split("/")[0])
        return None


def session_url(body: str, number: int) -> str:
    """The site path of a body's session page: "sessions/12/", "general-assembly/sessions/78/".

    >>> session_url("cop", 10), session_url("general-assembly", 78)
    ('sessions/10/', 'general-assembly/sessions/78/')
    """
    return f"{BY_KEY[body].url_prefix}sessions/{number}/"


@memo(65536)
def interned(body: str, kind: str, id: str) -> DocRef:
    """`DocRef(body, kind, id)`, one object for each identity.

    The corpus looks identities up in dicts hundreds of thousands of times: one object
    for equal identities spares the field-by-field comparison, and each is checked once.
    """
    return DocRef(body, kind, id)


# The formatting of identities, cached by their fields: pages ask for the same few thousand many times over.


DISTINCT: dict[tuple[str, str, str], str] = table(__name__, "DISTINCT")  # this build's slugs of identities on one URL


def distinguish(slugs: dict[tuple[str, str, str], str]) -> None:
    """Give these identities (body, kind, id) these slugs in their URLs, for the build about to run, and no others."""
    DISTINCT.clear()
    DISTINCT.update(slugs)
    _url.cache_clear()


@memo(65536)
def _url(body: str, kind: str, id: str) -> str:
    """`DocRef(body, kind, id).url`."""
    return f"{BY_KEY[body].url_prefix}{SECTIONS[kind]}/{DISTINCT.get((body, kind, id)) or slugify(id)}/"


@memo(65536)
def _label(body: str, kind: str, id: str) -> str:
    """`DocRef(body, kind, id).label`."""
    words = {"draft": "Draft", "document": "Other text"}.get(kind, kind.capitalize())
    name = f"{words} {id}"
    if not NUMBER_RE.fullmatch(id) and "/" not in id:  # no number or symbol: its kind and, if known, its session
        session = TITLED_RE.match(id)
        name = "Draft resolution" if kind == "draft" else "Other text"
        name += f" (session {session[1]})" if session and kind == "draft" else ""
    if body == HOME_BODY:
        return name
    return f"{BY_KEY[body].name} {name[0].lower()}{name[1:]}"
