"""Size as a habit: no module of kg/ over 300 lines, no function over 60; the largest are printed
(``pytest tests/test_size.py -s``) so that growth is seen before it is a problem."""
from __future__ import annotations

import ast
from pathlib import Path

import kg

KG = Path(kg.__file__).parent
MAX_MODULE, MAX_FUNCTION = 300, 60


def modules() -> dict[str, int]:
    return {str(p.relative_to(KG)): len(p.read_text(encoding="utf-8").splitlines()) for p in KG.rglob("*.py")}


def functions() -> dict[str, int]:
    out = {}
    for p in KG.rglob("*.py"):
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                out[f"{p.relative_to(KG)}:{node.name}"] = node.end_lineno - node.lineno + 1
    return out


def test_size_report():
    mods, funcs = modules(), functions()
    print("\nlargest modules:  " + ", ".join(f"{m} {n}" for m, n in sorted(mods.items(), key=lambda x: -x[1])[:5]))
    print("longest functions: " + ", ".join(f"{f} {n}" for f, n in sorted(funcs.items(), key=lambda x: -x[1])[:5]))
    too_big = {m: n for m, n in mods.items() if n > MAX_MODULE}
    too_long = {f: n for f, n in funcs.items() if n > MAX_FUNCTION}
    assert not too_big, f"modules over {MAX_MODULE} lines: {too_big}"
    assert not too_long, f"functions over {MAX_FUNCTION} lines: {too_long}"
