#!/usr/bin/env python3
"""Rebuild README.md from readme_head.md, readme_tail.md, index.json and the gold files."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def main():
    index = json.loads((HERE / "index.json").read_text(encoding="utf-8"))
    c = dict(texts=0, meetings=0, chairs=0, officials=0, speakers=0, pledges=0, counts=0,
             published=0, null_dates=0, extra=0, clipped=0)
    rows = []
    for it in index:
        g = json.loads((ROOT / f"{it['name']}.gold.json").read_text(encoding="utf-8"))
        c["texts"] += 1
        c["published"] += g["published"] is not None
        c["meetings"] += len(g["meetings"])
        c["extra"] += len(g["meetings"]) - 1
        c["null_dates"] += sum(m["date"] is None for m in g["meetings"])
        c["chairs"] += sum(len(m["chairs"]) for m in g["meetings"])
        c["counts"] += sum(m["participant_count"] is not None for m in g["meetings"])
        c["officials"] += len(g["officials"])
        c["speakers"] += sum(o["speaker"] for o in g["officials"])
        c["pledges"] += len(g["pledges"])
        c["clipped"] += "clipped" in it["style"] or "cut excerpt" in it["style"]
        gold = (f"{len(g['meetings'])} m / {sum(len(m['chairs']) for m in g['meetings'])} ch / "
                f"{len(g['officials'])} o / {len(g['pledges'])} p")
        rows.append(f"| `{it['name']}` | {it['style']} | {it['event']} | {gold} | {it['tricky']} |")
    counts = (
        f"- texts: **{c['texts']}** ({c['clipped']} clipped excerpts of one to four paragraphs, "
        f"{c['texts'] - c['clipped']} whole items); 10 events x 3 texts, each from a different outlet\n"
        f"- meetings: **{c['meetings']}** ({c['texts']} reported meetings + {c['extra']} dated meetings "
        f"mentioned in passing; {c['null_dates']} with `date: null`)\n"
        f"- chairs: **{c['chairs']}**\n"
        f"- officials: **{c['officials']}** ({c['speakers']} with `speaker: true`)\n"
        f"- pledges: **{c['pledges']}**\n"
        f"- participant counts: **{c['counts']}**\n"
        f"- articles with a publication date: **{c['published']}** (the other "
        f"{c['texts'] - c['published']} give none)\n")
    table = ("| file | outlet style | event | gold (meetings / chairs / officials / pledges) | what is tricky |\n"
             "|---|---|---|---|---|\n" + "\n".join(rows) + "\n")
    head = (HERE / "readme_head.md").read_text(encoding="utf-8")
    tail = (HERE / "readme_tail.md").read_text(encoding="utf-8")
    (ROOT / "README.md").write_text(
        head.replace("{{COUNTS}}", counts) + "\n## Files\n\n" + table + "\n" + tail, encoding="utf-8")
    print("README.md written")


if __name__ == "__main__":
    main()
