"""A first build's bulk load: the store's staging database and the spool that fills it.

A first build (an empty store, many files) does not write batch by batch: its article
graphs are spooled to a file beside the store and go into a staging database through
pyoxigraph's bulk loader in one call, which replaces the store's database only when the
build completes. :class:`kg.store.Store` takes these methods.
"""
from __future__ import annotations

import os
import shutil

import pyoxigraph as ox

from . import layout

SPOOL = "oxigraph.building.nq"
STAGING = "oxigraph.building"


class BulkLoading:
    """Bulk loading into an empty store (mixed into :class:`kg.store.Store`)."""

    def discard_leftovers(self) -> None:
        """The staging database and spool of a first build that was killed (the writer's
        lock is held: no build is using them)."""
        shutil.rmtree(self.path / STAGING, ignore_errors=True)
        (self.path / SPOOL).unlink(missing_ok=True)

    @property
    def staging(self) -> bool:
        return getattr(self, "_staging", False)

    def begin_bulk(self) -> None:
        """Load a first build into a staging database beside the empty store; it replaces
        the store only when the build completes, so a killed build leaves the store as it
        was (empty) and a staging folder the next build discards.

        The article graphs are spooled to a file beside it and go in through pyoxigraph's
        bulk loader in one call when first read (before resolution): 2-3x faster than
        transactions, and one load writes each statement once, where a load per batch
        left the merged graph's statements that many batches repeat in as many files
        (about twice the store's size, which compaction did not take back)."""
        if self.remote:
            return  # the server loads as it loads
        staging = self.path / STAGING
        shutil.rmtree(staging, ignore_errors=True)
        self._main = self.ox
        self.ox = ox.Store(str(staging))
        self._spool = open(self.path / SPOOL, "wb")  # noqa: SIM115 - closed by _settle
        self._staging = True

    def _settle(self) -> None:
        """Load what is spooled (a first build's article graphs) before the store is read
        or changed otherwise; what comes after goes in as it comes."""
        spool = getattr(self, "_spool", None)
        if spool is None:
            return
        self._spool = None
        spool.close()
        path = self.path / SPOOL
        if path.stat().st_size:
            self.ox.bulk_load(path=str(path), format=layout.NQ)
        path.unlink()

    def commit_bulk(self) -> None:
        if not self.staging:
            return
        self._settle()
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
