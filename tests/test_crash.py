"""Crash consistency: `kg build`, an incremental build and `kg load` killed with SIGKILL
at seeded random moments.

Right after each kill, with no repair: the store opens, every article graph that was in
it before is still there (in its old form, or its file's new one), and the merged graph
(the default graph) is exactly the union of the article graphs present. Then running the
same command again gives exactly the quads of a clean run. The three kinds: a first build
(through the bulk loader into a staging database), an incremental build of a store that
holds articles (changed and new files: graphs dropped, written, renamed by resolution),
and `kg load` of shards into a store that holds one of them.
"""
from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from .conftest import ROOT, assert_layout, kg_cmd, layout_state, run_kg

N_ARTICLES = 120  # above the bulk-loading threshold (100)
KILLS = 8  # kill points per kind, drawn from a seeded generator
SEED = 14


def _corpus(folder: Path, n: int, seed: int, *extra: str) -> None:
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "corpus.py"), str(n), str(folder), "--seed", str(seed),
                    *extra], check=True, capture_output=True)


def _export(store: Path, out: Path) -> set[str]:
    run_kg("export", "--store", store, "--format", "nquads", "-o", out, check=True)
    return set(out.read_text(encoding="utf-8").splitlines())


def _timed(args: list) -> float:
    started = time.perf_counter()
    run_kg(*args, check=True)
    return time.perf_counter() - started


def _kill_after(seconds: float, args: list) -> bool:
    """Start `kg ARGS`, SIGKILL it (and its workers) after `seconds`; True if it was killed."""
    proc = subprocess.Popen([*kg_cmd(), *map(str, args)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    try:
        proc.wait(timeout=seconds)
        return False
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        return True


def _graphs(store: Path, check: bool = False) -> set[str]:
    """The article graphs, read as a reader would, straight after the kill; with ``check``,
    the layout's invariant asserted (the merged graph's facts the union of the article
    graphs, evidence only of articles present)."""
    db = ox.Store.read_only(str(store / "oxigraph"))
    graphs = assert_layout(db) if check else layout_state(db)["graphs"]
    del db
    return graphs


def _graphs_by_file(store: Path) -> dict[str, set[str]]:
    files = json.loads((store / "files.json").read_text(encoding="utf-8"))
    return {path: set(entry["graphs"]) for path, entry in files.items()}


def _check(store: Path, before: dict[str, set[str]], after: dict[str, set[str]]) -> None:
    """Straight after a kill: each file's articles in their old or new form, and the merged
    graph equal to the union of the article graphs present."""
    if not (store / "oxigraph").exists():
        assert not before
        return
    graphs = _graphs(store, check=True)
    for path, old in before.items():
        new = after.get(path)
        assert old <= graphs or (new is not None and new <= graphs), f"{path}: its article is missing"


def _kill_points(kind: str, seconds: float) -> list[float]:
    rng = random.Random(f"{SEED}-{kind}")
    return sorted(rng.uniform(0.05, 1.0) * seconds for _ in range(KILLS))


def _restore(base: Path):
    """Put the store back as it was before the killed run: a copy of ``base``."""
    def prepare(store: Path) -> None:
        shutil.rmtree(store, ignore_errors=True)
        shutil.copytree(base, store)
    return prepare


@pytest.fixture(scope="module")
def work(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("crash")


def _run_kills(kind: str, work: Path, prepare, args, clean: set[str], before, after) -> None:
    """Kill `kg ARGS` at KILLS random moments of a run that takes as long as the clean one."""
    store = work / f"{kind}-store"
    seconds = _prepared_time(kind, work, prepare, args, store)
    killed = 0
    for at in _kill_points(kind, seconds):
        prepare(store)
        killed += _kill_after(at, [a if a != "STORE" else store for a in args])
        _check(store, before, after)
        run_kg(*[a if a != "STORE" else store for a in args], check=True)
        assert _export(store, work / f"{kind}-again.nq") == clean
        assert not (store / "oxigraph.building").exists() and not (store / "oxigraph.building.nq").exists()
    assert killed >= KILLS // 2  # most kill points fall inside the run


def _prepared_time(kind, work, prepare, args, store) -> float:
    prepare(store)
    return _timed([a if a != "STORE" else store for a in args])


def test_first_build_killed_at_random_moments(work):
    corpus = work / "first"
    _corpus(corpus, N_ARTICLES, 7)
    clean_store = work / "first-clean"
    run_kg("build", corpus, "--store", clean_store, check=True)
    clean = _export(clean_store, work / "first-clean.nq")
    after = _graphs_by_file(clean_store)

    def prepare(store: Path) -> None:
        shutil.rmtree(store, ignore_errors=True)

    _run_kills("first", work, prepare, ["build", corpus, "--store", "STORE"], clean, {}, after)


def test_incremental_build_killed_at_random_moments(work):
    corpus = work / "incr"
    _corpus(corpus, N_ARTICLES, 7)
    base = work / "incr-base"
    run_kg("build", corpus, "--store", base, check=True)
    before = _graphs_by_file(base)
    files = sorted(corpus.glob("*.txt"))
    for f in files[::6]:  # changed: a new text, the same facts (new graphs, renames)
        f.write_text(f.read_text(encoding="utf-8") + "\n\nانتهى.\n", encoding="utf-8")
    extra = work / "incr-extra"
    _corpus(extra, 25, 8)
    for f in extra.glob("*.txt"):  # new files
        shutil.copy(f, corpus / f"new-{f.name}")
    clean_store = work / "incr-clean"
    run_kg("build", corpus, "--store", clean_store, check=True)
    clean = _export(clean_store, work / "incr-clean.nq")
    after = _graphs_by_file(clean_store)

    _run_kills("incremental", work, _restore(base), ["build", corpus, "--store", "STORE"], clean, before, after)


def test_load_killed_at_random_moments(work):
    shards = []
    for i, seed in enumerate((9, 10)):
        folder = work / f"shard{i}"
        _corpus(folder, N_ARTICLES // 2, seed)
        shards.append(work / f"shard{i}.nq")
        run_kg("extract", folder, "-o", shards[-1], check=True)
    base = work / "load-base"
    run_kg("load", shards[0], "--store", base, check=True)
    before = {g: {g} for g in _graphs(base)}
    clean_store = work / "load-clean"
    run_kg("load", *shards, "--store", clean_store, check=True)
    clean = _export(clean_store, work / "load-clean.nq")

    _run_kills("load", work, _restore(base), ["load", *shards, "--store", "STORE"], clean, before, {})
