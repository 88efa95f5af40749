#!/usr/bin/env python3
"""Write the 30 texts and their gold files into the folder above, plus _tools/manifest.json."""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from texts_a import ITEMS as A  # noqa: E402
from texts_b import ITEMS as B  # noqa: E402

OUT = HERE.parent
ORDER = ("published", "meetings", "officials", "pledges")


def main():
    items = A + B
    names = [i["name"] for i in items]
    assert len(names) == len(set(names)) == 30, names
    manifest = []
    for item in items:
        text = item["text"].strip("\n") + "\n"
        (OUT / f"{item['name']}.txt").write_text(text, encoding="utf-8")
        gold = {k: item["gold"][k] for k in ORDER}
        (OUT / f"{item['name']}.gold.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        manifest.append({"name": item["name"], **item["meta"], "words": len(text.split())})
    (HERE / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"wrote {len(items)} texts to {OUT}")


if __name__ == "__main__":
    main()
