"""SPARQL over the store: named queries, a safety check, result formats.

Every query is checked first and refused when it could reach beyond the machine
or change the store: ``SERVICE``, ``LOAD``, ``FROM``/``FROM NAMED`` and every
update form. Only then does pyoxigraph run it, with the union of the article
graphs as its default graph.
"""
from __future__ import annotations

import re
from itertools import islice
from pathlib import Path

import pyoxigraph as ox

from .errors import KgError, QueryError, QueryTimeout
from .resources import shipped
from .results import Result, format_result  # noqa: F401 - format_result is public here too
from .safety import check_safe
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
        sols, truncated = _capped(res, limit)
        return Result("select", variables, [[sol[v] for v in variables] for sol in sols], truncated=truncated)
    triples, truncated = _capped(res, limit)  # a stream: stop at the cap, never hold more
    return Result("graph", ["subject", "predicate", "object"],
                  [[t.subject, t.predicate, t.object] for t in triples], triples=triples, truncated=truncated)


def _capped(items, limit: int | None) -> tuple[list, bool]:
    """At most ``limit`` items of a stream, and whether one more was there."""
    it = iter(items)
    if limit is None:
        return list(it), False
    taken = list(islice(it, limit))
    return taken, next(it, None) is not None


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
