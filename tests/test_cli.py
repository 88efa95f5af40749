"""The command line: every command, its exit codes, idempotent builds, round trips, the page."""
from __future__ import annotations

import json
import re
import shutil

import pytest
from rdflib import Dataset, Graph

from kg.query import named_queries

from .conftest import EXAMPLES, run_kg

COMMANDS = ["build", "query", "export", "viz", "validate", "stats", "explain"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command):
    proc = run_kg(command, "--help")
    assert proc.returncode == 0
    assert "--store" in proc.stdout
    doc = proc.stdout.split("Options")[0]
    assert len(doc.strip().splitlines()) >= 2


def test_build_twice_is_idempotent(tmp_path):
    store = tmp_path / "s"
    first = run_kg("build", EXAMPLES, "--store", store, check=True)
    assert "articles read" in first.stdout
    n1 = json.loads(run_kg("query", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "--store", store,
                           "--format", "json", check=True).stdout)
    run_kg("build", EXAMPLES, "--store", store, check=True)
    n2 = json.loads(run_kg("query", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "--store", store,
                           "--format", "json", check=True).stdout)
    assert n1 == n2


def _one_article_built(tmp_path):
    """(folder, its one file, store) after a first build of one example article."""
    src = tmp_path / "in"
    src.mkdir()
    f = src / "a.txt"
    shutil.copy(EXAMPLES / "d01.txt", f)
    store = tmp_path / "s"
    run_kg("build", src, "--store", store, check=True)
    return src, f, store


def test_changed_file_replaces_its_article(tmp_path):
    src, f, store = _one_article_built(tmp_path)
    f.write_text(f.read_text(encoding="utf-8").replace("68", "67"), encoding="utf-8")
    run_kg("build", src, "--store", store, check=True)
    out = run_kg("query", "SELECT ?n WHERE { ?m <https://w3id.org/ctkg/ontology#participantCount> ?n }",
                 "--store", store, "--format", "csv", check=True).stdout.split()
    assert out == ["n", "67"]
    arts = run_kg("query", "SELECT ?a WHERE { ?a a <https://w3id.org/ctkg/ontology#Article> }",
                  "--store", store, "--format", "csv", check=True).stdout.split()
    assert len(arts) == 2


def test_touched_but_unchanged_file_is_not_rebuilt(tmp_path):
    """A checkout or a copy moves modification times; the content hash decides."""
    import os

    src, f, store = _one_article_built(tmp_path)
    st = f.stat()
    os.utime(f, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))
    again = run_kg("build", src, "--store", store, check=True)
    assert "1 files unchanged" in again.stdout and "0 articles read" in again.stdout, again.stdout


def test_bad_files_are_reported_and_the_rest_loads(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(EXAMPLES / "d01.txt", src / "good.txt")
    (src / "empty.txt").write_bytes(b"")
    (src / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (src / "lines.jsonl").write_text('{"text": 1}\nnot json\n', encoding="utf-8")
    proc = run_kg("build", src, "--store", tmp_path / "s")
    assert proc.returncode == 0
    assert "1 articles read" in proc.stdout
    lines = proc.stderr.strip().splitlines()
    assert any("empty.txt: empty file" in ln for ln in lines)
    assert any("image.txt: binary file" in ln for ln in lines)
    assert any("lines.jsonl:1" in ln for ln in lines) and any("lines.jsonl:2" in ln for ln in lines)
    assert "Traceback" not in proc.stderr


def test_nothing_readable_exits_1(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    proc = run_kg("build", tmp_path, "--store", tmp_path / "s")
    assert proc.returncode == 1
    assert "no article could be read" in proc.stderr


def test_query_list_shows_every_named_query():
    out = run_kg("query", "--list", check=True).stdout
    for name in named_queries():
        assert name in out


def test_named_queries_collected():
    assert len(named_queries()) >= 6


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_every_named_query_runs(example_store, name):
    text = named_queries()[name][0].read_text(encoding="utf-8")
    assert text.startswith("#")
    proc = run_kg("query", name, "--store", example_store, "--format", "json", check=True)
    result = json.loads(proc.stdout)
    assert result["head"]["vars"]
    if name != "conflicts":  # the example articles do not disagree; see test_resolve.py
        assert result["results"]["bindings"], name


def test_pledges_query_answers(example_store):
    out = run_kg("query", "pledges", "--store", example_store, "--format", "csv", check=True).stdout
    assert "United States,200000000,USD" in out
    assert "Turkey,5000000000,USD" in out


@pytest.mark.parametrize("query,needle", [
    ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", "SERVICE is refused"),
    ("SELECT * FROM <http://127.0.0.1:9/x> WHERE { ?s ?p ?o }", "FROM"),
    ("LOAD <http://127.0.0.1:9/x>", "not allowed"),
    ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", "not allowed"),
])
def test_network_and_updates_refused(example_store, query, needle):
    proc = run_kg("query", query, "--store", example_store)
    assert proc.returncode == 3
    assert needle in proc.stderr and "Traceback" not in proc.stderr


def test_syntax_error_has_position(example_store):
    proc = run_kg("query", "SELECT ?s WHERE { ?s ?p }", "--store", example_store)
    assert proc.returncode == 3
    assert re.search(r"line \d+, column \d+", proc.stderr)


@pytest.mark.parametrize("fmt,rdflib_format,quads", [
    ("turtle", "turtle", False), ("trig", "trig", True), ("nquads", "nquads", True), ("jsonld", "json-ld", True),
])
def test_export_round_trip(example_store, tmp_path, fmt, rdflib_format, quads):
    out = tmp_path / f"g.{fmt}"
    run_kg("export", "--store", example_store, "--format", fmt, "-o", out, check=True)
    if quads:
        ds = Dataset()
        ds.parse(out, format=rdflib_format)
        n = sum(1 for _ in ds.quads((None, None, None, None)))
        # every graph: the article graphs and the default graph (the merged graph, the evidence)
        q = "SELECT (COUNT(*) AS ?n) WHERE { { GRAPH ?g { ?s ?p ?o } } UNION { ?s ?p ?o } }"
    else:
        n = len(Graph().parse(out, format=rdflib_format))
        q = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"  # the merged graph
    res = json.loads(run_kg("query", q, "--store", example_store, "--format", "json", check=True).stdout)
    assert n == int(res["results"]["bindings"][0]["n"]["value"])


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_network_export_opens_in_networkx(example_store, tmp_path, fmt):
    """The graph the page draws, in the formats Gephi and Cytoscape read."""
    import networkx as nx

    from kg.render import EDGES, load_graph
    from kg.store import Store

    out = tmp_path / f"g.{fmt}"
    run_kg("export", "--store", example_store, "--format", fmt, "-o", out, check=True)
    g = nx.read_graphml(out) if fmt == "graphml" else nx.read_gexf(out)
    with Store(example_store, read_only=True) as st:
        drawn = load_graph(st)
    assert g.number_of_nodes() == drawn.number_of_nodes() > 50
    assert g.number_of_edges() == drawn.number_of_edges()
    roles = {d["role"] for _, _, d in g.edges(data=True)}
    assert roles <= set(EDGES) and {"chair", "donor"} <= roles
    labels = {d.get("label") for _, d in g.nodes(data=True)}
    assert {"Kuwait", "Turkey"} <= labels


def test_validate_passes_on_example_build(example_store):
    proc = run_kg("validate", "--store", example_store)
    assert proc.returncode == 0, proc.stdout
    assert "Conforms: True" in proc.stdout


def test_stats(example_store):
    out = run_kg("stats", "--store", example_store, check=True).stdout
    assert re.search(r"articles\s+18", out)
    assert re.search(r"Meeting\s+\d+", out) and "last build" in out


def test_viz_page_has_no_network_references(example_store, tmp_path):
    out = tmp_path / "g.html"
    run_kg("viz", "--store", example_store, "-o", out, check=True)
    html = out.read_text(encoding="utf-8")
    assert not re.search(r"<(script|link)[^>]+(src|href)\s*=\s*[\"']?(https?:)?//", html, re.I)
    assert "vis.Network" in html and 'id="ctkg-data"' in html


def test_missing_store_is_a_clear_error(tmp_path):
    proc = run_kg("query", "pledges", "--store", tmp_path / "nothing")
    assert proc.returncode == 1
    assert "no store here yet" in proc.stderr


def test_unknown_export_format_is_usage_error(example_store, tmp_path):
    proc = run_kg("export", "--store", example_store, "--format", "xml", "-o", tmp_path / "x")
    assert proc.returncode == 2


def _first(store, cls: str) -> str:
    q = f"SELECT ?s WHERE {{ ?s a <https://w3id.org/ctkg/ontology#{cls}> }} ORDER BY ?s LIMIT 1"
    return json.loads(run_kg("query", q, "--store", store, "--format", "json", check=True).stdout)[
        "results"]["bindings"][0]["s"]["value"]


@pytest.mark.parametrize("cls", ["Meeting", "Person", "Pledge"])
def test_explain_shows_evidence_for_every_fact(example_store, cls):
    iri = _first(example_store, cls)
    info = json.loads(run_kg("explain", iri, "--store", example_store, "--json", check=True).stdout)
    assert info["node"] == iri and info["facts"]
    text = {p.name: p.read_text(encoding="utf-8") for p in EXAMPLES.glob("*.txt")}
    for f in info["facts"]:
        assert text[f["file"]][f["begin"]:f["end"]] == f["evidence"]
        assert f["rule"] and 0 < f["confidence"] <= 1


def test_explain_by_arabic_name(example_store):
    out = run_kg("explain", "ريكس تيلرسون", "--store", example_store, check=True).stdout
    assert "represents" in out and "seed-2018-ministerial.txt" in out


def test_explain_ambiguous_name_lists_candidates(example_store):
    proc = run_kg("explain", "الكويت", "--store", example_store)
    assert proc.returncode == 2
    assert "country/KW" in proc.stderr
