"""The build: files -> articles -> records -> named graphs in the store.

Each article goes through the stages in order (read, normalise + spot,
extract, RDF) and its graph replaces whatever the store held for it. A file
whose content changed replaces its old article; a file that cannot be read is
reported and skipped, and the rest of the batch still goes in.
"""
from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from .errors import InputError
from .extract import extract
from .lexicon import load
from .rdf import article_graph, graph_iri
from .read import Article, read_paths
from .store import Store


@dataclass
class BuildReport:
    articles: int = 0
    meetings: int = 0
    chairs: int = 0
    officials: int = 0
    pledges: int = 0
    replaced: int = 0  # older versions of changed files dropped
    errors: list[InputError] = field(default_factory=list)
    seconds: float = 0.0
    resolution: object = None  # kg.resolve.ResolveReport

    def summary(self) -> dict:
        return {"articles": self.articles, "meetings": self.meetings, "chairs": self.chairs,
                "officials": self.officials, "pledges": self.pledges, "errors": len(self.errors),
                "seconds": round(self.seconds, 2)}


def build_into(store: Store, paths: Iterable[str], *, on_error: Callable[[InputError], None] | None = None,
               on_article: Callable[[Article], None] | None = None) -> BuildReport:
    """Read, extract and store every article under ``paths``."""
    lex = load()
    report = BuildReport()
    started = time.perf_counter()
    for item in read_paths(paths):
        if isinstance(item, InputError):
            report.errors.append(item)
            if on_error:
                on_error(item)
            continue
        x = extract(item, lex)
        graph, triples = article_graph(item, x, lex)
        _replace_article(store, item, graph, triples, report)
        report.articles += 1
        report.meetings += len(x.meetings)
        report.chairs += sum(len({c.value for c in m.chairs if c.value.kind != "person"}) for m in x.meetings)
        report.officials += len(x.people)
        report.pledges += len(x.pledges)
        if on_article:
            on_article(item)
    if report.articles or report.replaced:
        from .resolve import resolve

        report.resolution = resolve(store)
    store.flush()
    report.seconds = time.perf_counter() - started
    if report.articles:
        store.record_build(report.summary())
    return report


def _replace_article(store: Store, article: Article, graph, triples, report: BuildReport) -> None:
    """Store the article's graph; drop the graph of an older version of the same file."""
    from rdflib import Literal, URIRef

    from .vocab import CTKG

    files = {article.source_file}
    for other, other_files in store.graphs_of_file(article.source_file):
        if other == str(graph):
            files.update(other_files)  # identical text also read from other files
            continue
        rest = [f for f in other_files if f != article.source_file]
        if rest:  # the old text still comes from another file: keep it, minus this file
            store.ox.update(f"DELETE DATA {{ GRAPH <{other}> {{ ?a <{CTKG.sourceFile}> "
                            f"{Literal(article.source_file).n3()} }} }}".replace("?a", _article_of(store, other)))
        else:
            store.drop_graph(URIRef(other))
            report.replaced += 1
    a = next(s for s, p, o in triples if p == CTKG.sourceFile)
    extra = [(a, CTKG.sourceFile, Literal(f)) for f in sorted(files - {article.source_file})]
    store.replace_graph(graph, [*triples, *extra])


def _article_of(store: Store, graph: str) -> str:
    from .vocab import CTKG

    for row in store.ox.query(f"SELECT ?a WHERE {{ GRAPH <{graph}> {{ ?a <{CTKG.sourceFile}> ?f }} }} LIMIT 1"):
        return str(row["a"])
    return "<urn:none>"


__all__ = ["BuildReport", "build_into", "graph_iri"]
