"""The seed files of a folder: regular files inside it only, read without following a link out; the others reported."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from generator.decode import MAX_BYTES, too_large
from generator.problems import Level, Problem, SeedError

KINDS = {stat.S_IFIFO: "a FIFO", stat.S_IFSOCK: "a socket", stat.S_IFCHR: "a device", stat.S_IFBLK: "a device"}
# Characters of a name that would act when printed, not show: a line break would forge a report line, an
# escape sequence drive the terminal, a bidirectional control reorder what is shown.
ACTING = {
    c: f"\\u{c:04x}" if c > 0xFF else f"\\x{c:02x}"
    for c in [*range(0x20), *range(0x7F, 0xA0), 0x2028, 0x2029, 0x061C, 0x200E, 0x200F]
    + [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]
}


@dataclass(slots=True)
class SeedFiles:
    """What a seeds folder holds: the files to read, and the entries left out, each with the reason."""

    files: list[Path] = field(default_factory=list)  # in order
    links: dict[Path, Path] = field(default_factory=dict)  # of the files that are symbolic links: the file they lead to
    skipped: list[Problem] = field(default_factory=list)


def shown(path: str) -> str:
    """`path` as it can be printed: bytes that are not UTF-8 and control characters escaped ("caf\\xe9.txt")."""
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace").translate(ACTING)


def seed_files(folder: Path, base: Path | None = None) -> SeedFiles:
    """The seed files of `folder`: every regular file below it, hidden ones and those in hidden folders aside, in order.

    Only what is below `folder` counts as hidden: seeds kept in a folder below a hidden one
    (`~/.local/share/…`) are found. A symbolic link is followed only to a file inside the
    folder; links out of it, to nowhere or in a loop, to folders, FIFOs, sockets, devices,
    and files and folders whose names are not UTF-8 or hold control characters are
    reported (names relative to `base`, shown escaped) and left out.
    """
    found = SeedFiles()
    inside = os.path.realpath(folder)
    below = [str(folder)]
    while below:
        with os.scandir(below.pop()) as entries:  # the entries know their types: no call per file
            for entry in entries:
                if entry.name.startswith("."):
                    continue
                if entry.name != shown(entry.name):  # a folder's too: the names of the files in it would show it
                    why: str | None = "the name is not UTF-8, or holds control characters"
                elif entry.is_dir(follow_symlinks=False):
                    below.append(entry.path)
                    continue
                else:
                    why = _why_not(entry, inside)
                if why is None:
                    found.files.append(Path(entry.path))
                    if entry.is_symlink():
                        found.links[Path(entry.path)] = Path(os.path.realpath(entry.path))
                else:
                    name = shown(_name(Path(entry.path), base))
                    found.skipped.append(Problem(name, 0, Level.ERROR, f"{why}; not read"))
    found.files.sort()
    found.skipped.sort()
    return found


def _why_not(entry: os.DirEntry[str], inside: str) -> str | None:
    """Why the entry is no seed to read, or None if it is one."""
    if entry.is_symlink():
        target = os.path.realpath(entry.path)
        if not os.path.exists(target):
            return "a symbolic link leading nowhere, or in a loop"
        if os.path.commonpath([inside, target]) != inside:
            return "a symbolic link leading out of the seeds folder, not followed"
        if os.path.isdir(target):
            return "a symbolic link to a folder, not followed"
    try:
        mode = entry.stat().st_mode
    except OSError as error:
        return f"cannot read the file: {error.strerror}"
    return None if stat.S_ISREG(mode) else f"not a regular file but {KINDS.get(stat.S_IFMT(mode), 'something else')}"


def _name(path: Path, base: Path | None) -> str:
    return path.relative_to(base).as_posix() if base is not None and path.is_relative_to(base) else str(path)


def read_seed_file(path: Path, name: str) -> bytes:
    """The bytes of the seed file at `path`, if a regular file within the limit of size; else SeedError.

    The file is opened without following a last link and without waiting on a FIFO, and
    looked at once open: a file changed into something else since it was found is not read.
    """
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as error:
        raise SeedError(name, 0, f"cannot read the file: {error.strerror}; not read") from None
    status = os.fstat(descriptor)
    if not stat.S_ISREG(status.st_mode):
        os.close(descriptor)
        raise SeedError(name, 0, "not a regular file; not read")
    with os.fdopen(descriptor, "rb") as file:
        if status.st_size > MAX_BYTES:
            raise too_large(name, status.st_size)
        try:
            return file.read(MAX_BYTES + 1)
        except OSError as error:
            raise SeedError(name, 0, f"cannot read the file: {error.strerror}; not read") from None
