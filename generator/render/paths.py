"""Site paths and the relative links between pages, so the site works under any base path."""

from __future__ import annotations

from generator.memo import memo


def page_file(url: str) -> str:
    """The file that serves the page at site path `url` ("" for the root, else ending in "/").

    >>> page_file("resolutions/7-2/"), page_file("")
    ('resolutions/7-2/index.html', 'index.html')
    """
    return f"{url}index.html"


def href(from_url: str, to_url: str, anchor: str | None = None) -> str:
    """A relative link from the page at `from_url` to the page at `to_url`, to its `anchor` if given.

    Links name `index.html` so that they also work when the site is opened from disk.

    >>> href("resolutions/7-2/", "sessions/7/", "top")
    '../../sessions/7/index.html#top'
    >>> href("resolutions/7-2/", "resolutions/7-2/", "para-3"), href("", "timeline/")
    ('#para-3', 'timeline/index.html')
    """
    fragment = f"#{anchor}" if anchor else ""
    if from_url == to_url and fragment:
        return fragment
    return _relative(from_url, to_url) + fragment


@memo(65536)  # a page links the same few pages many times (its sessions, the texts it cites)
def _relative(from_url: str, to_url: str) -> str:
    """The relative link from the page at `from_url` to the file of the page at `to_url`."""
    here, there = from_url.split("/")[:-1], to_url.split("/")[:-1]
    common = 0
    for mine, theirs in zip(here, there, strict=False):
        if mine != theirs:
            break
        common += 1
    down = there[common:]
    return page_file("../" * (len(here) - common) + ("/".join(down) + "/" if down else ""))


def root_of(url: str) -> str:
    """The relative path from the page at `url` up to the site root: "../../" or ""."""
    return "../" * url.count("/")
