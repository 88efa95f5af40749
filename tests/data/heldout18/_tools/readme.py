#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Assemble ../README.md: hand-written sections below + counts and the file table from the items."""
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import texts_a, texts_b  # noqa: E402

items = texts_a.ITEMS + texts_b.ITEMS
EVENT = {
    "yemen2019": "E1", "sahel2018": "E2", "lebanon2020": "E3", "marrakech2022": "E4",
    "gctf2023": "E5", "riyadh2023": "E6", "imctc2024": "E7", "aimc2024": "E8",
    "sudan2024": "E9", "brussels2025": "E10",
}

g = [i["gold"] for i in items]
meetings = [m for d in g for m in d["meetings"]]
officials = [o for d in g for o in d["officials"]]
pledges = [p for d in g for p in d["pledges"]]
words = [len(i["text"].split()) for i in items]
cur = Counter(p["currency"] for p in pledges)

counts = f"""| what | number |
| --- | --- |
| texts | {len(items)} (10 events x 3 outlets) |
| words per text | {min(words)}-{max(words)}, mean {sum(words)/len(words):.0f} |
| texts with a `published` date | {sum(1 for d in g if d['published'])} (2 cut excerpts have none) |
| meetings | {len(meetings)} ({sum(1 for m in meetings if m['date'])} dated; {len(meetings) - len(items)} are earlier meetings mentioned with a determinable day) |
| meetings with no chair stated | {sum(1 for m in meetings if not m['chairs'])} |
| chairs | {sum(len(m['chairs']) for m in meetings)} ({sum(1 for m in meetings for c in m['chairs'] if c.startswith('org:'))} of them `org:KEY`) |
| participant counts | {sum(1 for m in meetings if m['participant_count'] is not None)} |
| officials | {len(officials)} ({sum(o['speaker'] for o in officials)} speakers; {sum(1 for o in officials if o['country'] is None)} with country `null`) |
| pledges | {len(pledges)} ({', '.join(f'{k} {v}' for k, v in cur.most_common())}) |
| texts with no pledge | {sum(1 for d in g if not d['pledges'])} |
"""

rows = ["| file | outlet / style | event | what is tricky |", "| --- | --- | --- | --- |"]
for it in items:
    ev = EVENT[it["name"].rsplit("_", 1)[1]]
    rows.append(f"| `{it['name']}` | {it['style']} | {ev} | {it['tricky']} |")
table = "\n".join(rows)

TEMPLATE = (HERE / "README.template.md").read_text(encoding="utf-8")
out = TEMPLATE.replace("{{COUNTS}}", counts).replace("{{TABLE}}", table)
(HERE.parent / "README.md").write_text(out, encoding="utf-8")
print("README.md written")
