"""Crash consistency: `kg build` killed with SIGKILL at several points of a long build.

Afterwards the store opens, `kg validate` passes, and running the build again gives
exactly the quads of a clean build. Two kinds of build are killed: a first build
(which goes through the bulk loader into a staging database) and a build into a
store that already holds articles (batches written as transactions).
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import ROOT, kg_cmd, run_kg

N_ARTICLES = 260  # more than one batch (200) and above the bulk-loading threshold (100)
ALREADY_BUILT = 40  # for the second kind: articles in the store before the killed build


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("crash") / "articles"
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "corpus.py"), str(N_ARTICLES), str(folder),
                    "--seed", "7"], check=True, capture_output=True)
    return folder


def _export(store: Path, out: Path) -> set[str]:
    run_kg("export", "--store", store, "--format", "nquads", "-o", out, check=True)
    return set(out.read_text(encoding="utf-8").splitlines())


@pytest.fixture(scope="module")
def clean(corpus, tmp_path_factory):
    """The quads of an uninterrupted build, and how long it took."""
    work = tmp_path_factory.mktemp("clean")
    started = time.perf_counter()
    run_kg("build", corpus, "--store", work / "store", check=True)
    seconds = time.perf_counter() - started
    return _export(work / "store", work / "clean.nq"), seconds


def _kill_build_after(seconds: float, corpus: Path, store: Path) -> bool:
    """Start `kg build`, SIGKILL it after `seconds`; True if it was killed (not finished)."""
    proc = subprocess.Popen([*kg_cmd(), "build", str(corpus), "--store", str(store)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        proc.wait(timeout=seconds)
        return False
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)  # the build and its worker processes
        proc.wait()
        return True


def _check_after_crash(corpus: Path, store: Path, tmp: Path, clean_quads: set[str]) -> None:
    stats = run_kg("stats", "--store", store)
    assert stats.returncode == 0, stats.stderr
    validated = run_kg("validate", "--store", store)
    assert validated.returncode == 0, validated.stdout + validated.stderr
    rebuilt = run_kg("build", corpus, "--store", store)
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert not (store / "oxigraph.building").exists()
    after = _export(store, tmp / "after.nq")
    assert len(after) == len(clean_quads)
    assert after == clean_quads


@pytest.mark.parametrize("fraction", [0.3, 0.6, 0.85, 0.97])
def test_first_build_killed(fraction, corpus, clean, tmp_path):
    clean_quads, seconds = clean
    store = tmp_path / "store"
    killed = _kill_build_after(seconds * fraction, corpus, store)
    if killed:
        # a killed first build leaves no half-loaded graph behind: all or nothing
        if (store / "oxigraph").exists():
            partial = _export(store, tmp_path / "partial.nq")
            assert not partial or partial == clean_quads
    _check_after_crash(corpus, store, tmp_path, clean_quads)


@pytest.mark.parametrize("fraction", [0.4, 0.8])
def test_build_into_a_full_store_killed(fraction, corpus, clean, tmp_path):
    clean_quads, seconds = clean
    store = tmp_path / "store"
    first = sorted(corpus.glob("*.txt"))[:ALREADY_BUILT]
    run_kg("build", *first, "--store", store, check=True)
    _kill_build_after(seconds * fraction, corpus, store)
    _check_after_crash(corpus, store, tmp_path, clean_quads)
