"""What `pip install .` ships: every package of kg/ and every data file beside the code
(an editable install hides a missing one; CI's plain install found it)."""
from __future__ import annotations

import tomllib

from .conftest import ROOT

CONFIG = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def test_packaging_lists_every_package_of_kg():
    on_disk = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "kg").rglob("__init__.py")}
    assert on_disk <= set(CONFIG["packages"]), on_disk - set(CONFIG["packages"])


def test_packaging_ships_every_data_file():
    from fnmatch import fnmatch

    for path in (ROOT / "kg").rglob("*"):
        if path.is_dir() or path.suffix in (".py", ".pyc") or "__pycache__" in path.parts:
            continue
        rel = path.relative_to(ROOT)
        owners = [".".join(rel.parts[:i]) for i in range(len(rel.parts) - 1, 0, -1)]
        pkg = next(o for o in owners if o in CONFIG["packages"])
        inside = "/".join(rel.parts[len(pkg.split(".")):])
        assert any(fnmatch(inside, pat) for pat in CONFIG["package-data"].get(pkg, [])), str(rel)
