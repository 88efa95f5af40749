#!/usr/bin/env python3
"""Write every NAME.txt and NAME.gold.json of the set into the folder above _tools/.

    python _tools/make.py            # (re)write the 30 texts and their gold
    python _tools/make.py --table    # also print the README table rows

Texts and gold live in texts_a.py, texts_b.py, texts_c.py (one item() per article).
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import texts_a  # noqa: E402
import texts_b  # noqa: E402
import texts_c  # noqa: E402

OUT = HERE.parent
ITEMS = texts_a.ITEMS + texts_b.ITEMS + texts_c.ITEMS


def main() -> int:
    names = [it["name"] for it in ITEMS]
    assert len(names) == len(set(names)) == 30, "expected 30 distinct items"
    for old in OUT.glob("x[0-9][0-9]_*"):
        old.unlink()
    for it in ITEMS:
        (OUT / f"{it['name']}.txt").write_text(it["text"], encoding="utf-8")
        (OUT / f"{it['name']}.gold.json").write_text(
            json.dumps(it["gold"], ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {len(ITEMS)} texts and gold files to {OUT}")
    if "--table" in sys.argv:
        for it in ITEMS:
            print(f"| {it['name']} | {it['notes']} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
