#!/usr/bin/env python3
"""Write the 36 texts and their gold files into the set folder (the parent of _tools/).

    python3 _tools/make.py            # writes kNN_*.txt and kNN_*.gold.json
    python3 _tools/make.py --table    # also prints the README file table (markdown)
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import texts_a  # noqa: E402
import texts_b  # noqa: E402
import texts_c  # noqa: E402

OUT = Path(__file__).resolve().parent.parent
ITEMS = texts_a.ITEMS + texts_b.ITEMS + texts_c.ITEMS


def main():
    names = [it["name"] for it in ITEMS]
    assert len(names) == len(set(names)) == 36, "need 36 distinct names"
    for n, it in enumerate(ITEMS, 1):
        assert it["name"].startswith(f"k{n:02d}_"), it["name"]
        (OUT / f"{it['name']}.txt").write_text(it["text"], encoding="utf-8")
        (OUT / f"{it['name']}.gold.json").write_text(
            json.dumps(it["gold"], ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {len(ITEMS)} texts and gold files to {OUT}")
    if "--table" in sys.argv:
        print("| file | style | event | what is tricky |")
        print("| --- | --- | --- | --- |")
        for it in ITEMS:
            print(f"| `{it['name']}` | {it['style']} | {it['event']} | {it['tricky']} |")


if __name__ == "__main__":
    main()
