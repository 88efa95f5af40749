"""The on-disk graph store: pyoxigraph, a merged graph and one named graph per article, one writer.

Layout of a store folder::

    STORE/oxigraph/     the RocksDB database (pyoxigraph.Store)
    STORE/ctkg.json     what ctkg keeps beside it: format version, last build
    STORE/kg.lock       held (flock) by the one process writing; holds its pid

Inside the database (:mod:`kg.layout`): the default graph is the merged graph, each
fact once, with every fact's evidence, which queries and exports read; each article's
named graph keeps what that article stated. This module makes every write, each one transaction
that changes an article graph and the merged graph together. The store's format version
is recorded in ``ctkg.json`` and checked on open: a store of an older layout is refused
with one line saying how to migrate or rebuild it.
"""
from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox

from . import layout
from .bulk import PIECE, PIECES, SPOOL, STAGING, BulkLoading
from .errors import StoreBusy, StoreError
from .iris import source_file_quad
from .lock import lock_folder, unlock_folder
from .meta import FORMAT_VERSION, check_format, read_meta, write_meta
from .output import open_error
from .remote import RemoteOx, is_url
from .vocab import CTKG

DEFAULT_STORE = "ctkg-store"
RENAMES_PER_UPDATE = 2000
_OWN_FILES = {"oxigraph", "ctkg.json", "ctkg.json.tmp", "kg.lock", "files.json", "files.json.tmp",
              STAGING, SPOOL, PIECE, *PIECES, "oxigraph.new", "oxigraph.old", "resolve.json", "resolve.json.tmp"}


class Store(BulkLoading):
    """A ctkg store folder. Open for writing with ``Store(path)``, for reading with
    ``Store(path, read_only=True)``; use as a context manager."""

    def __init__(self, path: str | os.PathLike = DEFAULT_STORE, *, read_only: bool = False,
                 wait: bool = False, create: bool = True, migrating: bool = False):
        self.read_only = read_only
        self._lock_fh = None
        self.remote = is_url(str(path))
        if self.remote:
            self._open_remote(str(path), wait)
            return
        self.path = Path(path)
        db = self.path / "oxigraph"
        if self.path.exists() and not self.path.is_dir():
            raise StoreError(f"{self.path}: not a folder")
        if self.path.is_dir():
            strangers = {p.name for p in self.path.iterdir()} - _OWN_FILES
            if strangers:
                raise StoreError(f"{self.path}: exists and is not a ctkg store "
                                 f"(holds {', '.join(sorted(strangers)[:3])})")
        if read_only:
            if not db.exists():
                raise StoreError(f"{self.path}: no store here yet; run `kg build PATH --store {self.path}` first")
            try:
                self.ox = ox.Store.read_only(str(db))
            except (OSError, RuntimeError) as exc:
                raise open_error(self.path, exc) from None
            self.meta = self._read_meta()
            self._check_format()
            return
        if not create and not db.exists():
            raise StoreError(f"{self.path}: no store here yet")
        try:
            self.path.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise open_error(self.path, exc) from None
        existed = db.exists()
        self._lock(wait)
        self.discard_leftovers()  # of a first build killed before it completed
        if not existed:  # recorded before the database exists: a kill in between leaves no unmarked one
            self.meta = {"format": FORMAT_VERSION}
            self._write_meta()
        try:
            if not existed:
                _create(db)
            self.ox = ox.Store(str(db))
        except (OSError, RuntimeError) as exc:
            self._unlock()
            if "lock" in str(exc).lower() and "read-only" not in str(exc).lower():
                raise StoreBusy(f"store in use by another kg process: {self.path}") from None
            raise open_error(self.path, exc) from None
        self.meta = self._read_meta()
        if existed and not migrating:
            try:
                self._check_format()
            except StoreError:
                self.close()
                raise

    def _open_remote(self, url: str, wait: bool) -> None:
        """A SPARQL server as the store; what ctkg keeps beside it (files.json, the last
        build) lives in a local cache folder named after the URL."""
        cache = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
        self.path = cache / "ctkg" / "remote" / hashlib.sha1(url.encode()).hexdigest()[:16]
        self.path.mkdir(parents=True, exist_ok=True)
        self.ox = RemoteOx(url)
        self.meta = self._read_meta()
        if not self.read_only:
            self._lock(wait)

    # -- locking ------------------------------------------------------------------------
    def _lock(self, wait: bool) -> None:
        self._lock_fh = lock_folder(self.path, wait)

    def _unlock(self) -> None:
        unlock_folder(self._lock_fh)
        self._lock_fh = None

    # -- metadata -----------------------------------------------------------------------
    def _read_meta(self) -> dict:
        return read_meta(self.path / "ctkg.json")

    def _check_format(self) -> None:
        check_format(self.path, self.meta)

    def migrate(self) -> int:
        """Bring a store of an older format to this layout (:func:`kg.layout.migrate`). The
        format is recorded last, so a migration cut short is simply run again."""
        if self.meta.get("format") == FORMAT_VERSION:
            return 0
        found = self.meta.get("format")
        layout.migrate(self.ox, found if isinstance(found, int) else 1)
        self.ox.flush()
        old, self.meta["format"] = found, FORMAT_VERSION
        self._write_meta()
        return old

    def _write_meta(self) -> None:
        write_meta(self.path / "ctkg.json", self.meta)

    def record_build(self, summary: dict) -> None:
        self.meta["format"] = FORMAT_VERSION
        self.meta["last_build"] = {"at": time.strftime("%Y-%m-%dT%H:%M:%S%z"), **summary}
        self._write_meta()

    # -- writing ------------------------------------------------------------------------
    def graph_names(self) -> set[str]:
        return {g.value for g in self.ox.named_graphs()}

    def source_files(self, graph: str) -> set[str]:
        """The source files (base names) one article graph is stated to come from."""
        q = f"SELECT ?f WHERE {{ GRAPH <{graph}> {{ ?a <{CTKG.sourceFile}> ?f }} }}"
        return {row["f"].value for row in self.query(q)}

    def described_entities(self) -> set[tuple[str, str]]:
        """(kind, id) of the canonical nodes the lexicon graph already describes."""
        from .rdf import LEXICON_GRAPH

        kinds = {"country": "country", "org": "org", "place": "city"}
        out = set()
        self._settle()
        for q in self.ox.quads_for_pattern(None, ox.NamedNode(str(CTKG.lexiconId)), None, LEXICON_GRAPH):
            kind = q.subject.value.rsplit("/", 2)[-2]
            if kind in kinds:
                out.add((kinds[kind], q.object.value))
        return out

    def replace_articles(self, fresh: bytes, *, rewrite: bytes = b"", rebuilt=(), drop=(), forget=()) -> None:
        """Write article graphs (N-Quads of named graphs, facts and evidence) as the layout
        keeps them (:mod:`kg.layout`).

        ``fresh`` (graphs not in the store, the descriptions of what they name, more files
        they come from) goes in as one load; then, as one update, the ``drop`` graphs are
        dropped, the ``forget`` statements removed (the merged graph losing what no graph
        states any longer) and the ``rebuilt`` graphs replaced by ``rewrite``. Each step is
        one transaction: a build killed between them leaves the old articles and the new
        ones, never a half-written one."""
        if self._spool is not None and not drop and not forget:
            # a first build: a graph is rebuilt with what it had and more (the same text
            # from one more file), so its rewrite is spooled like a new graph
            self.spool(fresh + rewrite)
            return
        self._settle()
        if fresh.strip():
            self.ox.load(input=layout.with_merged(fresh), format=layout.NQ)
        if rewrite.strip() or drop or forget or rebuilt:
            self.ox.update(layout.replace_update(rewrite, set(drop) | set(rebuilt), forget))

    def remove_source_file(self, graph: str, source_file: str, keep: set[str]) -> None:
        """The file no longer holds this text; others still do: forget only the file."""
        if source_file not in keep:
            self.replace_articles(b"", forget=[source_file_quad(graph, source_file)])

    def drop_articles(self, graphs) -> None:
        """Drop article graphs, and from the merged graph what only they stated (one update)."""
        if graphs:
            self._settle()
            self.ox.update(layout.replace_update(b"", graphs, ()))

    def rename_nodes(self, renames: list[tuple[str, str, str]]) -> None:
        """(graph, old IRI, new IRI): rename in the article graphs and the merged graph, in
        updates of RENAMES_PER_UPDATE renames (one update of every rename of a first build
        would hold them all in memory); each update leaves the articles it renames whole."""
        if not renames or self.spool_renames(renames):
            return  # none, or a first build's: renamed as its spool goes in
        self._settle()
        for n, i in enumerate(range(0, len(renames), RENAMES_PER_UPDATE), 1):
            self.ox.update(layout.rename_update(renames[i:i + RENAMES_PER_UPDATE]))
            if n % 10 == 0:
                self.ox.flush()  # RocksDB's write buffers to disk: they grew by 600 MB at 100,000 articles

    # -- reading ------------------------------------------------------------------------
    def query(self, sparql: str):
        """Run SPARQL over the merged graph (named graphs under GRAPH)."""
        self._settle()
        return self.ox.query(sparql)

    def dump_dataset(self, output, fmt, prefixes: dict | None = None) -> int:
        """Write every graph in a quad format: the article graphs, the merged graph and the
        evidence (:mod:`kg.layout`); returns how many quads."""
        if self.remote or not hasattr(output, "write"):
            data = self.ox.dump(None, fmt, prefixes=prefixes)
            if hasattr(output, "write"):
                output.write(data)
            else:
                Path(output).write_bytes(data)
        else:
            self.ox.dump(output, fmt, prefixes=prefixes)
        return len(self.ox)

    def merged_size(self) -> int:
        """How many triples the merged graph holds."""
        return int(next(iter(self.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))["n"].value)

    def dump_merged(self, output, fmt, prefixes: dict | None = None) -> int:
        """Write the merged graph to ``output`` in ``fmt``; returns how many triples."""
        if self.remote or not hasattr(output, "write"):  # a server's graph arrives as bytes
            data = self.ox.dump(None, fmt, from_graph=ox.DefaultGraph(), prefixes=prefixes)
            if hasattr(output, "write"):
                output.write(data)
            else:
                Path(output).write_bytes(data)
        else:
            self.ox.dump(output, fmt, from_graph=ox.DefaultGraph(), prefixes=prefixes)
        return self.merged_size()

    def named_graphs(self) -> Iterator:
        return self.ox.named_graphs()

    def __len__(self) -> int:
        return len(self.ox)

    def flush(self) -> None:
        if not self.read_only:
            self.ox.flush()

    def close(self) -> None:
        if getattr(self, "ox", None) is not None:
            writable = not self.read_only and not self.remote
            if writable:
                with contextlib.suppress(OSError):
                    self.ox.flush()
            del self.ox
            self.ox = None
            if writable:
                _drop_spent_logs(self.path / "oxigraph")
        self._unlock()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _drop_spent_logs(db: Path) -> None:
    """RocksDB deletes the write-ahead logs that a flush has made useless only when the
    database is next opened; opened and closed once more here (a few ms), the store does
    not keep its last write's log: 500 MB, more than the whole store, after 5,000
    articles were added to 5,000."""
    with contextlib.suppress(OSError, RuntimeError):  # still open elsewhere: the next open drops them
        ox.Store(str(db))


def _create(db: Path) -> None:
    """An empty database, made beside its place and renamed into it: a process killed while
    RocksDB lays out a new database leaves no half-made one that readers cannot open."""
    new = db.with_name(db.name + ".new")
    shutil.rmtree(new, ignore_errors=True)
    made = ox.Store(str(new))
    made.flush()
    del made
    os.replace(new, db)
