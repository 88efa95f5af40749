#!/usr/bin/env python3
"""Checker for the excerpts28 development set (prefix wg).

Checks every NAME.txt / NAME.gold.json pair in the folder above _tools/
against /work/shared/eval/SCHEMA.md: keys and types, ISO dates, end_date >=
date, ISO 3166-1 alpha-2 codes, org keys (read from the ORGS dict of
score.py), ISO 4217 currencies, names without a leading honorific (HONORIFICS
of score.py), every token of a gold name present in the text, announced_by
among the listed officials, meetings not after publication, 80-450 words,
and no stray top-level files.  Exit status 1 when any error is found.

Run:  python3 _tools/check.py
"""
import ast
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
PREFIX = "wg"
SCORE_PY = "/work/shared/eval/score.py"

ISO3166 = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL
BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV
CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD
GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM
IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK
LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW
MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR
PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS
ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY
UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
""".split())

ISO4217 = set("""
AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL
BSD BTN BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP
ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR
IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL
LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR
NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD
SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH
UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL
""".split())

TOP_KEYS = {"published", "meetings", "officials", "pledges"}
MEETING_KEYS = {"date", "end_date", "country", "convened_by", "chairs",
                "participant_count", "part_of"}
OFFICIAL_KEYS = {"name", "country", "position", "speaker"}
PLEDGE_KEYS = {"donor", "amount", "currency", "announced_by"}


def read_score_constants():
    """Read only the ORGS and HONORIFICS assignments of score.py (via ast)."""
    with open(SCORE_PY, encoding="utf-8") as f:
        tree = ast.parse(f.read())
    found = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Name) and target.id in ("ORGS", "HONORIFICS"):
                found[target.id] = ast.literal_eval(node.value)
    return found["ORGS"], found["HONORIFICS"]


ORGS, HONORIFICS = read_score_constants()

DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
PUNCT = re.compile(r"[^\w\s]", re.UNICODE)


def strip_marks(s):
    return DIACRITICS.sub("", s)


def norm(s):
    s = strip_marks(s)
    s = re.sub("[أإآٱ]", "ا", s)
    s = s.replace("ة", "ه").replace("ى", "ي")
    s = PUNCT.sub(" ", s)
    return s.lower().split()


NORM_HONORIFICS = {" ".join(norm(h)) for h in HONORIFICS}


def is_date(v):
    if not isinstance(v, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        return False
    try:
        datetime.date.fromisoformat(v)
    except ValueError:
        return False
    return True


def check_code(v, where, errors, allow_null=True):
    if v is None:
        if not allow_null:
            errors.append(f"{where}: null not allowed")
        return
    if not isinstance(v, str):
        errors.append(f"{where}: not a string: {v!r}")
        return
    if v.startswith("org:"):
        if v[4:] not in ORGS:
            errors.append(f"{where}: unknown org key {v!r}")
    elif v not in ISO3166:
        errors.append(f"{where}: not ISO 3166-1 alpha-2: {v!r}")


def check_pair(name, text, gold, errors):
    e = lambda msg: errors.append(f"{name}: {msg}")
    words = len(text.split())
    if not 80 <= words <= 450:
        e(f"text has {words} words (80-450)")
    raw_tokens = set(PUNCT.sub(" ", strip_marks(text)).split())
    norm_tokens = set(norm(text))

    if not isinstance(gold, dict) or set(gold) != TOP_KEYS:
        e(f"top-level keys {sorted(gold) if isinstance(gold, dict) else gold!r}")
        return
    pub = gold["published"]
    if pub is not None and not is_date(pub):
        e(f"published not ISO date: {pub!r}")
        pub = None

    if not isinstance(gold["meetings"], list):
        e("meetings not a list")
    else:
        for i, m in enumerate(gold["meetings"]):
            w = f"meetings[{i}]"
            if not isinstance(m, dict) or set(m) != MEETING_KEYS:
                e(f"{w} keys {sorted(m) if isinstance(m, dict) else m!r}")
                continue
            for k in ("date", "end_date"):
                if m[k] is not None and not is_date(m[k]):
                    e(f"{w}.{k} not ISO date: {m[k]!r}")
            if m["end_date"] is not None:
                if m["date"] is None:
                    e(f"{w}: end_date without date")
                elif is_date(m["date"]) and is_date(m["end_date"]) and m["end_date"] < m["date"]:
                    e(f"{w}: end_date before date")
            if pub and m["date"] and is_date(m["date"]) and m["date"] > pub:
                e(f"{w}: meeting {m['date']} after publication {pub}")
            if m["country"] is not None and (not isinstance(m["country"], str)
                                             or m["country"] not in ISO3166):
                e(f"{w}.country not ISO 3166-1 alpha-2: {m['country']!r}")
            if not isinstance(m["chairs"], list):
                e(f"{w}.chairs not a list")
            else:
                if len(set(m["chairs"])) != len(m["chairs"]):
                    e(f"{w}.chairs has duplicates")
                for c in m["chairs"]:
                    check_code(c, f"{name}: {w}.chairs", errors, allow_null=False)
            pc = m["participant_count"]
            if pc is not None and (not isinstance(pc, int) or isinstance(pc, bool) or pc <= 0):
                e(f"{w}.participant_count bad: {pc!r}")
            for k in ("convened_by", "part_of"):
                if m[k] is not None and not isinstance(m[k], str):
                    e(f"{w}.{k} not a string")

    names = set()
    if not isinstance(gold["officials"], list):
        e("officials not a list")
    else:
        for i, o in enumerate(gold["officials"]):
            w = f"officials[{i}]"
            if not isinstance(o, dict) or set(o) != OFFICIAL_KEYS:
                e(f"{w} keys {sorted(o) if isinstance(o, dict) else o!r}")
                continue
            if not isinstance(o["name"], str) or not o["name"].strip():
                e(f"{w}.name empty")
                continue
            if o["name"] in names:
                e(f"{w}: duplicate official {o['name']}")
            names.add(o["name"])
            toks = norm(o["name"])
            if toks and toks[0] in NORM_HONORIFICS:
                e(f"{w}: name starts with honorific: {o['name']}")
            for t in o["name"].split():
                rt = PUNCT.sub("", strip_marks(t))
                if rt not in raw_tokens:
                    if all(x in norm_tokens for x in norm(t)):
                        e(f"{w}: token {t!r} only matches after normalisation")
                    else:
                        e(f"{w}: token {t!r} of {o['name']!r} not in text")
            check_code(o["country"], f"{name}: {w}.country", errors)
            if o["position"] is not None and not isinstance(o["position"], str):
                e(f"{w}.position not a string")
            if not isinstance(o["speaker"], bool):
                e(f"{w}.speaker not bool")

    if not isinstance(gold["pledges"], list):
        e("pledges not a list")
    else:
        for i, p in enumerate(gold["pledges"]):
            w = f"pledges[{i}]"
            if not isinstance(p, dict) or set(p) != PLEDGE_KEYS:
                e(f"{w} keys {sorted(p) if isinstance(p, dict) else p!r}")
                continue
            check_code(p["donor"], f"{name}: {w}.donor", errors, allow_null=False)
            a = p["amount"]
            if not isinstance(a, (int, float)) or isinstance(a, bool) or a <= 0:
                e(f"{w}.amount bad: {a!r}")
            if p["currency"] not in ISO4217:
                e(f"{w}.currency not ISO 4217: {p['currency']!r}")
            if p["announced_by"] is not None and p["announced_by"] not in names:
                e(f"{w}.announced_by not a listed official: {p['announced_by']!r}")


def main():
    errors = []
    entries = sorted(os.listdir(SET))
    stems = {}
    pat = re.compile(rf"^({PREFIX}(\d\d)_[a-z0-9_]+)\.(txt|gold\.json)$")
    for fn in entries:
        path = os.path.join(SET, fn)
        if fn in ("README.md",):
            continue
        if fn == "_tools" and os.path.isdir(path):
            continue
        m = pat.match(fn)
        if not m or not os.path.isfile(path):
            errors.append(f"stray top-level entry: {fn}")
            continue
        stems.setdefault(m.group(1), set()).add(m.group(3))
    if "README.md" not in entries:
        errors.append("README.md missing")
    nums = sorted(int(s[len(PREFIX):len(PREFIX) + 2]) for s in stems)
    if nums != list(range(1, 31)):
        errors.append(f"numbers present: {nums} (want 01..30, each once)")
    for stem, kinds in sorted(stems.items()):
        if kinds != {"txt", "gold.json"}:
            errors.append(f"{stem}: incomplete pair {sorted(kinds)}")
            continue
        with open(os.path.join(SET, stem + ".txt"), encoding="utf-8") as f:
            text = f.read()
        try:
            with open(os.path.join(SET, stem + ".gold.json"), encoding="utf-8") as f:
                gold = json.load(f)
        except json.JSONDecodeError as exc:
            errors.append(f"{stem}: bad JSON: {exc}")
            continue
        check_pair(stem, text, gold, errors)
    for err in errors:
        print("ERROR", err)
    print(f"checked {len(stems)} pairs: {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
