#!/usr/bin/env python3
"""Validate every gold file of the set against SCHEMA.md's field rules.

    python3 _tools/check.py [FOLDER]

Checks keys and types, ISO dates, ISO 3166-1 alpha-2 codes, org:KEY against score.py's ORGS,
ISO 4217 currencies, names free of honorifics and present in the text, text length 80-450 words,
and that the folder's top level holds only texts, gold files and README.md. Exit 1 on any error.
"""
import ast
import datetime as dt
import json
import re
import sys
from pathlib import Path

SCORE = Path("/work/shared/eval/score.py")

ISO2 = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV
BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES
ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE
IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY
MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU
NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM
SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE
VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
CURRENCIES = {"USD", "EUR", "GBP", "SAR", "KWD", "AED", "QAR", "JPY", "SEK", "NOK", "DKK", "CHF",
              "CAD", "AUD", "EGP", "JOD", "BHD", "OMR", "MAD", "TND", "CNY", "TRY", "IQD"}
TOP = {"published", "meetings", "officials", "pledges"}
MEETING = {"date", "end_date", "country", "convened_by", "chairs", "participant_count", "part_of"}
OFFICIAL = {"name", "country", "position", "speaker"}
PLEDGE = {"donor", "amount", "currency", "announced_by"}


def score_constants():
    tree = ast.parse(SCORE.read_text(encoding="utf-8"))
    orgs, hon = None, None
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            if node.targets[0].id == "ORGS":
                orgs = set(ast.literal_eval(node.value).keys())
            elif node.targets[0].id == "HONORIFICS":
                hon = set(ast.literal_eval(node.value))
    return orgs, hon


ORGS, HONORIFICS = score_constants()
_DIAC = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")


def norm(t):
    t = _DIAC.sub("", str(t))
    t = re.sub("[أإآٱ]", "ا", t).replace("ى", "ي").replace("ة", "ه")
    t = re.sub(r"[^\w\s]", " ", t.lower())
    return " ".join(t.split())


def is_date(v):
    if not isinstance(v, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        return False
    try:
        dt.date.fromisoformat(v)
    except ValueError:
        return False
    return True


def is_agent(v):
    return isinstance(v, str) and (v in ISO2 or (v.startswith("org:") and v[4:] in ORGS))


def check_file(gold_path, errors):
    name = gold_path.name.removesuffix(".gold.json")
    txt = gold_path.with_name(name + ".txt")
    err = lambda msg: errors.append(f"{name}: {msg}")  # noqa: E731
    if not txt.exists():
        err("no .txt beside the gold file")
        return None
    text = txt.read_text(encoding="utf-8")
    ntext = norm(text)
    words = len(text.split())
    if not 80 <= words <= 450:
        err(f"text has {words} words (80-450 wanted)")
    try:
        g = json.loads(gold_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        err(f"bad JSON: {e}")
        return None
    if set(g) != TOP:
        err(f"top-level keys {sorted(g)}")
        return None
    if g["published"] is not None and not is_date(g["published"]):
        err(f"published {g['published']!r} is not an ISO date")
    if not g["meetings"]:
        err("no meeting")
    for i, m in enumerate(g["meetings"]):
        if set(m) != MEETING:
            err(f"meeting {i} keys {sorted(m)}")
            continue
        for k in ("date", "end_date"):
            if m[k] is not None and not is_date(m[k]):
                err(f"meeting {i} {k} {m[k]!r}")
        if m["end_date"] and not m["date"]:
            err(f"meeting {i} has end_date without date")
        if m["end_date"] and m["date"] and m["end_date"] <= m["date"]:
            err(f"meeting {i} end_date not after date")
        if m["date"] and not "2022-01-01" <= m["date"] <= "2025-12-31":
            err(f"meeting {i} date {m['date']} outside 2022-2025")
        if m["country"] is not None and m["country"] not in ISO2:
            err(f"meeting {i} country {m['country']!r}")
        if not isinstance(m["chairs"], list) or not all(is_agent(c) for c in m["chairs"]):
            err(f"meeting {i} chairs {m['chairs']!r}")
        elif len(set(m["chairs"])) != len(m["chairs"]):
            err(f"meeting {i} duplicate chairs")
        pc = m["participant_count"]
        if pc is not None and not (isinstance(pc, int) and not isinstance(pc, bool) and pc > 0):
            err(f"meeting {i} participant_count {pc!r}")
        for k in ("convened_by", "part_of"):
            if m[k] is not None and not (isinstance(m[k], str) and m[k].isascii()):
                err(f"meeting {i} {k} must be English text or null")
    names = []
    for i, o in enumerate(g["officials"]):
        if set(o) != OFFICIAL:
            err(f"official {i} keys {sorted(o)}")
            continue
        if not isinstance(o["name"], str) or not o["name"].strip():
            err(f"official {i} empty name")
            continue
        names.append(o["name"])
        toks = norm(o["name"]).split()
        bad = [t for t in toks if t in HONORIFICS]
        if bad:
            err(f"official {o['name']} carries honorific {bad}")
        if norm(o["name"]) not in ntext:
            err(f"official name {o['name']!r} not found in the text")
        if o["country"] is not None and not is_agent(o["country"]):
            err(f"official {o['name']} country {o['country']!r}")
        if not isinstance(o["speaker"], bool):
            err(f"official {o['name']} speaker not a bool")
        if o["position"] is not None and not isinstance(o["position"], str):
            err(f"official {o['name']} position not a string")
    if len(set(map(norm, names))) != len(names):
        err("an official is listed twice")
    for i, p in enumerate(g["pledges"]):
        if set(p) != PLEDGE:
            err(f"pledge {i} keys {sorted(p)}")
            continue
        if p["donor"] is not None and not is_agent(p["donor"]):
            err(f"pledge {i} donor {p['donor']!r}")
        a = p["amount"]
        if isinstance(a, bool) or not isinstance(a, (int, float)) or a <= 0:
            err(f"pledge {i} amount {a!r}")
        if p["currency"] not in CURRENCIES:
            err(f"pledge {i} currency {p['currency']!r}")
        if p["announced_by"] is not None and p["announced_by"] not in names:
            err(f"pledge {i} announced_by {p['announced_by']!r} is not a listed official")
    return g


def main():
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent
    errors = []
    allowed = re.compile(r"^(y\d\d_[a-z0-9-]+_[a-z0-9-]+\.(txt|gold\.json)|README\.md|_tools)$")
    for p in folder.iterdir():
        if not allowed.match(p.name):
            errors.append(f"unexpected top-level entry {p.name}")
    golds = sorted(folder.glob("*.gold.json"))
    for t in sorted(folder.glob("*.txt")):
        if not t.with_name(t.name[:-4] + ".gold.json").exists():
            errors.append(f"{t.name}: no gold file")
    totals = {"texts": 0, "meetings": 0, "chairs": 0, "officials": 0, "pledges": 0, "counts": 0,
              "published": 0}
    for gp in golds:
        g = check_file(gp, errors)
        if g is None:
            continue
        totals["texts"] += 1
        totals["published"] += g["published"] is not None
        totals["meetings"] += len(g["meetings"])
        totals["chairs"] += sum(len(m.get("chairs", [])) for m in g["meetings"])
        totals["counts"] += sum(m.get("participant_count") is not None for m in g["meetings"])
        totals["officials"] += len(g["officials"])
        totals["pledges"] += len(g["pledges"])
    for e in errors:
        print("ERROR", e)
    print(" ".join(f"{k}={v}" for k, v in totals.items()))
    print(f"{len(golds)} gold files checked, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
