#!/usr/bin/env python3
"""Write the heldout13 measurement set: y01..y30 texts and their gold files.

    python _tools/make.py            # (re)writes ../yNN_*.txt and ../yNN_*.gold.json

Texts are written in our own words in the voice of the outlet type named in the
file name; facts were checked against stored public pages (see README.md).
The texts live in texts_a.py / texts_b.py / texts_c.py beside this script.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))

from texts_a import ITEMS as A  # noqa: E402
from texts_b import ITEMS as B  # noqa: E402
from texts_c import ITEMS as C  # noqa: E402


def main() -> int:
    items = A + B + C
    names = [it["name"] for it in items]
    assert len(names) == len(set(names)) == 30, names
    for it in items:
        text = it["text"].strip("\n") + "\n"
        (OUT / f"{it['name']}.txt").write_text(text, encoding="utf-8")
        gold = {"published": it["published"], "meetings": it["meetings"],
                "officials": it["officials"], "pledges": it["pledges"]}
        (OUT / f"{it['name']}.gold.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {len(items)} texts and gold files to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
