"""Inline items as HTML, one renderer method per item type; every character of the text is escaped."""

from __future__ import annotations

from collections import Counter

from markupsafe import Markup, escape

from generator.model import Inline, Marker, Reference, Text
from generator.render.lookup import Lookup
from generator.render.paths import href


class InlineRenderer:
    """Renders the inline items of one page; counts footnote markers so repeats get their own ids."""

    def __init__(self, page_url: str, lookup: Lookup) -> None:
        self.page_url = page_url
        self.lookup = lookup
        self.markers: Counter[str] = Counter()  # footnote label → markers rendered so far
        self.rules = {Text: self.text, Marker: self.marker, Reference: self.reference}

    def render(self, inlines: tuple[Inline, ...]) -> Markup:
        """The items as one run of HTML."""
        return Markup("").join(self.rules[type(item)](item) for item in inlines)  # type: ignore[operator]

    def text(self, item: Text) -> Markup:
        """Plain text, in <em> when the official text sets it in italics."""
        return _emphasised(escape(item.text), item.emphasis)

    def marker(self, item: Marker) -> Markup:
        """A footnote marker linking down to its footnote: id fnref-1, then fnref-1-2 for a repeat."""
        self.markers[item.label] += 1
        return Markup('<sup class="fnref"><a id="{}" href="#fn-{}" aria-label="Footnote {}">{}</a></sup>').format(
            marker_id(item.label, self.markers[item.label]), item.label, item.label, item.label
        )

    def reference(self, item: Reference) -> Markup:
        """A cross-reference: a link with the target's title as tooltip, or plain text if it leads nowhere."""
        text = _emphasised(escape(item.text), item.emphasis)
        link = self.lookup.link(item.target)
        if link is None:
            return Markup('<span class="xref">{}</span>').format(text)
        if link.external:
            return Markup('<a class="xref external" href="{}" rel="external">{}</a>').format(link.url, text)
        title = self.lookup.title(link.ref) if link.ref else item.target.title or item.text
        to = href(self.page_url, link.url, link.anchor)
        return Markup('<a class="xref" href="{}" title="{}">{}</a>').format(to, title, text)


def marker_id(label: str, nth: int) -> str:
    """The id of the `nth` marker of footnote `label`: "fnref-1", "fnref-1-2"."""
    return f"fnref-{label}" if nth == 1 else f"fnref-{label}-{nth}"


def _emphasised(html: Markup, emphasis: bool) -> Markup:
    return Markup("<em>{}</em>").format(html) if emphasis else html
