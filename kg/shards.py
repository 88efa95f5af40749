"""The map and reduce steps of a cluster build: ``kg extract`` writes the article graphs
of some files as an N-Quads shard with no store; ``kg load`` puts shards into a store
or SPARQL server and resolves nodes across everything it holds."""
from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from pathlib import Path

import pyoxigraph as ox

from .batch import resolve_into
from .errors import InputError
from .output import open_output
from .pipeline import process_file
from .report import BuildReport
from .store import Store
from .walk import iter_files, parts_of
from .workers import results as _results


def extract_to(paths: Iterable[str], output, *, on_error: Callable[[InputError], None] | None = None,
               workers: int | None = None) -> BuildReport:
    """The map step of a cluster build: the article graphs of ``paths`` as N-Quads in
    ``output`` (``-``: standard output), with no store. ``kg load`` puts shards into a
    store or server and resolves nodes across all of them."""
    from .describe import lexicon_graph

    report = BuildReport()
    started = time.perf_counter()
    parts = []
    for item in iter_files(paths):
        if isinstance(item, InputError):
            report.fail(item, on_error)
        else:
            parts.extend(parts_of(item))
    entities: set = set()
    with open_output(output) as fh:
        for _, found in _results(parts, process_file, workers):
            for r in found:
                if isinstance(r, InputError):
                    report.fail(r, on_error)
                    continue
                fh.write(r.nquads)
                entities |= r.entities
                report.count(r)
        fh.write(ox.serialize(lexicon_graph(entities), format=ox.RdfFormat.N_QUADS))
    report.seconds = time.perf_counter() - started
    return report


def load_shards(store: Store, shards: Iterable[str]) -> BuildReport:
    """Load shards written by :func:`extract_to`: each article graph replaces the store's,
    then nodes are resolved across everything the store holds."""
    from .rdf import LEXICON_GRAPH
    from .resolve import save_cache, take_cache

    report = BuildReport()
    started = time.perf_counter()
    graphs = store.graph_names()
    cache = take_cache(store)
    changed: set[str] = set()
    bulk = not graphs and not store.remote
    if bulk:
        store.begin_bulk()
    try:
        for shard in shards:
            try:
                data = Path(shard).read_bytes()
                names, data = _shard(data)
            except (OSError, SyntaxError, ValueError) as exc:
                report.errors.append(InputError(str(shard), f"not an N-Quads shard: {exc}"))
                continue
            names.discard(LEXICON_GRAPH.value)
            again = names & graphs  # replaced whole, in one update with their merged copy
            store.replace_articles(b"" if again else data, rewrite=data if again else b"", rebuilt=again)
            graphs |= names
            changed |= names
            report.articles += len(names)
        if report.articles:
            cache = resolve_into(store, report, cache, changed, graphs)
        store.commit_bulk()
    except BaseException:
        store.abandon_bulk()
        raise
    store.flush()
    save_cache(store, cache)
    report.seconds = time.perf_counter() - started
    if report.articles:
        store.record_build(report.summary())
    return report




def _shard(data: bytes) -> tuple[set[str], bytes]:
    """The article graphs of a shard, and its named-graph quads (a merged graph in it is
    left out: the store makes its own)."""
    quads = [q for q in ox.parse(data, format=ox.RdfFormat.N_QUADS) if isinstance(q.graph_name, ox.NamedNode)]
    return {q.graph_name.value for q in quads}, ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
