"""`kg serve` under hostile clients: runaway queries, bad lengths, rebinding and cross-origin pages,
ASK and CONSTRUCT answers, and the SERVICE bypasses through every route."""
from __future__ import annotations

import http.client
import json
import threading
import time
import urllib.parse

import pytest

from kg.serve import make_server

from .test_query_safety import BYPASSES, _Counter, listener  # noqa: F401 - the fixture

RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
SMALL = "SELECT (COUNT(*) AS ?n) WHERE { ?p a <https://w3id.org/ctkg/ontology#Pledge> }"


@pytest.fixture
def endpoint(example_store):
    server = make_server(example_store, "127.0.0.1", 0, timeout=3, cors=("http://allowed.example",))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server.server_address[1]
    server.shutdown()
    server.server_close()


def request(port, method="GET", path="/sparql", body=None, headers=None, timeout=60):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    headers = {"Host": f"127.0.0.1:{port}", **(headers or {})}
    conn.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
    for key, value in headers.items():
        conn.putheader(key, value)
    data = body.encode() if isinstance(body, str) else body
    if data is not None and "Content-Length" not in headers:
        conn.putheader("Content-Length", str(len(data)))
    conn.endheaders(data)
    resp = conn.getresponse()
    out = resp.status, dict(resp.getheaders()), resp.read()
    conn.close()
    return out


def get(port, query, **params):
    return request(port, path="/sparql?" + urllib.parse.urlencode({"query": query, **params}))


def test_serve_runaway_query_is_stopped_with_503(endpoint):
    started = time.monotonic()
    status, _, body = get(endpoint, RUNAWAY)
    assert status == 503 and b"stopped after 3 s" in body
    assert time.monotonic() - started < 30


def test_serve_small_query_answered_while_a_long_one_runs(endpoint):
    slow = threading.Thread(target=get, args=(endpoint, RUNAWAY))
    slow.start()
    time.sleep(0.5)
    started = time.monotonic()
    status, _, body = get(endpoint, SMALL)
    took = time.monotonic() - started
    slow.join()
    assert status == 200 and json.loads(body)["results"]["bindings"][0]["n"]["value"] == "11"
    assert took < 2.5  # answered before the runaway's 3 s limit ran out


@pytest.mark.parametrize("length", ["-1", "abc", "1e3", " -5"])
def test_serve_bad_content_length_refused(endpoint, length):
    status, _, _ = request(endpoint, "POST", body=SMALL, headers={"Content-Length": length,
                                                                  "Content-Type": "application/sparql-query"})
    assert status == 400


def test_serve_oversized_body_refused(endpoint):
    status, _, _ = request(endpoint, "POST", body="#", headers={"Content-Type": "application/sparql-query",
                                                                "Content-Length": "1000001"})
    assert status == 413


@pytest.mark.parametrize("host", ["evil.example", "evil.example:7879", "127.0.0.1.evil.example"])
def test_serve_refuses_foreign_host_names(endpoint, host):
    status, _, _ = request(endpoint, path="/sparql?query=" + urllib.parse.quote(SMALL), headers={"Host": host})
    assert status == 421


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1", "LOCALHOST:1"])
def test_serve_answers_loopback_host_names(endpoint, host):
    status, _, _ = request(endpoint, path="/sparql?query=" + urllib.parse.quote(SMALL), headers={"Host": host})
    assert status == 200


def test_serve_refuses_cross_origin_simple_post(endpoint):
    status, headers, _ = request(endpoint, "POST", body=SMALL, headers={"Content-Type": "text/plain",
                                                                        "Origin": "http://evil.example"})
    assert status == 403 and "Access-Control-Allow-Origin" not in headers


def test_serve_cors_origin_allowed_when_named(endpoint):
    status, headers, _ = request(endpoint, "POST", body=SMALL, headers={"Content-Type": "text/plain",
                                                                        "Origin": "http://allowed.example"})
    assert status == 200 and headers["Access-Control-Allow-Origin"] == "http://allowed.example"
    status, headers, _ = request(endpoint, "OPTIONS", headers={"Origin": "http://allowed.example"})
    assert status == 204 and "POST" in headers["Allow"]


def test_serve_answers_ask(endpoint):
    status, headers, body = get(endpoint, "ASK { ?s ?p ?o }")
    assert status == 200 and json.loads(body) == {"head": {}, "boolean": True}
    status, _, body = get(endpoint, "ASK { ?s ?p ?o }", format="csv")
    assert status == 200 and body == b"true"


@pytest.mark.parametrize("fmt,ctype,first", [
    ("json", "application/sparql-results+json", b"{"), ("csv", "text/csv", b"n\r\n"),
    ("tsv", "text/tab-separated-values", b"?n\n"),
])
def test_serve_select_formats(endpoint, fmt, ctype, first):
    status, headers, body = get(endpoint, SMALL, format=fmt)
    assert status == 200 and headers["Content-Type"].startswith(ctype) and body.startswith(first)


def test_serve_construct_capped_and_typed(endpoint):
    status, headers, body = get(endpoint, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", format="turtle")
    assert status == 200 and headers["Content-Type"] == "text/turtle" and b"ctkg" in body


@pytest.mark.parametrize("template", BYPASSES)
def test_serve_refuses_bypasses_on_every_route(endpoint, listener, template):  # noqa: F811
    text = template.format(url=listener)
    routes = [
        ("GET", "/sparql?" + urllib.parse.urlencode({"query": text}), None, {}),
        ("GET", "/query?" + urllib.parse.urlencode({"query": text}), None, {}),
        ("POST", "/sparql", text, {"Content-Type": "application/sparql-query"}),
        ("POST", "/sparql", text, {"Content-Type": "text/plain"}),
        ("POST", "/sparql", urllib.parse.urlencode({"query": text}),
         {"Content-Type": "application/x-www-form-urlencoded"}),
    ]
    for method, path, body, headers in routes:
        status, _, _ = request(endpoint, method, path, body, headers)
        assert status in (400, 403), (method, path, headers)
    assert _Counter.hits == []
