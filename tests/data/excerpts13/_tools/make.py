#!/usr/bin/env python3
"""Write every NAME.txt and NAME.gold.json of the set from the data modules, plus manifest.json.

    python _tools/make.py          # run from anywhere; writes into the folder above _tools
"""
import json
import sys
from pathlib import Path

TOOLS = Path(__file__).resolve().parent
OUT = TOOLS.parent
sys.path.insert(0, str(TOOLS))

import data1  # noqa: E402
import data2  # noqa: E402
import data3  # noqa: E402

ENTRIES = data1.ENTRIES + data2.ENTRIES + data3.ENTRIES


def gold_record(entry):
    g = entry["gold"]
    return {"published": g["published"], "meetings": g["meetings"],
            "officials": g["officials"], "pledges": g["pledges"]}


def main():
    names = [e["name"] for e in ENTRIES]
    assert len(names) == len(set(names)), "duplicate names"
    manifest = []
    for e in ENTRIES:
        text = e["text"].strip("\n") + "\n"
        (OUT / f"{e['name']}.txt").write_text(text, encoding="utf-8")
        (OUT / f"{e['name']}.gold.json").write_text(
            json.dumps(gold_record(e), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        manifest.append({k: e[k] for k in ("name", "style", "event", "tricky")})
    (TOOLS / "manifest.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {len(ENTRIES)} texts and gold files to {OUT}")


if __name__ == "__main__":
    main()
