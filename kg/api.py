"""The library API: what a notebook user calls, and all the CLI calls."""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable

from .errors import InputError
from .store import DEFAULT_STORE, Store

StorePath = str | os.PathLike


def open_store(path: StorePath = DEFAULT_STORE, *, read_only: bool = True, wait: bool = False) -> Store:
    """Open a store folder (read-only by default)."""
    return Store(path, read_only=read_only, wait=wait)


def build(paths: Iterable[str | os.PathLike], store: StorePath = DEFAULT_STORE, *, wait: bool = False,
          on_error: Callable[[InputError], None] | None = None, on_article=None, **options):
    """Read every article under ``paths``, extract, and add the result to ``store``.

    Idempotent: re-building the same files changes nothing. Raises NoArticles
    when not a single article could be read (the errors are in the exception).
    ``options``: progress, keep_missing, follow_links, workers (see kg.pipeline.Build).
    """
    from .pipeline import build_store

    return build_store(paths, store, wait=wait, on_error=on_error, on_article=on_article, **options)


def extract_shard(paths: Iterable[str | os.PathLike], output: str | os.PathLike, *,
                  on_error: Callable[[InputError], None] | None = None):
    """The map step of a cluster build: the article graphs of ``paths`` as an N-Quads shard
    in ``output`` (``-``: standard output), with no store; a :class:`kg.report.BuildReport`."""
    from .shards import extract_to

    return extract_to([str(p) for p in paths], output, on_error=on_error)


def load_shards(shards: Iterable[str | os.PathLike], store: StorePath = DEFAULT_STORE, *, wait: bool = False):
    """Load shards from :func:`extract_shard` into a store or SPARQL server, then resolve
    nodes across all its articles; a :class:`kg.report.BuildReport`."""
    from .shards import load_shards as load

    with Store(store, wait=wait) as st:
        return load(st, [str(s) for s in shards])


def migrate(store: StorePath = DEFAULT_STORE, *, wait: bool = False):
    """Bring a store made by an older ctkg to this one's layout, in place: the format it
    had, or None when it was already in this one's."""
    with Store(store, wait=wait, create=False, migrating=True) as st:
        return st.migrate()


def query(q: str, store: StorePath = DEFAULT_STORE, *, limit: int | None = None):
    """Run a named query, a .rq file or SPARQL text; returns a :class:`kg.query.Result`."""
    from .query import resolve_query, run_query

    name, text = resolve_query(q)
    with Store(store, read_only=True) as st:
        return run_query(st, text, name, limit=limit)


def export(store: StorePath, fmt: str, output: str | os.PathLike) -> int:
    """Write the store to ``output`` as turtle, ntriples, trig, nquads, jsonld, graphml or gexf."""
    from .export import export_store

    with Store(store, read_only=True) as st:
        return export_store(st, fmt, output)


def render(store: StorePath, output: str | os.PathLike, **focus) -> dict:
    """Write the interactive HTML view of the store (or of a focus, see kg.render)."""
    from .render import render_store

    with Store(store, read_only=True) as st:
        return render_store(st, output, **focus)


def validate(store: StorePath = DEFAULT_STORE):
    """SHACL-validate the store against ontology/shapes.ttl: (conforms, report text)."""
    from .validate import validate_store

    with Store(store, read_only=True) as st:
        return validate_store(st)


def stats(store: StorePath = DEFAULT_STORE) -> dict:
    """Counts by class, number of articles, the last build."""
    from .stats import store_stats

    with Store(store, read_only=True) as st:
        return store_stats(st)


def explain(name_or_iri: str, store: StorePath = DEFAULT_STORE) -> list[dict]:
    """Every fact about a node, each with its article, sentence, offsets and rule."""
    from .explain import explain_node

    with Store(store, read_only=True) as st:
        return explain_node(st, name_or_iri)


def rules() -> list:
    """The rule registry (:class:`kg.rules.Rule`: id, confidence, meaning, example, param), by id."""
    from .rules import registry

    return sorted(registry().values(), key=lambda r: r.id)


def extract_text(text: str, *, published: str | None = None):
    """Extract from one text without a store: the :class:`kg.extract.records.Extraction`."""
    from .extract import extract
    from .read import Article

    return extract(Article(text=text, source_file="<text>", published=published))
