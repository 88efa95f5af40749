#!/usr/bin/env python3
"""Checker for the excerpts48 development set (prefix ix).

Checks every NAME.txt / NAME.gold.json pair in the folder above _tools/
against /work/shared/eval/SCHEMA.md: keys and types, ISO dates, end_date >=
date, ISO 3166-1 alpha-2 codes, org keys (ORGS of score.py), ISO 4217
currencies, names without a leading honorific (HONORIFICS of score.py), every
token of a gold name present in the text, announced_by among the officials,
meetings at most 7 days after publication (previews with "غدا", "بعد غد"; listed),
80-450 words, file names ix01..ix30 and no
stray top-level files.  score.py is read with ast (only the ORGS and
HONORIFICS assignments); nothing is imported or run.  Exit status 1 on errors.

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
PREFIX, N = "ix", 30
SCORE_PY = "/work/shared/eval/score.py"

ISO3166 = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ
BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ
DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP
GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI
KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP
MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM
PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX
SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU
WF WS YE YT ZA ZM ZW""".split())
ISO4217 = set("""AED AFN ALL AMD AOA ARS AUD AZN BAM BDT BGN BHD BIF BND BOB BRL BWP BYN CAD
CDF CHF CLP CNY COP CZK DJF DKK DZD EGP ERN ETB EUR GBP GEL GHS GMD GNF HKD HUF IDR ILS INR IQD
IRR ISK JOD JPY KES KGS KMF KRW KWD KZT LBP LKR LYD MAD MDL MGA MKD MRU MUR MXN MYR MZN NGN NOK
NZD OMR PHP PKR PLN QAR RON RSD RUB RWF SAR SDG SEK SGD SOS SSP SYP THB TND TRY TZS UAH UGX USD
UZS XAF XOF YER ZAR""".split())

TOP = {"published", "meetings", "officials", "pledges"}
MKEYS = {"date", "end_date", "country", "convened_by", "chairs", "participant_count", "part_of"}
OKEYS = {"name", "country", "position", "speaker"}
PKEYS = {"donor", "amount", "currency", "announced_by"}

_DIA = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_PUN = re.compile(r"[^\w\s]", re.UNICODE)


def norm(t):
    t = _DIA.sub("", str(t))
    t = re.sub("[أإآٱ]", "ا", t).replace("ى", "ي").replace("ة", "ه")
    return " ".join(_PUN.sub(" ", t.lower()).split())


def score_constants():
    tree = ast.parse(open(SCORE_PY, encoding="utf-8").read())
    out = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            t = node.targets[0]
            if isinstance(t, ast.Name) and t.id in ("ORGS", "HONORIFICS"):
                out[t.id] = ast.literal_eval(node.value)
    return out["ORGS"], set(out["HONORIFICS"])


ORGS, HONORIFICS = score_constants()
FUTURE = []
ORG_KEYS = {"org:" + k for k in ORGS}


def day(v):
    try:
        return datetime.date.fromisoformat(v)
    except (TypeError, ValueError):
        return None


def party(code, where, err, allow_null=True, state_only=False):
    if code is None:
        if not allow_null:
            err(f"{where}: null")
        return
    if not isinstance(code, str):
        err(f"{where}: not a string")
    elif code.startswith("org:"):
        if state_only:
            err(f"{where}: must be a state code")
        elif code not in ORG_KEYS:
            err(f"{where}: unknown org key {code}")
    elif code not in ISO3166:
        err(f"{where}: not ISO 3166-1 alpha-2: {code}")


def check(stem, errors):
    err = lambda m: errors.append(f"{stem}: {m}")  # noqa: E731
    text = open(os.path.join(SET, stem + ".txt"), encoding="utf-8").read()
    try:
        gold = json.load(open(os.path.join(SET, stem + ".gold.json"), encoding="utf-8"))
    except (OSError, ValueError) as exc:
        err(f"gold unreadable: {exc}")
        return None
    words = len(text.split())
    if not 80 <= words <= 450:
        err(f"{words} words")
    if set(gold) != TOP:
        err(f"top-level keys {sorted(gold)}")
        return None
    pub = None
    if gold["published"] is not None:
        pub = day(gold["published"])
        if pub is None:
            err("published not ISO")
    tokens = set(norm(text).split())
    if not isinstance(gold["meetings"], list) or not gold["meetings"]:
        err("no meetings")
    for i, m in enumerate(gold["meetings"]):
        w = f"meetings[{i}]"
        if set(m) != MKEYS:
            err(f"{w} keys {sorted(m)}")
            continue
        start = day(m["date"]) if m["date"] is not None else None
        if m["date"] is not None and start is None:
            err(f"{w}.date not ISO")
        if m["end_date"] is not None:
            end = day(m["end_date"])
            if end is None or start is None or end < start:
                err(f"{w}.end_date invalid or before date / without date")
        if pub and start and start > pub:
            if (start - pub).days > 7:
                err(f"{w}.date more than 7 days after publication")
            else:
                FUTURE.append(f"{stem}:{m['date']}")
        party(m["country"], f"{w}.country", err, state_only=True)
        if not isinstance(m["chairs"], list) or len(set(m["chairs"])) != len(m["chairs"]):
            err(f"{w}.chairs not a list without duplicates")
        else:
            for c in m["chairs"]:
                party(c, f"{w}.chairs", err, allow_null=False)
        pc = m["participant_count"]
        if pc is not None and (type(pc) is not int or pc <= 0):
            err(f"{w}.participant_count")
        for k in ("convened_by", "part_of"):
            if m[k] is not None and not isinstance(m[k], str):
                err(f"{w}.{k} not a string")
    names, seen = set(), set()
    for i, o in enumerate(gold["officials"]):
        w = f"officials[{i}]"
        if set(o) != OKEYS:
            err(f"{w} keys {sorted(o)}")
            continue
        toks = norm(o["name"]).split()
        if not toks:
            err(f"{w}.name empty")
            continue
        if toks[0] in HONORIFICS:
            err(f"{w}.name starts with an honorific: {o['name']}")
        for t in toks:
            if t not in tokens:
                err(f"{w}.name token {t!r} not in text")
        if norm(o["name"]) in seen:
            err(f"{w}.name twice")
        seen.add(norm(o["name"]))
        names.add(o["name"])
        party(o["country"], f"{w}.country", err)
        if not isinstance(o["speaker"], bool):
            err(f"{w}.speaker not bool")
        if o["position"] is not None and not isinstance(o["position"], str):
            err(f"{w}.position not a string")
    for i, p in enumerate(gold["pledges"]):
        w = f"pledges[{i}]"
        if set(p) != PKEYS:
            err(f"{w} keys {sorted(p)}")
            continue
        party(p["donor"], f"{w}.donor", err, allow_null=False)
        a = p["amount"]
        if type(a) not in (int, float) or a <= 0:
            err(f"{w}.amount")
        if p["currency"] not in ISO4217:
            err(f"{w}.currency {p['currency']!r}")
        if p["announced_by"] is not None and p["announced_by"] not in names:
            err(f"{w}.announced_by not an official: {p['announced_by']}")
    return gold, words


def main():
    errors, stems, nums = [], [], set()
    pat = re.compile(rf"^{PREFIX}(\d\d)_[a-z0-9_]+$")
    for entry in sorted(os.listdir(SET)):
        if entry in ("README.md", "_tools"):
            continue
        full = os.path.join(SET, entry)
        if os.path.isdir(full):
            errors.append(f"stray directory {entry}")
        elif entry.endswith(".gold.json"):
            if not os.path.exists(full[:-len(".gold.json")] + ".txt"):
                errors.append(f"gold without text {entry}")
        elif entry.endswith(".txt"):
            mt = pat.match(entry[:-4])
            if not mt:
                errors.append(f"bad file name {entry}")
            elif not os.path.exists(full[:-4] + ".gold.json"):
                errors.append(f"text without gold {entry}")
            else:
                stems.append(entry[:-4])
                nums.add(int(mt.group(1)))
        else:
            errors.append(f"stray file {entry}")
    if not os.path.exists(os.path.join(SET, "README.md")):
        errors.append("README.md missing")
    if nums != set(range(1, N + 1)) or len(stems) != N:
        errors.append(f"want {PREFIX}01..{PREFIX}{N}, found {sorted(nums)}")
    t = dict(meetings=0, chairs=0, officials=0, speakers=0, pledges=0, counts=[],
             nopub=[], nulldate=[], virtual=0, words=[], currencies=set())
    for stem in stems:
        r = check(stem, errors)
        if not r:
            continue
        g, words = r
        t["words"].append(words)
        t["meetings"] += len(g["meetings"])
        t["chairs"] += sum(len(m["chairs"]) for m in g["meetings"])
        t["officials"] += len(g["officials"])
        t["speakers"] += sum(o["speaker"] for o in g["officials"])
        t["pledges"] += len(g["pledges"])
        t["currencies"] |= {p["currency"] for p in g["pledges"]}
        t["counts"] += [m["participant_count"] for m in g["meetings"] if m["participant_count"]]
        t["virtual"] += sum(m["country"] is None for m in g["meetings"])
        if g["published"] is None:
            t["nopub"].append(stem[:4])
        t["nulldate"] += [stem[:4] for m in g["meetings"] if m["date"] is None]
    w = t["words"] or [0]
    print(f"texts {len(stems)} (words {min(w)}-{max(w)}), meetings {t['meetings']}, "
          f"chair entries {t['chairs']}, officials {t['officials']} ({t['speakers']} speakers), "
          f"pledges {t['pledges']}")
    print(f"participant counts {t['counts']}; no publication date {t['nopub']}; "
          f"meetings with date null {t['nulldate']}; country null {t['virtual']}")
    print(f"meetings after publication (previews) {FUTURE}")
    print(f"pledge currencies {sorted(t['currencies'])}")
    if errors:
        print(f"\n{len(errors)} error(s):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("no errors")


if __name__ == "__main__":
    main()
