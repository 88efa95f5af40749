"""Beyond one machine: a SPARQL server as the store (parity with the embedded store),
shards from `kg extract` loaded with `kg load`, and `kg serve`."""
from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from .conftest import EXAMPLES, kg_cmd, run_kg

OXIGRAPH = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, seconds: float = 20) -> None:
    end = time.time() + seconds
    while time.time() < end:
        try:
            urllib.request.urlopen(url, timeout=1)
            return
        except urllib.error.HTTPError:
            return  # it answers
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"nothing answers at {url}")


@pytest.fixture
def oxigraph_server(tmp_path):
    assert OXIGRAPH, "the oxigraph server (PyPI package oxigraph) is a test dependency"
    port = free_port()
    proc = subprocess.Popen([OXIGRAPH, "serve", "--location", str(tmp_path / "srv"), "--bind",
                             f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for(url + "/query?query=ASK%7B%7D")
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def quads(path: Path) -> set[str]:
    return set(path.read_text(encoding="utf-8").splitlines())


def test_build_into_a_server_matches_the_embedded_store(tmp_path, example_store, oxigraph_server):
    run_kg("build", EXAMPLES, "--store", oxigraph_server, check=True)
    run_kg("build", EXAMPLES, "--store", oxigraph_server, check=True)  # idempotent there too
    ours, theirs = tmp_path / "embedded.nq", tmp_path / "server.nq"
    run_kg("export", "--store", example_store, "--format", "nquads", "-o", ours, check=True)
    run_kg("export", "--store", oxigraph_server, "--format", "nquads", "-o", theirs, check=True)
    assert quads(ours) == quads(theirs)


@pytest.mark.parametrize("name", ["pledges", "meetings", "officials", "chairs", "timeline", "conflicts"])
def test_queries_agree_on_both_stores(example_store, oxigraph_server, name):
    run_kg("build", EXAMPLES, "--store", oxigraph_server, check=True)
    a = run_kg("query", name, "--store", example_store, "--format", "csv", check=True).stdout
    b = run_kg("query", name, "--store", oxigraph_server, "--format", "csv", check=True).stdout
    assert sorted(a.splitlines()) == sorted(b.splitlines())


def test_no_server_is_a_clear_error():
    proc = run_kg("query", "pledges", "--store", f"http://127.0.0.1:{free_port()}")
    assert proc.returncode == 1
    assert "no SPARQL server answers there" in proc.stderr


def test_extract_shards_then_load_equals_a_build(tmp_path, example_store):
    files = sorted(EXAMPLES.glob("*.txt"))
    half = len(files) // 2
    for i, part in enumerate((files[:half], files[half:])):
        folder = tmp_path / f"part{i}"
        folder.mkdir()
        for f in part:
            shutil.copy(f, folder / f.name)
        run_kg("extract", folder, "-o", tmp_path / f"shard{i}.nq", check=True)
    store = tmp_path / "loaded"
    run_kg("load", tmp_path / "shard0.nq", tmp_path / "shard1.nq", "--store", store, check=True)
    run_kg("load", tmp_path / "shard1.nq", "--store", store, check=True)  # reloading replaces
    ours, theirs = tmp_path / "built.nq", tmp_path / "loaded.nq"
    run_kg("export", "--store", example_store, "--format", "nquads", "-o", ours, check=True)
    run_kg("export", "--store", store, "--format", "nquads", "-o", theirs, check=True)
    assert quads(ours) == quads(theirs)


@pytest.fixture
def kg_server(example_store):
    port = free_port()
    proc = subprocess.Popen([*kg_cmd(), "serve", "--store", str(example_store), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/sparql"
    try:
        wait_for(url)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_serve_answers_sparql_protocol(kg_server):
    q = "SELECT (COUNT(*) AS ?n) WHERE { ?p a <https://w3id.org/ctkg/ontology#Pledge> }"
    with urllib.request.urlopen(kg_server + "?query=" + urllib.parse.quote(q)) as resp:
        assert resp.headers["Content-Type"] == "application/sparql-results+json"
        assert "Access-Control-Allow-Origin" not in resp.headers
        data = json.loads(resp.read())
    assert int(data["results"]["bindings"][0]["n"]["value"]) == 11
    req = urllib.request.Request(kg_server, data=q.encode(), headers={"Content-Type": "application/sparql-query",
                                                                    "Accept": "text/csv"})
    with urllib.request.urlopen(req) as resp:
        assert resp.read().decode().splitlines() == ["n", "11"]


@pytest.mark.parametrize("body,ctype", [
    ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", "application/sparql-query"),
    ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", "application/sparql-update"),
    ("DROP ALL", "application/sparql-query"),
])
def test_serve_refuses_network_and_updates(kg_server, body, ctype):
    req = urllib.request.Request(kg_server, data=body.encode(), headers={"Content-Type": ctype})
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(req)
    assert info.value.code == 403
