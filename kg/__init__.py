"""ctkg: a knowledge graph of counter-terrorism coalition events, built from Arabic news.

The library API (the ``kg`` command is a thin layer over it)::

    import kg
    report = kg.build(["examples/articles"], store="ctkg-store")
    result = kg.query("pledges", store="ctkg-store")
    print(kg.format_result(result, "table"))
    kg.export("ctkg-store", "turtle", "graph.ttl")
    kg.render("ctkg-store", "graph.html")

Names are imported on first use, so ``import kg`` stays cheap.

``kg.query``, ``kg.export``, ``kg.stats``, ``kg.explain``, ``kg.validate`` and
``kg.render`` are always the API functions above, whatever has been imported: a
submodule of the same name (``kg/query.py`` ...) is reached with
``from kg.query import ...`` and never replaces the function on the package.
"""
from __future__ import annotations

import sys
import types

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


class _Package(types.ModuleType):
    """The import system binds every imported submodule on its package
    (``kg.query = <module kg.query>``), which would turn the function
    ``kg.query`` into a module as soon as anything imported ``kg.query``.
    Public API names are never rebound to a submodule; the submodule stays
    importable by its full name (``sys.modules``)."""

    def __setattr__(self, name: str, value) -> None:
        if name in _API and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
