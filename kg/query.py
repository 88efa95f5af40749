"""SPARQL over the store: named queries, a safety check, result formats.

Every query is checked first and refused when it could reach beyond the machine
or change the store: ``SERVICE``, ``LOAD``, ``FROM``/``FROM NAMED`` and every
update form. Only then does pyoxigraph run it, with the union of the article
graphs as its default graph.
"""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

import pyoxigraph as ox

from .errors import KgError, QueryError, QueryRefused, QueryTimeout
from .resources import shipped
from .safety import check_safe, query_form  # noqa: F401 - query_form is read by kg.remote
from .store import Store


def queries_dir() -> Path:
    """The named queries: the repository's queries/ folder, shipped as kg.queries."""
    return shipped("queries")


def named_queries() -> dict[str, tuple[Path, str]]:
    """name -> (path, the first comment line: what the query answers)."""
    out = {}
    for path in sorted(queries_dir().glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        first = next((ln.lstrip("# ").strip() for ln in text.splitlines() if ln.startswith("#")), "")
        out[path.stem] = (path, first)
    return out


def resolve_query(query: str) -> tuple[str, str]:
    """A query given as a file path, a named query or literal SPARQL -> (name, text)."""
    named = named_queries()
    if query in named:
        return query, named[query][0].read_text(encoding="utf-8")
    if query.endswith(".rq") or ("\n" not in query and len(query) < 250 and Path(query).is_file()):
        path = Path(query)
        try:
            return path.name, path.read_text(encoding="utf-8")
        except OSError as exc:
            raise QueryError(f"{query}: cannot read: {exc.strerror}") from None
    if not any(k in query.upper() for k in ("SELECT", "CONSTRUCT", "ASK", "DESCRIBE", "INSERT", "DELETE",
                                              "LOAD", "CLEAR", "DROP", "CREATE")):
        names = ", ".join(named) or "none"
        raise QueryError(f"{query!r} is neither a named query ({names}), a .rq file, nor SPARQL")
    return "query", query


_SYNTAX = re.compile(r"error at (\d+):(\d+): (.*)", re.S)


def syntax_error(name: str, exc: Exception) -> QueryError:
    """pyoxigraph's "error at 1:26: expected ..." as ctkg says it."""
    m = _SYNTAX.match(str(exc))
    if m:
        return QueryError(f"{name}: SPARQL syntax error at line {m[1]}, column {m[2]}: {m[3]}")
    return QueryError(f"{name}: SPARQL syntax error: {exc}")


@dataclass
class Result:
    kind: str  # select | ask | graph
    variables: list[str]
    rows: list[list]  # pyoxigraph terms or None
    boolean: bool | None = None
    triples: list | None = None


def safe_text(text: str, name: str = "query") -> str:
    """The text to run: a query shipped in queries/ as it is (tests check each one), any
    other after :func:`kg.safety.check_safe`, in the canonical form that was checked."""
    named = named_queries().get(name)
    if named is not None and named[0].read_text(encoding="utf-8") == text:
        return text
    return check_safe(text, name)


def run_query(store: Store, text: str, name: str = "query", limit: int | None = None, *,
              checked: bool = False) -> Result:
    """Run a query (checked first unless ``checked`` says :func:`safe_text` already ran)."""
    if not checked:
        text = safe_text(text, name)
    try:
        res = store.query(text)
    except SyntaxError as exc:
        raise syntax_error(name, exc) from None
    except OSError as exc:
        raise QueryError(f"{name}: {exc}") from None
    if isinstance(res, (bool, ox.QueryBoolean)):
        return Result("ask", [], [], boolean=bool(res))
    if hasattr(res, "variables"):  # pyoxigraph's QuerySolutions, or a server's (kg.remote)
        variables = [v.value for v in res.variables]
        rows = []
        for sol in res:
            rows.append([sol[v] for v in variables])
            if limit is not None and len(rows) >= limit:
                break
        return Result("select", variables, rows)
    triples = list(res if limit is None else islice(res, limit))  # stop at the cap, never hold more
    return Result("graph", ["subject", "predicate", "object"],
                  [[t.subject, t.predicate, t.object] for t in triples], triples=triples)


def run_formatted(store_path, query: str, fmt: str, limit: int | None = None,
                  timeout: float | None = None) -> str:
    """Resolve, check, run and format a query; with ``timeout``, in a child process that is
    stopped when time runs out (pyoxigraph cannot interrupt a running query)."""
    name, text = resolve_query(query)
    text = safe_text(text, name)

    def work() -> str:
        with Store(store_path, read_only=True) as st:
            return format_result(run_query(st, text, name, limit=limit, checked=True), fmt)

    return in_child(work, timeout, name) if timeout else work()


def in_child(work, timeout: float, name: str = "query"):
    """``work()`` in a forked child, stopped after ``timeout`` seconds (:class:`QueryTimeout`).

    The child opens its own store: nothing of the parent's open handles is shared."""
    import multiprocessing as mp

    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)

    def target():
        try:
            child.send(("ok", work()))
        except KgError as exc:
            child.send(("error", exc))
        except Exception as exc:  # noqa: BLE001 - reported to the parent, not swallowed
            child.send(("error", QueryError(f"{name}: {type(exc).__name__}: {exc}")))
        finally:
            child.close()

    proc = ctx.Process(target=target, daemon=True)
    proc.start()
    child.close()
    try:
        if not parent.poll(timeout):
            raise QueryTimeout(f"{name}: stopped after {timeout:g} s (--timeout); narrow the query "
                               "or raise the limit")
        status, payload = parent.recv()
    except EOFError:
        raise QueryError(f"{name}: the query process ended without an answer (exit {proc.exitcode})") from None
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join()
        parent.close()
    if status == "error":
        raise payload
    return payload


def _plain(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.Literal):
        return term.value
    if isinstance(term, ox.NamedNode):
        return term.value
    return str(term)


def _json_term(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype and term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        out["datatype"] = term.datatype.value
    return out


def format_result(result: Result, fmt: str) -> str:
    """table | csv | tsv | json (the W3C SPARQL 1.1 Query Results formats) | turtle or ntriples
    (graph results)."""
    if fmt == "json":
        if result.kind == "ask":
            return json.dumps({"head": {}, "boolean": result.boolean})
        bindings = [{v: _json_term(t) for v, t in zip(result.variables, row) if t is not None}
                    for row in result.rows]
        return json.dumps({"head": {"vars": result.variables}, "results": {"bindings": bindings}},
                          ensure_ascii=False, indent=1)
    if result.kind == "ask":
        return "true" if result.boolean else "false"
    if fmt == "csv":  # W3C SPARQL 1.1 Query Results CSV: plain values, CRLF line ends
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(result.variables)
        for row in result.rows:
            w.writerow([_plain(t) for t in row])
        return buf.getvalue()
    if fmt == "tsv":  # W3C SPARQL 1.1 Query Results TSV: ?vars, terms in N-Triples syntax
        lines = ["\t".join(f"?{v}" for v in result.variables)]
        lines += ["\t".join("" if t is None else str(t) for t in row) for row in result.rows]
        return "\n".join(lines) + "\n"
    if fmt in ("turtle", "ntriples") and result.triples is not None:
        kind = ox.RdfFormat.TURTLE if fmt == "turtle" else ox.RdfFormat.N_TRIPLES
        return ox.serialize(result.triples, format=kind).decode("utf-8")
    return _table(result)


def _short(term) -> str:
    text = _plain(term)
    for prefix in ("https://w3id.org/ctkg/id/", "https://w3id.org/ctkg/ontology#"):
        if text.startswith(prefix):
            from urllib.parse import unquote

            return unquote(text[len(prefix):])
    return text


def _table(result: Result) -> str:
    from .terminal import printable

    cells = [[printable(_short(t)) for t in row] for row in result.rows]
    widths = [max([len(v)] + [len(r[i]) for r in cells]) for i, v in enumerate(result.variables)]
    widths = [min(w, 60) for w in widths]
    line = "  ".join(v.ljust(w) for v, w in zip(result.variables, widths))
    out = [line, "  ".join("-" * w for w in widths)]
    for r in cells:
        out.append("  ".join((c if len(c) <= w else c[: w - 1] + "…").ljust(w) for c, w in zip(r, widths)))
    out.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(out)
