"""Warnings and errors as values, each with its file and line."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from generator.value import Value


class Level(str, Enum):
    """How bad a problem is: an error drops its document, a warning does not."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True, slots=True, order=True)
class Problem(Value):
    """Something wrong with a seed, at a file and, where there is one, a line."""

    path: str
    line: int  # 0 when the problem concerns the whole file
    level: Level
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.level.value}: {self.message}"


class SeedError(Exception):
    """A seed that cannot be read; carries the problem that says why."""

    def __init__(self, path: str, line: int, message: str) -> None:
        super().__init__(message)
        self.problem = Problem(path, line, Level.ERROR, message)
