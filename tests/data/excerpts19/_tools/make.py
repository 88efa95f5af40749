#!/usr/bin/env python3
"""Write the b01..b30 texts and their gold files into the parent folder.

    python _tools/make.py

Texts and gold live in texts_a.py / texts_b.py; this script only serialises them.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from texts_a import ITEMS as A  # noqa: E402
from texts_b import ITEMS as B  # noqa: E402

OUT = HERE.parent


def main() -> int:
    items = A + B
    names = [n for n, _, _ in items]
    assert len(names) == len(set(names)), "duplicate names"
    for name, text, gold in items:
        (OUT / f"{name}.txt").write_text(text, encoding="utf-8")
        (OUT / f"{name}.gold.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {len(items)} texts to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
