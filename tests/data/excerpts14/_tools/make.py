#!/usr/bin/env python3
"""Write every fNN_*.txt and its .gold.json into the folder above this one.

    python3 _tools/make.py          # (re)writes the 30 texts and gold files
The texts and their annotations live in docs_a.py, docs_b.py, docs_c.py.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import docs_a  # noqa: E402
import docs_b  # noqa: E402
import docs_c  # noqa: E402

OUT = HERE.parent
DOCS = docs_a.DOCS + docs_b.DOCS + docs_c.DOCS


def main() -> int:
    names = [d["name"] for d in DOCS]
    assert len(names) == len(set(names)) == 30, names
    for i, d in enumerate(DOCS, 1):
        assert d["name"].startswith(f"f{i:02d}_"), (i, d["name"])
        (OUT / f"{d['name']}.txt").write_text(d["text"], encoding="utf-8")
        (OUT / f"{d['name']}.gold.json").write_text(
            json.dumps(d["gold"], ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {len(DOCS)} texts and gold files to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())


def readme_table() -> str:
    """The README's file table, from the same records as the texts."""
    rows = ["| file | style | event | what is tricky |", "| --- | --- | --- | --- |"]
    for d in DOCS:
        cell = lambda s: s.replace("|", "/")  # noqa: E731
        rows.append(f"| `{d['name']}` | {cell(d['style'])} | {cell(d['event'])} | {cell(d['tricky'])} |")
    return "\n".join(rows)
