"""A first build's bulk load (kg/bulk.py): the spool goes in piece by piece, the next
piece renamed in a thread while one loads; what goes in must not depend on the pieces,
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
    assert len(calls) == 3  # no load after the one that failed
    assert not [t for t in threading.enumerate() if t.name == "kg-spool"]
    assert _leftovers(store) == []
    assert _quads(store) == set()

    monkeypatch.setattr(bulk.BulkLoading, "_load_piece", real)
    api.build([corpus], store, workers=1)  # the same command then builds it whole
    api.build([corpus], tmp_path / "clean", workers=1)
    assert _quads(store) == _quads(tmp_path / "clean")


def test_a_piece_that_cannot_be_made_stops_the_load_with_its_error(tmp_path):
    """An error in the thread that renames the pieces reaches the build, and the thread ends."""
    def pieces():
        yield "first"
        raise OSError(errno.EIO, "Input/output error")

    got = []
    with pytest.raises(OSError, match="Input/output error"):
        for piece in bulk._ahead(pieces, "kg-spool"):
            got.append(piece)
    assert got == ["first"]
    assert not [t for t in threading.enumerate() if t.name == "kg-spool"]


def test_closing_the_pieces_early_stops_their_thread():
    made = []

    def pieces():
        for k in range(1000):
            made.append(k)
            yield k

    ahead = bulk._ahead(pieces, "kg-spool")
    assert next(ahead) == 0
    ahead.close()
    assert not [t for t in threading.enumerate() if t.name == "kg-spool"]
    assert len(made) <= 3  # one handed over, one waiting, one being made


def test_a_build_killed_while_loading_leaves_files_the_next_build_discards(corpus, tmp_path):
    """What a first build killed in its load leaves beside the store (every piece, the
    spool, the staging database) is the store's own: the next build discards it and builds
    the store whole, where an unknown file would make the folder \"not a ctkg store\"."""
    store = tmp_path / "store"
    Store(store).close()
    for name in (*bulk.PIECES, bulk.SPOOL):
        (store / name).write_bytes(b"<http://example.org/half\n")
    (store / bulk.STAGING).mkdir()
    api.build([corpus], store, workers=1)
    assert _leftovers(store) == []
    api.build([corpus], tmp_path / "clean", workers=1)
    assert _quads(store) == _quads(tmp_path / "clean")
