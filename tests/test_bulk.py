"""A first build's bulk load (kg/bulk.py): the spool goes in piece by piece, the next
piece renamed while one loads in a thread; what goes in must not depend on the pieces,
and a load that fails must stop the build with the store as it was."""
from __future__ import annotations

import errno
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from kg import api, bulk
from kg.errors import DiskError
from kg.store import Store

from .conftest import ROOT

N_ARTICLES = 120  # above the bulk-loading threshold (kg.pipeline.BULK_FROM)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("bulk") / "articles"
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "corpus.py"), str(N_ARTICLES), str(folder),
                    "--seed", "5", "--reports", "6"], check=True, capture_output=True)
    return folder


def _quads(store: Path) -> set:
    with Store(store, read_only=True) as st:
        return set(st.ox.quads_for_pattern(None, None, None, None))


def _leftovers(store: Path) -> list[str]:
    return sorted(p.name for p in store.iterdir() if p.name.startswith(("oxigraph.building", "oxigraph.loading")))


def test_a_spool_loaded_in_many_small_pieces_gives_the_store_one_piece_gives(corpus, tmp_path, monkeypatch):
    api.build([corpus], tmp_path / "whole", workers=1)
    loaded = []
    real = bulk.BulkLoading._load_piece
    monkeypatch.setattr(bulk, "SPOOL_BYTES", 64 << 10)
    monkeypatch.setattr(bulk.BulkLoading, "_load_piece", lambda self, piece: (loaded.append(piece), real(self, piece)))
    api.build([corpus], tmp_path / "pieces", workers=1)
    assert len(loaded) > 10
    assert _quads(tmp_path / "pieces") == _quads(tmp_path / "whole")
    assert _leftovers(tmp_path / "pieces") == []


def test_a_load_that_fails_stops_the_build_and_leaves_the_store_as_it_was(corpus, tmp_path, monkeypatch):
    store = tmp_path / "store"
    Store(store).close()  # an empty store this build did not create: it stays
    real = bulk.BulkLoading._load_piece
    calls = []

    def failing(self, piece):
        calls.append(piece)
        if len(calls) == 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        real(self, piece)

    monkeypatch.setattr(bulk, "SPOOL_BYTES", 64 << 10)
    monkeypatch.setattr(bulk.BulkLoading, "_load_piece", failing)
    with pytest.raises(DiskError, match="No space left on device"):
        api.build([corpus], store, workers=1)
    assert len(calls) <= 3 + bulk.LOADERS  # at most the loads already queued start after the one that failed
    assert not [t for t in threading.enumerate() if t.name.startswith("kg-load")]
    assert _leftovers(store) == []
    assert _quads(store) == set()

    monkeypatch.setattr(bulk.BulkLoading, "_load_piece", real)
    api.build([corpus], store, workers=1)  # the same command then builds it whole
    api.build([corpus], tmp_path / "clean", workers=1)
    assert _quads(store) == _quads(tmp_path / "clean")
