#!/usr/bin/env python3
"""Generate the excerpts11 development set: NAME.txt + NAME.gold.json for 30 texts.

    python3 _tools/make.py          # writes into the folder above _tools/

Texts are original Arabic written for this set (facts checked against stored public
pages, see README.md). Gold follows /work/shared/eval/SCHEMA.md.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from texts_a import ITEMS as A  # noqa: E402  (Kuwait/Iraq 2018, London 2016, Brussels III 2019)
from texts_b import ITEMS as B  # noqa: E402  (Yemen 2020, Paris/Sudan 2024, Cairo/Gaza 2014)

OUT = Path(__file__).resolve().parent.parent


def main() -> int:
    items = A + B
    names = [it["name"] for it in items]
    assert len(names) == len(set(names)), "duplicate names"
    for it in items:
        text = it["text"].strip("\n") + "\n"
        (OUT / f"{it['name']}.txt").write_text(text, encoding="utf-8")
        gold = it["gold"]
        (OUT / f"{it['name']}.gold.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {len(items)} texts to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
