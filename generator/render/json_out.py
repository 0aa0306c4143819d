"""The JSON files for people who process the texts: one beside each document's page, one for the corpus."""

from __future__ import annotations

from typing import Any

import orjson

from generator.bodies import BY_KEY
from generator.corpus import Citation, Corpus, Entry, Event, Session
from generator.docref import DocRef
from generator.model import Document, Target
from generator.outline import as_json
from generator.render.lineage import lineage_json
from generator.render.lookup import Lookup


def dumps(data: Any) -> bytes:
    """Compact UTF-8 JSON with sorted keys and a final newline: the same bytes for the same data.

    orjson writes the very bytes `json.dumps(data, ensure_ascii=False, separators=(",", ":"),
    sort_keys=True)` would, five times as fast: a page's JSON costs less than its HTML.
    """
    return orjson.dumps(data, option=orjson.OPT_SORT_KEYS | orjson.OPT_APPEND_NEWLINE)


def ref_json(ref: DocRef | None) -> dict[str, Any] | None:
    """A document's identity, label and site path."""
    if ref is None:
        return None
    body = BY_KEY[ref.body].name
    return {"body": ref.body, "body_name": body, "kind": ref.kind, "id": ref.id, "label": ref.label, "url": ref.url}


def target_json(target: Target) -> dict[str, Any]:
    """What a reference points at."""
    return {
        "kind": target.kind,
        "doc": ref_json(target.doc),
        "body_assumed": target.assumed,
        "paragraph": target.paragraph,
        "key": target.key,
        "date": target.date.isoformat() if target.date else None,
        "title": target.title,
    }


def citation_json(cite: Citation, lookup: Lookup) -> dict[str, Any]:
    """One citation: where it stands, what it cites, and the site path it links to."""
    return {
        "source": cite.source.url,
        "anchor": cite.anchor,
        "line": cite.span.first,
        "text": cite.reference.text,
        "target": target_json(cite.reference.target),
        "resolved": cite.resolved,
        "link": lookup.url(cite.reference.target),
    }


def entry_summary(entry: Entry) -> dict[str, Any]:
    """What the corpus file says of one document."""
    return {
        "body": entry.ref.body,
        "ref": ref_json(entry.ref),
        "title": entry.title,
        "date": entry.date.isoformat() if entry.date else None,
        "session": entry.session,
        "in_collection": entry.document is not None,
        "draft_of": ref_json(entry.draft_of),
        "drafts": [ref_json(ref) for ref in entry.drafts],
        "cited_by": len(entry.cited_by),
    }


def document_json(doc: Document) -> dict[str, Any]:
    """The document's model as `inspect --json` gives it, less what names its seed file.

    The site never names seed files (the build report aside), so that renaming them changes
    nothing; the seed's digest identifies the text instead.
    """
    data = as_json(doc)
    del data["source"], data["problems"]
    data["digest"] = doc.digest
    return data


def entry_json(entry: Entry, lookup: Lookup) -> bytes:
    """The `index.json` beside a document's page: its model, its references and its citations."""
    data = entry_summary(entry)
    data["document"] = document_json(entry.document) if entry.document else None
    data["references"] = [citation_json(c, lookup) for c in lookup.citing.get(entry.ref, ())]
    data["cited_by"] = [citation_json(c, lookup) for c in entry.cited_by]
    data["lineage"] = lineage_json(entry, lookup) if entry.document else None
    return dumps(data)


def session_json(session: Session) -> dict[str, Any]:
    """A session in the corpus file."""
    dates = session.dates
    return {
        "body": session.body,
        "url": session.url,
        "number": session.number,
        "year": session.year,
        "dates": [dates.start.isoformat(), dates.end.isoformat()] if dates else None,
        "place": session.place,
        "report": session.report,
        "documents": [ref.url for ref in session.documents],
    }


def event_json(event: Event) -> dict[str, Any]:
    """An event in the corpus file."""
    return {
        "name": event.name,
        "dates": [event.dates.start.isoformat(), event.dates.end.isoformat()],
        "place": event.place,
        "source": event.source.url,
        "line": event.span.first,
    }


def corpus_json(corpus: Corpus) -> bytes:
    """`corpus.json`: every document, session and event (the problems are on the build report page)."""
    return dumps(
        {
            "documents": [entry_summary(e) for e in corpus.entries],
            "sessions": [session_json(s) for s in corpus.sessions],
            "events": [event_json(e) for e in corpus.events],
        }
    )
