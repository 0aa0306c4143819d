"""The three folders of a build kept apart: the site is never the seeds or the cache, nor holds or is held by them."""

from __future__ import annotations

import os
from pathlib import Path

from generator.site_folder import SiteFolderError


def check_apart(out_dir: Path, seeds_dir: Path, cache: Path | None) -> None:
    """SiteFolderError, one line naming both, if one of the folders is another or lies inside it.

    A site in the seeds folder would be read as seeds by the next build; seeds or a cache
    in the site would be published with it (and `--out /` holds them all); a cache in the
    seeds folder would be read as seeds.

    >>> check_apart(Path("/tmp/site"), Path("/tmp/seeds"), Path("/tmp/cache"))
    >>> check_apart(Path("/s/site"), Path("/s"), None)
    Traceback (most recent call last):
    ...
    generator.site_folder.SiteFolderError: /s: error: the seeds folder would hold the site folder /s/site; nothing built
    """
    named = {"site": out_dir, "seeds": seeds_dir, **({"cache": cache} if cache is not None else {})}
    real = {what: Path(os.path.realpath(folder)) for what, folder in named.items()}
    for what, folder in real.items():
        for other, inner in real.items():
            if other != what and inner.is_relative_to(folder):
                shown = "would be" if inner == folder else "would hold"
                message = f"the {what} folder {shown} the {other} folder {named[other]}; nothing built"
                raise SiteFolderError(f"{named[what]}: error: {message}")
