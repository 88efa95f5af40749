"""Counts by class, articles, triples and the last build."""
from __future__ import annotations

from .store import Store
from .vocab import CTKG

CLASSES = ["Meeting", "Country", "Organization", "Person", "Pledge", "City", "Assertion"]


def _count(store: Store, cls: str) -> int:
    q = f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s a <{CTKG[cls]}> }}"
    return int(next(iter(store.query(q)))["n"].value)


def _chairs(store: Store) -> int:
    return int(next(iter(store.query(
        f"SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?m ?c WHERE {{ ?m <{CTKG.chair}> ?c }} }}")))["n"].value)


def store_counts(store: Store) -> dict:
    """What a build's summary reports: the store's totals, counted as ``kg stats`` counts them."""
    return {"articles": _count(store, "Article"), "meetings": _count(store, "Meeting"), "chairs": _chairs(store),
            "officials": _count(store, "Person"), "pledges": _count(store, "Pledge")}


def store_stats(store: Store) -> dict:
    counts = {cls: _count(store, cls) for cls in ["Article", *CLASSES]}
    chairs = _chairs(store)
    from .query import named_queries

    conflict_q = named_queries()["conflicts"][0].read_text(encoding="utf-8")
    conflicts = {(r["node"].value, r["property"].value) for r in store.query(conflict_q)}
    return {
        "conflicts": len(conflicts),
        "articles": counts.pop("Article"),
        "classes": {**counts, "chair edges": chairs},
        "triples": store.merged_size(),  # each fact once; the article graphs hold len(store) - this
        "graphs": sum(1 for _ in store.named_graphs()),
        "last_build": store.meta.get("last_build"),
    }


def format_stats(s: dict) -> str:
    """:func:`store_stats` as the lines ``kg stats`` prints."""
    lines = [f"articles      {s['articles']}", *(f"{cls:13} {n}" for cls, n in s["classes"].items()),
             f"triples       {s['triples']}",
             f"conflicts     {s['conflicts']} node properties on which sources disagree (kg query conflicts)"]
    if s.get("last_build"):
        lb = s["last_build"]
        lines.append(f"last build    {lb.get('at')}: {lb.get('articles')} articles in {lb.get('seconds')} s")
    return "\n".join(lines)
