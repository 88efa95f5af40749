#!/usr/bin/env python3
"""Validate every NAME.gold.json in the set against SCHEMA.md rules and its NAME.txt.

    python _tools/check.py [FOLDER]     # default: the folder above _tools

Checks keys and types, ISO 3166-1 alpha-2 codes, org:KEY against ORGS in
/work/shared/eval/score.py (read with ast, not imported), ISO dates, ISO 4217
currencies, honorific-free names that occur in the text, announced_by pointing at
a listed official, file names, word counts and stray top-level files.
Exit status 1 on any error.
"""
from __future__ import annotations

import ast
import datetime as dt
import json
import re
import sys
from pathlib import Path

SCORE = Path("/work/shared/eval/score.py")
ISO2 = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM
BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK
DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT
GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW
KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV
MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA
RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ
TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
assert len(ISO2) == 249, len(ISO2)
CURRENCIES = set("""USD EUR GBP NOK SEK DKK CHF JPY CNY CAD AUD NZD SAR KWD QAR AED BHD OMR JOD
EGP IQD LBP TRY RUB INR KRW""".split())
TOP_KEYS = {"published", "meetings", "officials", "pledges"}
MEETING_KEYS = {"date", "end_date", "country", "convened_by", "chairs", "participant_count", "part_of"}
OFFICIAL_KEYS = {"name", "country", "position", "speaker"}
PLEDGE_KEYS = {"donor", "amount", "currency", "announced_by"}
NAME_RE = re.compile(r"^n\d\d_[a-z]+_[a-z]+\d{4}$")
EXTRA_HONORIFICS = {"الاستاذ", "صاحب", "السمو", "حضره", "سعاده"}


def score_constants():
    tree = ast.parse(SCORE.read_text(encoding="utf-8"))
    orgs, hon = None, None
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            if node.targets[0].id == "ORGS":
                orgs = ast.literal_eval(node.value)
            elif node.targets[0].id == "HONORIFICS":
                hon = ast.literal_eval(node.value)
    return set(orgs), set(hon)


ORG_KEYS, HONORIFICS = score_constants()
_DIAC = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")


def norm(text: str) -> str:  # same normalisation as score.py
    text = _DIAC.sub("", str(text))
    text = re.sub("[أإآٱ]", "ا", text).replace("ى", "ي").replace("ة", "ه")
    text = re.sub(r"[^\w\s]", " ", text.lower())
    return " ".join(text.split())


def is_date(v) -> bool:
    if not isinstance(v, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        return False
    try:
        dt.date.fromisoformat(v)
        return True
    except ValueError:
        return False


def agent_ok(v) -> bool:
    return v in ISO2 or (isinstance(v, str) and v.startswith("org:") and v[4:] in ORG_KEYS)


def check_one(gold_path: Path, errors: list[str]) -> dict:
    name = gold_path.name.removesuffix(".gold.json")
    err = lambda msg: errors.append(f"{name}: {msg}")
    txt_path = gold_path.with_name(name + ".txt")
    if not NAME_RE.match(name):
        err("file name does not follow n01_<form>_<event>")
    if not txt_path.exists():
        err("no .txt beside the gold file")
        return {}
    text = txt_path.read_text(encoding="utf-8")
    ntext = f" {norm(text)} "
    words = len(text.split())
    if not 120 <= words <= 450:
        err(f"text has {words} words (wanted 120-450)")
    try:
        g = json.loads(gold_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        err(f"bad JSON: {e}")
        return {}
    if set(g) != TOP_KEYS:
        err(f"top-level keys {sorted(g)}")
        return {}
    pub = g["published"]
    if pub is not None and not is_date(pub):
        err(f"published {pub!r} is not an ISO date")
    if not isinstance(g["meetings"], list) or not g["meetings"]:
        err("meetings must be a non-empty list (the reported meeting is always listed)")
    for i, m in enumerate(g["meetings"]):
        if set(m) != MEETING_KEYS:
            err(f"meeting {i} keys {sorted(m)}")
            continue
        for k in ("date", "end_date"):
            if m[k] is not None and not is_date(m[k]):
                err(f"meeting {i} {k} {m[k]!r} is not an ISO date")
        if m["end_date"] and m["date"] and m["end_date"] < m["date"]:
            err(f"meeting {i} ends before it starts")
        if m["end_date"] and not m["date"]:
            err(f"meeting {i} has end_date without date")
        if m["date"] and pub and abs((dt.date.fromisoformat(m["date"]) - dt.date.fromisoformat(pub)).days) > 400:
            err(f"meeting {i} date {m['date']} far from published {pub}")
        if m["country"] is not None and m["country"] not in ISO2:
            err(f"meeting {i} country {m['country']!r} is not ISO alpha-2")
        if not isinstance(m["chairs"], list) or len(set(m["chairs"])) != len(m["chairs"]):
            err(f"meeting {i} chairs must be a list without repeats")
        for c in m["chairs"]:
            if not agent_ok(c):
                err(f"meeting {i} chair {c!r} is neither ISO nor a known org:KEY")
        pc = m["participant_count"]
        if pc is not None and (not isinstance(pc, int) or isinstance(pc, bool) or pc <= 0):
            err(f"meeting {i} participant_count {pc!r}")
        for k in ("convened_by", "part_of"):
            if m[k] is not None and (not isinstance(m[k], str) or not m[k].isascii()):
                err(f"meeting {i} {k} should be null or an English name")
    names = []
    for i, o in enumerate(g["officials"]):
        if set(o) != OFFICIAL_KEYS:
            err(f"official {i} keys {sorted(o)}")
            continue
        if not isinstance(o["name"], str) or not o["name"].strip():
            err(f"official {i} has no name")
            continue
        toks = norm(o["name"]).split()
        bad = [t for t in toks if t in HONORIFICS or t in EXTRA_HONORIFICS]
        if bad:
            err(f"official {o['name']} carries honorifics {bad}")
        missing = [t for t in toks if not any(f" {pre}{t} " in ntext for pre in ("", "و", "ل", "ب", "ف"))]
        if missing:
            err(f"official {o['name']}: tokens {missing} not in the text")
        if o["country"] is not None and not agent_ok(o["country"]):
            err(f"official {o['name']} country {o['country']!r}")
        if o["position"] is not None and not isinstance(o["position"], str):
            err(f"official {o['name']} position must be a string or null")
        if not isinstance(o["speaker"], bool):
            err(f"official {o['name']} speaker must be true/false")
        names.append(o["name"])
    if len(set(names)) != len(names):
        err("an official is listed twice")
    for i, p in enumerate(g["pledges"]):
        if set(p) != PLEDGE_KEYS:
            err(f"pledge {i} keys {sorted(p)}")
            continue
        if not agent_ok(p["donor"]):
            err(f"pledge {i} donor {p['donor']!r}")
        a = p["amount"]
        if isinstance(a, bool) or not isinstance(a, (int, float)) or a <= 0:
            err(f"pledge {i} amount {a!r}")
        if p["currency"] not in CURRENCIES:
            err(f"pledge {i} currency {p['currency']!r} not in the ISO 4217 list used here")
        if p["announced_by"] is not None and p["announced_by"] not in names:
            err(f"pledge {i} announced_by {p['announced_by']!r} is not a listed official")
    return g


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent
    errors: list[str] = []
    golds = sorted(folder.glob("*.gold.json"))
    for f in folder.iterdir():
        if f.is_dir():
            if f.name != "_tools":
                errors.append(f"stray folder at top level: {f.name}")
        elif not (f.name.endswith(".gold.json") or f.name.endswith(".txt") or f.name == "README.md"):
            errors.append(f"stray file at top level: {f.name}")
        elif f.name.endswith(".txt") and not f.with_name(f.name[:-4] + ".gold.json").exists():
            errors.append(f"{f.name} has no gold file")
    counts = dict(texts=0, meetings=0, chairs=0, officials=0, speakers=0, pledges=0, counts=0, dated=0)
    for gp in golds:
        g = check_one(gp, errors)
        if not g:
            continue
        counts["texts"] += 1
        counts["dated"] += g.get("published") is not None
        counts["meetings"] += len(g["meetings"])
        counts["chairs"] += sum(len(m["chairs"]) for m in g["meetings"])
        counts["counts"] += sum(m["participant_count"] is not None for m in g["meetings"])
        counts["officials"] += len(g["officials"])
        counts["speakers"] += sum(o["speaker"] for o in g["officials"])
        counts["pledges"] += len(g["pledges"])
    for e in errors:
        print("ERROR", e)
    print(" ".join(f"{k}={v}" for k, v in counts.items()))
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
