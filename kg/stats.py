"""Counts by class, articles, triples and the last build."""
from __future__ import annotations

from .store import Store
from .vocab import CTKG

CLASSES = ["Meeting", "Country", "Organization", "Person", "Pledge", "City", "Assertion"]


def store_stats(store: Store) -> dict:
    counts = {}
    for cls in ["Article", *CLASSES]:
        q = f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s a <{CTKG[cls]}> }}"
        counts[cls] = int(next(iter(store.query(q)))["n"].value)
    chairs = int(next(iter(store.query(
        f"SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?m ?c WHERE {{ ?m <{CTKG.chair}> ?c }} }}")))["n"].value)
    from .query import named_queries

    conflict_q = named_queries()["conflicts"][0].read_text(encoding="utf-8")
    conflicts = {(r["node"].value, r["property"].value) for r in store.query(conflict_q)}
    return {
        "conflicts": len(conflicts),
        "articles": counts.pop("Article"),
        "classes": {**counts, "chair edges": chairs},
        "triples": len(store),
        "graphs": sum(1 for _ in store.named_graphs()),
        "last_build": store.meta.get("last_build"),
    }
