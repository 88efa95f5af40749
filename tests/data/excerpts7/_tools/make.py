#!/usr/bin/env python3
"""Write the 40 texts and their gold files into the parent folder.

    python _tools/make.py            # writes g01..g40 .txt and .gold.json
    python _tools/make.py --table    # also prints the README table rows and counts
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import ev_bgd21  # noqa: E402
import ev_cifg15  # noqa: E402
import ev_gctf11  # noqa: E402
import ev_imctc17  # noqa: E402
import ev_mrk22  # noqa: E402
import ev_rome21  # noqa: E402
import ev_ryd23  # noqa: E402
import ev_stab15  # noqa: E402

MODULES = [ev_gctf11, ev_stab15, ev_cifg15, ev_imctc17, ev_rome21, ev_bgd21, ev_mrk22, ev_ryd23]
OUT = HERE.parent
WORD = re.compile(r"[\u0600-\u06FFA-Za-z0-9\u0660-\u0669]+")


def all_items():
    items = [it for mod in MODULES for it in mod.ITEMS]
    items.sort(key=lambda it: it["name"])
    return items


def words(text: str) -> int:
    return len(WORD.findall(text))


def main() -> int:
    items = all_items()
    names = [it["name"] for it in items]
    assert len(names) == len(set(names)) == 40, names
    for it in items:
        (OUT / f"{it['name']}.txt").write_text(it["text"], encoding="utf-8")
        gold = json.dumps(it["gold"], ensure_ascii=False, indent=2) + "\n"
        (OUT / f"{it['name']}.gold.json").write_text(gold, encoding="utf-8")
    if "--table" in sys.argv:
        tot = {"meetings": 0, "chairs": 0, "officials": 0, "pledges": 0, "counts": 0}
        kinds = {"full": 0, "excerpt": 0}
        for it in items:
            g = it["gold"]
            tot["meetings"] += len(g["meetings"])
            tot["chairs"] += sum(len(m["chairs"]) for m in g["meetings"])
            tot["counts"] += sum(m["participant_count"] is not None for m in g["meetings"])
            tot["officials"] += len(g["officials"])
            tot["pledges"] += len(g["pledges"])
            kinds[it["kind"]] += 1
            print(f"| {it['name']} | {it['style']} | {it['event']} | {it['kind']} | "
                  f"{words(it['text'])} | {it['tricky']} |")
        print(tot, kinds)
    print(f"wrote {len(items)} texts and gold files to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
