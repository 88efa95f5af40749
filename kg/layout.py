"""The store's layout (format 3), and every write that keeps it.

* Each article's named graph (``id/graph/HASH``) holds what that article states: its
  facts, the nodes it mentions and the article's own record.
* The **default graph** is the merged graph: every triple of every article graph, once,
  and the **evidence**: each fact's ``ctkg:Assertion`` (rule, confidence, offsets) and
  the article's sentences it points to, each sentence's text stored once. An assertion
  belongs to one article (its sentences' ``nif:referenceContext``), so it is stored once,
  in the default graph only: copying it into the article graph too would double the
  largest part of the store for nothing a query needs.

Queries, the Turtle export, ``kg viz`` and ``kg serve`` read the default graph, so a fact
stated by forty articles is one row and its forty assertions forty rows, with no
``DISTINCT`` or ``GRAPH`` in the query; ``GRAPH ?g`` says which article stated a fact.

A build hands over each article as one named graph holding its facts and its evidence
(the N-Quads of :mod:`kg.rdf`, and of ``kg extract`` shards); this module puts each
statement where it belongs. Every write changes the graphs in one transaction (one
``load`` or one SPARQL update, which Oxigraph applies atomically): a triple goes into the
merged graph with the article graph that states it, and leaves it when the last graph
stating it is dropped or renamed; an article's evidence comes and goes with its graph.
So a build killed at any moment leaves each article in its old or its new form and the
merged graph equal to the union of the article graphs present and their evidence.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

import pyoxigraph as ox

from .iris import article_of_graph
from .vocab import BASE, CTKG, NIF

NQ = ox.RdfFormat.N_QUADS
# the subjects of evidence: assertions (id/fact/...) and sentences (id/article/HASH/sN)
_EVIDENCE = re.compile(r"<" + re.escape(BASE) + r"(?:fact/|article/[^/<>\s]+/s\d+>)")
_EVIDENCE_LINE = re.compile(_EVIDENCE.pattern.encode())
_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_CONTEXT, _SENTENCE = NIF.referenceContext, CTKG.sentence


def is_evidence(subject: str) -> bool:
    """Whether a subject (an N-Triples term, ``<...>``) is an assertion or a sentence."""
    return _EVIDENCE.match(subject) is not None


def with_merged(nquads: bytes) -> bytes:
    """Named-graph N-Quads as the store holds them, for one load: the article graphs'
    statements with their copy in the merged graph, the evidence in the default graph only.
    The graph name, always an IRI, is the last term of every line: a line cut at its last
    `` <`` is the statement in the default graph."""
    facts, merged, evidence = [], [], []
    match = _EVIDENCE_LINE.match
    for line in nquads.splitlines():
        if not line:
            continue
        triple = line[:line.rindex(b" <")] + b" .\n"
        if match(line):
            evidence.append(triple)
        else:
            facts.append(line + b"\n")
            merged.append(triple)
    return b"".join(facts) + b"".join(merged) + b"".join(evidence)


def renamed(lines: list[bytes], renames: dict[bytes, dict[bytes, bytes]]) -> bytes:
    """Named-graph N-Quads lines with resolution's renames (``<graph>`` -> ``<old>`` ->
    ``<new>``) applied to their subjects and objects: what :func:`rename_update` makes of
    them in the store, before they are in it. An IRI has no space, so a line's object is
    what follows its last space before the graph; a literal's end never reads as an IRI."""
    if not renames:
        return b"".join(lines)
    out = []
    for line in lines:
        at = line.rfind(b" <")
        table = renames.get(line[at + 1:line.rindex(b">") + 1]) if at > 0 else None
        if table:
            s_end = line.index(b" ")
            new = table.get(line[:s_end])
            if new is not None:
                line, at = new + line[s_end:], at + len(new) - s_end
            o_at = line.rindex(b" ", 0, at) + 1
            new = table.get(line[o_at:at])
            if new is not None:
                line = line[:o_at] + new + line[at:]
        out.append(line)
    return b"".join(out)


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
        if is_evidence(s):
            out.append(f"{s} {p} {o} .")
        else:
            out.append(f"GRAPH {q.graph_name} {{ {s} {p} {o} }} {s} {p} {o} .")
    return "\n".join(out)


def drop_graph(graph: str) -> str:
    """Drop an article graph, its evidence, and what only it stated from the merged graph."""
    art = article_of_graph(graph).value
    return (f"DELETE {{ ?a ?p ?o }} WHERE {{ ?sn <{_CONTEXT}> <{art}> . "
            f"?a <{_SENTENCE}> ?sn . ?a ?p ?o }} ;\n"
            f"DELETE {{ ?sn ?p ?o }} WHERE {{ ?sn <{_CONTEXT}> <{art}> ; ?p ?o }} ;\n"
            f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} "
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
    """Rename nodes in article graphs ((graph, old IRI, new IRI) each), in their evidence
    and in the merged graph: what the renamed statements become goes in, and what no graph
    states any longer (the old IRI's statements, unless another article still uses it) goes
    out. The evidence of articles that still use the old IRI keeps pointing at it."""
    ops = []
    for g, old, new in renames:
        ops.append(f"DELETE {{ GRAPH <{g}> {{ <{old}> ?p ?o }} }} INSERT {{ GRAPH <{g}> {{ <{new}> ?p ?o }} "
                   f"<{new}> ?p ?o }} WHERE {{ GRAPH <{g}> {{ <{old}> ?p ?o }} }}")
        ops.append(f"DELETE {{ GRAPH <{g}> {{ ?s ?p <{old}> }} }} INSERT {{ GRAPH <{g}> {{ ?s ?p <{new}> }} "
                   f"?s ?p <{new}> }} WHERE {{ GRAPH <{g}> {{ ?s ?p <{old}> }} }}")
        for role in ("subject", "object"):  # from the article's few sentences, not from every
            # assertion about <old> in the store (a local IRI many reports share: 50x slower at 100,000)
            ops.append(f"DELETE {{ ?a <{_RDF}{role}> <{old}> }} INSERT {{ ?a <{_RDF}{role}> <{new}> }} "
                       f"WHERE {{ ?sn <{_CONTEXT}> <{article_of_graph(g).value}> . "
                       f"?a <{_SENTENCE}> ?sn ; <{_RDF}{role}> <{old}> }}")
    for old in sorted({old for _, old, _ in renames}):
        ops.append(f"DELETE {{ <{old}> ?p ?o }} WHERE {{ <{old}> ?p ?o "
                   f"FILTER NOT EXISTS {{ GRAPH ?h {{ <{old}> ?p ?o }} }} }}")
        ops.append(f"DELETE {{ ?s ?p <{old}> }} WHERE {{ ?s ?p <{old}> "
                   f"FILTER(?p != <{_RDF}subject> && ?p != <{_RDF}object>) "
                   f"FILTER NOT EXISTS {{ GRAPH ?h {{ ?s ?p <{old}> }} }} }}")
    return " ;\n".join(ops)


def migrate(db, found: int) -> None:
    """Bring a store of an older format to this layout (``kg migrate``), graph by graph so
    memory stays that of one graph: format 1 had no merged graph (each graph's statements
    are copied into it), and formats 1 and 2 kept the evidence in the article graphs (it
    stays in the default graph only). Each step may be done again: a migration cut short
    is run again."""
    for g in list(db.named_graphs()):
        if found < 2:
            data = db.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=g)
            if data:
                db.load(data, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.DefaultGraph())
        for q in [q for q in db.quads_for_pattern(None, None, None, g) if is_evidence(str(q.subject))]:
            db.remove(q)
