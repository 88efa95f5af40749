"""Writing batches of article graphs into the store, and resolving what they changed.

A batch of article graphs (with the other files their texts come from and the
descriptions of the countries and bodies they name) goes in as one load, after
the graphs it replaces are dropped: a build killed between batches leaves the
store consistent. :class:`kg.pipeline.Build` holds the batch and calls these.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import pyoxigraph as ox

from .iris import source_file_quad
from .store import Store

if TYPE_CHECKING:
    from .manifest import Manifest
    from .report import Built, BuildReport


def resolve_into(store: Store, report: BuildReport, cache: dict | None, changed: set[str], present: set[str],
                 fresh: dict[str, dict] | None = None) -> dict | None:
    """Resolve across articles into ``report``; return the reading to save beside the store
    once the store holds the build (kept off the report: it is every article's nodes)."""
    from .resolve import resolve

    report.resolution = resolve(store, cache=cache, changed=changed, present=present, fresh=fresh)
    cache, report.resolution.cache = report.resolution.cache, None
    return cache


class SourceFiles(dict):
    """graph -> the source files (base names) it comes from, asked of the store for the
    graphs a build touches, not read whole at the start of every build."""

    def __init__(self, store: Store, stored: set[str]):
        super().__init__()
        self.store, self.stored = store, stored

    def __missing__(self, graph: str) -> set[str]:
        files = self[graph] = self.store.source_files(graph) if graph in self.stored else set()
        return files


class Described:
    """The countries and bodies the lexicon graph already describes. A small batch writes
    the descriptions of all it names (adding a quad the store holds changes nothing);
    a large one reads the described set once and writes only what is missing."""

    SMALL = 64

    def __init__(self, store: Store, *, empty: bool):
        self.store = store
        self.known: set | None = set() if empty else None

    def missing(self, entities: set) -> set:
        if self.known is None:
            if len(entities) <= self.SMALL:
                return entities
            self.known = self.store.described_entities()
        return entities - self.known

    def add(self, new: set) -> None:
        if self.known is not None:
            self.known |= new


class _Keys(dict):
    """graph -> the source keys (files, or lines of a .jsonl) it comes from, and the
    reverse index: looking up what a file produced before must not scan every graph."""

    def __init__(self):
        super().__init__()
        self._graphs: dict[str, set[str]] = {}

    def add(self, graph: str, key: str) -> None:
        self.setdefault(graph, set()).add(key)
        self._graphs.setdefault(key, set()).add(graph)

    def graphs_of(self, key: str) -> set[str]:
        return {g for g in self._graphs.get(key, ()) if key in self.get(g, ())}


def keys_by_graph(manifest: Manifest) -> _Keys:
    out = _Keys()
    for path, entry in manifest.files.items():
        for g in entry.get("graphs", []):
            out.add(g, path)
    return out


def write_batch(store: Store, batch: list[Built], files_of, keys_of, graphs: set[str], described: Described,
           report: BuildReport, changed: dict[str, dict | None]) -> None:
    """Write a batch of article graphs; drop the old graphs of files that changed."""
    if not batch:
        return
    from .describe import lexicon_graph
    from .resolve.locals import shared

    drop: set[str] = set()
    forget: list[ox.Quad] = []
    source_quads: list[ox.Quad] = []
    for b in batch:
        # the graphs this file produced before, if its text has changed since
        for g in list(keys_of.graphs_of(b.source_key)):
            keys = keys_of[g]
            if g != b.graph:
                keys.discard(b.source_key)
                files_of[g].discard(b.source_file)
                if not keys:
                    drop.add(g)
                    report.replaced += 1
                elif b.source_file not in files_of[g]:
                    forget.append(source_file_quad(g, b.source_file))
        keys_of.add(b.graph, b.source_key)
        files = files_of[b.graph]
        files.add(b.source_file)
        for f in sorted(files - {b.source_file}):
            source_quads.append(source_file_quad(b.graph, f))
    drop -= {b.graph for b in batch}
    for g in drop:
        graphs.discard(g)
        changed[g] = None
    for b in batch:
        changed[b.graph] = shared(b.locals)
    # new article graphs, the other files their texts come from and the descriptions of
    # the countries and bodies they name go in as one load; the graphs they replace go
    # out in one update after it (kg.store: each a transaction, the merged graph with them)
    new = described.missing(set().union(*(b.entities for b in batch)))
    extra = source_quads + (lexicon_graph(new) if new else [])
    rebuilt = {b.graph for b in batch if b.graph in graphs}  # replaced whole, keeping every file it comes from
    fresh = {b.graph: b.nquads for b in batch if b.graph not in rebuilt}
    again = {b.graph: b.nquads for b in batch if b.graph in rebuilt}
    store.replace_articles(b"".join(fresh.values()) + _nq([q for q in extra if q.graph_name.value not in rebuilt]),
                           rewrite=b"".join(again.values()) + _nq([q for q in extra if q.graph_name.value in rebuilt]),
                           rebuilt=rebuilt, drop=drop, forget=forget)
    graphs.update(b.graph for b in batch)
    described.add(new)


def _nq(quads: list[ox.Quad]) -> bytes:
    return ox.serialize(quads, format=ox.RdfFormat.N_QUADS) if quads else b""
