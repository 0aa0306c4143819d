"""Fixture files of small cases: `title / input / expected` triplets between lines of one ".". """

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

SEPARATOR = "."


@dataclass(frozen=True)
class Case:
    """One case of a fixture file and the line its title stands on."""

    path: Path
    line: int
    title: str
    input: str
    expected: str

    @property
    def id(self) -> str:
        return f"{self.path.name}:{self.line}: {self.title}"


def read_cases(path: Path) -> list[Case]:
    """The cases of a fixture file, in order."""
    lines = path.read_text(encoding="utf-8").split("\n")
    marks = [i for i, line in enumerate(lines) if line == SEPARATOR]
    cases = []
    for a, b, c, d in zip(marks[0::4], marks[1::4], marks[2::4], marks[3::4], strict=False):
        title = "\n".join(lines[a + 1 : b]).strip()
        cases.append(Case(path, a + 2, title, "\n".join(lines[b + 1 : c]), "\n".join(lines[c + 1 : d])))
    return cases


def write_expected(path: Path, got: dict[str, str]) -> None:
    """Rewrite the expected part of the cases whose title is in `got`."""
    cases = read_cases(path)
    out = []
    for case in cases:
        expected = got.get(case.title, case.expected)
        out += [SEPARATOR, case.title, SEPARATOR, case.input, SEPARATOR, expected, SEPARATOR, ""]
    path.write_text("\n".join(out), encoding="utf-8")
