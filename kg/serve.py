"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint over the embedded store.

For YASGUI and other SPARQL tools: ``GET /sparql?query=...`` or ``POST /sparql``
(``application/sparql-query`` or a form). Every query passes the same safety
check as ``kg query`` (no SERVICE, LOAD, FROM, updates); results as SPARQL
JSON, CSV or N-Triples by the Accept header. It listens on 127.0.0.1 by default
and sends no CORS headers: a web page elsewhere cannot read it.
"""
from __future__ import annotations

import json
import threading
import urllib.parse
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from .errors import KgError, QueryRefused
from .query import check_safe, format_result, run_query
from .store import Store

MAX_BODY = 1_000_000


class Endpoint(BaseHTTPRequestHandler):
    store: Store
    lock = threading.Lock()
    server_version = "ctkg"

    def log_message(self, fmt, *args):  # quiet: the terminal is the user's
        pass

    def do_GET(self):  # noqa: N802 - http.server's naming
        url = urllib.parse.urlsplit(self.path)
        if url.path not in ("/sparql", "/query"):
            return self._send(HTTPStatus.NOT_FOUND, "text/plain", b"ctkg: the endpoint is /sparql\n")
        query = urllib.parse.parse_qs(url.query).get("query", [None])[0]
        self._answer(query)

    def do_POST(self):  # noqa: N802
        url = urllib.parse.urlsplit(self.path)
        if url.path not in ("/sparql", "/query"):
            return self._send(HTTPStatus.NOT_FOUND, "text/plain", b"ctkg: the endpoint is /sparql\n")
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            return self._send(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "text/plain", b"query too long\n")
        body = self.rfile.read(length).decode("utf-8", "replace")
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip()
        if ctype == "application/sparql-update" or "update=" in body[:20]:
            return self._send(HTTPStatus.FORBIDDEN, "text/plain", b"ctkg serve is read-only\n")
        if ctype == "application/x-www-form-urlencoded":
            body = urllib.parse.parse_qs(body).get("query", [None])[0]
        self._answer(body)

    def _answer(self, query: str | None) -> None:
        if not query:
            return self._send(HTTPStatus.BAD_REQUEST, "text/plain", b"no query\n")
        try:
            check_safe(query, "query")
            with self.lock:
                result = run_query(self.store, query, "query", limit=100_000)
        except QueryRefused as exc:
            return self._send(HTTPStatus.FORBIDDEN, "text/plain", f"{exc}\n".encode())
        except KgError as exc:
            return self._send(HTTPStatus.BAD_REQUEST, "text/plain", f"{exc}\n".encode())
        accept = self.headers.get("Accept") or ""
        if result.kind == "graph":
            import pyoxigraph as ox

            data = ox.serialize(result.triples, format=ox.RdfFormat.N_TRIPLES)
            return self._send(HTTPStatus.OK, "application/n-triples", data)
        if "text/csv" in accept:
            return self._send(HTTPStatus.OK, "text/csv; charset=utf-8", format_result(result, "csv").encode())
        data = format_result(result, "json").encode("utf-8")
        self._send(HTTPStatus.OK, "application/sparql-results+json", data)

    def _send(self, status: HTTPStatus, ctype: str, data: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        self.wfile.write(data)


def make_server(store: Store, host: str = "127.0.0.1", port: int = 7879) -> ThreadingHTTPServer:
    handler = type("Handler", (Endpoint,), {"store": store})
    return ThreadingHTTPServer((host, port), handler)


__all__ = ["make_server", "json"]
