#!/usr/bin/env python3
"""Write the 30 texts and their gold files into the folder above this one.

    python _tools/make.py          # writes NAME.txt and NAME.gold.json
    python _tools/make.py --table  # prints the README file table
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from texts_a import ITEMS as A  # noqa: E402
from texts_b import ITEMS as B  # noqa: E402

OUT = HERE.parent
ITEMS = A + B


def main():
    names = [it["name"] for it in ITEMS]
    assert len(names) == len(set(names)) == 30, "need 30 unique names"
    if "--table" in sys.argv:
        for it in ITEMS:
            kind, event = it["name"].split("_")[1:3]
            print(f"| {it['name']} | {it['style']} | {event} | {it['tricky']} |")
        return
    for it in ITEMS:
        text = it["text"].strip("\n") + "\n"
        (OUT / f"{it['name']}.txt").write_text(text, encoding="utf-8")
        (OUT / f"{it['name']}.gold.json").write_text(
            json.dumps(it["gold"], ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {len(ITEMS)} texts to {OUT}")


if __name__ == "__main__":
    main()
