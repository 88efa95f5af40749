#!/usr/bin/env python3
"""Write every NAME.txt and NAME.gold.json of the set from texts_a/b/c.py.

    python _tools/make.py          # (re)writes the 36 pairs into the set folder
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


def main():
    items = texts_a.ITEMS + texts_b.ITEMS + texts_c.ITEMS
    names = [n for n, _, _ in items]
    assert len(names) == len(set(names)), "duplicate names"
    for name, text, gold in items:
        (OUT / f"{name}.txt").write_text(text.strip() + "\n", encoding="utf-8")
        (OUT / f"{name}.gold.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    meetings = sum(len(g["meetings"]) for _, _, g in items)
    chairs = sum(len(m["chairs"]) for _, _, g in items for m in g["meetings"])
    counts = sum(m["participant_count"] is not None for _, _, g in items for m in g["meetings"])
    officials = sum(len(g["officials"]) for _, _, g in items)
    speakers = sum(o["speaker"] for _, _, g in items for o in g["officials"])
    pledges = sum(len(g["pledges"]) for _, _, g in items)
    dated = sum(g["published"] is not None for _, _, g in items)
    print(f"texts {len(items)} (published known {dated}); meetings {meetings}; chairs {chairs}; "
          f"participant counts {counts}; officials {officials} (speakers {speakers}); pledges {pledges}")


if __name__ == "__main__":
    main()
