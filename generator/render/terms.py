"""One definition of a search term, for the index and the query alike.

`generator/theme/assets/terms.js` is its twin in the browser; `tests/test_search_terms.py`
runs both over the same strings. A term is a run of letters and digits, lower-cased, its
accents dropped. Runs joined by "/" or by a "." before a digit stay one term when they hold
a digit ("5/4", "A/RES/78/47", "16.4", "L.5/Rev.1"); others split at the slash ("and/or").
A word of letters alone is folded, so that English variants and inflections meet: British
spellings become American (organise → organize, labour → labor, defence → defense), and the
common endings go (trafficking, trafficked, traffic → traffic; programmes → program).
"""

from __future__ import annotations

import re
import unicodedata

from generator.memo import memo

TOKEN_RE = re.compile(r"[^\W_]+(?:(?:/|\.(?=\d))[^\W_]+)*")
ACCENTS_RE = re.compile("[\u0300-\u036f]")  # the combining marks NFKD splits off Latin letters
DIGIT_RE = re.compile(r"\d")
# For ASCII text, the same tokens faster: letters lower-cased, digits, "/" and "." kept, all else a space.
_KEPT = b"abcdefghijklmnopqrstuvwxyz0123456789/."
ASCII_FOLD = bytes.maketrans(
    bytes(range(256)), bytes(c + 32 if 65 <= c <= 90 else c if c in _KEPT else 32 for c in range(256))
)
ASCII_TOKEN_RE = re.compile(r"[a-z0-9]+(?:(?:/|\.(?=[0-9]))[a-z0-9]+)*")  # TOKEN_RE over what ASCII_FOLD leaves

# British spellings to American ones: (pattern, replacement), in this order. terms.js holds the same list.
VARIANTS = (
    (re.compile(r"(?<=[a-z]{3})is(?=(?:e|ed|es|ing|ation|ations|er|ers)$)"), "iz"),  # organise, organisation
    (re.compile(r"(?<=[a-z]{2})ys(?=(?:e|ed|es|ing)$)"), "yz"),  # analyse
    (re.compile(r"(?<=[a-z]{3})our(?=(?:s|ed|ing|er|ers|able|ably|ful|ite|ites)?$)"), "or"),  # labour, favourable
    (re.compile(r"^(def|off|lic|pret)enc(?=(?:e|es)$)"), r"\1ens"),  # defence, offences, licence
    (re.compile(r"(?<=[a-z]{3})tre(?=s?$)"), "ter"),  # centre, metres
    (re.compile(r"dgement"), "dgment"),  # judgement, acknowledgement
)
ENDINGS = re.compile(r"(?:ies|ied|sses|ing|ed|s)$")
KEPT_S = ("ss", "us", "is")  # "process", "status", "basis": not plurals
VOWEL_RE = re.compile(r"[aeiouy]")
DOUBLED_RE = re.compile(r"([bdgmnprt])\1$")  # doubled before an ending: "committ(ed)", "programm(e)", "plann(ed)"
MIN_FOLDED = 5  # shorter words are left as they are: "this", "four", "need"


@memo(None)  # a build folds the same words over and over
def fold(word: str) -> str:
    """`word` (lower case, letters alone) with its variant spelling and inflection made common.

    >>> [fold(w) for w in ("organised", "organizing", "labour", "trafficking", "trafficked", "programmes")]
    ['organiz', 'organiz', 'labor', 'traffic', 'traffic', 'program']
    """
    return _fold(word) if len(word) >= MIN_FOLDED and word.isascii() else word


def _fold(word: str) -> str:
    for pattern, replacement in VARIANTS:
        word = pattern.sub(replacement, word)
    ending = ENDINGS.search(word)
    stem = word
    if ending is not None:
        suffix = ending.group()
        stem = word[: ending.start()]
        if suffix in ("ies", "ied"):
            stem += "y"
        elif suffix == "sses":
            stem += "ss"
        elif suffix == "s" and word.endswith(KEPT_S):
            stem = word
        elif suffix in ("ing", "ed") and (len(stem) < 4 or not VOWEL_RE.search(stem) or word.endswith("eed")):
            stem = word
    if stem.endswith("e") and len(stem) >= MIN_FOLDED:
        stem = stem[:-1]
    if stem != word:
        stem = DOUBLED_RE.sub(r"\1", stem)
        if stem.endswith("ick") and len(stem) >= 6:  # trafficking, panicked: "traffic", "panic"
            stem = stem[:-1]
    return stem


def tokens(text: str) -> list[str]:
    """The runs of letters and digits of `text`, lower case, accents dropped, joined by "/" or "." as terms are."""
    if text.isascii():
        lowered = text.encode("ascii").translate(ASCII_FOLD).decode("ascii")
        return ASCII_TOKEN_RE.findall(lowered) if "/" in text or "." in text else lowered.split()
    return TOKEN_RE.findall(ACCENTS_RE.sub("", unicodedata.normalize("NFKD", text.lower())))


def raw_terms(text: str) -> list[str]:
    """The terms of `text` before folding: lower case, accents dropped, symbols whole, in text order.

    >>> raw_terms("Recalling resolutions 5/4 and A/RES/78/47, target 16.4, and/or Côte d'Ivoire.")
    ['recalling', 'resolutions', '5/4', 'and', 'a/res/78/47', 'target', '16.4', 'and', 'or', 'cote', 'd', 'ivoire']
    """
    return [piece for token in tokens(text) for piece in _pieces(token)]


def _pieces(token: str) -> list[str]:
    """A token, or its parts between slashes when it holds no digit ("and/or")."""
    return token.split("/") if "/" in token and not DIGIT_RE.search(token) else [token]


@memo(None)  # the same tokens come back in every part
def term(raw: str) -> str:
    """The indexed form of a raw term: words folded, numbers and symbols as they are."""
    return raw if DIGIT_RE.search(raw) else fold(raw)


def terms(text: str) -> list[str]:
    """The search terms of `text` in order, as the index holds them and the query asks for them.

    >>> terms("The organised crime groups trafficking in 5/4 and A/RES/78/47")
    ['the', 'organiz', 'crim', 'group', 'traffic', 'in', '5/4', 'and', 'a/res/78/47']
    """
    return [term(raw) for raw in raw_terms(text)]


@memo(65536)  # texts repeat their agreed language: a draft, its revisions and the text adopted, most of all
def index_terms(text: str) -> tuple[str, ...]:
    """The terms a part is found by, each once: its terms, and each symbol's last number ("78/47" of "A/RES/78/47")."""
    unique = set(tokens(text))
    if "/" not in text:  # most parts: each token is one term, looked up without a Python loop
        return tuple(set(map(term, unique)))
    return tuple(set().union(*map(_token_terms, unique)))


@memo(None)  # a build meets the same tokens over and over; a part's terms are looked up without a Python loop
def _token_terms(token: str) -> tuple[str, ...]:
    """The index terms of one token: its terms, and a symbol's closing number."""
    found = [term(raw) for raw in _pieces(token)]
    if "/" in token and DIGIT_RE.search(token):
        pieces = token.split("/")
        tail = len(pieces)
        while tail > 0 and pieces[tail - 1].isdigit():
            tail -= 1
        if 0 < tail < len(pieces) - 1:
            found.append("/".join(pieces[tail:]))
    return tuple(found)
