#!/usr/bin/env python3
"""Write the 30 texts and their gold files into the folder above this one."""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from shape import finish  # noqa: E402
import texts_a  # noqa: E402
import texts_b  # noqa: E402

OUT = Path(__file__).resolve().parent.parent


def main():
    items = texts_a.ITEMS + texts_b.ITEMS
    names = [n for n, _, _ in items]
    assert len(names) == len(set(names)) == 30, names
    for name, text, gold in items:
        (OUT / f"{name}.txt").write_text(finish(text).rstrip("\n") + "\n", encoding="utf-8")
        (OUT / f"{name}.gold.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {len(items)} texts to {OUT}")


if __name__ == "__main__":
    main()
