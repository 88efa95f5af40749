#!/usr/bin/env python3
"""Validate every NAME.gold.json in the folder above against SCHEMA.md and score.py.

    python3 _tools/check.py [FOLDER]

Checks: file pairing and top-level layout; exact keys; ISO dates (end >= start);
ISO 3166-1 alpha-2 codes or org:KEY with KEY from score.py's ORGS; types; names
without honorifics and present in the text; announced_by among the officials;
ISO 4217 currencies; text length 80-450 words. Exit 1 on any error.
"""
import ast
import datetime as dt
import json
import re
import sys
from pathlib import Path

SCORE = Path("/work/shared/eval/score.py")
ISO2 = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ
BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE
EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR
HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS
LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL
NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI
SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY
UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
CURRENCIES = {"USD", "EUR", "GBP", "CHF", "JPY", "SAR", "QAR", "KWD", "AED", "BHD", "OMR", "JOD",
              "EGP", "NOK", "SEK", "DKK", "CAD", "AUD", "CNY", "TRY", "IQD", "MAD", "DZD", "TND"}
TOP = {"published", "meetings", "officials", "pledges"}
MEETING = {"date", "end_date", "country", "convened_by", "chairs", "participant_count", "part_of"}
OFFICIAL = {"name", "country", "position", "speaker"}
PLEDGE = {"donor", "amount", "currency", "announced_by"}


def load_score():
    tree = ast.parse(SCORE.read_text(encoding="utf-8"))
    orgs = honor = None
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            if node.targets[0].id == "ORGS":
                orgs = set(ast.literal_eval(node.value))
            if node.targets[0].id == "HONORIFICS":
                honor = set(ast.literal_eval(node.value))
    return orgs, honor


ORGS, HONORIFICS = load_score()
_DIAC = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")


def norm(text):
    text = _DIAC.sub("", str(text))
    text = re.sub("[أإآٱ]", "ا", text).replace("ى", "ي").replace("ة", "ه")
    text = re.sub(r"[^\w\s]", " ", text.lower())
    return " ".join(text.split())


def agent_ok(value, allow_none):
    if value is None:
        return allow_none
    if isinstance(value, str) and value.startswith("org:"):
        return value[4:] in ORGS
    return value in ISO2


def date_ok(value, allow_none=True):
    if value is None:
        return allow_none
    try:
        d = dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return 2010 <= d.year <= 2026 and value == d.isoformat()


def check(name, gold, text, err):
    def bad(msg):
        err.append(f"{name}: {msg}")

    if set(gold) != TOP:
        bad(f"top keys {sorted(gold)}")
        return
    if not date_ok(gold["published"]):
        bad(f"published {gold['published']!r}")
    ntext = f" {norm(text)} "
    if not gold["meetings"]:
        bad("no meeting")
    for i, m in enumerate(gold["meetings"]):
        if set(m) != MEETING:
            bad(f"meeting {i} keys {sorted(m)}")
            continue
        if not date_ok(m["date"]) or not date_ok(m["end_date"]):
            bad(f"meeting {i} dates {m['date']!r} {m['end_date']!r}")
        elif m["end_date"] and (m["date"] is None or m["end_date"] < m["date"]):
            bad(f"meeting {i} end_date before date")
        if m["country"] is not None and m["country"] not in ISO2:
            bad(f"meeting {i} country {m['country']!r}")
        if not isinstance(m["chairs"], list) or not all(agent_ok(c, False) for c in m["chairs"]):
            bad(f"meeting {i} chairs {m['chairs']!r}")
        elif len(set(m["chairs"])) != len(m["chairs"]):
            bad(f"meeting {i} duplicate chairs")
        pc = m["participant_count"]
        if pc is not None and (not isinstance(pc, int) or isinstance(pc, bool) or pc <= 0):
            bad(f"meeting {i} participant_count {pc!r}")
        for k in ("convened_by", "part_of"):
            if m[k] is not None and not isinstance(m[k], str):
                bad(f"meeting {i} {k} {m[k]!r}")
    names = []
    for o in gold["officials"]:
        if set(o) != OFFICIAL:
            bad(f"official keys {sorted(o)}")
            continue
        if not isinstance(o["name"], str) or not o["name"].strip():
            bad(f"official name {o['name']!r}")
            continue
        names.append(o["name"])
        first = norm(o["name"]).split()[0]
        if first in HONORIFICS:
            bad(f"honorific in name {o['name']}")
        if f" {norm(o['name'])} " not in ntext:
            bad(f"name not in text: {o['name']}")
        if not agent_ok(o["country"], True):
            bad(f"official country {o['country']!r}")
        if not isinstance(o["speaker"], bool):
            bad(f"speaker {o['speaker']!r}")
        if o["position"] is not None and not isinstance(o["position"], str):
            bad(f"position {o['position']!r}")
    if len(set(names)) != len(names):
        bad("duplicate official")
    for p in gold["pledges"]:
        if set(p) != PLEDGE:
            bad(f"pledge keys {sorted(p)}")
            continue
        if not agent_ok(p["donor"], False):
            bad(f"donor {p['donor']!r}")
        if not isinstance(p["amount"], (int, float)) or isinstance(p["amount"], bool) or p["amount"] <= 0:
            bad(f"amount {p['amount']!r}")
        if p["currency"] not in CURRENCIES:
            bad(f"currency {p['currency']!r}")
        if p["announced_by"] is not None and p["announced_by"] not in names:
            bad(f"announced_by not an official: {p['announced_by']}")
    words = len(text.split())
    if not 80 <= words <= 450:
        bad(f"{words} words")


def main():
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent
    err = []
    for p in folder.iterdir():
        if p.name.startswith(".") or p.name == "_tools":
            continue
        if not (p.name.endswith(".txt") or p.name.endswith(".gold.json") or p.name == "README.md"):
            err.append(f"unexpected top-level entry {p.name}")
    txts = sorted(folder.glob("*.txt"))
    golds = sorted(folder.glob("*.gold.json"))
    stems = {t.stem for t in txts}
    gstems = {g.name[:-len(".gold.json")] for g in golds}
    for s in sorted(stems ^ gstems):
        err.append(f"unpaired {s}")
    pat = re.compile(r"^p\d\d_[a-z0-9]+_[a-z0-9]+$")
    totals = dict(texts=0, meetings=0, chairs=0, officials=0, speakers=0, pledges=0, counts=0)
    for g in golds:
        name = g.name[:-len(".gold.json")]
        if not pat.match(name):
            err.append(f"bad file name {name}")
        try:
            gold = json.loads(g.read_text(encoding="utf-8"))
        except json.JSONDecodeError as e:
            err.append(f"{name}: invalid JSON {e}")
            continue
        txt = folder / f"{name}.txt"
        text = txt.read_text(encoding="utf-8") if txt.exists() else ""
        check(name, gold, text, err)
        totals["texts"] += 1
        totals["meetings"] += len(gold.get("meetings", []))
        totals["chairs"] += sum(len(m.get("chairs", [])) for m in gold.get("meetings", []))
        totals["counts"] += sum(m.get("participant_count") is not None for m in gold.get("meetings", []))
        totals["officials"] += len(gold.get("officials", []))
        totals["speakers"] += sum(bool(o.get("speaker")) for o in gold.get("officials", []))
        totals["pledges"] += len(gold.get("pledges", []))
    for e in err:
        print("ERROR", e)
    print(" ".join(f"{k}={v}" for k, v in totals.items()))
    print("OK" if not err else f"{len(err)} error(s)")
    return 1 if err else 0


if __name__ == "__main__":
    sys.exit(main())
