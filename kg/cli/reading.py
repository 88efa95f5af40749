"""Commands that read the graph: ``query``, ``export``, ``explain`` and the ``rules`` behind its facts."""
from __future__ import annotations

import sys
from typing import Annotated, Optional

import typer

from .. import api
from ..errors import KgError
from .common import DEFAULT, StoreOpt, err, fail


def query(query: Annotated[Optional[str], typer.Argument(
              help="A name from queries/, a .rq file, SPARQL text, or - to read it from standard input.")] = None,
          store: StoreOpt = DEFAULT,
          format: Annotated[str, typer.Option("--format", "-f", help="table, csv, tsv, json, xml (SELECT, ASK), "
                                                                    "turtle, ntriples or jsonld (CONSTRUCT, DESCRIBE).")] = "table",
          limit: Annotated[Optional[int], typer.Option(min=1, help="Return at most this many rows (1 or more).")] = None,
          timeout: Annotated[float, typer.Option(help="Stop the query after this many seconds (0: never).")] = 60,
          list_: Annotated[bool, typer.Option("--list", help="List the named queries.")] = False):
    """Run a SPARQL query (read-only; SERVICE, LOAD and FROM are refused)."""
    from ..query import named_queries, run_formatted

    if list_:
        for name, (_, doc) in named_queries().items():
            typer.echo(f"{name:14} {doc}")
        return
    if query is None:
        err("kg: give a query (a name, a .rq file or SPARQL), or --list")
        raise typer.Exit(2)
    from ..results import GRAPH_FORMATS, RESULT_FORMATS

    choices = ["table", *RESULT_FORMATS, *GRAPH_FORMATS]
    if format not in choices:
        err(f"kg: unknown format {format!r}; choose {', '.join(choices)}")
        raise typer.Exit(2)
    if query == "-":
        query = sys.stdin.read()
    try:
        out = run_formatted(store, query, format, limit=limit, timeout=timeout or None)
    except KgError as exc:
        fail(exc)
    typer.echo(out, nl=not out.endswith("\n"))


def export(store: StoreOpt = DEFAULT,
           format: Annotated[Optional[str], typer.Option(
               "--format", "-f", help="turtle, ntriples, trig, nquads, jsonld, graphml or gexf "
                                      "(default: from the -o extension, else turtle).")] = None,
           output: Annotated[Optional[str], typer.Option(
               "--output", "-o", help="File to write, '-' for standard output (default: graph.EXT).")] = None):
    """Export the graph: turtle holds the union of all graphs, trig/nquads keep them apart."""
    from ..export import choose_format

    try:
        target = choose_format(format, output)[1]
        n = api.export(store, format, target)
    except KgError as exc:
        fail(exc)
    err(f"kg: wrote {n} statements to {'standard output' if target == '-' else target}")


def explain(name: Annotated[str, typer.Argument(help="A node's name (Arabic or English) or IRI.")],
            store: StoreOpt = DEFAULT,
            json_out: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False):
    """Every fact about a node, each with its article, sentence, offsets and rule."""
    from ..explain import format_explanation

    try:
        info = api.explain(name, store)
    except KgError as exc:
        fail(exc)
    if json_out:
        import json

        typer.echo(json.dumps(info, ensure_ascii=False, indent=1))
    else:
        typer.echo(format_explanation(info))


def rules():
    """List the extraction rules: id, confidence and meaning (kg/data/rules.yaml)."""
    from ..rules import format_rules

    try:
        table = api.rules()
    except KgError as exc:
        fail(exc)
    typer.echo(format_rules(table))
