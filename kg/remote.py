"""A SPARQL server as the store: SPARQL 1.1 Protocol for queries and updates,
the Graph Store Protocol for loading and dropping article graphs.

When one machine is not enough, ctkg hands storage to an existing server
rather than growing its own: ``--store http://127.0.0.1:7878`` (Oxigraph's
``oxigraph serve``: ``/query``, ``/update``, ``/store``) or, for Apache Jena
Fuseki, ``--store "http://host:3030/ds?gsp=/ds/data&query=/ds/query&update=/ds/update"``.

:class:`RemoteOx` offers the few operations of ``pyoxigraph.Store`` that ctkg
uses, so the build, the queries and the exports run unchanged against it.
"""
from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request

import pyoxigraph as ox

from .errors import StoreError

TIMEOUT = 300


def is_url(store) -> bool:
    return isinstance(store, str) and store.startswith(("http://", "https://"))


class RemoteSolutions:
    """SELECT results from SPARQL JSON, iterable like pyoxigraph's QuerySolutions."""

    def __init__(self, data: dict):
        self.variables = [ox.Variable(v) for v in data["head"].get("vars", [])]
        self._rows = [{k: _term(v) for k, v in b.items()} for b in data["results"]["bindings"]]

    def __iter__(self):
        for row in self._rows:
            yield _Row(row)


class _Row(dict):
    def __getitem__(self, key):
        if isinstance(key, ox.Variable):
            key = key.value
        return self.get(key)


def _term(b: dict):
    kind = b["type"]
    if kind == "uri":
        return ox.NamedNode(b["value"])
    if kind == "bnode":
        return ox.BlankNode(b["value"])
    if "xml:lang" in b:
        return ox.Literal(b["value"], language=b["xml:lang"])
    if "datatype" in b:
        return ox.Literal(b["value"], datatype=ox.NamedNode(b["datatype"]))
    return ox.Literal(b["value"])


class RemoteOx:
    """The subset of pyoxigraph.Store ctkg needs, over HTTP."""

    def __init__(self, url: str):
        parsed = urllib.parse.urlsplit(url)
        options = dict(urllib.parse.parse_qsl(parsed.query))
        base = urllib.parse.urlunsplit((parsed.scheme, parsed.netloc, parsed.path.rstrip("/"), "", ""))
        root = urllib.parse.urlunsplit((parsed.scheme, parsed.netloc, "", "", ""))

        def endpoint(name: str, default: str) -> str:
            value = options.get(name)
            return root + value if value else base + default

        self.url = url
        self.query_url = endpoint("query", "/query")
        self.update_url = endpoint("update", "/update")
        self.gsp_url = endpoint("gsp", "/store")
        try:
            self._request(self.query_url, "ASK { ?s ?p ?o }", "application/sparql-query",
                          "application/sparql-results+json")
        except StoreError as exc:
            raise StoreError(f"{url}: no SPARQL server answers there ({exc})") from None

    # -- HTTP ---------------------------------------------------------------------------
    def _request(self, url: str, body, content_type: str | None, accept: str | None = None,
                 method: str = "POST") -> bytes:
        return self._exchange(url, body, content_type, accept, method)[0]

    def _exchange(self, url: str, body, content_type: str | None, accept: str | None = None,
                  method: str = "POST") -> tuple[bytes, str]:
        """(the reply's body, its content type)."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        req = urllib.request.Request(url, data=data, method=method)
        if content_type:
            req.add_header("Content-Type", content_type)
        if accept:
            req.add_header("Accept", accept)
        try:
            with urllib.request.urlopen(req, timeout=TIMEOUT) as resp:  # noqa: S310 - a server the user named
                return resp.read(), resp.headers.get("Content-Type", "")
        except urllib.error.HTTPError as exc:
            detail = exc.read()[:300].decode("utf-8", "replace")
            raise StoreError(f"{url}: HTTP {exc.code}: {detail}") from None
        except (urllib.error.URLError, OSError) as exc:
            raise StoreError(f"{url}: {getattr(exc, 'reason', exc)}") from None

    # -- pyoxigraph.Store's surface -------------------------------------------------------
    def query(self, sparql: str):
        """SELECT and ASK answers as SPARQL JSON, CONSTRUCT and DESCRIBE as N-Triples: the
        server picks by the query's form, and its reply's type says which it sent. The
        default graph is the server's own: the merged graph ctkg writes there."""
        data, ctype = self._exchange(self.query_url, sparql, "application/sparql-query",
                                     "application/sparql-results+json, application/n-triples")
        if "n-triples" in ctype:
            return list(ox.parse(data, format=ox.RdfFormat.N_TRIPLES))
        answer = json.loads(data)
        if "boolean" in answer:
            return bool(answer["boolean"])
        return RemoteSolutions(answer)

    def update(self, sparql: str) -> None:
        self._request(self.update_url, sparql, "application/sparql-update")

    def load(self, input: bytes, format=ox.RdfFormat.N_QUADS) -> None:  # noqa: A002 - pyoxigraph's name
        self._request(self.gsp_url, input, "application/n-quads")

    bulk_load = load

    def extend(self, quads) -> None:
        self.load(ox.serialize(list(quads), format=ox.RdfFormat.N_QUADS))

    def remove(self, quad: ox.Quad) -> None:
        self.update(f"DELETE DATA {{ GRAPH {quad.graph_name} {{ {quad.subject} {quad.predicate} {quad.object} }} }}")

    def remove_graph(self, graph: ox.NamedNode) -> None:
        self.update(f"DROP SILENT GRAPH {graph}")

    def named_graphs(self):
        for row in self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"):
            yield row["g"]

    def contains_named_graph(self, graph: ox.NamedNode) -> bool:
        return bool(self.query(f"ASK {{ GRAPH {graph} {{ ?s ?p ?o }} }}"))

    def quads_for_pattern(self, s, p, o, g):
        terms = {"s": s, "p": p, "o": o, "g": g}
        pattern = {k: (str(v) if v is not None else f"?{k}") for k, v in terms.items()}
        q = f"SELECT * WHERE {{ GRAPH {pattern['g']} {{ {pattern['s']} {pattern['p']} {pattern['o']} }} }}"
        for row in self.query(q):
            yield ox.Quad(s or row["s"], p or row["p"], o or row["o"], g or row["g"])

    def dump(self, output=None, format=ox.RdfFormat.N_QUADS, *, from_graph=None, prefixes=None):  # noqa: A002
        url = self.gsp_url + ("?default" if isinstance(from_graph, ox.DefaultGraph) else "")
        accept = "application/n-quads" if from_graph is None else "application/n-triples"
        data = self._request(url, None, None, accept, method="GET")
        source = ox.RdfFormat.N_QUADS if from_graph is None else ox.RdfFormat.N_TRIPLES
        if format != source:
            data = ox.serialize(ox.parse(data, format=source), format=format, prefixes=prefixes)
        if output is None:
            return data
        with open(output, "wb") as fh:
            fh.write(data)
        return None

    def __len__(self) -> int:
        res = self.query("SELECT (COUNT(*) AS ?n) WHERE { { GRAPH ?g { ?s ?p ?o } } UNION { ?s ?p ?o } }")
        return int(next(iter(res))["n"].value)

    def flush(self) -> None:
        pass

