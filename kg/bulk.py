"""A first build's bulk load: the store's staging database and the spool that fills it.

A first build (an empty store, many files) does not write batch by batch: its article
graphs are spooled to a file beside the store and, once resolution has named every node,
go into a staging database through pyoxigraph's bulk loader, renamed as they go in
(:func:`kg.layout.renamed`), a load per :data:`SPOOL_BYTES` of them, each piece renamed
in a thread while the one before it loads; the staging database replaces the store's
only when the build completes. Renaming the spool's lines costs nothing in the store;
renaming a loaded store by SPARQL updates took 42 s and 590 MB of RocksDB's memory at
100,000 articles. :class:`kg.store.Store` takes these methods.
"""
from __future__ import annotations

import os
import queue
import shutil
import threading
from collections.abc import Callable, Iterator
from contextlib import closing

import pyoxigraph as ox

from . import layout

SPOOL = "oxigraph.building.nq"
PIECE = "oxigraph.loading.nq"  # the spool's next load, renamed (one file, before pieces were made ahead)
# the pieces in turn: one loading, one made and waiting, one being made; a name comes round
# again only once its piece is loaded and deleted (see _ahead). A store folder holding
# any other file is not a store, so the names are fixed.
PIECES = tuple(f"{PIECE}.{k}" for k in range(3))
# The bulk loader holds about 1 KB per statement of one load (436,000 statements: 430 MB;
# 2.2 million: 2.1 GB), and each load beyond the first leaves the store larger than one
# load of the same statements would (2.2 million in five loads: 287 MB against 188 MB).
# Loads of this much N-Quads (about 200,000 statements; 400 MB of memory at most for a
# 2,000-article build) keep both in bounds.
SPOOL_BYTES = 32 << 20
# pyoxigraph's bulk loader works on one core and lets go of Python meanwhile, so the next
# piece is renamed and laid out in a thread while one loads. The spool of 10,000 articles
# (2.2 million quads), loaded alone in alternating runs: 15.9-20.0 s one step after the
# other, 14.6-15.7 s so. The loads stay in the main thread: run in a thread of their own,
# they took their memory from a fresh malloc arena instead of what the build had freed,
# and a 100,000-article build peaked at 965 MB instead of 933 MB.
STAGING = "oxigraph.building"


class BulkLoading:
    """Bulk loading into an empty store (mixed into :class:`kg.store.Store`)."""

    _spool = None  # the open spool while a first build writes
    _staging = False
    _renames: dict | None = None  # <graph> -> <old IRI> -> <new IRI>, applied as the spool goes in

    def discard_leftovers(self) -> None:
        """The staging database, spool and pieces of a first build that was killed or
        abandoned (the writer's lock is held: no build is using them)."""
        shutil.rmtree(self.path / STAGING, ignore_errors=True)
        (self.path / SPOOL).unlink(missing_ok=True)
        for piece in self.path.glob(PIECE + "*"):
            piece.unlink(missing_ok=True)

    @property
    def staging(self) -> bool:
        return self._staging

    def begin_bulk(self) -> None:
        """Load a first build into a staging database beside the empty store; it replaces
        the store only when the build completes, so a killed build leaves the store as it
        was (empty) and a staging folder the next build discards.

        The article graphs are spooled to a file beside it and go in through pyoxigraph's
        bulk loader, 2-3x faster than transactions, in as few loads as memory allows
        (:data:`SPOOL_BYTES`): a load per batch of 200 articles left a store twice the
        size of one load's (the merged graph's statements that many batches repeat were
        written by each, and compaction, ``optimize()``, made the files larger still)."""
        if self.remote:
            return  # the server loads as it loads
        staging = self.path / STAGING
        shutil.rmtree(staging, ignore_errors=True)
        self._main = self.ox
        self.ox = ox.Store(str(staging))
        self._spool = open(self.path / SPOOL, "wb")  # noqa: SIM115 - closed by _load_spool
        self._staging = True

    def spool(self, nquads: bytes) -> None:
        """Add article graphs (N-Quads, every line in its article's graph) to the spool."""
        self._spool.write(nquads)

    def spool_renames(self, renames: list[tuple[str, str, str]]) -> bool:
        """Resolution's renames ((graph, old IRI, new IRI)) of a first build whose spool is
        not loaded yet: applied to its lines as they go in. False when it was loaded."""
        if self._spool is None:
            return False
        table = self._renames = {}
        for g, old, new in renames:
            table.setdefault(f"<{g}>".encode(), {})[f"<{old}>".encode()] = f"<{new}>".encode()
        return True

    def _settle(self) -> None:
        """Load what is spooled (a first build's article graphs) before the store is read
        or changed otherwise; what comes after goes in as it comes."""
        if self._spool is not None:
            self._load_spool()

    def _load_spool(self) -> None:
        spool, self._spool = self._spool, None
        spool.close()
        path = self.path / SPOOL
        with closing(_ahead(lambda: self._pieces(path), "kg-spool")) as pieces:
            for piece in pieces:
                self._load_piece(piece)
        path.unlink()
        self._renames = None

    def _pieces(self, path) -> Iterator:
        """The spool renamed and laid out (:mod:`kg.layout`), in files of about SPOOL_BYTES."""
        with open(path, "rb") as src:
            k = 0
            piece = self.path / PIECES[k]
            out = open(piece, "wb")  # noqa: SIM115 - closed below, for each load
            while lines := src.readlines(min(1 << 20, SPOOL_BYTES)):  # a MB at a time: Python holds little
                out.write(layout.with_merged(layout.renamed(lines, self._renames or {})))
                if out.tell() >= SPOOL_BYTES or not src.peek(1):
                    out.close()
                    yield piece
                    k = (k + 1) % len(PIECES)
                    piece = self.path / PIECES[k]
                    out = open(piece, "wb")  # noqa: SIM115
            out.close()
            piece.unlink()

    def _load_piece(self, piece) -> None:
        self.ox.bulk_load(path=str(piece), format=layout.NQ, lenient=True)  # ctkg wrote every line
        piece.unlink()

    def commit_bulk(self) -> None:
        if not self.staging:
            return
        self._settle()
        # compacted: the files of many loads overlap, and a 10,000-article store's short
        # queries ran 1.3-2x slower without it (chairs 84 -> 39 ms; 2.2 s, 7% more room)
        self.ox.optimize()
        self.ox.flush()
        del self.ox
        del self._main
        db, staging = self.path / "oxigraph", self.path / STAGING
        old = self.path / "oxigraph.old"
        shutil.rmtree(old, ignore_errors=True)
        os.replace(db, old)
        os.replace(staging, db)
        shutil.rmtree(old, ignore_errors=True)
        self.ox = ox.Store(str(db))
        self._staging = False

    def abandon_bulk(self) -> None:
        if self.staging:
            if self._spool is not None:
                self._spool.close()
                self._spool = None
            self._renames = None
            del self.ox
            self.ox = self._main
            del self._main
            self._staging = False
            self.discard_leftovers()  # the staging database closed above, the spool and pieces


def _ahead(make: Callable[[], Iterator], name: str) -> Iterator:
    """The items of ``make()``, made in a thread one item ahead of the caller. An error
    there is raised here; closing this generator stops the thread and waits for it."""
    ready: queue.Queue = queue.Queue(maxsize=1)
    stop = threading.Event()

    def put(item) -> bool:
        while not stop.is_set():
            try:
                ready.put(item, timeout=0.1)
                return True
            except queue.Full:
                pass
        return False

    def run() -> None:
        try:
            for item in make():
                if not put((True, item)):
                    return
            put((False, None))
        except BaseException as exc:  # noqa: BLE001 - handed to the caller, raised there
            put((False, exc))

    thread = threading.Thread(target=run, name=name, daemon=True)
    thread.start()
    try:
        while True:
            more, item = ready.get()
            if not more:
                if item is not None:
                    raise item
                return
            yield item
    finally:
        stop.set()
        thread.join()
