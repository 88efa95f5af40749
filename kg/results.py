"""Query results and their formats.

The W3C result documents (SPARQL JSON, XML, CSV, TSV) are written by pyoxigraph's
own serialisers, graphs (Turtle, N-Triples, JSON-LD) too; only the terminal table
and the notebook view are ctkg's. ``Result`` also displays itself in Jupyter
(``_repr_html_``) and converts to pandas (``to_df``) when pandas is installed.
"""
from __future__ import annotations

import html
import shutil
import sys
import textwrap
from dataclasses import dataclass, field

import pyoxigraph as ox

from .errors import UsageError

RESULT_FORMATS = {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
                  "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV}
GRAPH_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES,
                 "jsonld": ox.RdfFormat.JSON_LD}
MEDIA = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
         "csv": "text/csv; charset=utf-8", "tsv": "text/tab-separated-values; charset=utf-8",
         "turtle": "text/turtle", "ntriples": "application/n-triples", "jsonld": "application/ld+json",
         "table": "text/plain; charset=utf-8"}


@dataclass
class Result:
    """A query's answer: ``kind`` is select, ask or graph; ``truncated`` when a row cap cut it."""
    kind: str
    variables: list[str]
    rows: list[list]  # pyoxigraph terms or None
    boolean: bool | None = None
    triples: list | None = None
    truncated: bool = field(default=False)

    def _repr_html_(self) -> str:
        if self.kind == "ask":
            return f"<p><b>{'true' if self.boolean else 'false'}</b></p>"
        head = "".join(f"<th>{html.escape(v)}</th>" for v in self.variables)
        body = "".join("<tr>" + "".join(f"<td>{html.escape(_plain(t))}</td>" for t in row) + "</tr>"
                       for row in self.rows)
        note = "<p>(cut at the row limit)</p>" if self.truncated else ""
        return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{note}"

    def to_df(self):
        """A pandas DataFrame of the rows (plain values); needs pandas installed."""
        try:
            import pandas as pd
        except ImportError:
            raise UsageError("Result.to_df needs pandas: pip install pandas") from None
        if self.kind == "ask":
            return pd.DataFrame({"boolean": [self.boolean]})
        return pd.DataFrame([[None if t is None else _plain(t) for t in r] for r in self.rows],
                            columns=self.variables)


def _solutions(result: Result):
    """The result as pyoxigraph's own QuerySolutions / QueryBoolean, ready for its serialisers.
    Terms are written by pyoxigraph (``str(term)`` is their N-Triples form) into a TSV document."""
    if result.kind == "ask":
        doc = b'{"head":{},"boolean":%s}' % (b"true" if result.boolean else b"false")
        return ox.parse_query_results(doc, format=ox.QueryResultsFormat.JSON)
    lines = ["\t".join("?" + v for v in result.variables)]
    lines += ["\t".join("" if t is None else str(t) for t in row) for row in result.rows]
    return ox.parse_query_results(("\n".join(lines) + "\n").encode("utf-8"), format=ox.QueryResultsFormat.TSV)


def serialize(result: Result, fmt: str) -> bytes:
    """One result in one format: json, xml, csv, tsv (W3C), turtle, ntriples, jsonld (graphs), table."""
    if fmt == "table":
        return (format_table(result) + "\n").encode("utf-8")
    if result.kind == "graph":
        if fmt not in GRAPH_FORMATS:
            raise UsageError(f"a CONSTRUCT/DESCRIBE result is a graph: choose {', '.join(GRAPH_FORMATS)} or table")
        return ox.serialize(result.triples, format=GRAPH_FORMATS[fmt])
    if fmt not in RESULT_FORMATS:
        raise UsageError(f"a SELECT/ASK result cannot be written as {fmt}: choose {', '.join(RESULT_FORMATS)} or table")
    return _solutions(result).serialize(format=RESULT_FORMATS[fmt])


def format_result(result: Result, fmt: str) -> str:
    """The result as text in ``fmt`` (see :func:`serialize`)."""
    return serialize(result, fmt).decode("utf-8")


def _plain(term) -> str:
    if term is None:
        return ""
    if isinstance(term, (ox.Literal, ox.NamedNode)):
        return term.value
    return str(term)


def _short(term) -> str:
    from urllib.parse import unquote

    text = _plain(term)
    for prefix in ("https://w3id.org/ctkg/id/", "https://w3id.org/ctkg/ontology#"):
        if text.startswith(prefix):
            return unquote(text[len(prefix):])
    return text


def format_table(result: Result, width: int | None = None) -> str:
    """Columns that fit ``width`` (the terminal's, on a terminal); long cells wrap at spaces,
    never inside a word unless the word alone is wider than its column."""
    from .terminal import printable

    if result.kind == "ask":
        return "true" if result.boolean else "false"
    if width is None and sys.stdout.isatty():  # a pipe or a file gets the whole lines
        width = shutil.get_terminal_size((120, 24)).columns
    cells = [[printable(_short(t)) for t in row] for row in result.rows]
    widths = _widths(result.variables, cells, width)
    out = ["  ".join(v.ljust(w) for v, w in zip(result.variables, widths)).rstrip(),
           "  ".join("-" * w for w in widths)]
    for row in cells:
        parts = [textwrap.wrap(c, w, break_long_words=True, break_on_hyphens=False) or [""]
                 for c, w in zip(row, widths)]
        for i in range(max(len(p) for p in parts)):
            out.append("  ".join((p[i] if i < len(p) else "").ljust(w) for p, w in zip(parts, widths)).rstrip())
    n = len(cells)
    out.append(f"({n} row{'s' if n != 1 else ''}{', cut at the row limit' if result.truncated else ''})")
    return "\n".join(out)


def _widths(variables: list[str], cells: list[list[str]], total: int | None) -> list[int]:
    """Each column as wide as its content, the widest ones narrowed alike until the row fits."""
    natural = [max([len(v)] + [len(r[i]) for r in cells]) for i, v in enumerate(variables)]
    if total is None:
        return natural
    room = max(total - 2 * (len(natural) - 1), len(natural))
    cap = max(natural, default=0)
    while cap > 8 and sum(min(w, cap) for w in natural) > room:
        cap -= 1
    return [min(w, cap) for w in natural]
