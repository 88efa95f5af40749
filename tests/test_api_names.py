"""The public API names stay the functions whatever has been imported (issue 16 item 1)."""
from __future__ import annotations

import subprocess
import sys

NAMES = ["query", "export", "stats", "explain", "validate", "render"]


def test_api_functions_survive_importing_their_submodules():
    code = ("import importlib, kg\n"
            "for m in %r: importlib.import_module('kg.' + m)\n"
            "from kg.query import run_query\n"
            "kg.format_result\n"
            "print(' '.join(type(getattr(kg, m)).__name__ for m in %r))" % (NAMES, NAMES))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["function"] * len(NAMES)


def test_submodules_stay_importable_by_full_name():
    import kg
    import kg.query  # noqa: F401  (binds nothing over the function)
    from kg.query import resolve_query

    assert callable(kg.query) and kg.query.__module__ == "kg.api"
    assert resolve_query("pledges")[0] == "pledges"
