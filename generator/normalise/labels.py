"""Paragraph labels as the texts write them: "1.", "(a)"."""

from __future__ import annotations

import re

ANNEX_RE = re.compile(r"Annex(?:\s+(?P<name>[IVXLC]+|\d+|[A-Z]))?\.?", re.IGNORECASE)  # a heading, alone
# Words a preambular paragraph opens with besides participles ("Recalling", "Concerned").
PREAMBLE_OPENERS = {
    "also", "further", "aware", "mindful", "cognizant", "conscious", "in", "with", "having",
    "deeply", "gravely", "seriously", "strongly", "firmly", "bearing", "keeping", "noting",
}
PARTICIPLE_RE = re.compile(r"^[A-Z][a-z]+(?:ing|ed)$")
# A verb in the third person, as an operative paragraph opens: "Decides to", "*Takes note* of", "Requests the"
OPERATIVE_VERB_RE = re.compile(r"^\*?(?P<word>[A-Z][a-z]+s)\b\*?\s+\*?[a-z]")
# Words ending in "s" that open a line of these texts but no operative paragraph: words that are no verbs
# ("Towards the Achievement of …", a title cut by a page break), and the plural nouns of their subjects.
NOT_VERBS = {
    *("Towards", "Thus", "Whereas", "Perhaps", "Nevertheless", "Always", "Afterwards", "Besides", "Unless"),
    *("Its", "This", "His", "Has", "Was", "Is", "As", "Various", "Numerous", "Previous", "Progress", "Congress"),
    *("States", "Parties", "Nations", "Members", "Governments", "Countries", "Victims", "Persons", "Organizations"),
}
# Names that look like participles: "held in Atlanta, / United States of America", "Beijing".
NOT_PARTICIPLES = {"United", "Beijing", "Nanjing", "Kunming", "Chongqing", "Xining", "Harbin", "Reading", "Sterling"}
# A label alone on its line, its text on the next: "1.", "(a)", an annex section's "II." or "B."
LABEL_ALONE_RE = re.compile(r"^\s*(?:\d{1,3}\.|\([a-z]{1,4}\)|[IVXLC]{1,6}\.|[A-H]\.)\s*$")
MEETING_RE = re.compile(r"^\s*\d+(?:st|nd|rd|th) (?:plenary )?meeting\b")  # the closing: "50th plenary meeting"
LABEL_RE = re.compile(r"^\s*(?:(?P<number>\d{1,3})\.|\((?P<letter>[a-z]{1,4})\))\s+")


def label_of(text: str) -> tuple[str, re.Match[str]] | None:
    """The label a paragraph's text starts with, and the match that covers it.

    >>> label_of("14. *Also requests* the Office")[0], label_of("(k) Urged States")[0]
    ('14', 'k')
    """
    found = LABEL_RE.match(text)
    if found is None:
        return None
    return found["number"] or found["letter"], found


def next_letter(letter: str) -> str:
    """The letter label after `letter`: a → b, z → aa.

    >>> next_letter("h"), next_letter("z")
    ('i', 'aa')
    """
    if letter[-1] == "z":
        return "a" * (len(letter) + 1)
    return letter[:-1] + chr(ord(letter[-1]) + 1)


def opens_preambular_paragraph(text: str) -> bool:
    """Whether `text` starts as a preambular paragraph does: "Recalling", "Deeply concerned", "Aware".

    >>> opens_preambular_paragraph("Stressing, in this regard,"), opens_preambular_paragraph("States to act")
    (True, False)
    """
    words = text.split(maxsplit=1)
    first = words[0].strip("*").rstrip(",;:") if words else ""
    if first in NOT_PARTICIPLES:
        return False
    return bool(PARTICIPLE_RE.match(first)) or first.lower() in PREAMBLE_OPENERS and first[:1].isupper()


def opens_operative_paragraph(text: str) -> bool:
    """Whether `text` starts as an unnumbered operative paragraph does: "Decides to", "Takes note of".

    >>> [opens_operative_paragraph(t) for t in ("Decides to hold", "Reaffirming its", "Towards the Achievement")]
    [True, False, False]
    """
    verb = OPERATIVE_VERB_RE.match(text)
    return verb is not None and verb["word"] not in NOT_VERBS and not opens_preambular_paragraph(text)
