#!/usr/bin/env python3
"""Write every NAME.txt and NAME.gold.json of the set into the parent folder.

    python _tools/make.py
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import entries_a  # noqa: E402
import entries_b  # noqa: E402
import entries_c  # noqa: E402

OUT = HERE.parent


def main():
    entries = entries_a.ENTRIES + entries_b.ENTRIES + entries_c.ENTRIES
    names = [n for n, _, _ in entries]
    assert len(names) == len(set(names)), "duplicate names"
    for name, text, gold in entries:
        (OUT / f"{name}.txt").write_text(text.strip() + "\n", encoding="utf-8")
        (OUT / f"{name}.gold.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {len(entries)} texts and gold files to {OUT}")


if __name__ == "__main__":
    main()
