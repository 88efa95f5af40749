#!/usr/bin/env python3
"""Checker for the excerpts42 development set (prefix fs).

Checks every fsNN_slug.txt / fsNN_slug.gold.json pair in the folder above
_tools/ against /work/shared/eval/SCHEMA.md: top-level and item keys and
types, ISO dates (end_date not before date), ISO 3166-1 alpha-2 codes,
org:KEY keys present in ORGS of score.py, ISO 4217 currencies, names without
a leading honorific (HONORIFICS of score.py), every token of a gold name in
its text, announced_by among the officials' names, meetings not after
publication, 80-450 words, file names fs01..fs30, no stray files.
score.py is read with ast only (never imported or run).  Standard library
only.  Exit status 1 on any error; prints the counts used in README.md.

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
PREFIX, N = "fs", 30
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
ISO4217 = set("""AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB
BRL BSD BTN BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR
FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES
KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR
MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR
SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX
USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL""".split())

TOP = {"published", "meetings", "officials", "pledges"}
MKEYS = {"date", "end_date", "country", "convened_by", "chairs", "participant_count", "part_of"}
OKEYS = {"name", "country", "position", "speaker"}
PKEYS = {"donor", "amount", "currency", "announced_by"}

_DIA = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_PUN = re.compile(r"[^\w\s]", re.UNICODE)


def norm(t):
    """Normalise Arabic text the way the scorer does for names (alef, ya, ta marbuta)."""
    t = _DIA.sub("", str(t))
    t = re.sub("[أإآٱ]", "ا", t).replace("ى", "ي").replace("ة", "ه")
    return " ".join(_PUN.sub(" ", t.lower()).split())


def score_constants():
    tree = ast.parse(open(SCORE_PY, encoding="utf-8").read())
    found = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            tgt = node.targets[0]
            if isinstance(tgt, ast.Name) and tgt.id in ("ORGS", "HONORIFICS"):
                found[tgt.id] = ast.literal_eval(node.value)
    return found["ORGS"], {norm(h) for h in found["HONORIFICS"]}


ORGS, HONORIFICS = score_constants()
ORG_KEYS = {"org:" + k for k in ORGS}


def iso_day(v):
    if not isinstance(v, str) or not re.fullmatch(r"\d{4}-\d\d-\d\d", v):
        return None
    try:
        return datetime.date.fromisoformat(v)
    except ValueError:
        return None


def check_party(code, where, err, allow_null=True, state_only=False):
    if code is None:
        if not allow_null:
            err(f"{where} is null")
        return
    if not isinstance(code, str):
        err(f"{where} not a string")
    elif code.startswith("org:"):
        if state_only:
            err(f"{where} must be a state code, got {code}")
        elif code not in ORG_KEYS:
            err(f"{where} unknown org key {code}")
    elif code not in ISO3166:
        err(f"{where} not ISO 3166-1 alpha-2: {code}")


def check_pair(stem, errors):
    err = lambda m: errors.append(f"{stem}: {m}")  # noqa: E731
    text = open(os.path.join(SET, stem + ".txt"), encoding="utf-8").read()
    try:
        gold = json.load(open(os.path.join(SET, stem + ".gold.json"), encoding="utf-8"))
    except (OSError, ValueError) as exc:
        err(f"gold unreadable: {exc}")
        return None
    words = len(text.split())
    if not 80 <= words <= 450:
        err(f"{words} words (want 80-450)")
    if not isinstance(gold, dict) or set(gold) != TOP:
        err(f"top-level keys {sorted(gold) if isinstance(gold, dict) else type(gold)}")
        return None
    for k in ("meetings", "officials", "pledges"):
        if not isinstance(gold[k], list):
            err(f"{k} not a list")
            return None
    pub = None
    if gold["published"] is not None:
        pub = iso_day(gold["published"])
        if pub is None:
            err("published not an ISO date")
    tokens = set(norm(text).split())
    if not gold["meetings"]:
        err("no meetings")
    for i, m in enumerate(gold["meetings"]):
        w = f"meetings[{i}]"
        if not isinstance(m, dict) or set(m) != MKEYS:
            err(f"{w} keys wrong")
            continue
        start = None
        if m["date"] is not None:
            start = iso_day(m["date"])
            if start is None:
                err(f"{w}.date not ISO")
        if m["end_date"] is not None:
            end = iso_day(m["end_date"])
            if end is None or start is None or end < start:
                err(f"{w}.end_date invalid, before date, or without date")
        if pub and start and start > pub:
            err(f"{w}.date after publication")
        check_party(m["country"], f"{w}.country", err, state_only=True)
        chairs = m["chairs"]
        if not isinstance(chairs, list) or len(set(map(str, chairs))) != len(chairs):
            err(f"{w}.chairs not a list without duplicates")
        else:
            for c in chairs:
                check_party(c, f"{w}.chairs", err, allow_null=False)
        pc = m["participant_count"]
        if pc is not None and (type(pc) is not int or pc <= 0):
            err(f"{w}.participant_count not a positive int")
        for k in ("convened_by", "part_of"):
            if m[k] is not None and not isinstance(m[k], str):
                err(f"{w}.{k} not a string")
    names, seen = set(), set()
    for i, o in enumerate(gold["officials"]):
        w = f"officials[{i}]"
        if not isinstance(o, dict) or set(o) != OKEYS:
            err(f"{w} keys wrong")
            continue
        if not isinstance(o["name"], str) or not norm(o["name"]):
            err(f"{w}.name empty or not a string")
            continue
        toks = norm(o["name"]).split()
        if toks[0] in HONORIFICS:
            err(f"{w}.name starts with an honorific: {o['name']}")
        for t in toks:
            if t not in tokens:
                err(f"{w}.name token {t!r} not in text")
        if norm(o["name"]) in seen:
            err(f"{w}.name listed twice")
        seen.add(norm(o["name"]))
        names.add(o["name"])
        check_party(o["country"], f"{w}.country", err)
        if not isinstance(o["speaker"], bool):
            err(f"{w}.speaker not a bool")
        if o["position"] is not None and not isinstance(o["position"], str):
            err(f"{w}.position not a string")
    for i, p in enumerate(gold["pledges"]):
        w = f"pledges[{i}]"
        if not isinstance(p, dict) or set(p) != PKEYS:
            err(f"{w} keys wrong")
            continue
        check_party(p["donor"], f"{w}.donor", err, allow_null=False)
        a = p["amount"]
        if type(a) not in (int, float) or a <= 0:
            err(f"{w}.amount not a positive number")
        if p["currency"] not in ISO4217:
            err(f"{w}.currency not ISO 4217: {p['currency']!r}")
        if p["announced_by"] is not None and p["announced_by"] not in names:
            err(f"{w}.announced_by not among the officials: {p['announced_by']}")
    return gold, words


def main():
    errors, stems, nums = [], [], []
    pat = re.compile(rf"^{PREFIX}(\d\d)_[a-z0-9_]+$")
    for entry in sorted(os.listdir(SET)):
        if entry in ("README.md", "_tools"):
            continue
        full = os.path.join(SET, entry)
        if os.path.isdir(full):
            errors.append(f"stray directory {entry}")
        elif entry.endswith(".gold.json"):
            if not os.path.exists(full[:-len(".gold.json")] + ".txt"):
                errors.append(f"gold without text: {entry}")
        elif entry.endswith(".txt"):
            mt = pat.match(entry[:-4])
            if not mt:
                errors.append(f"bad file name {entry}")
            elif not os.path.exists(full[:-4] + ".gold.json"):
                errors.append(f"text without gold: {entry}")
            else:
                stems.append(entry[:-4])
                nums.append(int(mt.group(1)))
        else:
            errors.append(f"stray file {entry}")
    if not os.path.exists(os.path.join(SET, "README.md")):
        errors.append("README.md missing")
    if sorted(nums) != list(range(1, N + 1)):
        errors.append(f"want {PREFIX}01..{PREFIX}{N} once each, found {sorted(nums)}")
    t = dict(meetings=0, chairs=0, officials=0, speakers=0, pledges=0, nullby=0,
             counts=[], nopub=[], nulldate=[], nullcountry=[], words=[])
    for stem in stems:
        r = check_pair(stem, errors)
        if not r:
            continue
        g, words = r
        tag = stem[:4]
        t["words"].append(words)
        t["meetings"] += len(g["meetings"])
        t["chairs"] += sum(len(m["chairs"]) for m in g["meetings"])
        t["officials"] += len(g["officials"])
        t["speakers"] += sum(o["speaker"] is True for o in g["officials"])
        t["pledges"] += len(g["pledges"])
        t["nullby"] += sum(p["announced_by"] is None for p in g["pledges"])
        t["counts"] += [f"{tag}={m['participant_count']}" for m in g["meetings"]
                        if m["participant_count"] is not None]
        t["nullcountry"] += [tag for m in g["meetings"] if m["country"] is None]
        t["nulldate"] += [tag for m in g["meetings"] if m["date"] is None]
        if g["published"] is None:
            t["nopub"].append(tag)
    w = t["words"] or [0]
    print(f"texts {len(stems)} (words {min(w)}-{max(w)})")
    print(f"meetings {t['meetings']}; chair entries {t['chairs']}; "
          f"officials {t['officials']} ({t['speakers']} speakers); "
          f"pledges {t['pledges']} ({t['nullby']} with announced_by null)")
    print(f"participant counts {len(t['counts'])}: {t['counts']}")
    print(f"texts without publication date {len(t['nopub'])}: {t['nopub']}")
    print(f"meetings with date null {len(t['nulldate'])}: {t['nulldate']}")
    print(f"meetings with country null {len(t['nullcountry'])}: {t['nullcountry']}")
    if errors:
        print(f"\n{len(errors)} error(s):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("no errors")


if __name__ == "__main__":
    main()
