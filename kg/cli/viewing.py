"""Commands that show the graph to people and tools: the ``viz`` page and the ``serve`` endpoint."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from .. import api
from ..errors import KgError
from .common import DEFAULT, StoreOpt, err, fail


def viz(store: StoreOpt = DEFAULT,
        output: Annotated[Path, typer.Option("--output", "-o", help="HTML file to write.")] = Path("graph.html"),
        around: Annotated[Optional[str], typer.Option(help="Draw only the neighbourhood of this node (name or IRI).")] = None,
        depth: Annotated[int, typer.Option(help="How many steps around --around to include.")] = 2,
        date_from: Annotated[Optional[str], typer.Option("--from", help="Only meetings from this day (YYYY-MM-DD).")] = None,
        date_to: Annotated[Optional[str], typer.Option("--to", help="Only meetings up to this day (YYYY-MM-DD).")] = None,
        types: Annotated[Optional[str], typer.Option("--type", help="Only these classes, e.g. Meeting,Country.")] = None,
        query: Annotated[Optional[Path], typer.Option("--query", help="Draw the result of a CONSTRUCT query (.rq).")] = None,
        max_nodes: Annotated[int, typer.Option(help="Refuse to draw more nodes than this.")] = 5000):
    """Write an interactive HTML view of the graph (or of a focus) that works offline."""
    focus = {"around": around, "depth": depth, "date_from": date_from, "date_to": date_to,
             "types": types.split(",") if types else None, "max_nodes": max_nodes}
    try:
        if query is not None:
            from ..query import resolve_query

            focus["query"] = resolve_query(str(query))[1]
        info = api.render(store, output, **focus)
    except KgError as exc:
        fail(exc)
    err(f"kg: wrote {info['nodes']} nodes and {info['edges']} edges to {output}")
    if info["nodes"] == 0:
        err("kg: nothing to draw: no meeting in that date range" if date_from or date_to
            else "kg: nothing to draw for that focus")


def serve(store: StoreOpt = DEFAULT,
          host: Annotated[str, typer.Option(help="Address to listen on (loopback by default).")] = "127.0.0.1",
          port: Annotated[int, typer.Option(help="Port to listen on.")] = 7879,
          timeout: Annotated[float, typer.Option(help="Stop a query after this many seconds (answered 503).")] = 30,
          max_rows: Annotated[int, typer.Option(min=1, help="Cut answers here, saying so in the "
                                                           "X-Ctkg-Truncated header and on the page.")] = 100_000,
          allow_host: Annotated[Optional[list[str]], typer.Option(
              "--allow-host", help="Another Host name to answer for (loopback names always are).")] = None,
          cors: Annotated[Optional[list[str]], typer.Option(
              help="An origin whose pages may query the endpoint (e.g. http://localhost:3000).")] = None):
    """Serve the store read-only as a SPARQL endpoint (/sparql) for SPARQL tools."""
    from ..serve import make_server
    from ..store import Store

    if timeout <= 0:
        err("kg: --timeout must be more than 0 seconds")
        raise typer.Exit(2)
    try:
        Store(store, read_only=True).close()  # fail now, with the store's own message
    except KgError as exc:
        fail(exc)
    try:
        server = make_server(store, host, port, timeout=timeout, max_rows=max_rows, allowed_hosts=tuple(allow_host or ()),
                             cors=tuple(cors or ()))
    except OSError as exc:
        err(f"kg: cannot listen on {host}:{port}: {exc.strerror}")
        raise typer.Exit(2) from None
    err(f"kg: serving {store} read-only at http://{host}:{server.server_address[1]}/ "
        "(query page; SPARQL endpoint at /sparql; Ctrl-C stops)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
