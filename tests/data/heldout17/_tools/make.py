#!/usr/bin/env python3
"""Generate the heldout17 measurement set: 30 Arabic texts and their gold files.

    python _tools/make.py            # writes hqNN_*.txt and hqNN_*.gold.json one level up

Texts are written in /work/heldout17/_tools/texts_*.py (one module per event pair) so that
this file stays readable; each module exposes ITEMS, a list of (name, text, gold) tuples.
"""
from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
MODULES = ["texts_coalition", "texts_ct", "texts_donors"]


def main() -> int:
    sys.path.insert(0, str(HERE))
    items = []
    for mod in MODULES:
        items.extend(importlib.import_module(mod).ITEMS)
    names = [n for n, _, _ in items]
    assert len(names) == len(set(names)), "duplicate names"
    for old in list(OUT.glob("hq*.txt")) + list(OUT.glob("hq*.gold.json")):
        old.unlink()
    for name, text, gold in items:
        (OUT / f"{name}.txt").write_text(text.strip("\n") + "\n", encoding="utf-8")
        (OUT / f"{name}.gold.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {len(items)} texts to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
