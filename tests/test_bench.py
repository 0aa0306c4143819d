"""The benchmark's synthetic corpus: deterministic, in every shape, cross-referenced, readable."""

from __future__ import annotations

import functools
import json
import os
import re
import signal
from pathlib import Path

import pytest

from bench import cache_load, floor, index, measure, peer, run, synthesise
from bench.model import SynDoc
from bench.peer import write_peer
from bench.synthesise import corpus
from bench.table import Row, growth
from generator.build import PAGES, build_site
from generator.cache import code_version

N = 60
FOOTER_RE = re.compile(r"^\d+/\d+ V\.\d{2}-\d{5} ?$", re.MULTILINE)


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[SynDoc]]:
    out = tmp_path_factory.mktemp("syn")
    return out, synthesise.synthesise(N, out, seed=3)


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_same_seed_same_bytes_other_seed_other_bytes(written: tuple[Path, list[SynDoc]], tmp_path: Path) -> None:
    synthesise.synthesise(N, tmp_path / "again", seed=3)
    synthesise.synthesise(N, tmp_path / "other", seed=4)
    assert _files(tmp_path / "again") == _files(written[0])
    assert _files(tmp_path / "other") != _files(written[0])


def test_n_files_named_by_rank_only(written: tuple[Path, list[SynDoc]]) -> None:
    names = sorted(_files(written[0]))
    assert names == [f"syn_{i:06d}.txt" for i in range(N)]


def test_one_more_document_leaves_the_others_unchanged() -> None:
    assert corpus(N + 1, seed=3)[:N] == corpus(N, seed=3)


def test_every_shape_a_third(written: tuple[Path, list[SynDoc]]) -> None:
    folder, docs = written
    shapes: dict[str, int] = {}
    for doc in docs:
        text = (folder / doc.plan.name).read_text(encoding="utf-8")
        looks = "markdown" if text.startswith("## ") else "pdf" if FOOTER_RE.search(text) else "plain"
        assert looks == doc.plan.shape, doc.plan.name
        shapes[looks] = shapes.get(looks, 0) + 1
    assert shapes == {"plain": N // 3, "markdown": N // 3, "pdf": N // 3}


def test_cross_references_point_at_earlier_synthetic_documents(written: tuple[Path, list[SynDoc]]) -> None:
    folder, docs = written
    kinds = set()
    for doc in docs:
        earlier = {d.plan.key: d.plan for d in docs[: doc.plan.index]}
        text = " ".join((folder / doc.plan.name).read_text(encoding="utf-8").split())
        for key in doc.cites:
            assert key in earlier, f"{doc.plan.name} cites {key}, not an earlier synthetic document"
            assert key.split(" ", 1)[1] in text
            kinds.add(key.split(" ")[0])
    assert kinds == {"resolution", "decision", "draft", "ga"}


def test_every_document_reads_into_its_paragraphs_and_footnotes(written: tuple[Path, list[SynDoc]]) -> None:
    pipeline = pytest.importorskip("generator.pipeline")
    folder, docs = written
    for doc in docs:
        path = folder / doc.plan.name
        read = pipeline.read_seed(str(path), path.read_bytes())
        got = (len(read.preamble), len(read.operative), len(read.footnotes))
        assert got == (len(doc.preamble), len(doc.operative), doc.footnotes), path.name


def test_peer_has_one_page_per_document(written: tuple[Path, list[SynDoc]], tmp_path: Path) -> None:
    docs = written[1]
    config = write_peer(docs, tmp_path)
    assert "- search" in config.read_text()
    pages = sorted((tmp_path / "docs").glob("syn_*.md"))
    assert len(pages) == N
    assert all(p.read_text().count("\n[^") == d.footnotes for p, d in zip(pages, docs, strict=True))


def test_floor_renders_every_page(written: tuple[Path, list[SynDoc]], tmp_path: Path) -> None:
    write_peer(written[1][:5], tmp_path / "peer")
    assert floor.render_all(tmp_path / "peer" / "docs", tmp_path / "html") == 6


@pytest.mark.parametrize("module", [synthesise, peer, floor, index, cache_load, run], ids=lambda m: m.__name__)
def test_every_command_has_help_with_an_example(module: object, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        module.main(["--help"])  # type: ignore[attr-defined]
    assert done.value.code == 0
    assert "example:" in capsys.readouterr().out


def test_a_timed_rebuild_starts_from_the_command_line_s_built_corpus(tmp_path: Path) -> None:
    """Whatever case ran before (the MkDocs build fills the same cache for another site), a rebuild finds its own."""
    cases = {case.name.split(" ")[1]: case for case in run.cases(5, tmp_path, seed=1)}
    rebuild, mkdocs_build = cases["rebuild"], cases["mkdocs"]
    mkdocs_build.prepare(0)
    run.measure(mkdocs_build.command, tmp_path / "mkdocs.log", tmp_path, run._env(tmp_path))
    rebuild.prepare(0)
    records = json.loads((tmp_path / "cache" / PAGES).read_text())
    assert records["site"] == str((tmp_path / "site").resolve())
    assert len(list((tmp_path / "seeds").iterdir())) == 6


def test_outputs_of_earlier_runs_are_set_aside_not_deleted(tmp_path: Path) -> None:
    """Deleting thousands of files slows the next timed run on some file systems: they wait until the end."""
    build = next(case for case in run.cases(5, tmp_path, seed=1) if case.name == "ours: generator build")
    for rank in range(2):
        build.prepare(rank)
        assert not build.output.exists()
        run.measure(build.command, tmp_path / "build.log", tmp_path, run._env(tmp_path))
        assert (build.output / "index.html").is_file()
    build.prepare(2)
    set_aside = sorted((tmp_path / run.TRASH).iterdir())
    assert len(set_aside) == 4  # the site and the cache of each run
    assert sum(1 for folder in set_aside if (folder / "index.html").is_file()) == 2


def test_the_growth_of_each_full_build_is_read_off_the_rows_of_one_run() -> None:
    rows = [
        Row(1000, "ours: generator build", docs=1000, wall=3.0),
        Row(1000, "ours: rebuild after one new seed", docs=1, wall=0.6),
        Row(1000, "floor: markdown-it-py + Jinja2", docs=1000, wall=1.0),
        Row(10000, "ours: generator build", docs=10000, wall=30.0),
        Row(10000, "ours: rebuild after one new seed", docs=1, wall=5.0),
        Row(10000, "floor: markdown-it-py + Jinja2", failure="timed out"),
    ]
    assert growth(rows).splitlines()[2:] == ["- ours: generator build: 10.0×"]
    assert growth(rows[:3]) == ""


def test_the_search_index_timed_alone_is_the_one_a_build_makes(written: tuple[Path, list[SynDoc]]) -> None:
    folder, docs = written
    site = build_site(folder)
    made = {path: data for path, data in site.files.items() if path.startswith("search/") and path.endswith(".json")}
    assert index.search_files(index.bundles_of(site.corpus), code_version()) == made
    figures = index.index_figures(folder)
    assert (figures.documents, figures.files) == (len(site.corpus.entries), len(made)) and len(docs) == N
    assert figures.output_mb == sum(map(len, made.values())) / 1e6 and figures.wall > 0
    [line] = [line for line in index.report([(N, figures)]).splitlines() if line.startswith("- ")]
    assert line.startswith(f"- {N} documents: ") and f"{figures.files:,} files" in line


def test_the_cache_load_timed_loads_every_document_from_the_cache_and_from_the_pickle_peer(
    written: tuple[Path, list[SynDoc]],
) -> None:
    folder, docs = written
    figures = cache_load.cache_figures(folder, repeat=2)  # each load checks it made every document
    assert figures.documents == len(docs) and figures.repeats == 2
    assert figures.cpu > 0 and figures.pickle_cpu > 0 and figures.mb > 0.5 * figures.pickle_mb
    [line] = [line for line in cache_load.cache_report([(N, figures)]).splitlines() if line.startswith("- ")]
    assert line.startswith(f"- {N} documents: ") and "pickle" in line


def test_a_peak_of_resident_memory_in_a_block_is_sampled() -> None:
    resident = functools.partial(measure.rss_kb, os.getpid())
    before = resident()
    with measure.PeakSampler(resident, 0.01) as sampled:
        held = bytearray(50_000_000)
        held[::4096] = b"x" * len(held[::4096])  # touched, so resident, and held to the end of the block
    assert 45_000 <= (sampled.peak - before) * 1.024 < 100_000  # KiB to kB


def test_a_served_corpus_is_timed_and_its_server_stopped_even_from_a_shell_s_background(tmp_path: Path) -> None:
    """A shell's `&` starts the benchmark with Ctrl-C ignored: the server would inherit it, and never stop."""
    run.cases(5, tmp_path, seed=1)
    before = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        [rebuilt_in, seen_in] = run.serve_rows(5, tmp_path, 1, timeout=120)
    finally:
        signal.signal(signal.SIGINT, before)
    assert rebuilt_in.failure is None and seen_in.failure is None, rebuilt_in.failure
    assert 0 < rebuilt_in.wall <= seen_in.wall
