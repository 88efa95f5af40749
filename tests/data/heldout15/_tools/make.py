#!/usr/bin/env python3
"""Write every NAME.txt and NAME.gold.json of the set into the folder above this one.

    python3 _tools/make.py        # then: python3 _tools/check.py
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import texts_a  # noqa: E402,F401  (registers y01-y15)
import texts_b  # noqa: E402,F401  (registers y16-y30)
from common import ITEMS  # noqa: E402

OUT = HERE.parent


def main():
    names = [it["name"] for it in ITEMS]
    assert len(names) == len(set(names)), "duplicate names"
    for old in OUT.glob("y[0-9][0-9]_*"):
        old.unlink()
    for it in ITEMS:
        (OUT / f"{it['name']}.txt").write_text(it["text"], encoding="utf-8")
        (OUT / f"{it['name']}.gold.json").write_text(
            json.dumps(it["gold"], ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    index = [{k: it[k] for k in ("name", "style", "event", "tricky")} for it in ITEMS]
    (HERE / "index.json").write_text(json.dumps(index, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(ITEMS)} texts and gold files to {OUT}")


if __name__ == "__main__":
    main()
