#!/usr/bin/env python3
"""Write the heldout5 measurement set: 30 Arabic news texts and their gold files.

    python3 _tools/make.py          # (re)writes rNN_*.txt and rNN_*.gold.json beside _tools/

Every text was written for this set in the voice of an outlet type; facts were checked
against stored public pages (see README.md). The gold follows /work/shared/eval/SCHEMA.md.
Texts are split into texts_a.py (events A-E) and texts_b.py (events F-J).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))

from texts_a import ENTRIES as A  # noqa: E402
from texts_b import ENTRIES as B  # noqa: E402


def main() -> int:
    entries = A + B
    names = [e["name"] for e in entries]
    assert len(names) == len(set(names)), "duplicate names"
    for old in OUT.glob("r[0-9][0-9]_*"):
        old.unlink()
    for e in entries:
        text = e["text"].strip("\n") + "\n"
        (OUT / f"{e['name']}.txt").write_text(text, encoding="utf-8")
        gold = {k: e["gold"][k] for k in ("published", "meetings", "officials", "pledges")}
        (OUT / f"{e['name']}.gold.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {len(entries)} texts and gold files to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
