#!/usr/bin/env python3
"""Validates every NAME.gold.json in the folder above against SCHEMA.md and the texts.

    python3 _tools/check.py            # prints problems and a summary; exit 1 on any error

Checks: exact key sets and types; ISO dates (and end_date >= date); ISO 3166-1 alpha-2 codes or
org:KEY with KEY in score.py's ORGS (read with ast, no rdflib needed); ISO 4217 currencies; positive
amounts; names without honorifics (score.py's list) whose words occur in the text; announced_by
matching a listed official; chairs without duplicates; a .txt beside each gold and 80-450 words;
only .txt, .gold.json and README.md at the top level.
"""
from __future__ import annotations

import ast
import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SCORE = Path("/work/shared/eval/score.py")

ISO2 = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT
BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER
ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID
IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV
LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR
NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL
SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC
VE VG VI VN VU WF WS YE YT ZA ZM ZW
""".split())

ISO4217 = set("""
AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD
CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD
GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT
LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR
NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP
STN SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF
YER ZAR ZMW ZWL
""".split())

TOP_KEYS = {"published", "meetings", "officials", "pledges"}
MEETING_KEYS = {"date", "end_date", "country", "convened_by", "chairs", "participant_count", "part_of"}
OFFICIAL_KEYS = {"name", "country", "position", "speaker"}
PLEDGE_KEYS = {"donor", "amount", "currency", "announced_by"}


def load_score_constants() -> tuple[set[str], set[str]]:
    tree = ast.parse(SCORE.read_text(encoding="utf-8"))
    orgs, honorifics = None, None
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            if node.targets[0].id == "ORGS":
                orgs = set(ast.literal_eval(node.value).keys())
            elif node.targets[0].id == "HONORIFICS":
                honorifics = set(ast.literal_eval(node.value))
    assert orgs and honorifics, "could not read ORGS/HONORIFICS from score.py"
    return orgs, honorifics


ORG_KEYS, HONORIFICS = load_score_constants()
_DIAC = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")


def norm(text: str) -> str:
    """The same normalisation as score.py."""
    text = _DIAC.sub("", str(text))
    text = re.sub("[أإآٱ]", "ا", text).replace("ى", "ي").replace("ة", "ه")
    text = re.sub(r"[^\w\s]", " ", text.lower(), flags=re.UNICODE)
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
    if not isinstance(v, str):
        return False
    if v.startswith("org:"):
        return v[4:] in ORG_KEYS
    return v in ISO2


class Report:
    def __init__(self):
        self.errors: list[str] = []

    def err(self, where: str, msg: str):
        self.errors.append(f"{where}: {msg}")


def check_meeting(r: Report, where: str, m) -> None:
    if not isinstance(m, dict) or set(m) != MEETING_KEYS:
        r.err(where, f"meeting keys {sorted(m) if isinstance(m, dict) else type(m)} != {sorted(MEETING_KEYS)}")
        return
    if m["date"] is not None and not is_date(m["date"]):
        r.err(where, f"bad date {m['date']!r}")
    if m["end_date"] is not None:
        if not is_date(m["end_date"]):
            r.err(where, f"bad end_date {m['end_date']!r}")
        elif m["date"] and m["end_date"] < m["date"]:
            r.err(where, "end_date before date")
    if m["country"] is not None and m["country"] not in ISO2:
        r.err(where, f"country {m['country']!r} is not ISO 3166-1 alpha-2")
    if not isinstance(m["chairs"], list):
        r.err(where, "chairs is not a list")
    else:
        for c in m["chairs"]:
            if not agent_ok(c):
                r.err(where, f"chair {c!r} is neither ISO alpha-2 nor org:KEY of ORGS")
        if len(set(m["chairs"])) != len(m["chairs"]):
            r.err(where, "duplicate chairs")
    pc = m["participant_count"]
    if pc is not None and (not isinstance(pc, int) or isinstance(pc, bool) or pc <= 0):
        r.err(where, f"participant_count {pc!r} is not a positive int")
    for k in ("convened_by", "part_of"):
        if m[k] is not None and not (isinstance(m[k], str) and m[k].strip()):
            r.err(where, f"{k} must be a non-empty string or null")


def check_official(r: Report, where: str, o, text_norm: str) -> None:
    if not isinstance(o, dict) or set(o) != OFFICIAL_KEYS:
        r.err(where, f"official keys {sorted(o) if isinstance(o, dict) else type(o)} != {sorted(OFFICIAL_KEYS)}")
        return
    if not isinstance(o["name"], str) or not o["name"].strip():
        r.err(where, "empty name")
        return
    toks = norm(o["name"]).split()
    if toks and toks[0] in HONORIFICS:
        r.err(where, f"name {o['name']!r} starts with an honorific")
    missing = [t for t in toks if t not in text_norm.split()]
    if missing:
        r.err(where, f"name words {missing} of {o['name']!r} not in the text")
    if o["country"] is not None and not agent_ok(o["country"]):
        r.err(where, f"official country {o['country']!r} invalid")
    if o["position"] is not None and not (isinstance(o["position"], str) and o["position"].strip()):
        r.err(where, "position must be a non-empty string or null")
    if not isinstance(o["speaker"], bool):
        r.err(where, "speaker must be a bool")


def check_pledge(r: Report, where: str, p, official_names: set[str]) -> None:
    if not isinstance(p, dict) or set(p) != PLEDGE_KEYS:
        r.err(where, f"pledge keys {sorted(p) if isinstance(p, dict) else type(p)} != {sorted(PLEDGE_KEYS)}")
        return
    if not agent_ok(p["donor"]):
        r.err(where, f"donor {p['donor']!r} invalid (a pledge needs a known donor)")
    a = p["amount"]
    if isinstance(a, bool) or not isinstance(a, (int, float)) or a <= 0:
        r.err(where, f"amount {a!r} is not a positive number")
    if p["currency"] not in ISO4217:
        r.err(where, f"currency {p['currency']!r} is not ISO 4217")
    if p["announced_by"] is not None and p["announced_by"] not in official_names:
        r.err(where, f"announced_by {p['announced_by']!r} is not one of the listed officials")


def check_file(r: Report, gold_path: Path) -> dict:
    name = gold_path.name.removesuffix(".gold.json")
    txt = gold_path.with_name(name + ".txt")
    stats = {"meetings": 0, "chairs": 0, "officials": 0, "pledges": 0, "counts": 0, "words": 0}
    if not txt.exists():
        r.err(name, "no .txt beside the gold file")
        return stats
    text = txt.read_text(encoding="utf-8")
    stats["words"] = len(text.split())
    if not 80 <= stats["words"] <= 450:
        r.err(name, f"text has {stats['words']} words (want 80-450)")
    try:
        g = json.loads(gold_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        r.err(name, f"invalid JSON: {e}")
        return stats
    if not isinstance(g, dict) or set(g) != TOP_KEYS:
        r.err(name, f"top-level keys {sorted(g) if isinstance(g, dict) else type(g)} != {sorted(TOP_KEYS)}")
        return stats
    if g["published"] is not None and not is_date(g["published"]):
        r.err(name, f"bad published {g['published']!r}")
    for key in ("meetings", "officials", "pledges"):
        if not isinstance(g[key], list):
            r.err(name, f"{key} is not a list")
            return stats
    if not g["meetings"]:
        r.err(name, "no meeting listed (every text here reports one)")
    seen = set()
    for i, m in enumerate(g["meetings"]):
        check_meeting(r, f"{name} meetings[{i}]", m)
        if isinstance(m, dict):
            k = (m.get("date"), m.get("country"))
            if k in seen:
                r.err(name, f"two meetings share date/country {k}")
            seen.add(k)
            stats["chairs"] += len(m.get("chairs") or [])
            stats["counts"] += m.get("participant_count") is not None
            if g["published"] and m.get("date") and m["date"] > g["published"]:
                # allowed only for announced future meetings; flag for a look
                print(f"note: {name} meeting {m['date']} is after published {g['published']}")
    text_norm = norm(text)
    names = set()
    for i, o in enumerate(g["officials"]):
        check_official(r, f"{name} officials[{i}]", o, text_norm)
        if isinstance(o, dict):
            if o.get("name") in names:
                r.err(name, f"official {o.get('name')!r} listed twice")
            names.add(o.get("name"))
    for i, p in enumerate(g["pledges"]):
        check_pledge(r, f"{name} pledges[{i}]", p, names)
    stats["meetings"] = len(g["meetings"])
    stats["officials"] = len(g["officials"])
    stats["pledges"] = len(g["pledges"])
    return stats


def main() -> int:
    r = Report()
    for f in sorted(ROOT.iterdir()):
        if f.name.startswith(".") or f.name == "_tools":
            continue
        if not (f.name.endswith(".txt") or f.name.endswith(".gold.json") or f.name == "README.md"):
            r.err(f.name, "unexpected file at the top level")
    for t in sorted(ROOT.glob("*.txt")):
        if not t.with_name(t.stem + ".gold.json").exists():
            r.err(t.name, "no gold file beside the text")
        if not re.fullmatch(r"w\d{2}_[a-z0-9]+_[a-z0-9]+\.txt", t.name):
            r.err(t.name, "name does not follow wNN_<outlet>_<event>.txt")
    totals = {"texts": 0, "meetings": 0, "chairs": 0, "officials": 0, "pledges": 0, "counts": 0}
    words = []
    for gp in sorted(ROOT.glob("*.gold.json")):
        s = check_file(r, gp)
        totals["texts"] += 1
        for k in ("meetings", "chairs", "officials", "pledges", "counts"):
            totals[k] += s[k]
        words.append(s["words"])
    for e in r.errors:
        print("ERROR", e)
    print(" ".join(f"{k}={v}" for k, v in totals.items()),
          f"words min={min(words)} max={max(words)}" if words else "")
    print("OK" if not r.errors else f"{len(r.errors)} error(s)")
    return 1 if r.errors else 0


if __name__ == "__main__":
    sys.exit(main())
