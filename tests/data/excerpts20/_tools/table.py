#!/usr/bin/env python3
"""Print the README table of files (style, event, gold counts, what is tricky)."""
import json
from pathlib import Path

root = Path(__file__).resolve().parent.parent
meta = json.loads((Path(__file__).parent / "meta.json").read_text(encoding="utf-8"))
print("| file | style | event | words | M/C/O/P | what is tricky |")
print("|---|---|---|---|---|---|")
def esc(t):
    return t.replace("|", "\\|")


for m in meta:
    m = {k: esc(v) for k, v in m.items()}
    g = json.loads((root / f"{m['name']}.gold.json").read_text(encoding="utf-8"))
    words = len((root / f"{m['name']}.txt").read_text(encoding="utf-8").split())
    c = sum(len(x["chairs"]) for x in g["meetings"])
    counts = f"{len(g['meetings'])}/{c}/{len(g['officials'])}/{len(g['pledges'])}"
    print(f"| `{m['name']}` | {m['style']} | {m['event']} | {words} | {counts} | {m['tricky']} |")
