"""The SERVICE/FROM/update check decides on a parse of the query, and no accepted query reaches
the network: the four bypasses a tester found, every shipped query, and a differential fuzz run
in which every query the check accepts is run by the engine against a local listener."""
from __future__ import annotations

import http.server
import random
import threading

import pyoxigraph as ox
import pytest

from kg.errors import QueryError, QueryRefused
from kg.query import named_queries
from kg.safety import canonical, check_safe

from .conftest import run_kg


class _Counter(http.server.BaseHTTPRequestHandler):
    hits: list = []

    def _hit(self):
        self.hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.end_headers()
        self.wfile.write(b'{"head":{"vars":[]},"results":{"bindings":[]}}')

    do_GET = do_POST = _hit

    def log_message(self, *args):
        pass


@pytest.fixture
def listener():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Counter)
    _Counter.hits = []
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


# What the tester sent: each ran a SERVICE call past the old lexical check.
BYPASSES = [
    "SELECT * WHERE {{ ?s ?p ?o #\r SERVICE <{url}/sparql> {{ ?a ?b ?c }} }}",
    "SELECT * WHERE {{ ?s ?p 0.9SERVICE <{url}/sparql> {{ ?a ?b ?c }} }}",
    "PREFIX ex: <urn:x:> SELECT * WHERE {{ ?s ex:a\\# ?o . SERVICE <{url}/sparql> {{ ?a ?b ?c }} }}",
    "PREFIX ex: <urn:x:> SELECT * WHERE {{ ?s ex:a\\' ?o . SERVICE <{url}/sparql> {{ ?a ?b ?c }} }}",
    "SELECT * WHERE {{ ?s ?p ?o #\u2028\r SERVICE <{url}/sparql> {{ ?a ?b ?c }} }}",
    "SELECT * WHERE {{ \\u0053ERVICE <{url}/sparql> {{ ?a ?b ?c }} }}",
]


@pytest.mark.parametrize("template", BYPASSES)
def test_safety_refuses_the_tester_bypasses(template, listener):
    with pytest.raises(QueryError):
        check_safe(template.format(url=listener))
    assert _Counter.hits == []


@pytest.mark.parametrize("template", BYPASSES[:4])
def test_safety_bypasses_refused_through_kg_query(template, listener, example_store):
    proc = run_kg("query", template.format(url=listener), "--store", example_store)
    assert proc.returncode == 3, proc.stderr
    assert "Traceback" not in proc.stderr
    assert _Counter.hits == []


def test_safety_bypass_refused_through_viz_query(listener, example_store, tmp_path):
    text = BYPASSES[0].replace("SELECT *", "CONSTRUCT {{ ?s ?p ?o }}").format(url=listener)
    proc = run_kg("viz", "--store", example_store, "--query", text, "-o", tmp_path / "v.html")
    assert proc.returncode != 0 and "Traceback" not in proc.stderr
    assert _Counter.hits == []


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_safety_accepts_every_shipped_query(name):
    check_safe(named_queries()[name][0].read_text(encoding="utf-8"), name)


def test_safety_checks_the_text_the_engine_runs():
    text = "SELECT ?x WHERE { ?x ?p \\u0022a\\u0022 } #\rLIMIT 1"
    assert check_safe(text) == canonical(text) == 'SELECT ?x WHERE { ?x ?p "a" } #\nLIMIT 1'


def test_safety_refuses_updates_hidden_behind_a_select():
    with pytest.raises(QueryRefused, match="not allowed"):
        check_safe("INSERT { <urn:a> <urn:b> ?c } WHERE { SELECT ?c WHERE { ?c ?d ?e } }")


# Well-formed pieces, and pieces that lexers disagree on: comments and line ends, escapes,
# numbers and keywords glued together, prefixed names with escaped characters, strings, IRIs.
_WELL_FORMED = ["?s ?p ?o . ", "?s ex:p 0.9 . ", '?s ?p "x"@en . ', "?s ?p '''a \" b''' . ",
                "# a comment\n", "OPTIONAL {{ ?s ?p ?o }} ", "{{ ?a ?b ?c }} UNION {{ ?a ?b ?c }} ",
                "FILTER(?o != <{url}/x>) ", "BIND(1 AS ?z) ", "VALUES ?v {{ 1 2 }} ", "?s ex:a\\# ?o . ",
                "?s ex:a\\' ?o . ", "?s <{url}/service> ?o . ", "MINUS {{ ?s ?p 1 }} ", "?s ?p _:b . ",
                '?s ?p "\\u0053ERVICE" . ', "GRAPH ?g {{ ?s ?p ?o }} "]
_TRICKY = ["#", "#\r", "\r", "\n", "\u2028", "\u0085", "SERVICE", "service", "\\u0053ERVICE",
           "\\u0073ervice", "\\U00000053ERVICE", "SILENT", "0.9", "1e3", ".5", "-2", "ex:a\\#", "ex:",
           "'", '"', "\\", "<{url}/sparql>", "{{", "}}", ".", ";", "FROM", "a", "(", ")"]
_SERVICE = ["SERVICE <{url}/sparql> {{ ?a ?b ?c }} ", "SERVICE SILENT <{url}/s> {{ }} ",
            "#\r SERVICE <{url}/sparql> {{ ?a ?b ?c }} ", "0.9SERVICE <{url}/s> {{ ?a ?b ?c }} ",
            "\\u0053ERVICE <{url}/s> {{ ?a ?b ?c }} "]


def _fuzz_query(rng: random.Random, url: str) -> str:
    parts = [rng.choice(_TRICKY if rng.random() < 0.15 else _WELL_FORMED) for _ in range(rng.randint(1, 8))]
    if rng.random() < 0.5:
        parts.insert(rng.randrange(len(parts) + 1), rng.choice(_SERVICE))
    body = "".join(parts)
    for _ in range(rng.randint(0, 3)):
        body = "{{ " + body + " }} " + rng.choice(["", "UNION {{ ?q ?r ?t }} ", ". "])
    head = rng.choice(["PREFIX ex: <urn:x:> SELECT * WHERE ", "PREFIX ex: <urn:x:> ASK ",
                       "PREFIX ex: <urn:x:> CONSTRUCT {{ ?s ?p ?o }} WHERE ",
                       "PREFIX ex: <urn:x:> SELECT * FROM <{url}/d> WHERE "])
    return (head + "{{ " + body + "}}").format(url=url)


def test_safety_differential_fuzz_no_accepted_query_reaches_the_network(listener):
    rng = random.Random(20261205)
    store = ox.Store()
    accepted = refused = 0
    for _ in range(2000):
        text = _fuzz_query(rng, listener)
        try:
            checked = check_safe(text)
        except QueryError:
            refused += 1
            continue
        accepted += 1
        try:
            res = store.query(checked)
            if not isinstance(res, ox.QueryBoolean):
                list(res)
        except (SyntaxError, OSError):
            pass
        assert _Counter.hits == [], text
    assert accepted >= 300 and refused >= 300, (accepted, refused)
