#!/usr/bin/env python3
"""Validate every *.gold.json in the set folder against SCHEMA.md's rules.

    python3 _tools/check.py [FOLDER]     # default: the folder above _tools
Prints one line per problem and a summary; writes its report to _tools/check_report.txt.
Exit 1 if any problem is found.
"""
import ast
import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCORE = Path("/work/shared/eval/score.py")

TOP = {"published", "meetings", "officials", "pledges"}
MEETING = {"date", "end_date", "country", "convened_by", "chairs", "participant_count", "part_of"}
OFFICIAL = {"name", "country", "position", "speaker"}
PLEDGE = {"donor", "amount", "currency", "announced_by"}
CURRENCIES = {"USD", "EUR", "GBP", "SAR", "KWD", "AED", "QAR", "JPY", "SEK", "NOK", "DKK",
              "CHF", "CAD", "AUD", "JOD", "EGP", "IQD", "BHD", "OMR", "TRY", "MAD", "CNY"}
# ISO 3166-1 alpha-2 codes this set may use (a deliberately explicit allow-list).
ISO2 = set("""AE AF AT AU BD BE BH BJ BR CA CD CF CH CM CN CY CZ DE DJ DK DZ EG ES ET FI FR GB GR IE
IN IQ IR IS IT JO JP KE KR KW LB LY MA ML MR MY NE NG NL NO NZ OM PK PL PS PT QA RU SA SD SE SN SO
SS SY TD TG TN TR UA US YE ZA""".split())
HONORIFICS = ("الشيخ", "السيد", "السيدة", "الدكتور", "الدكتورة", "د.", "معالي", "سمو", "فخامة",
              "الأمير", "الأميرة", "الملك", "السفير", "المهندس", "اللورد", "صاحب", "المستشار")


def org_keys():
    tree = ast.parse(SCORE.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "ORGS" for t in node.targets):
            return set(ast.literal_eval(node.value).keys())
    raise SystemExit("ORGS not found in score.py")


def iso_date(v):
    if v is None:
        return True
    if not isinstance(v, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        return False
    try:
        dt.date.fromisoformat(v)
    except ValueError:
        return False
    return True


def check_agent(v, orgs, nullable=True):
    if v is None:
        return nullable
    if not isinstance(v, str):
        return False
    if v.startswith("org:"):
        return v[4:] in orgs
    return v in ISO2


def check(path: Path, orgs) -> list[str]:
    errs = []
    e = errs.append
    try:
        g = json.loads(path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        return [f"{path.name}: not JSON ({exc})"]
    txt = path.with_name(path.name.replace(".gold.json", ".txt"))
    if not txt.exists():
        e(f"{path.name}: no matching .txt")
    text = txt.read_text(encoding="utf-8") if txt.exists() else ""
    if set(g) != TOP:
        e(f"{path.name}: top-level keys {sorted(g)}")
        return errs
    if not iso_date(g["published"]):
        e(f"{path.name}: published {g['published']!r}")
    for i, m in enumerate(g["meetings"]):
        w = f"{path.name}: meeting {i}"
        if set(m) != MEETING:
            e(f"{w}: keys {sorted(m)}")
            continue
        for k in ("date", "end_date"):
            if not iso_date(m[k]):
                e(f"{w}: {k} {m[k]!r}")
        if m["end_date"] and (not m["date"] or m["end_date"] < m["date"]):
            e(f"{w}: end_date before date")
        if m["country"] is not None and m["country"] not in ISO2:
            e(f"{w}: country {m['country']!r}")
        if not isinstance(m["chairs"], list) or len(set(m["chairs"])) != len(m["chairs"]):
            e(f"{w}: chairs not a list of distinct values")
        else:
            for c in m["chairs"]:
                if not check_agent(c, orgs, nullable=False):
                    e(f"{w}: chair {c!r}")
        pc = m["participant_count"]
        if pc is not None and (not isinstance(pc, int) or isinstance(pc, bool) or pc <= 0):
            e(f"{w}: participant_count {pc!r}")
        for k in ("convened_by", "part_of"):
            if m[k] is not None and not isinstance(m[k], str):
                e(f"{w}: {k} {m[k]!r}")
    names = set()
    for i, o in enumerate(g["officials"]):
        w = f"{path.name}: official {i}"
        if set(o) != OFFICIAL:
            e(f"{w}: keys {sorted(o)}")
            continue
        if not isinstance(o["name"], str) or not o["name"].strip():
            e(f"{w}: name {o['name']!r}")
            continue
        if o["name"].split()[0] in HONORIFICS:
            e(f"{w}: name starts with an honorific: {o['name']}")
        if o["name"] in names:
            e(f"{w}: duplicate name {o['name']}")
        names.add(o["name"])
        if text and o["name"] not in text:
            e(f"{w}: name not found verbatim in the text: {o['name']}")
        if not check_agent(o["country"], orgs):
            e(f"{w}: country {o['country']!r}")
        if o["position"] is not None and not isinstance(o["position"], str):
            e(f"{w}: position {o['position']!r}")
        if not isinstance(o["speaker"], bool):
            e(f"{w}: speaker {o['speaker']!r}")
    for i, p in enumerate(g["pledges"]):
        w = f"{path.name}: pledge {i}"
        if set(p) != PLEDGE:
            e(f"{w}: keys {sorted(p)}")
            continue
        if not check_agent(p["donor"], orgs, nullable=False):
            e(f"{w}: donor {p['donor']!r}")
        a = p["amount"]
        if isinstance(a, bool) or not isinstance(a, (int, float)) or a <= 0:
            e(f"{w}: amount {a!r}")
        if p["currency"] not in CURRENCIES:
            e(f"{w}: currency {p['currency']!r}")
        if p["announced_by"] is not None and p["announced_by"] not in names:
            e(f"{w}: announced_by {p['announced_by']!r} is not one of the officials")
    words = len(re.findall(r"\S+", text))
    if text and not 80 <= words <= 450:
        e(f"{txt.name}: {words} words (want 80-450)")
    return errs


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parent
    orgs = org_keys()
    golds = sorted(folder.glob("*.gold.json"))
    texts = sorted(folder.glob("*.txt"))
    errs = []
    if len(golds) != len(texts):
        errs.append(f"{len(golds)} gold files but {len(texts)} texts")
    stats = {"texts": len(texts), "meetings": 0, "chairs": 0, "officials": 0, "pledges": 0,
             "counts": 0}
    for gp in golds:
        errs += check(gp, orgs)
        g = json.loads(gp.read_text(encoding="utf-8"))
        stats["meetings"] += len(g.get("meetings", []))
        stats["chairs"] += sum(len(m.get("chairs", [])) for m in g.get("meetings", []))
        stats["counts"] += sum(m.get("participant_count") is not None for m in g.get("meetings", []))
        stats["officials"] += len(g.get("officials", []))
        stats["pledges"] += len(g.get("pledges", []))
    lines = errs + [f"{len(errs)} problems; " + ", ".join(f"{k} {v}" for k, v in stats.items())]
    report = "\n".join(lines) + "\n"
    (HERE / "check_report.txt").write_text(report, encoding="utf-8")
    print(report, end="")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
