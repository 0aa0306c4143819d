"""The progress bar: drawn on a terminal for long builds, silent otherwise, never changing what it counts."""

from __future__ import annotations

import io

from generator.progress import LONG_BUILD, progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_long_build_on_a_terminal_draws_a_bar_to_the_end() -> None:
    terminal = Terminal()
    assert list(progress(range(LONG_BUILD), "reading", LONG_BUILD, terminal)) == list(range(LONG_BUILD))
    assert f"] {LONG_BUILD}/{LONG_BUILD}\n" in terminal.getvalue() and "reading [" in terminal.getvalue()


def test_quiet_when_not_on_a_terminal_or_for_a_short_build() -> None:
    pipe, terminal = io.StringIO(), Terminal()
    assert list(progress(range(LONG_BUILD), "reading", LONG_BUILD, pipe)) == list(range(LONG_BUILD))
    assert list(progress(range(5), "reading", 5, terminal)) == list(range(5))
    assert pipe.getvalue() == terminal.getvalue() == ""
