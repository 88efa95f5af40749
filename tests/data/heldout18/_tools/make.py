#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Write every NAME.txt and NAME.gold.json of the set from texts_a.py / texts_b.py."""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import texts_a, texts_b  # noqa: E402

OUT = HERE.parent


def all_items():
    return texts_a.ITEMS + texts_b.ITEMS


def main():
    items = all_items()
    names = [i["name"] for i in items]
    assert len(names) == len(set(names)), "duplicate names"
    for it in items:
        (OUT / f"{it['name']}.txt").write_text(it["text"], encoding="utf-8")
        (OUT / f"{it['name']}.gold.json").write_text(
            json.dumps(it["gold"], ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {len(items)} texts + gold to {OUT}")


if __name__ == "__main__":
    main()
