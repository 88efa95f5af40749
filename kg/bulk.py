"""A first build's bulk load: the store's staging database and the spool that fills it.

A first build (an empty store, many files) does not write batch by batch: its article
graphs are spooled to a file beside the store and go into a staging database through
pyoxigraph's bulk loader, a load per :data:`SPOOL_BYTES` of them; the staging database
replaces the store's only when the build completes. :class:`kg.store.Store` takes these methods.
"""
from __future__ import annotations

import os
import shutil

import pyoxigraph as ox

from . import layout

SPOOL = "oxigraph.building.nq"
# The bulk loader holds about 1 KB per statement of one load (436,000 statements: 430 MB;
# 2.2 million: 2.1 GB), and each load beyond the first leaves the store larger than one
# load of the same statements would (2.2 million in five loads: 287 MB against 188 MB).
# Loads of this much N-Quads (about 200,000 statements; 400 MB of memory at most for a
# 2,000-article build) keep both in bounds.
SPOOL_BYTES = 32 << 20
STAGING = "oxigraph.building"


class BulkLoading:
    """Bulk loading into an empty store (mixed into :class:`kg.store.Store`)."""

    _spool = None  # the open spool while a first build writes
    _staging = False

    def discard_leftovers(self) -> None:
        """The staging database and spool of a first build that was killed (the writer's
        lock is held: no build is using them)."""
        shutil.rmtree(self.path / STAGING, ignore_errors=True)
        (self.path / SPOOL).unlink(missing_ok=True)

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
        """Add statements (as the store holds them) to the spool; load it once it is full."""
        self._spool.write(nquads)
        if self._spool.tell() >= SPOOL_BYTES:
            self._load_spool()
            self._spool = open(self.path / SPOOL, "wb")  # noqa: SIM115 - closed by _load_spool

    def _settle(self) -> None:
        """Load what is spooled (a first build's article graphs) before the store is read
        or changed otherwise; what comes after goes in as it comes."""
        if self._spool is not None:
            self._load_spool()

    def _load_spool(self) -> None:
        spool, self._spool = self._spool, None
        spool.close()
        path = self.path / SPOOL
        if path.stat().st_size:
            self.ox.bulk_load(path=str(path), format=layout.NQ, lenient=True)  # ctkg wrote every line
        path.unlink()

    def commit_bulk(self) -> None:
        if not self.staging:
            return
        self._settle()
        # compacted: the deletions resolution's renames leave behind slowed the queries of a
        # 10,000-article store 1.2-2x (2.2 s there, for 2% more room)
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
            (self.path / SPOOL).unlink(missing_ok=True)
            del self.ox
            self.ox = self._main
            del self._main
            self._staging = False
            shutil.rmtree(self.path / STAGING, ignore_errors=True)
