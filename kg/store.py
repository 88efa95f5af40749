"""The on-disk graph store: pyoxigraph, a merged graph and one named graph per article, one writer.

Layout of a store folder::

    STORE/oxigraph/     the RocksDB database (pyoxigraph.Store)
    STORE/ctkg.json     what ctkg keeps beside it: format version, last build
    STORE/kg.lock       held (flock) by the one process writing; holds its pid

Inside the database (:mod:`kg.layout`): the default graph is the merged graph, each
fact once, which queries and exports read; each article's named graph keeps what that
article stated, with its evidence. This module makes every write, each one transaction
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
from .errors import StoreBusy, StoreError
from .lock import lock_folder, unlock_folder
from .meta import FORMAT_VERSION, check_format, read_meta, write_meta
from .output import open_error
from .remote import RemoteOx, is_url
from .vocab import CTKG

DEFAULT_STORE = "ctkg-store"
RENAMES_PER_UPDATE = 2000
_OWN_FILES = {"oxigraph", "ctkg.json", "ctkg.json.tmp", "kg.lock", "files.json", "files.json.tmp",
              "oxigraph.building", "oxigraph.old", "resolve.json", "resolve.json.tmp"}


class Store:
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
        if not existed:  # recorded before the database exists: a kill in between leaves no unmarked one
            self.meta = {"format": FORMAT_VERSION}
            self._write_meta()
        try:
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
        """Bring a store of format 1 to this layout: the merged graph filled from the article
        graphs. The format is recorded last, so a migration cut short is simply run again."""
        if self.meta.get("format") == FORMAT_VERSION:
            return 0
        layout.fill_merged(self.ox)
        self.ox.flush()
        old, self.meta["format"] = self.meta.get("format"), FORMAT_VERSION
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
        return {row["f"].value for row in self.ox.query(q)}

    def described_entities(self) -> set[tuple[str, str]]:
        """(kind, id) of the canonical nodes the lexicon graph already describes."""
        from .rdf import LEXICON_GRAPH

        kinds = {"country": "country", "org": "org", "place": "city"}
        out = set()
        for q in self.ox.quads_for_pattern(None, ox.NamedNode(str(CTKG.lexiconId)), None, LEXICON_GRAPH):
            kind = q.subject.value.rsplit("/", 2)[-2]
            if kind in kinds:
                out.add((kinds[kind], q.object.value))
        return out

    def source_file_quad(self, graph: str, source_file: str) -> ox.Quad:
        from .rdf import article_iri

        return ox.Quad(article_iri(graph.rsplit("/", 1)[-1]), ox.NamedNode(str(CTKG.sourceFile)),
                       ox.Literal(source_file), ox.NamedNode(graph))

    def replace_articles(self, fresh: bytes, *, rewrite: bytes = b"", drop=(), forget=()) -> None:
        """Write article graphs (N-Quads of named graphs) with their merged copy.

        ``fresh`` (graphs not in the store, the descriptions of what they name, more files
        they come from) goes in as one load; then, as one update, the ``drop`` graphs are
        dropped, the ``forget`` statements removed (the merged graph losing what no graph
        states any longer) and ``rewrite`` (graphs dropped here and written anew) put in.
        Each step is one transaction: a build killed between them leaves the old articles
        and the new ones, never a half-written one."""
        if fresh.strip():
            merged = layout.with_merged(fresh)
            if self.staging:
                self.ox.bulk_load(input=merged, format=layout.NQ)
            else:
                self.ox.load(input=merged, format=layout.NQ)
        if rewrite.strip() or drop or forget:
            self.ox.update(layout.replace_update(rewrite, drop, forget))

    def remove_source_file(self, graph: str, source_file: str, keep: set[str]) -> None:
        """The file no longer holds this text; others still do: forget only the file."""
        if source_file not in keep:
            self.replace_articles(b"", forget=[self.source_file_quad(graph, source_file)])

    def drop_articles(self, graphs) -> None:
        """Drop article graphs, and from the merged graph what only they stated (one update)."""
        if graphs:
            self.ox.update(layout.replace_update(b"", graphs, ()))

    def rename_nodes(self, renames: list[tuple[str, str, str]]) -> None:
        """(graph, old IRI, new IRI): rename in the article graphs and the merged graph, in
        updates of RENAMES_PER_UPDATE renames (one update of every rename of a first build
        would hold them all in memory); each update leaves the articles it renames whole."""
        for i in range(0, len(renames), RENAMES_PER_UPDATE):
            self.ox.update(layout.rename_update(renames[i:i + RENAMES_PER_UPDATE]))

    # -- reading ------------------------------------------------------------------------
    def query(self, sparql: str):
        """Run SPARQL over the merged graph (named graphs under GRAPH)."""
        return self.ox.query(sparql)

    def dump_articles(self, output, fmt, prefixes: dict | None = None) -> int:
        """Write the article graphs (not their merged copy) in a quad format; returns how many quads."""
        quads = layout.ArticleQuads(self.ox)
        ox.serialize(quads, output if hasattr(output, "write") else str(output), fmt, prefixes=prefixes)
        return quads.count

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

    # -- bulk loading into an empty store ----------------------------------------------------
    @property
    def staging(self) -> bool:
        return getattr(self, "_staging", False)

    def begin_bulk(self) -> None:
        """Load a first build into a staging database beside the empty store; it replaces
        the store only when the build completes, so a killed build leaves the store as it
        was (empty) and a staging folder the next build discards. pyoxigraph's bulk loader
        is 2-3x faster than transactions and streams instead of holding a batch in memory."""
        if self.remote:
            return  # the server loads as it loads
        staging = self.path / "oxigraph.building"
        shutil.rmtree(staging, ignore_errors=True)
        self._main = self.ox
        self.ox = ox.Store(str(staging))
        self._staging = True

    def commit_bulk(self) -> None:
        if not self.staging:
            return
        self.ox.optimize()  # compacted: the renames' deletions slowed every scan 3-5x at 10,000 articles
        self.ox.flush()
        del self.ox
        del self._main
        db, staging = self.path / "oxigraph", self.path / "oxigraph.building"
        old = self.path / "oxigraph.old"
        shutil.rmtree(old, ignore_errors=True)
        os.replace(db, old)
        os.replace(staging, db)
        shutil.rmtree(old, ignore_errors=True)
        self.ox = ox.Store(str(db))
        self._staging = False

    def abandon_bulk(self) -> None:
        if self.staging:
            del self.ox
            self.ox = self._main
            del self._main
            self._staging = False
            shutil.rmtree(self.path / "oxigraph.building", ignore_errors=True)

    def flush(self) -> None:
        if not self.read_only:
            self.ox.flush()

    def close(self) -> None:
        if getattr(self, "ox", None) is not None:
            if not self.read_only and not self.remote:
                with contextlib.suppress(OSError):
                    self.ox.flush()
            del self.ox
            self.ox = None
        self._unlock()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
