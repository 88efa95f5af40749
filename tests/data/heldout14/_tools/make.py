#!/usr/bin/env python3
"""Write every NAME.txt and NAME.gold.json of the set into the folder above _tools/.

    python _tools/make.py

Texts and gold live in corpus_1.py .. corpus_3.py (one ITEMS list each); this script only
writes them out, in UTF-8, with a final newline, and refuses duplicate names.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus_1  # noqa: E402
import corpus_2  # noqa: E402
import corpus_3  # noqa: E402

OUT = HERE.parent


def items():
    return corpus_1.ITEMS + corpus_2.ITEMS + corpus_3.ITEMS


def main() -> int:
    seen = set()
    for name, text, gold in items():
        if name in seen:
            raise SystemExit(f"duplicate name {name}")
        seen.add(name)
        (OUT / f"{name}.txt").write_text(text.strip() + "\n", encoding="utf-8")
        (OUT / f"{name}.gold.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    # drop stale files from earlier runs whose names are no longer produced
    for path in OUT.glob("*.txt"):
        if path.stem not in seen:
            path.unlink()
    for path in OUT.glob("*.gold.json"):
        if path.name.removesuffix(".gold.json") not in seen:
            path.unlink()
    print(f"wrote {len(seen)} texts and gold files to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
