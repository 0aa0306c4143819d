"""Work spread over worker processes gives what the same work gives in one process."""

from __future__ import annotations

import pytest

from generator import parallel


def scaled(factor: int, item: int) -> int:
    return factor * item


@pytest.mark.parametrize("chunks", [0, 1, 3, 100])
def test_a_runner_maps_in_order_whatever_the_chunks_even_with_no_items(
    monkeypatch: pytest.MonkeyPatch, chunks: int
) -> None:
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 2)
    with parallel.workers(3, parallel.PARALLEL_FROM) as run:
        assert list(run(scaled, [], chunks=chunks)) == []
        assert list(run(scaled, list(range(50)), chunks=chunks)) == [3 * n for n in range(50)]
