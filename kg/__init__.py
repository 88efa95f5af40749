"""ctkg: a knowledge graph of counter-terrorism coalition events, built from Arabic news.

The library API (the ``kg`` command is a thin layer over it)::

    import kg
    report = kg.build(["examples/articles"], store="ctkg-store")
    result = kg.query("pledges", store="ctkg-store")
    print(kg.format_result(result, "table"))
    kg.export("ctkg-store", "turtle", "graph.ttl")
    kg.render("ctkg-store", "graph.html")

Names are imported on first use, so ``import kg`` stays cheap.
"""
from __future__ import annotations

__version__ = "0.1.0"

_API = {
    "build": "api", "query": "api", "export": "api", "render": "api", "validate": "api",
    "stats": "api", "explain": "api", "open_store": "api", "extract_text": "api",
    "format_result": "query", "Store": "store", "KgError": "errors",
}

__all__ = ["__version__", *_API]


def __getattr__(name: str):
    if name in _API:
        from importlib import import_module

        return getattr(import_module(f".{_API[name]}", __name__), name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
