"""The ``kg`` command: parses arguments, calls :mod:`kg.api`, maps errors to exit codes.

No logic lives here. Results go to stdout, diagnostics to stderr; exit codes:
0 success, 1 bad input or failed validation, 2 usage, 3 query error, 4 store busy,
5 a file or the store cannot be written or read (disk full, read-only, damaged),
130 interrupted (Ctrl-C).
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import api
from .errors import KgError
from .store import DEFAULT_STORE

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  pretty_exceptions_enable=False, context_settings={"help_option_names": ["-h", "--help"]},
                  help="ctkg: a knowledge graph of counter-terrorism coalition events from Arabic news.")

StoreOpt = Annotated[str, typer.Option("--store", "-s",
                                         help="The graph store folder, or a SPARQL server's URL.")]
DEFAULT = DEFAULT_STORE


def _version(value: bool) -> None:
    if value:
        from . import __version__

        typer.echo(f"ctkg {__version__}")
        raise typer.Exit()


@app.callback()
def _main(version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                                help="Print the version and exit.")] = False):
    """ctkg: a knowledge graph of counter-terrorism coalition events from Arabic news."""


def _err(msg: str) -> None:
    typer.echo(msg, err=True)


def _fail(exc: KgError) -> None:
    _err(f"kg: {exc}")
    raise typer.Exit(exc.exit_code)


@app.command()
def build(paths: Annotated[list[Path], typer.Argument(help="Article files or folders (.txt, .html, .jsonl).")],
          store: StoreOpt = DEFAULT,
          wait: Annotated[bool, typer.Option(help="Wait for another build on the store to finish.")] = False,
          keep_missing: Annotated[bool, typer.Option(
              "--keep-missing", help="Keep the articles of files gone from a folder built again.")] = False,
          follow_links: Annotated[bool, typer.Option(
              "--follow-links", help="Follow links that point outside the folders given.")] = False,
          quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print no summary and no progress bar.")] = False):
    """Read, extract and add articles to the store (re-running changes nothing)."""
    from .progress import Progress

    progress = Progress(enabled=not quiet)
    try:
        report = api.build(paths, store, wait=wait, on_error=lambda e: progress.note(f"kg: skipped {e}"),
                           progress=progress, keep_missing=keep_missing, follow_links=follow_links)
    except KgError as exc:
        progress.done()
        _fail(exc)
    progress.done()
    if report.interrupted:
        _err(f"kg: interrupted: {report.articles} articles kept in {store}; run the same command again to finish")
        raise typer.Exit(130)
    if not quiet:
        typer.echo(build_summary(report, store))


def build_summary(report, store) -> str:
    """One line: what this build did, then the store's totals (what `kg stats` reports)."""
    done = [f"{n} {what}" for n, what in ((len(report.errors), "skipped"), (report.unchanged, "files unchanged"),
                                            (report.removed, "files removed")) if n]
    t = report.store
    return (f"{report.articles} articles read{', ' + ', '.join(done) if done else ''} in {report.seconds:.1f} s; "
            f"{store} holds {t.get('articles', 0)} articles: {t.get('meetings', 0)} meetings, "
            f"{t.get('chairs', 0)} chairs, {t.get('officials', 0)} officials, {t.get('pledges', 0)} pledges")


@app.command()
def query(query: Annotated[Optional[str], typer.Argument(
              help="A name from queries/, a .rq file, SPARQL text, or - to read it from standard input.")] = None,
          store: StoreOpt = DEFAULT,
          format: Annotated[str, typer.Option("--format", "-f", help="table, csv, tsv, json, xml (SELECT, ASK), "
                                                                    "turtle, ntriples or jsonld (CONSTRUCT, DESCRIBE).")] = "table",
          limit: Annotated[Optional[int], typer.Option(min=1, help="Return at most this many rows (1 or more).")] = None,
          timeout: Annotated[float, typer.Option(help="Stop the query after this many seconds (0: never).")] = 60,
          list_: Annotated[bool, typer.Option("--list", help="List the named queries.")] = False):
    """Run a SPARQL query (read-only; SERVICE, LOAD and FROM are refused)."""
    from .query import named_queries, run_formatted

    if list_:
        for name, (_, doc) in named_queries().items():
            typer.echo(f"{name:14} {doc}")
        return
    if query is None:
        _err("kg: give a query (a name, a .rq file or SPARQL), or --list")
        raise typer.Exit(2)
    from .results import GRAPH_FORMATS, RESULT_FORMATS

    choices = ["table", *RESULT_FORMATS, *GRAPH_FORMATS]
    if format not in choices:
        _err(f"kg: unknown format {format!r}; choose {', '.join(choices)}")
        raise typer.Exit(2)
    if query == "-":
        query = sys.stdin.read()
    try:
        out = run_formatted(store, query, format, limit=limit, timeout=timeout or None)
    except KgError as exc:
        _fail(exc)
    typer.echo(out, nl=not out.endswith("\n"))


@app.command()
def export(store: StoreOpt = DEFAULT,
           format: Annotated[Optional[str], typer.Option(
               "--format", "-f", help="turtle, ntriples, trig, nquads, jsonld, graphml or gexf "
                                      "(default: from the -o extension, else turtle).")] = None,
           output: Annotated[Optional[str], typer.Option(
               "--output", "-o", help="File to write, '-' for standard output (default: graph.EXT).")] = None):
    """Export the graph: turtle holds the union of all graphs, trig/nquads keep them apart."""
    from .export import choose_format

    try:
        target = choose_format(format, output)[1]
        n = api.export(store, format, target)
    except KgError as exc:
        _fail(exc)
    _err(f"kg: wrote {n} statements to {'standard output' if target == '-' else target}")


@app.command()
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
            from .query import resolve_query

            focus["query"] = resolve_query(str(query))[1]
        info = api.render(store, output, **focus)
    except KgError as exc:
        _fail(exc)
    _err(f"kg: wrote {info['nodes']} nodes and {info['edges']} edges to {output}")
    if info["nodes"] == 0:
        _err("kg: nothing to draw: no meeting in that date range" if date_from or date_to
             else "kg: nothing to draw for that focus")


@app.command()
def validate(store: StoreOpt = DEFAULT):
    """Check the store against the SHACL shapes (exit 1 on violations)."""
    try:
        conforms, text = api.validate(store)
    except KgError as exc:
        _fail(exc)
    typer.echo(text)
    raise typer.Exit(0 if conforms else 1)


@app.command()
def stats(store: StoreOpt = DEFAULT):
    """Counts by class, articles and the last build."""
    try:
        s = api.stats(store)
    except KgError as exc:
        _fail(exc)
    typer.echo(f"articles      {s['articles']}")
    for cls, n in s["classes"].items():
        typer.echo(f"{cls:13} {n}")
    typer.echo(f"triples       {s['triples']}")
    typer.echo(f"conflicts     {s['conflicts']} node properties on which sources disagree (kg query conflicts)")
    if s.get("last_build"):
        lb = s["last_build"]
        typer.echo(f"last build    {lb.get('at')}: {lb.get('articles')} articles in {lb.get('seconds')} s")


@app.command()
def explain(name: Annotated[str, typer.Argument(help="A node's name (Arabic or English) or IRI.")],
            store: StoreOpt = DEFAULT,
            json_out: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False):
    """Every fact about a node, each with its article, sentence, offsets and rule."""
    from .explain import format_explanation

    try:
        info = api.explain(name, store)
    except KgError as exc:
        _fail(exc)
    if json_out:
        import json

        typer.echo(json.dumps(info, ensure_ascii=False, indent=1))
    else:
        typer.echo(format_explanation(info))


@app.command()
def rules():
    """List the extraction rules: id, confidence and meaning (kg/data/rules.yaml)."""
    try:
        table = api.rules()
    except KgError as exc:
        _fail(exc)
    width = max(len(r.id) + (6 if r.param else 0) for r in table)
    for r in table:
        typer.echo(f"{(r.id + (':PARAM' if r.param else '')):{width}}  {r.confidence:.2f}  {r.meaning}")


@app.command()
def extract(paths: Annotated[list[Path], typer.Argument(help="Article files or folders.")],
            output: Annotated[str, typer.Option("--output", "-o", help="N-Quads shard to write ('-': standard output).")] = "shard.nq",
            quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print no summary.")] = False):
    """Extract articles to an N-Quads shard without a store (the map step of a cluster build)."""
    from .shards import extract_to

    try:
        report = extract_to([str(p) for p in paths], output, on_error=lambda e: _err(f"kg: skipped {e}"))
    except KgError as exc:
        _fail(exc)
    if report.articles == 0:
        _err("kg: no article could be read")
        raise typer.Exit(1)
    if not quiet:
        typer.echo(f"{report.articles} articles -> {output} in {report.seconds:.1f} s")


@app.command()
def load(shards: Annotated[list[Path], typer.Argument(help="N-Quads shards from `kg extract`.")],
         store: StoreOpt = DEFAULT,
         wait: Annotated[bool, typer.Option(help="Wait for another build on the store to finish.")] = False):
    """Load shards into a store or SPARQL server, then resolve nodes across all articles."""
    from .shards import load_shards
    from .store import Store

    try:
        with Store(store, wait=wait) as st:
            report = load_shards(st, [str(s) for s in shards])
    except KgError as exc:
        _fail(exc)
    for e in report.errors:
        _err(f"kg: skipped {e}")
    typer.echo(f"{report.articles} article graphs loaded in {report.seconds:.1f} s -> {store}")
    raise typer.Exit(0 if report.articles else 1)


@app.command()
def migrate(store: StoreOpt = DEFAULT,
            wait: Annotated[bool, typer.Option(help="Wait for another build on the store to finish.")] = False):
    """Bring a store made by an older ctkg to this one's layout, in place."""
    from .store import Store

    try:
        with Store(store, wait=wait, create=False, migrating=True) as st:
            old = st.migrate()
    except KgError as exc:
        _fail(exc)
    typer.echo(f"{store}: migrated from format {old}" if old else f"{store}: already in this ctkg's format")


@app.command()
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
    from .serve import make_server
    from .store import Store

    if timeout <= 0:
        _err("kg: --timeout must be more than 0 seconds")
        raise typer.Exit(2)
    try:
        Store(store, read_only=True).close()  # fail now, with the store's own message
    except KgError as exc:
        _fail(exc)
    try:
        server = make_server(store, host, port, timeout=timeout, max_rows=max_rows, allowed_hosts=tuple(allow_host or ()),
                             cors=tuple(cors or ()))
    except OSError as exc:
        _err(f"kg: cannot listen on {host}:{port}: {exc.strerror}")
        raise typer.Exit(2) from None
    _err(f"kg: serving {store} read-only at http://{host}:{server.server_address[1]}/ "
         "(query page; SPARQL endpoint at /sparql; Ctrl-C stops)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


def _warning(message, category, *_args, **_kw) -> None:
    _err(f"kg: warning: {message}")


def main() -> None:
    import warnings

    warnings.showwarning = _warning
    try:
        from .help import command

        command(app)(prog_name="kg")
    except KeyboardInterrupt:
        _err("kg: interrupted")
        sys.exit(130)


if __name__ == "__main__":
    main()
