"""What a build may touch of its site folder: only one it made, only the files it wrote, one build at a time.

A site the command line or `mkdocs build` builds holds a manifest, `.untoc-manifest`:
the paths of the files the build wrote. A rebuild removes only files listed there; a
folder that is not empty and has no manifest is not a site of ours, and nothing is
built into it.
"""

from __future__ import annotations

import errno
import fcntl
import os
import shutil
import stat
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import orjson

MANIFEST = ".untoc-manifest"  # in the site: the files the build wrote, one JSON array
STAGED = ".untoc-new"  # the ending of a file written beside the one it will replace
STAGING = ".untoc-staging"  # in the site while a build has files staged there: if it outlives the build, look for them
FRESH = ".untoc-build-"  # after ".<site's name>": a folder a new site is written into, beside the site


class SiteFolderError(Exception):
    """A site folder a build refuses to write into; the message is one line, naming the folder."""


def manifest(paths: Iterable[str]) -> bytes:
    """The manifest of a site of these files (the manifest itself among them)."""
    return orjson.dumps({"written by": "untoc", "files": sorted({*paths, MANIFEST})})


def files_written(out_dir: Path) -> set[str] | None:
    """The files the last build wrote into `out_dir` (none for an empty folder); None if there is no folder.

    SiteFolderError if `out_dir` is not a folder, or is a folder of files no build of ours wrote.
    """
    if not out_dir.exists() and not out_dir.is_symlink():
        return None
    if not out_dir.is_dir():
        raise SiteFolderError(f"{out_dir}: error: not a folder; give a folder for the site; nothing built")
    try:
        data = orjson.loads((out_dir / MANIFEST).read_bytes())
        files = data["files"] if isinstance(data, dict) else None
    except FileNotFoundError:
        if any(os.scandir(out_dir)):
            raise SiteFolderError(
                f"{out_dir}: error: the folder holds files no build of this site wrote (it has no {MANIFEST}); "
                "give an empty or new folder; nothing built"
            ) from None
        return set()
    except (OSError, orjson.JSONDecodeError, KeyError):
        files = None
    if not isinstance(files, list) or not all(isinstance(path, str) for path in files):
        return set()  # ours, but its list is unreadable: nothing is removed but what this build replaces
    return {path for path in files if _below(path)}


class RealFolders:
    """The folders below a site's that are the site's own: none is reached through a link someone put there.

    A build writes and removes files only in such folders, so a link in the site
    (`site/documents -> /home/someone`) never leads it to write or remove anything
    elsewhere. Each folder is looked at once (`os.lstat` of it and its parents).
    """

    def __init__(self, root: Path) -> None:
        self.root = os.fspath(root)  # the site's folder itself, which may be a link the user made
        self.known: set[str] = set()  # as strings: a rebuild asks of thousands of folders, and a Path costs to hash

    def __contains__(self, folder: str | Path) -> bool:
        """Whether `folder`, below the root, and every folder between them is a folder and not a link."""
        folder = os.fspath(folder)
        if folder in self.known or folder == self.root:
            return True
        try:
            is_folder = stat.S_ISDIR(os.lstat(folder).st_mode)  # a link is no folder here: lstat does not follow it
        except OSError:
            return False
        parent = os.path.dirname(folder)
        if not is_folder or parent == folder or parent not in self:
            return False
        self.known.add(folder)
        return True

    def forget(self, folder: Path) -> None:
        """`folder` is no more (removed, or a link made a folder): look at it again when asked."""
        self.known.discard(os.fspath(folder))


def mark_site(folder: Path) -> None:
    """Write the manifest of the site a build has just written whole into the new folder `folder`."""
    paths = [Path(top, name).relative_to(folder).as_posix() for top, _, names in os.walk(folder) for name in names]
    (folder / MANIFEST).write_bytes(manifest(paths))


def keep_unlisted(site: Path, new: Path, wrote: set[str]) -> None:
    """Move into the new site `new` what stands in `site` that no build wrote (a CNAME put there), if `new` lacks it."""
    for top, folders, names in os.walk(site):
        here = Path(top)
        for name in [*names, *(folder for folder in folders if (here / folder).is_symlink())]:
            path = (here / name).relative_to(site).as_posix()
            target = new / path
            if path not in wrote and path != MANIFEST and not os.path.lexists(target):
                target.parent.mkdir(parents=True, exist_ok=True)
                (here / name).rename(target)


def _below(path: str) -> bool:
    """Whether a manifest's path stands below the site: no absolute path, no `..`."""
    parts = path.split("/")
    return bool(path) and not path.startswith("/") and ".." not in parts and "" not in parts


@contextmanager
def site_lock(out_dir: Path) -> Iterator[None]:
    """Hold the lock of the site at `out_dir` (a file beside it, removed after); SiteFolderError if a build holds it."""
    out_dir = Path(out_dir).absolute()
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    lock = out_dir.with_name(f".{out_dir.name}.untoc-lock")
    busy = f"{out_dir}: error: another build is writing this site; run this one when it has ended; nothing built"
    descriptor = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as error:
            if error.errno not in (errno.EAGAIN, errno.EACCES):
                raise
            raise SiteFolderError(busy) from None
        if os.fstat(descriptor).st_ino != _inode(lock):  # the build that held it ended, and removed it, meanwhile
            raise SiteFolderError(busy.replace("is writing", "was writing"))
        try:
            yield
        finally:
            lock.unlink(missing_ok=True)  # while still held: a build that opened it meanwhile sees it gone
    finally:
        os.close(descriptor)


@contextmanager
def claimed(out_dir: Path) -> Iterator[set[str] | None]:
    """Hold the site at `out_dir` for a build: its lock taken, what killed builds left removed.

    Gives the files the last build wrote there (None if there is no folder);
    SiteFolderError, with nothing changed, if the folder is not one to build into.
    """
    with site_lock(out_dir):
        wrote = files_written(out_dir)
        remove_leftovers(out_dir)
        yield wrote


def _inode(path: Path) -> int | None:
    try:
        return path.stat().st_ino
    except FileNotFoundError:
        return None


def remove_leftovers(out_dir: Path) -> None:
    """Remove what a killed build left: fresh folders beside the site, files staged in it (`*.untoc-new`).

    The site is searched for staged files only if a build left its mark (`STAGING`) there.
    Run while holding the site's lock, so that nothing removed belongs to a build running now.
    """
    out_dir = Path(out_dir).absolute()
    for entry in out_dir.parent.glob(f".{out_dir.name}{FRESH}*"):
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
    if out_dir.is_dir() and (out_dir / STAGING).is_file():
        for top, _, names in os.walk(out_dir):
            for name in names:
                if name.endswith(STAGED):
                    os.unlink(os.path.join(top, name))
        (out_dir / STAGING).unlink()
