"""What `kg viz` selects and how it lays it out (issue 16 items 7 and 11)."""
from __future__ import annotations

import subprocess
import sys

import pytest

from kg.render import load_graph, select
from kg.store import Store

from .conftest import run_kg


@pytest.fixture(scope="module")
def graph(example_store):
    with Store(example_store, read_only=True) as st:
        return load_graph(st)


def test_an_empty_year_draws_nothing(example_store, tmp_path):
    proc = run_kg("viz", "--store", example_store, "-o", tmp_path / "g.html",
                  "--from", "2030-01-01", "--to", "2030-12-31", check=True)
    assert "wrote 0 nodes and 0 edges" in proc.stderr and "no meeting in that date range" in proc.stderr


def test_a_date_range_keeps_only_what_its_meetings_involve(graph):
    g = select(graph, date_from="2018-01-01", date_to="2018-12-31")
    meetings = {n for n, d in g.nodes(data=True) if d["cls"] == "Meeting"}
    assert meetings and all(g.nodes[m]["date"].startswith("2018") for m in meetings)
    und = g.to_undirected(as_view=True)
    for n, d in g.nodes(data=True):
        if d["cls"] != "Meeting":  # each other node is a meeting's neighbour or stands for one
            assert any(m in meetings or any(x in meetings for x in und[m]) for m in und[n]), n
    everything = {d["cls"] for _, d in graph.nodes(data=True)}
    assert len(g) < len(graph) and {d["cls"] for _, d in g.nodes(data=True)} <= everything


def test_layout_needs_neither_numpy_nor_igraph():
    code = ("import sys, networkx as nx\n"
            "sys.modules['igraph'] = None\n"
            "from kg.render import layout\n"
            "g = nx.MultiDiGraph(nx.path_graph(50)); g.add_node('alone')\n"
            "pos = layout(g)\n"
            "assert len(pos) == 51 and len(set(pos.values())) == 51\n"
            "print('numpy' in sys.modules, 'scipy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]
