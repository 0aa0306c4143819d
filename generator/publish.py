"""Putting a rendered site in its folder: a new site into a fresh folder swapped in, a rebuilt one updated in place."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from generator.render.incremental import BuiltFiles, FolderFiles
from generator.site_folder import FRESH, STAGED, STAGING, RealFolders

T = TypeVar("T")


class SiteWriter:
    """Writes files into a new site folder as they come; those taken from the last build are linked from it."""

    def __init__(self, folder: Path, last_build: Path | None, built: BuiltFiles | None = None) -> None:
        self.folder = folder
        self.last_build = last_build  # the folder of the last build, where taken files still stand
        if built is None and last_build is not None:
            built = FolderFiles(last_build)
        self.built = built  # the files taken ones were taken from, to write one that cannot be linked
        self.real = RealFolders(last_build) if last_build is not None else None  # its folders that are no links
        self.folders: set[Path] = set()

    def __call__(self, path: str, data: bytes | None) -> None:
        """Write `data` at `path` below the folder; a file taken from the last build (None) is linked from there."""
        target = self.folder / path
        if target.parent not in self.folders:
            target.parent.mkdir(parents=True, exist_ok=True)
            self.folders.add(target.parent)
        if data is None and self.last_build is not None and self.real is not None:
            taken_from = self.last_build / path
            if taken_from.parent in self.real and not taken_from.is_symlink():  # never a file from elsewhere
                try:
                    os.link(taken_from, target)
                    return
                except OSError:  # another file system, the file is gone, or it is there already: write it
                    pass
        target.write_bytes(_taken(path, self.built) if data is None else data)


class SiteUpdate:
    """Brings the site a build left in a folder to the files of this build, writing only what changed.

    Files are taken as they come: a changed or new one is written beside its target
    (`index.html.untoc-new`), and nothing in the site changes until `commit`, which
    renames them over their targets and removes the files this build did not make.
    `abort` takes the staged files back, leaving the site as it was. While files are
    staged, the site holds `STAGING`, so that the next build looks for those a killed
    one left (and else need not go through the whole site). Making a whole
    new folder instead would create every folder and file of the site again: on a
    rebuild after one new seed, that is most of the time the rebuild takes.
    """

    def __init__(self, folder: Path, last_build: BuiltFiles, wrote: set[str] | None = None) -> None:
        self.folder = folder
        self.root = os.fspath(Path(folder))
        self.last_build = last_build  # the files now in `folder`
        self.wrote = wrote  # the files of `folder` the last build wrote, if known; else all of `last_build`
        self.made: set[str] = set()  # every path of this build
        self.staged: dict[Path, Path] = {}  # file written beside its target -> the target, in the order written
        self.new_folders: dict[str, None] = {}  # folders made for new pages (or for links), parents first
        self.links: dict[Path, str] = {}  # links that stood where the site has a folder -> where each led
        looked_at = last_build.real if isinstance(last_build, FolderFiles) and last_build.folder == folder else None
        self.real = looked_at or RealFolders(folder)  # the folders its files were looked for in: each looked at once

    def __call__(self, path: str, data: bytes | None) -> None:
        """Take the file at `path` (None: the last build's): staged beside its target unless the folder holds it.

        A path taken again (the report, once the pages are checked) is what it was last given.
        """
        self.made.add(path)
        where = os.path.join(self.root, path)  # a string: most files are kept, and the Path of each would cost more
        if self._kept(os.path.dirname(where)) and (data is None or self.last_build.get(path) == data):
            if self.staged and (staged := Path(where + STAGED)) in self.staged:
                del self.staged[staged]
                staged.unlink()
            return
        target = Path(where)
        staged = target.with_name(target.name + STAGED)
        data = _taken(path, self.last_build) if data is None else data
        self._make_folder(target.parent)
        if not self.staged:
            (self.folder / STAGING).touch()
        staged.write_bytes(data)
        self.staged[staged] = target

    def _make_folder(self, folder: Path) -> None:
        """Make `folder` a folder of the site's own: made if missing; a link there is taken away, never followed."""
        if folder in self.real:
            return
        self._make_folder(folder.parent)
        if folder.is_symlink():
            self.links[folder] = os.readlink(folder)
            folder.unlink()  # the link alone: what it leads to is left as it is
        folder.mkdir()
        self.new_folders[os.fspath(folder)] = None

    def _kept(self, folder: str) -> bool:
        """Whether the files of the last build in `folder` are still there: it is the site's, not made by this build."""
        return folder not in self.new_folders and folder in self.real

    def commit(self) -> None:
        """Put the staged files in place, then remove the files of the last build that this one did not make."""
        for staged, target in self.staged.items():
            staged.replace(target)
        for path in sorted((set(self.last_build) if self.wrote is None else self.wrote) - self.made):
            gone = self.folder / path
            if gone.parent not in self.real:  # reached through a link: not a file of the site
                continue
            gone.unlink(missing_ok=True)
            for folder in gone.parents:
                if folder == self.folder or any(folder.iterdir()):
                    break
                folder.rmdir()
                self.real.forget(folder)
        (self.folder / STAGING).unlink(missing_ok=True)
        self.staged, self.links = {}, {}

    def abort(self) -> None:
        """Take back every staged file and new folder: the site stays as the last build left it."""
        for staged in self.staged:
            staged.unlink(missing_ok=True)
        (self.folder / STAGING).unlink(missing_ok=True)
        for folder in reversed(self.new_folders):
            shutil.rmtree(folder, ignore_errors=True)
        for link, target in self.links.items():
            os.symlink(target, link)
        self.staged, self.new_folders, self.links = {}, {}, {}

    def run(self, make: Callable[[], T]) -> T:
        """`make()` hands this update the files of the site; then they are put in place, or taken back if it fails."""
        try:
            made = make()
        except BaseException:
            self.abort()
            raise
        self.commit()
        return made


def _taken(path: str, built: BuiltFiles | None) -> bytes:
    """The bytes of the file at `path` that a build took from the last one, `built`, and must write after all."""
    data = built.get(path) if built is not None else None
    if data is None:  # it stood there when the build took it
        raise FileNotFoundError(f"{path}: a file of the last build, gone while this one was writing the site")
    return data


def fresh_folder(out_dir: Path) -> Path:
    """A new empty folder beside `out_dir`, to build a site into before it replaces `out_dir`."""
    out_dir = Path(out_dir).resolve()
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    fresh = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}{FRESH}", dir=out_dir.parent))
    fresh.chmod(0o755)  # mkdtemp makes it private; a site folder is read by web servers
    return fresh


def swap_in(fresh: Path, out_dir: Path) -> None:
    """Put the finished site `fresh` in the place of `out_dir`, by renames, so no reader sees half a site."""
    out_dir = Path(out_dir).resolve()
    old = out_dir.with_name(f"{fresh.name}-old")
    if out_dir.exists():
        out_dir.rename(old)
    fresh.rename(out_dir)
    shutil.rmtree(old, ignore_errors=True)


def publish(out_dir: Path, make: Callable[[Path], T]) -> T:
    """`make(folder)` writes a site into a fresh folder beside `out_dir`, which then takes the place of `out_dir`.

    A build that fails on the way leaves `out_dir` as it was.
    """
    fresh = fresh_folder(out_dir)
    try:
        made = make(fresh)
        swap_in(fresh, out_dir)
    finally:
        shutil.rmtree(fresh, ignore_errors=True)
    return made


def move_site(folder: Path, inner: Path, keep: str) -> Path:
    """Move the site in `folder` into the folder `inner` within it, by renames, over what stands there.

    The file `keep` is also left in `folder`, and copied into `inner` if that has none.
    """
    inner.mkdir(exist_ok=True)
    for entry in folder.iterdir():
        if entry != inner and entry.name != keep:
            _move_over(entry, inner / entry.name)
    if not (inner / keep).exists():
        shutil.copy(folder / keep, inner / keep)
    return inner


def _move_over(source: Path, target: Path) -> None:
    if source.is_dir() and target.is_dir():
        for entry in source.iterdir():
            _move_over(entry, target / entry.name)
        source.rmdir()
        return
    if target.is_dir():
        shutil.rmtree(target)
    source.replace(target)
