#!/usr/bin/env python3
"""Validate every NAME.gold.json (and its NAME.txt) in the folder above this one.

    python _tools/check.py

Checks: file pairs and top-level contents; gold keys and types; ISO dates; ISO 3166-1
alpha-2 codes; org:KEY against ORGS in /work/shared/eval/score.py (read, never changed);
ISO 4217 currencies; names without honorifics and present in the text; announced_by
among the officials; weekdays named as 'اليوم <day>' agree with the published date;
text length 80-450 words. Exit 1 on any problem.
"""
import ast
import datetime as dt
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCORE = Path("/work/shared/eval/score.py")

ISO2 = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO
BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO
DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW
GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ
LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX
MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO
RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL
TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
CURRENCIES = {"USD", "EUR", "GBP", "SAR", "KWD", "AED", "QAR", "BHD", "JPY", "CHF", "SEK", "NOK",
              "DKK", "CAD", "AUD", "CNY", "TRY", "EGP", "JOD", "IQD", "MAD"}
TOP = {"published", "meetings", "officials", "pledges"}
MEETING = {"date", "end_date", "country", "convened_by", "chairs", "participant_count", "part_of"}
OFFICIAL = {"name", "country", "position", "speaker"}
PLEDGE = {"donor", "amount", "currency", "announced_by"}
WEEKDAYS = {"الاثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4, "السبت": 5,
            "الأحد": 6}


def score_module():
    """ORGS, norm and HONORIFICS from score.py, without importing it (it needs rdflib)."""
    tree = ast.parse(SCORE.read_text(encoding="utf-8"))
    ns = {"re": re}
    keep = [n for n in tree.body if (isinstance(n, ast.Assign) and any(
        getattr(t, "id", "") in {"ORGS", "HONORIFICS", "_DIACRITICS", "_PUNCT"} for t in n.targets))
        or (isinstance(n, ast.FunctionDef) and n.name in {"norm", "name_tokens"})]
    exec(compile(ast.Module(body=keep, type_ignores=[]), str(SCORE), "exec"), ns)
    return ns


S = score_module()
ORG_KEYS = set(S["ORGS"])


def is_date(v):
    if not isinstance(v, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        return False
    try:
        dt.date.fromisoformat(v)
        return True
    except ValueError:
        return False


def agent_ok(v, allow_null=True):
    if v is None:
        return allow_null
    if isinstance(v, str) and v.startswith("org:"):
        return v[4:] in ORG_KEYS
    return isinstance(v, str) and v in ISO2


def check(name, gold, text, errs):
    def err(msg):
        errs.append(f"{name}: {msg}")

    if set(gold) != TOP:
        err(f"top-level keys {sorted(gold)}")
        return
    pub = gold["published"]
    if pub is not None and not is_date(pub):
        err(f"published {pub!r}")
    ntext = S["norm"](text)
    tokens = set(ntext.split())
    for i, m in enumerate(gold["meetings"]):
        if set(m) != MEETING:
            err(f"meeting {i} keys {sorted(m)}")
            continue
        for k in ("date", "end_date"):
            if m[k] is not None and not is_date(m[k]):
                err(f"meeting {i} {k} {m[k]!r}")
        if m["end_date"] and (not m["date"] or m["end_date"] < m["date"]):
            err(f"meeting {i} end_date before date")
        if not agent_ok(m["country"]) or (m["country"] or "").startswith("org:"):
            err(f"meeting {i} country {m['country']!r}")
        if not isinstance(m["chairs"], list) or not all(agent_ok(c, False) for c in m["chairs"]):
            err(f"meeting {i} chairs {m['chairs']!r}")
        elif len(set(m["chairs"])) != len(m["chairs"]):
            err(f"meeting {i} duplicate chairs")
        pc = m["participant_count"]
        if pc is not None and (not isinstance(pc, int) or isinstance(pc, bool) or pc <= 0):
            err(f"meeting {i} participant_count {pc!r}")
        if pc is not None and str(pc) not in text:
            err(f"meeting {i} participant_count {pc} not written in digits in the text")
        for k in ("convened_by", "part_of"):
            if m[k] is not None and not (isinstance(m[k], str) and m[k].strip()):
                err(f"meeting {i} {k} {m[k]!r}")
    names = []
    for i, o in enumerate(gold["officials"]):
        if set(o) != OFFICIAL:
            err(f"official {i} keys {sorted(o)}")
            continue
        if not isinstance(o["name"], str) or not o["name"].strip():
            err(f"official {i} name")
            continue
        first = S["norm"](o["name"]).split()[0]
        if first in S["HONORIFICS"]:
            err(f"official {o['name']} starts with an honorific")
        missing = [t for t in S["norm"](o["name"]).split() if t not in tokens]
        if missing:
            err(f"official {o['name']}: tokens not in text {missing}")
        if not agent_ok(o["country"]):
            err(f"official {o['name']} country {o['country']!r}")
        if o["position"] is not None and not isinstance(o["position"], str):
            err(f"official {o['name']} position")
        if not isinstance(o["speaker"], bool):
            err(f"official {o['name']} speaker not bool")
        names.append(o["name"])
    if len(set(names)) != len(names):
        err("duplicate officials")
    for i, p in enumerate(gold["pledges"]):
        if set(p) != PLEDGE:
            err(f"pledge {i} keys {sorted(p)}")
            continue
        if not agent_ok(p["donor"]):
            err(f"pledge {i} donor {p['donor']!r}")
        a = p["amount"]
        if not isinstance(a, (int, float)) or isinstance(a, bool) or a <= 0:
            err(f"pledge {i} amount {a!r}")
        if p["currency"] not in CURRENCIES:
            err(f"pledge {i} currency {p['currency']!r}")
        if p["announced_by"] is not None and p["announced_by"] not in names:
            err(f"pledge {i} announced_by {p['announced_by']!r} not among officials")
    # weekday named as 'اليوم <day>' must agree with the published date
    if pub:
        for day, wd in WEEKDAYS.items():
            if re.search(r"اليوم\s*(?:\(\s*)?" + day, text) and dt.date.fromisoformat(pub).weekday() != wd:
                err(f"'اليوم {day}' but published {pub} is weekday {dt.date.fromisoformat(pub).weekday()}")
    words = len(re.findall(r"\S+", text))
    if not 80 <= words <= 450:
        err(f"{words} words (want 80-450)")


def main():
    errs, counts = [], {"texts": 0, "meetings": 0, "chairs": 0, "officials": 0, "pledges": 0,
                        "counts": 0}
    for f in sorted(ROOT.iterdir()):
        if f.name in {"README.md", "_tools"} or f.name.endswith((".txt", ".gold.json")):
            continue
        errs.append(f"unexpected top-level entry {f.name}")
    golds = sorted(ROOT.glob("*.gold.json"))
    txts = sorted(ROOT.glob("*.txt"))
    if {g.name[:-10] for g in golds} != {t.name[:-4] for t in txts}:
        errs.append("txt and gold.json files do not pair up")
    for g in golds:
        name = g.name[:-10]
        if not re.fullmatch(r"s\d{2}_[a-z0-9-]+_[a-z0-9-]+", name):
            errs.append(f"{name}: file name not s00_kind_event")
        try:
            gold = json.loads(g.read_text(encoding="utf-8"))
        except json.JSONDecodeError as e:
            errs.append(f"{name}: bad JSON {e}")
            continue
        text = (ROOT / f"{name}.txt").read_text(encoding="utf-8")
        check(name, gold, text, errs)
        counts["texts"] += 1
        counts["meetings"] += len(gold.get("meetings", []))
        counts["chairs"] += sum(len(m.get("chairs", [])) for m in gold.get("meetings", []))
        counts["counts"] += sum(m.get("participant_count") is not None for m in gold.get("meetings", []))
        counts["officials"] += len(gold.get("officials", []))
        counts["pledges"] += len(gold.get("pledges", []))
    for e in errs:
        print("ERROR", e)
    print(", ".join(f"{k} {v}" for k, v in counts.items()))
    print("OK" if not errs else f"{len(errs)} problem(s)")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
