"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint over the store.

For YASGUI and other SPARQL tools: ``GET /sparql?query=...`` or ``POST /sparql``
(``application/sparql-query``, a form, or a browser's ``text/plain``). Every query
passes the same parse-based safety check as ``kg query`` (no SERVICE, LOAD, FROM,
updates). Results as SPARQL JSON, XML, CSV or TSV (``Accept`` or ``format=``),
written by pyoxigraph's serialisers; ASK as a boolean; CONSTRUCT and DESCRIBE as
N-Triples, Turtle or JSON-LD. Past ``--max-rows`` the answer is cut and says so in
the ``X-Ctkg-Truncated`` header. ``/`` is a query page that needs no network.

Each query runs in a child process of its own with a time limit (``--timeout``):
a runaway query is stopped and answered 503 while other clients are served. The
server listens on loopback by default, answers only requests whose ``Host`` is a
name it was started for (a DNS-rebinding page cannot reach it), refuses requests
whose ``Origin`` is not allowed, and sends CORS headers only for ``--cors`` origins.
"""
from __future__ import annotations

import json
import urllib.parse
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from .errors import KgError, QueryRefused, QueryTimeout
from .query import in_child, run_query, safe_text
from .results import GRAPH_FORMATS, MEDIA, RESULT_FORMATS, serialize
from .store import Store

MAX_BODY = 1_000_000
MAX_ROWS = 100_000
LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]"}
_PATHS = ("/sparql", "/query")
_ACCEPT = {"application/sparql-results+json": "json", "application/json": "json",
           "application/sparql-results+xml": "xml", "application/xml": "xml", "text/csv": "csv",
           "text/tab-separated-values": "tsv", "text/turtle": "turtle", "application/n-triples": "ntriples",
           "application/ld+json": "jsonld"}


class Endpoint(BaseHTTPRequestHandler):
    store_path: str
    timeout: float = 30.0
    max_rows: int = MAX_ROWS
    hosts: frozenset = frozenset(LOOPBACK)
    cors: frozenset = frozenset()
    server_version = "ctkg"

    def log_message(self, fmt, *args):  # quiet: the terminal is the user's
        pass

    def do_OPTIONS(self):  # noqa: N802 - http.server's naming
        if self._refused_origin():
            return
        self._send(HTTPStatus.NO_CONTENT, "text/plain", b"", allow="GET, POST, OPTIONS")

    def do_GET(self):  # noqa: N802
        url = urllib.parse.urlsplit(self.path)
        if self._refused_origin():
            return
        if url.path in ("/", "/index.html"):
            return self._send(HTTPStatus.OK, "text/html; charset=utf-8", page_html(self.max_rows))
        if not self._known_path(url.path):
            return
        params = urllib.parse.parse_qs(url.query)
        self._answer(params.get("query", [None])[0], params.get("format", [None])[0])

    def do_POST(self):  # noqa: N802
        url = urllib.parse.urlsplit(self.path)
        if self._refused_origin() or not self._known_path(url.path):
            return
        body = self._body()
        if body is None:
            return
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        fmt = urllib.parse.parse_qs(url.query).get("format", [None])[0]
        if ctype == "application/sparql-update" or body.lstrip().startswith("update="):
            return self._send(HTTPStatus.FORBIDDEN, "text/plain", b"ctkg serve is read-only\n")
        if ctype == "application/x-www-form-urlencoded":
            form = urllib.parse.parse_qs(body)
            body, fmt = form.get("query", [None])[0], form.get("format", [fmt])[0]
        self._answer(body, fmt)

    # -- checks -------------------------------------------------------------------------
    def _known_path(self, path: str) -> bool:
        if path in _PATHS:
            return True
        self._send(HTTPStatus.NOT_FOUND, "text/plain", b"ctkg: the endpoint is /sparql\n")
        return False

    def _refused_origin(self) -> bool:
        """Host must be a name the server was started for; Origin, when sent, must be allowed."""
        host = _hostname(self.headers.get("Host") or "")
        if host not in self.hosts:
            self._send(HTTPStatus.MISDIRECTED_REQUEST, "text/plain",
                       b"ctkg: this server does not answer for that Host name\n")
            return True
        origin = self.headers.get("Origin")
        if origin is None or origin in self.cors or _hostname(urllib.parse.urlsplit(origin).netloc) in self.hosts \
                and urllib.parse.urlsplit(origin).netloc == self.headers.get("Host"):
            return False
        self._send(HTTPStatus.FORBIDDEN, "text/plain", b"ctkg: cross-origin requests are refused (see --cors)\n")
        return True

    def _body(self) -> str | None:
        raw = self.headers.get("Content-Length")
        try:
            length = int(raw) if raw is not None else 0
        except ValueError:
            length = -1
        if length < 0 or raw is not None and not raw.strip().isdigit():
            self._send(HTTPStatus.BAD_REQUEST, "text/plain", b"bad Content-Length\n")
            return None
        if length > MAX_BODY:
            self._send(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "text/plain", b"query too long\n")
            return None
        return self.rfile.read(length).decode("utf-8", "replace")

    # -- answering ----------------------------------------------------------------------
    def _answer(self, query: str | None, fmt: str | None) -> None:
        if not query:
            return self._send(HTTPStatus.BAD_REQUEST, "text/plain", b"no query\n")
        fmt = fmt or _from_accept(self.headers.get("Accept") or "")
        try:
            text = safe_text(query)
            ctype, data, truncated = in_child(lambda: _run(self.store_path, text, fmt, self.max_rows),
                                              self.timeout)
        except QueryRefused as exc:
            return self._send(HTTPStatus.FORBIDDEN, "text/plain", f"{exc}\n".encode())
        except QueryTimeout as exc:
            return self._send(HTTPStatus.SERVICE_UNAVAILABLE, "text/plain", f"{exc}\n".encode())
        except KgError as exc:
            return self._send(HTTPStatus.BAD_REQUEST, "text/plain", f"{exc}\n".encode())
        extra = {"X-Ctkg-Truncated": f"results cut at {self.max_rows} rows (--max-rows)"} if truncated else {}
        self._send(HTTPStatus.OK, ctype, data, **extra)

    def _send(self, status: HTTPStatus, ctype: str, data: bytes, allow: str | None = None, **extra) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("X-Content-Type-Options", "nosniff")
        origin = self.headers.get("Origin")
        if origin and origin in self.cors:
            self.send_header("Access-Control-Allow-Origin", origin)
            self.send_header("Vary", "Origin")
            self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
            self.send_header("Access-Control-Expose-Headers", "X-Ctkg-Truncated")
        if allow:
            self.send_header("Allow", allow)
            self.send_header("Access-Control-Allow-Methods", allow)
        for key, value in extra.items():
            self.send_header(key.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(data)


def _run(store_path: str, text: str, fmt: str | None, max_rows: int) -> tuple[str, bytes, bool]:
    """In the child: open the store, run, serialise with pyoxigraph's writers.
    -> (Content-Type, body, truncated)."""
    with Store(store_path, read_only=True) as st:
        result = run_query(st, text, "query", limit=max_rows, checked=True)
    if result.kind == "graph":
        fmt = fmt if fmt in GRAPH_FORMATS else "ntriples"
    elif fmt not in RESULT_FORMATS:
        fmt = "json"
    return MEDIA[fmt], serialize(result, fmt), result.truncated


def page_html(max_rows: int) -> bytes:
    """The query page: the named queries, an editor, a table, CSV and JSON downloads; no CDN."""
    from .query import named_queries
    from .resources import shipped

    named = {name: {"doc": doc, "text": path.read_text(encoding="utf-8")}
             for name, (path, doc) in named_queries().items()}
    folder = shipped("templates")
    page = (folder / "query.html").read_text(encoding="utf-8")
    script = (folder / "query.js").read_text(encoding="utf-8")
    data = json.dumps({"queries": named, "maxRows": max_rows}, ensure_ascii=False).replace("</", "<\\/")
    return (page.replace("/*DATA*/", data).replace("/*SCRIPT*/", script)).encode("utf-8")


def _from_accept(accept: str) -> str | None:
    for part in accept.split(","):
        kind = _ACCEPT.get(part.split(";")[0].strip().lower())
        if kind:
            return kind
    return None


def _hostname(netloc: str) -> str:
    """'127.0.0.1:7879' -> '127.0.0.1'; '[::1]:80' -> '[::1]'."""
    netloc = netloc.strip().lower()
    if netloc.startswith("["):
        return netloc.split("]")[0] + "]"
    return netloc.rsplit(":", 1)[0] if netloc.count(":") == 1 else netloc


def make_server(store_path, host: str = "127.0.0.1", port: int = 7879, *, timeout: float = 30.0,
                max_rows: int = MAX_ROWS, allowed_hosts: tuple[str, ...] = (), cors: tuple[str, ...] = ()) -> ThreadingHTTPServer:
    """A threaded endpoint over the store at ``store_path``; each query runs in its own child."""
    names = set(LOOPBACK) | {h.lower() for h in allowed_hosts}
    if host not in ("0.0.0.0", "::", ""):
        names.add(host.lower() if ":" not in host else f"[{host.lower()}]")
    handler = type("Handler", (Endpoint,), {"store_path": str(store_path), "timeout": timeout, "max_rows": max_rows,
                                            "hosts": frozenset(names), "cors": frozenset(cors)})
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    return server
