"""The interactive HTML view: a subgraph of the store, laid out once, drawn offline.

Two steps, one module each: :mod:`kg.subgraph` reads the store's ctkg nodes and
edges into networkx and selects the focus (``--around``, ``--depth``,
``--from``/``--to``, ``--type``, a CONSTRUCT ``--query``); :mod:`kg.page` lays it
out and writes the page (pyvis, ctkg's own autoescaping template, vis-network
inlined so the page works offline). This module ties them together for
``kg viz`` (:func:`render_store`) and writes the same graph as GraphML or GEXF
(:func:`export_network`).
"""
from __future__ import annotations

import os
from pathlib import Path

import networkx as nx

from .errors import UsageError
from .evidence import node_facts
from .graph_layout import layout
from .page import build_page
from .store import Store
from .subgraph import EDGES, STYLES, find_nodes, load_graph, select

MAX_NODES = 5000


class TooLarge(UsageError):
    """The selected graph has more nodes than a page can show usably."""


def render_store(store: Store, output: str | os.PathLike, *, around: str | None = None, depth: int = 2,
                 date_from: str | None = None, date_to: str | None = None, types: list[str] | None = None,
                 query: str | None = None, max_nodes: int = MAX_NODES, title: str = "ctkg") -> dict:
    """Write the page of the focus to ``output`` (safely, see kg.output): its node and edge counts."""
    g = load_graph(store, query)
    g = select(g, around=around, depth=depth, date_from=date_from, date_to=date_to, types=types)
    if not types:  # states and bodies only mentioned in passing carry no relation to draw
        g.remove_nodes_from([n for n, d in list(g.nodes(data=True))
                             if g.degree(n) == 0 and d["cls"] in ("Country", "Organization")])
    if len(g) > max_nodes:
        raise TooLarge(f"{len(g)} nodes is more than a page can show usably (limit {max_nodes}); "
                       "narrow it with --around NAME, --from/--to, --type or --query")
    facts = node_facts(store, set(g))
    html = build_page(g, facts, title)
    from .output import open_output

    with open_output(output) as fh:  # kg.output: no write through links, no device replaced
        fh.write(html.encode("utf-8"))
    return {"nodes": g.number_of_nodes(), "edges": g.number_of_edges()}


def export_network(store: Store, fmt: str, path: Path) -> int:
    """GraphML or GEXF of the ctkg graph, for Gephi and Cytoscape."""
    g = load_graph(store)
    simple = nx.MultiDiGraph()
    for n, d in g.nodes(data=True):
        simple.add_node(n, **{k: str(v) for k, v in d.items() if v is not None},
                        label=d.get("en") or d.get("ar") or n)
    for a, b, k, d in g.edges(keys=True, data=True):
        simple.add_edge(a, b, key=k, role=d["role"], label=EDGES[d["role"]][1])
    if fmt == "graphml":
        nx.write_graphml(simple, path)
    else:
        nx.write_gexf(simple, path)
    return simple.number_of_nodes() + simple.number_of_edges()


__all__ = ["render_store", "export_network", "load_graph", "select", "find_nodes", "layout", "build_page",
           "STYLES", "EDGES", "TooLarge"]
