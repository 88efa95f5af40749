"""Hostile input, busy stores, runaway and network-reaching queries: never a crash, never lost data."""
from __future__ import annotations

import http.server
import json
import os
import re
import subprocess
import threading
import time

import pytest

from kg.store import Store

from .conftest import DATA, EXAMPLES, kg_cmd, run_kg

BAD = DATA / "bad"
# file -> the reason it is skipped (None: it loads)
EXPECTED = {
    "empty.txt": "empty file",
    "image.txt": "binary file (a PNG image)",
    "nul-bytes.txt": "binary file (NUL bytes)",
    "numbers-only.txt": "no Arabic text",
    "english.txt": "no Arabic text",
    "french.txt": "no Arabic text",
    "utf16-bom.txt": None,
    "utf16-nobom.txt": None,
    "windows-1256.txt": None,
    "mixed-encodings.txt": None,
    "truncated.html": None,
    "scripts.html": None,
    "bidi-name.txt": None,
}
JSONL_ERRORS = {2: "not JSON", 5: "found int", 6: "found list", 7: "no \"text\" string"}


@pytest.fixture(scope="module")
def bad_build(tmp_path_factory):
    store = tmp_path_factory.mktemp("bad") / "store"
    proc = run_kg("build", BAD, "--store", store)
    return store, proc


def test_bad_corpus_is_complete():
    assert sorted(p.name for p in BAD.iterdir()) == sorted([*EXPECTED, "batch.jsonl"])


def test_bad_build_exits_0_and_reports_each_file_once(bad_build):
    _, proc = bad_build
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    for name, reason in EXPECTED.items():
        mine = [ln for ln in lines if f"/{name}:" in ln]
        if reason is None:
            assert mine == [], (name, mine)
        else:
            assert len(mine) == 1 and reason in mine[0], (name, mine)
    for line_no, reason in JSONL_ERRORS.items():
        assert any(f"batch.jsonl:{line_no}: " in ln and reason in ln for ln in lines), line_no
    assert len(lines) == sum(r is not None for r in EXPECTED.values()) + len(JSONL_ERRORS)


def test_only_the_good_parts_are_stored(bad_build):
    store, _ = bad_build
    q = "SELECT ?f WHERE { ?a <https://w3id.org/ctkg/ontology#sourceFile> ?f }"
    files = {r[0] for r in _rows(store, q)}
    good = {n for n, r in EXPECTED.items() if r is None} | {"batch.jsonl#1", "batch.jsonl#8"}
    assert files == good


def test_scripts_in_html_never_reach_the_text(bad_build):
    store, _ = bad_build
    q = ("SELECT ?t WHERE { ?s <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf> ?t }")
    texts = " ".join(r[0] for r in _rows(store, q))
    assert "alert" not in texts and "document.write" not in texts and "<script" not in texts


def test_bidi_controls_are_stripped_from_labels(bad_build):
    store, _ = bad_build
    q = "SELECT ?l WHERE { ?p a <https://w3id.org/ctkg/ontology#Person> ; <http://www.w3.org/2000/01/rdf-schema#label> ?l }"
    labels = [r[0] for r in _rows(store, q)]
    assert "أنتوني بلينكن" in labels
    assert not any(re.search("[\u202a-\u202e\u2066-\u2069\u200e\u200f]", label) for label in labels)


def test_a_50_mb_file_is_refused_by_name(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        chunk = ("عقد التحالف اجتماعا في الكويت. " * 1000).encode("utf-8")
        while fh.tell() < 50_000_000:
            fh.write(chunk)
    (tmp_path / "good.txt").write_text((EXAMPLES / "d01.txt").read_text(encoding="utf-8"), encoding="utf-8")
    proc = run_kg("build", tmp_path, "--store", tmp_path / "s")
    assert proc.returncode == 0
    assert re.search(r"big\.txt: 5\d\.\d MB is larger than the \d+ MB article limit", proc.stderr)
    assert "1 articles read" in proc.stdout


def _rows(store, q):
    out = run_kg("query", q, "--store", store, "--format", "json", check=True).stdout
    data = json.loads(out)
    return [[b[v]["value"] for v in data["head"]["vars"] if v in b] for b in data["results"]["bindings"]]


def test_second_writer_fails_at_once_with_the_pid(tmp_path):
    store = tmp_path / "s"
    holder = Store(store)
    try:
        started = time.perf_counter()
        proc = run_kg("build", EXAMPLES / "d01.txt", "--store", store)
        assert proc.returncode == 4
        assert f"store in use by another kg process (pid {os.getpid()})" in proc.stderr
        assert time.perf_counter() - started < 10
    finally:
        holder.close()


def test_wait_waits_for_the_other_writer(tmp_path):
    store = tmp_path / "s"
    holder = Store(store)
    threading.Timer(1.5, holder.close).start()
    proc = run_kg("build", EXAMPLES / "d01.txt", "--store", store, "--wait")
    assert proc.returncode == 0, proc.stderr


def test_query_reads_while_a_build_holds_the_store(tmp_path, example_store):
    import shutil

    store = tmp_path / "copy"
    shutil.copytree(example_store, store)
    holder = Store(store)  # a writer holds it
    try:
        proc = run_kg("query", "pledges", "--store", store, "--format", "csv")
        assert proc.returncode == 0, proc.stderr
        assert "Turkey" in proc.stdout
    finally:
        holder.close()


class _Counter(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self):  # noqa: N802
        _Counter.hits.append(self.path)
        self.send_response(200)
        self.end_headers()

    do_POST = do_GET

    def log_message(self, *args):
        pass


@pytest.fixture
def listener():
    server = http.server.HTTPServer(("127.0.0.1", 0), _Counter)
    _Counter.hits = []
    t = threading.Thread(target=server.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.mark.parametrize("template", [
    "SELECT * WHERE {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ SERVICE SILENT <{url}/sparql> {{ ?s ?p ?o }} }}",
    "SELECT * FROM <{url}/data.ttl> WHERE {{ ?s ?p ?o }}",
    "SELECT * FROM NAMED <{url}/data.ttl> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
    "LOAD <{url}/data.ttl>",
    "LOAD SILENT <{url}/data.ttl> INTO GRAPH <urn:x>",
    "DELETE WHERE {{ ?s ?p ?o }}",
    "CLEAR ALL",
])
def test_no_query_reaches_the_network_or_changes_the_store(example_store, listener, template):
    proc = run_kg("query", template.format(url=listener), "--store", example_store)
    assert proc.returncode == 3, proc.stderr
    assert "refused" in proc.stderr or "not allowed" in proc.stderr
    assert _Counter.hits == []


# The safety check is lexical; rdflib's full parser is the reference it must agree with.
TRICKY = [
    ("SELECT * WHERE {{ ?s <{url}/service> ?o }}", None),
    ("# SERVICE <{url}/x> in a comment\nSELECT * WHERE {{ ?s ?p \"FROM\" }}", None),
    ("PREFIX service: <urn:x:> SELECT ?from WHERE {{ service:a ?service ?from . ?from <urn:p> _:service }}", None),
    ("SELECT * WHERE {{ ?s ?p \"\"\"a \" SERVICE <{url}> {{}} \"\"\" }}", None),
    ("SELECT * WHERE {{ ?s ?p 'with' }} # LOAD", None),
    ("SELECT * WHERE {{ ?s ?p ?o FILTER(lang(?o) = \"en\") }}", None),
    ("SELECT * WHERE {{ ?s ?p ?o .SERVICE <{url}/sparql> {{ ?a ?b ?c }} }}", "SERVICE"),
    ("SELECT * WHERE {{ ?s ?p ?o FILTER(?o<?s) SERVICE<{url}/sparql>{{?a ?b ?c}} }}", "SERVICE"),
    ("select * where {{ service <{url}/sparql> {{ ?a ?b ?c }} }}", "SERVICE"),
    ("SELECT * WHERE {{ \\u0053ERVICE <{url}/sparql> {{ ?a ?b ?c }} }}", "SERVICE"),
    ("select * from named <{url}/g> where {{ graph ?g {{ ?s ?p ?o }} }}", "FROM"),
    ("WITH <urn:g> DELETE {{ ?s ?p ?o }} WHERE {{ ?s ?p ?o }}", "update"),
    ("COPY DEFAULT TO <urn:g>", "update"),
]


def _rdflib_verdict(text: str) -> str | None:
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseQuery

    text = text.replace("\\u0053", "S")  # rdflib does not decode escapes outside strings; servers do
    try:
        parsed = parseQuery(text)
    except ParseException:
        return "update"
    found = repr(parsed)
    if "ServiceGraphPattern" in found:
        return "SERVICE"
    if "DatasetClause" in found:
        return "FROM"
    return None


@pytest.mark.parametrize("template,verdict", TRICKY)
def test_safety_check_agrees_with_a_full_parser(template, verdict, example_store, listener):
    from kg.errors import QueryRefused
    from kg.query import check_safe

    text = template.format(url=listener)
    assert _rdflib_verdict(text) == verdict
    if verdict is None:
        check_safe(text)
        proc = run_kg("query", text, "--store", example_store)
        assert proc.returncode == 0, proc.stderr
    else:
        with pytest.raises(QueryRefused):
            check_safe(text)
    assert _Counter.hits == []


def test_runaway_query_is_stopped(example_store):
    started = time.perf_counter()
    proc = run_kg("query", "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
                  "--store", example_store, "--timeout", "2")
    assert proc.returncode == 3
    assert "stopped after 2 s" in proc.stderr
    assert time.perf_counter() - started < 20


def test_limit_caps_results(example_store):
    out = run_kg("query", "SELECT ?s WHERE { ?s ?p ?o }", "--store", example_store, "--format", "csv",
                 "--limit", "3", check=True).stdout
    assert len(out.strip().splitlines()) == 4


@pytest.mark.parametrize("args,code", [
    (["query", "SELECT ?s WHERE { ?s ?p }"], 3),
    (["query", "no-such-query"], 3),
    (["export", "--format", "xml", "-o", "x"], 2),
    (["viz", "--type", "Planet"], 2),
    (["build"], 2),
    (["frobnicate"], 2),
])
def test_exit_codes(example_store, tmp_path, args, code):
    proc = subprocess.run([*kg_cmd(), *args, *(["--store", str(example_store)] if args[0] in
                                                ("query", "export", "viz") else [])],
                          capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert proc.returncode == code, proc.stderr
    assert "Traceback" not in proc.stderr


def test_jsonld_export_has_no_remote_context(example_store, tmp_path):
    out = tmp_path / "g.jsonld"
    run_kg("export", "--store", example_store, "--format", "jsonld", "-o", out, check=True)
    assert '"@context": "http' not in out.read_text(encoding="utf-8")[:2000]
