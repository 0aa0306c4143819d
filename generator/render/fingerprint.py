"""What a document's page is made of, as one hash: an unchanged hash means an unchanged page."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping

from generator.corpus import Entry
from generator.render.life import life_inputs
from generator.render.lineage import lineage_inputs
from generator.render.lookup import Lookup
from generator.render.official import page_official


def entry_fingerprint(entry: Entry, lookup: Lookup, version: str) -> str:
    """A hash of everything the page and JSON of `entry` show.

    That is the entry's own facts and text (by its seed's digest), how each of its
    references resolves and the title it shows, who cites it (by the citing texts'
    digests), its drafts, its footnote links, its lineage (the echoes and the digests of
    the texts they name), and `version`, the code and templates.
    """
    return hashlib.sha256("\x1f".join(_inputs(entry, lookup, version)).encode()).hexdigest()


def page_fingerprint(template: str, url: str, context: Mapping[str, object], version: str) -> str:
    """A hash of everything a page made by `render_page(template, url, **context)` shows.

    The context holds values whose repr says all they are (strings, numbers, frozen
    dataclasses); `version` stands for the code and templates.
    """
    return hashlib.sha256(repr((version, template, url, sorted(context.items()))).encode()).hexdigest()


def _inputs(entry: Entry, lookup: Lookup, version: str) -> list[str]:
    # What the text and `version` decide is left out: the footnote links, and of each
    # citation, its pieces, anchor and characters (the citing text's digest stands for them).
    inputs = [version, repr((entry.ref, entry.title, entry.date, entry.session, entry.draft_of, entry.drafts))]
    inputs.append(str((entry.ref.body, entry.session) in lookup.session_keys))
    inputs.append(repr(page_official(entry, lookup)))  # a text can give the report of its session
    doc = entry.document
    if doc is not None:
        inputs.append(doc.digest)
        # what each citation shows: where it points, and whether its body is assumed (the links' tooltips say)
        inputs += [f"{lookup.shows(c.url)}{c.reference.target.assumed}" for c in lookup.citing.get(entry.ref, ())]
        inputs += lineage_inputs(entry, lookup)
        inputs.append(life_inputs(entry.ref, lookup))
    for cite in entry.cited_by:
        citing = lookup.entries.get(cite.source)
        digest = citing.document.digest if citing and citing.document else ""
        inputs += (cite.source.url, lookup.title(cite.source), digest)
    return inputs
