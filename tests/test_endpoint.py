"""`kg serve` as SPARQL tools and users meet it (issue 16 item 6), `kg query` at the terminal
(item 4) and results in a notebook (item 2)."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import threading
import xml.etree.ElementTree as ET

import pytest

from kg.serve import make_server

from .conftest import kg_cmd, run_kg
from .test_serve import get, request

SELECT = "SELECT ?s ?l WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l } ORDER BY ?s ?l"
CONSTRUCT = "CONSTRUCT { ?s ?p ?o } WHERE { ?s a <https://w3id.org/ctkg/ontology#Country> ; ?p ?o }"


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    from .conftest import EXAMPLES

    store = tmp_path_factory.mktemp("ep") / "store"
    run_kg("build", EXAMPLES, "--store", store, check=True)
    server = make_server(store, "127.0.0.1", 0, timeout=60, max_rows=5)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server.server_address[1], store
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("fmt,accept,ctype", [
    ("xml", "application/sparql-results+xml", "application/sparql-results+xml"),
    ("json", "application/sparql-results+json", "application/sparql-results+json"),
    ("csv", "text/csv", "text/csv"),
    ("tsv", "text/tab-separated-values", "text/tab-separated-values"),
])
def test_endpoint_select_in_every_format_by_param_and_accept(served, fmt, accept, ctype):
    port, _ = served
    by_param = get(port, SELECT, format=fmt)
    by_accept = request(port, path="/sparql?query=" + __import__("urllib.parse").parse.quote(SELECT),
                        headers={"Accept": accept})
    assert by_param[0] == by_accept[0] == 200
    assert by_param[1]["Content-Type"].startswith(ctype) and by_accept[1]["Content-Type"].startswith(ctype)
    assert by_param[2] == by_accept[2]


@pytest.mark.parametrize("fmt,ctype,check", [
    ("turtle", "text/turtle", lambda b: b"@prefix" in b or b"<https://w3id.org/ctkg" in b),
    ("ntriples", "application/n-triples", lambda b: b.count(b"\n") == 5),
    ("jsonld", "application/ld+json", lambda b: isinstance(json.loads(b), (list, dict))),
])
def test_endpoint_construct_and_describe_as_rdf(served, fmt, ctype, check):
    port, _ = served
    for q in (CONSTRUCT, "DESCRIBE ?c WHERE { ?c a <https://w3id.org/ctkg/ontology#Country> }"):
        status, headers, body = get(port, q, format=fmt)
        assert status == 200 and headers["Content-Type"].startswith(ctype) and check(body)


def test_endpoint_says_when_it_cuts_rows(served):
    port, _ = served
    status, headers, body = get(port, SELECT, format="json")
    assert status == 200 and len(json.loads(body)["results"]["bindings"]) == 5
    assert "5 rows" in headers["X-Ctkg-Truncated"]
    _, small, _ = get(port, "SELECT * WHERE { BIND(1 AS ?x) }")
    assert "X-Ctkg-Truncated" not in small


def test_endpoint_ask_in_xml(served):
    port, _ = served
    status, _, body = get(port, "ASK { ?s ?p ?o }", format="xml")
    root = ET.fromstring(body)
    assert status == 200 and root.find("{http://www.w3.org/2005/sparql-results#}boolean").text == "true"


def test_endpoint_answers_options_and_serves_the_page(served):
    port, _ = served
    status, headers, _ = request(port, "OPTIONS", "/sparql")
    assert status == 204 and "GET" in headers["Allow"]
    status, headers, body = request(port, path="/")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert b"pledges" in body and b"https://" not in body.split(b"<script>window.CTKG")[0].replace(
        b"https://w3id.org", b"")


def test_endpoint_with_sparqlwrapper(served):
    from SPARQLWrapper import CSV, JSON, POST, SPARQLWrapper, XML

    port, _ = served
    sw = SPARQLWrapper(f"http://127.0.0.1:{port}/sparql")
    sw.setQuery(SELECT)
    sw.setReturnFormat(JSON)
    rows = sw.query().convert()["results"]["bindings"]
    assert len(rows) == 5 and rows[0]["s"]["type"] == "uri"
    sw.setMethod(POST)
    sw.setReturnFormat(XML)
    assert len(sw.query().convert().getElementsByTagName("result")) == 5
    sw.setReturnFormat(CSV)
    assert sw.query().convert().decode().startswith("s,l\r\n")
    sw.setQuery("ASK { ?s ?p ?o }")
    sw.setReturnFormat(JSON)
    assert sw.query().convert()["boolean"] is True


# -- kg query ---------------------------------------------------------------------------------
def raw_kg(*args, input: bytes | None = None) -> subprocess.CompletedProcess:
    """`kg` with its bytes untouched (text mode would turn CRLF into LF)."""
    return subprocess.run([*kg_cmd(), *map(str, args)], capture_output=True, input=input, timeout=600)


def test_query_reads_standard_input(example_store):
    proc = raw_kg("query", "-", "--store", example_store, "--format", "csv",
                  input=b"SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert proc.returncode == 0 and proc.stdout.startswith(b"n\r\n") and int(proc.stdout.split()[1]) > 100


def test_query_csv_has_crlf_line_ends(example_store):
    out = raw_kg("query", "chairs", "--store", example_store, "--format", "csv").stdout.decode()
    assert out.count("\r\n") >= 2 and out.count("\n") == out.count("\r\n")
    rows = list(csv.reader(io.StringIO(out, newline="")))
    assert rows[0] and all(len(r) == len(rows[0]) for r in rows)


@pytest.mark.parametrize("limit", ["0", "-3"])
def test_query_limit_rejects_zero_and_negatives(example_store, limit):
    proc = run_kg("query", "chairs", "--store", example_store, "--limit", limit)
    assert proc.returncode == 2 and "--limit" in proc.stderr


@pytest.mark.parametrize("fmt", ["table", "csv", "json", "xml", "tsv"])
def test_query_ask_in_every_format(example_store, fmt):
    proc = run_kg("query", "ASK { ?s ?p ?o }", "--store", example_store, "--format", fmt)
    assert proc.returncode == 0 and "true" in proc.stdout


def test_query_table_fits_the_terminal_without_cutting_words():
    import pyoxigraph as ox

    from kg.results import Result, format_table

    words = "the ministerial meeting of the global coalition against daesh in rome"
    result = Result("select", ["a", "b"], [[ox.Literal(words), ox.Literal(words.upper())]])
    out = format_table(result, width=50)
    assert all(len(line) <= 50 for line in out.splitlines())
    cells = " ".join(line.split("  ")[0].strip() for line in out.splitlines()[2:-1])
    assert cells.split() == words.split()


@pytest.mark.parametrize("command", ["build", "query", "export", "viz", "validate", "stats", "explain",
                                     "extract", "load", "serve"])
def test_every_command_answers_h_without_python_type_names(command):
    proc = run_kg(command, "-h")
    assert proc.returncode == 0 and "Usage: kg " + command in proc.stdout
    for name in ("<str>", "<int>", "<float>", "<path>", "list[", "TEXT", "INTEGER", "FLOAT"):
        assert name not in proc.stdout, name


def test_version():
    from kg import __version__

    proc = run_kg("--version")
    assert proc.returncode == 0 and proc.stdout.strip() == f"ctkg {__version__}"


# -- notebook -----------------------------------------------------------------------------------
def test_result_shows_as_html_table_and_converts_to_pandas(example_store):
    from kg import api

    result = api.query("SELECT ?s WHERE { ?s a <https://w3id.org/ctkg/ontology#Country> } LIMIT 3",
                          store=example_store)
    html = result._repr_html_()
    assert html.count("<tr>") == 4 and "<th>s</th>" in html
    df = result.to_df()
    assert list(df.columns) == ["s"] and len(df) == 3 and df["s"][0].startswith("https://w3id.org/ctkg/id/")


def test_result_to_df_without_pandas_says_how(monkeypatch, example_store):
    import sys

    from kg import api
    from kg.errors import KgError

    result = api.query("ASK { ?s ?p ?o }", store=example_store)
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(KgError, match="pip install pandas"):
        result.to_df()
