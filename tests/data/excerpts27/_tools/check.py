#!/usr/bin/env python3
"""Validate every gold file in excerpts27 against SCHEMA.md rules (keys, codes, dates, types)."""
import ast, datetime, json, re, sys
from pathlib import Path

DIR = Path(__file__).resolve().parent.parent
src = Path("/work/shared/eval/score.py").read_text()
ORGS = set(ast.literal_eval(re.search(r"ORGS = (\{.*?\n\})", src, re.S).group(1)).keys())
ISO = set("AE BE CH DE FR GB IQ IT JO KW MA NL NO QA SA SE TR US YE LB SY EG".split())
TOP = {"published", "meetings", "officials", "pledges"}
MK = {"date", "end_date", "country", "convened_by", "chairs", "participant_count", "part_of"}
OK_ = {"name", "country", "position", "speaker"}
PK = {"donor", "amount", "currency", "announced_by"}
CUR = {"USD", "EUR", "GBP", "SAR", "KWD", "JPY", "SEK", "NOK", "CHF"}
HON = ("الشيخ", "السيد", "الدكتور", "معالي", "سمو", "فخامة", "الأمير")
errs = []


def date(v, where, nullable=True):
    if v is None:
        if not nullable:
            errs.append(f"{where}: null")
        return None
    try:
        return datetime.date.fromisoformat(v)
    except Exception:
        errs.append(f"{where}: bad date {v!r}")


def agent(v, where, nullable=True):
    if v is None:
        if not nullable:
            errs.append(f"{where}: null")
        return
    if v.startswith("org:"):
        if v[4:] not in ORGS:
            errs.append(f"{where}: unknown org {v}")
    elif v not in ISO:
        errs.append(f"{where}: not an ISO code in use {v}")


n = {"texts": 0, "meetings": 0, "chairs": 0, "officials": 0, "pledges": 0, "counts": 0}
for g in sorted(DIR.glob("*.gold.json")):
    name = g.name.removesuffix(".gold.json")
    txt = DIR / f"{name}.txt"
    if not txt.exists():
        errs.append(f"{name}: no .txt")
        continue
    words = len(txt.read_text(encoding="utf-8").split())
    if not 80 <= words <= 450:
        errs.append(f"{name}: {words} words")
    d = json.loads(g.read_text(encoding="utf-8"))
    if set(d) != TOP:
        errs.append(f"{name}: top keys {sorted(d)}")
    pub = date(d["published"], f"{name}.published")
    n["texts"] += 1
    for i, m in enumerate(d["meetings"]):
        w = f"{name}.meetings[{i}]"
        if set(m) != MK:
            errs.append(f"{w}: keys {sorted(m)}")
        s, e = date(m["date"], w + ".date"), date(m["end_date"], w + ".end_date")
        if e and not s:
            errs.append(f"{w}: end without start")
        if s and e and e < s:
            errs.append(f"{w}: end before start")
        if s and pub and s > pub:
            errs.append(f"{w}: after publication")
        agent(m["country"], w + ".country")
        if m["country"] and m["country"].startswith("org:"):
            errs.append(f"{w}: country is an org")
        if not isinstance(m["chairs"], list) or len(set(m["chairs"])) != len(m["chairs"]):
            errs.append(f"{w}: chairs not a unique list")
        for c in m["chairs"]:
            agent(c, w + ".chairs", False)
        pc = m["participant_count"]
        if pc is not None and (not isinstance(pc, int) or pc <= 0):
            errs.append(f"{w}: participant_count {pc!r}")
        n["meetings"] += 1; n["chairs"] += len(m["chairs"]); n["counts"] += pc is not None
    for i, o in enumerate(d["officials"]):
        w = f"{name}.officials[{i}]"
        if set(o) != OK_:
            errs.append(f"{w}: keys {sorted(o)}")
        if not o["name"] or o["name"].split()[0] in HON:
            errs.append(f"{w}: name {o['name']!r}")
        agent(o["country"], w + ".country")
        if not isinstance(o["speaker"], bool):
            errs.append(f"{w}: speaker not bool")
        n["officials"] += 1
    names = {o["name"] for o in d["officials"]}
    for i, p in enumerate(d["pledges"]):
        w = f"{name}.pledges[{i}]"
        if set(p) != PK:
            errs.append(f"{w}: keys {sorted(p)}")
        agent(p["donor"], w + ".donor")
        if not isinstance(p["amount"], (int, float)) or p["amount"] <= 0:
            errs.append(f"{w}: amount {p['amount']!r}")
        if p["currency"] not in CUR:
            errs.append(f"{w}: currency {p['currency']}")
        if p["announced_by"] and p["announced_by"] not in names:
            errs.append(f"{w}: announced_by not among officials")
        n["pledges"] += 1
for f in DIR.iterdir():
    if f.is_file() and not (f.name.endswith(".txt") or f.name.endswith(".gold.json") or f.name == "README.md"):
        errs.append(f"stray top-level file {f.name}")
print("\n".join(errs) if errs else "all gold files valid")
print(n)
sys.exit(1 if errs else 0)
