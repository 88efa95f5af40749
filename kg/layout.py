"""The store's layout, and every write that keeps it: one merged graph, per-article graphs.

* Each article's named graph (``id/graph/HASH``) holds what that article states: its
  facts, their evidence (``ctkg:Assertion`` records pointing at the article's
  sentences, each sentence's text stored once) and the nodes it mentions.
* The **default graph** is the merged graph: every triple of every named graph, once.
  Queries, the Turtle export, ``kg viz`` and ``kg serve`` read it, so a fact stated by
  forty articles is one row, with no ``DISTINCT`` or ``GRAPH`` in the query.

Every write changes both in one transaction (one ``load`` or one SPARQL update, which
Oxigraph applies atomically): a triple goes into the merged graph with the article graph
that states it, and leaves it when the last graph stating it is dropped or renamed. So a
build killed at any moment leaves each article in its old or its new form and the merged
graph equal to the union of the article graphs present.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

import pyoxigraph as ox

NQ = ox.RdfFormat.N_QUADS
_GRAPH_AT_END = re.compile(rb" <[^<>\s]*> \.(?=\n)")


def merged_copy(nquads: bytes) -> bytes:
    """N-Quads of named graphs -> the same statements in the default graph (the graph
    name, always an IRI, is the last term of every line)."""
    return _GRAPH_AT_END.sub(b" .", nquads)


def with_merged(nquads: bytes) -> bytes:
    """Named-graph N-Quads and their copy in the merged graph, for one load."""
    if nquads and not nquads.endswith(b"\n"):
        nquads += b"\n"
    return nquads + merged_copy(nquads)


def quad_data(quads: Iterable[ox.Quad]) -> bytes:
    return ox.serialize(list(quads), format=NQ)


def _term(t) -> str:
    return str(t)


def _triple_text(nquads: bytes) -> str:
    """Named-graph N-Quads as the body of an ``INSERT DATA`` (graph blocks and their
    merged copy)."""
    out = []
    for q in ox.parse(nquads, format=NQ):
        s, p, o = _term(q.subject), _term(q.predicate), _term(q.object)
        out.append(f"GRAPH {q.graph_name} {{ {s} {p} {o} }} {s} {p} {o} .")
    return "\n".join(out)


def drop_graph(graph: str) -> str:
    """Drop an article graph and what only it stated from the merged graph."""
    return (f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?h {{ ?s ?p ?o }} FILTER(?h != <{graph}>) }} }} ;\n"
            f"DROP SILENT GRAPH <{graph}>")


def forget_quad(q: ox.Quad) -> str:
    """Remove one statement of one article graph (and from the merged graph, if no other
    graph states it)."""
    s, p, o = _term(q.subject), _term(q.predicate), _term(q.object)
    return (f"DELETE DATA {{ GRAPH {q.graph_name} {{ {s} {p} {o} }} }} ;\n"
            f"DELETE {{ {s} {p} {o} }} WHERE {{ {s} {p} {o} FILTER NOT EXISTS {{ GRAPH ?h {{ {s} {p} {o} }} }} }}")


def replace_update(rewrite: bytes, drop: Iterable[str], forget: Iterable[ox.Quad]) -> str:
    """One SPARQL update: statements in ``forget`` removed, graphs in ``drop`` dropped, then
    the N-Quads ``rewrite`` inserted; the merged graph kept equal to their union."""
    ops = [forget_quad(q) for q in forget]
    ops += [drop_graph(g) for g in sorted(set(drop))]
    if rewrite.strip():
        ops.append(f"INSERT DATA {{ {_triple_text(rewrite)} }}")
    return " ;\n".join(ops)


def rename_update(renames: list[tuple[str, str, str]]) -> str:
    """Rename nodes in article graphs ((graph, old IRI, new IRI) each) and in the merged
    graph: what the renamed statements become goes in, and what no graph states any
    longer (the old IRI's statements, unless another article still uses it) goes out."""
    ops = []
    for g, old, new in renames:
        ops.append(f"DELETE {{ GRAPH <{g}> {{ <{old}> ?p ?o }} }} INSERT {{ GRAPH <{g}> {{ <{new}> ?p ?o }} "
                   f"<{new}> ?p ?o }} WHERE {{ GRAPH <{g}> {{ <{old}> ?p ?o }} }}")
        ops.append(f"DELETE {{ GRAPH <{g}> {{ ?s ?p <{old}> }} }} INSERT {{ GRAPH <{g}> {{ ?s ?p <{new}> }} "
                   f"?s ?p <{new}> }} WHERE {{ GRAPH <{g}> {{ ?s ?p <{old}> }} }}")
    for old in sorted({old for _, old, _ in renames}):
        ops.append(f"DELETE {{ <{old}> ?p ?o }} WHERE {{ <{old}> ?p ?o "
                   f"FILTER NOT EXISTS {{ GRAPH ?h {{ <{old}> ?p ?o }} }} }}")
        ops.append(f"DELETE {{ ?s ?p <{old}> }} WHERE {{ ?s ?p <{old}> "
                   f"FILTER NOT EXISTS {{ GRAPH ?h {{ ?s ?p <{old}> }} }} }}")
    return " ;\n".join(ops)


def fill_merged(db) -> None:
    """Put every statement of every named graph into the merged graph (``kg migrate``:
    a store of format 1 had none). Graph by graph, so memory stays that of one graph."""
    for g in list(db.named_graphs()):
        data = db.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=g)
        if data:
            db.load(data, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.DefaultGraph())


class ArticleQuads:
    """The quads of every article graph (the merged graph left out), counted as they go."""

    def __init__(self, db):
        self.db, self.count = db, 0

    def __iter__(self):
        for q in self.db.quads_for_pattern(None, None, None, None):
            if not isinstance(q.graph_name, ox.DefaultGraph):
                self.count += 1
                yield q
