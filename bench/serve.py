"""Timing `mkdocs serve` as a user meets it: a seed is added to a served corpus, the site rebuilds."""

from __future__ import annotations

import queue
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

# MkDocs logs "Documentation built in N seconds" only when N differs from every earlier build's
# (its build logger drops repeated messages), so a rebuild is timed by the lines around it instead.
BUILDING_RE = re.compile(r"Building documentation\.\.\.")  # logged as a rebuild starts
RELOADING_RE = re.compile(r"\] Reloading browsers")  # logged once it is done, with the time of day
SERVING_RE = re.compile(r"Serving on http")  # logged once the seeds are watched


@dataclass(frozen=True, slots=True)
class ServeRebuild:
    """One rebuild of a served site after a new seed."""

    build: float  # seconds from MkDocs starting the rebuild to the rebuilt site being served
    latency: float  # seconds from the seed's arrival to the rebuilt site being served, MkDocs's file watching included


def serve_rebuilds(
    config: Path, seed: Path, added: Path, repeat: int, log: Path, env: dict[str, str], timeout: float
) -> list[ServeRebuild]:
    """Serve `config`, then `repeat` times copy `seed` to `added` and time the rebuild, removing it again between.

    Raises TimeoutError if a build does not end within `timeout` seconds.
    """
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [sys.executable, "-m", "mkdocs", "serve", "-f", str(config), "-a", f"127.0.0.1:{port}", "--livereload"]
    lines: queue.Queue[tuple[float, str]] = queue.Queue()
    if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:  # a shell's `&` ignores it, and the server would inherit that
        signal.signal(signal.SIGINT, signal.default_int_handler)
    server = subprocess.Popen(command, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, env=env)
    reader = threading.Thread(target=_read_lines, args=(server, lines, log), daemon=True)
    reader.start()
    try:
        _next_line(lines, SERVING_RE, timeout)  # the first, full build is done and the seeds are watched
        results = []
        for _ in range(repeat):
            started = time.monotonic()
            shutil.copy(seed, added)
            began, ended = _next_build(lines, timeout)
            results.append(ServeRebuild(ended - began, ended - started))
            added.unlink()
            _next_build(lines, timeout)
        return results
    finally:
        server.send_signal(signal.SIGINT)  # as Ctrl-C: MkDocs then removes its temporary site folder
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:  # never a server left running, whatever was measured
            server.kill()
            server.wait()
            raise
        added.unlink(missing_ok=True)


def _read_lines(server: subprocess.Popen[str], lines: queue.Queue[tuple[float, str]], log: Path) -> None:
    with log.open("w", encoding="utf-8") as out:
        for line in server.stderr or ():
            lines.put((time.monotonic(), line))
            out.write(line)


def _next_build(lines: queue.Queue[tuple[float, str]], timeout: float) -> tuple[float, float]:
    """When the next build began and when its site was served."""
    began, _ = _next_line(lines, BUILDING_RE, timeout)
    ended, _ = _next_line(lines, RELOADING_RE, timeout)
    return began, ended


def _next_line(
    lines: queue.Queue[tuple[float, str]], pattern: re.Pattern[str], timeout: float
) -> tuple[float, re.Match[str]]:
    """When the next line matching `pattern` came, and the match."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            when, line = lines.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            raise TimeoutError(f"mkdocs serve logged no line matching {pattern.pattern!r} in time") from None
        found = pattern.search(line)
        if found:
            return when, found
