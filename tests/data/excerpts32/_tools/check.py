#!/usr/bin/env python3
"""Checker for the excerpts32 development set (prefix iq).

For every iqNN_*.txt / .gold.json pair in the folder above _tools/ it checks the
gold against /work/shared/eval/SCHEMA.md: keys and types, ISO dates, end_date >=
date, ISO 3166-1 alpha-2 codes, org keys (ORGS of score.py), ISO 4217
currencies, names without a leading honorific (HONORIFICS of score.py), every
token of a gold name present in the text, announced_by among the officials,
meetings not after publication, 80-450 words, file names and no stray
top-level files.  Only the ORGS and HONORIFICS assignments of score.py are
read, through ast (score.py is not imported or run).  Exit status 1 on error.

Run:  python3 _tools/check.py
"""
import ast
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
PREFIX, N = "iq", 30
SCORE = "/work/shared/eval/score.py"

ISO3166 = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ
BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY
CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM
GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE
KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML
MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF
PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN
SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ
VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
ISO4217 = set("""AED AFN ALL AMD AOA ARS AUD AZN BAM BDT BGN BHD BRL CAD CHF CLP CNY COP CZK
DJF DKK DZD EGP ETB EUR GBP GEL HKD HUF IDR ILS INR IQD IRR ISK JOD JPY KES KRW KWD KZT LBP
LYD MAD MRU MXN MYR NGN NOK NZD OMR PHP PKR PLN QAR RON RSD RUB SAR SDG SEK SGD SOS SYP THB
TND TRY TWD UAH USD XAF XOF YER ZAR""".split())

KEYS = {"published", "meetings", "officials", "pledges"}
MKEYS = {"date", "end_date", "country", "convened_by", "chairs", "participant_count", "part_of"}
OKEYS = {"name", "country", "position", "speaker"}
PKEYS = {"donor", "amount", "currency", "announced_by"}
DIAC = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
PUNCT = re.compile(r"[^\w\s]", re.UNICODE)


def norm(s):
    s = DIAC.sub("", str(s))
    s = re.sub("[أإآٱ]", "ا", s).replace("ى", "ي").replace("ة", "ه")
    return " ".join(PUNCT.sub(" ", s.lower()).split())


def score_constants():
    tree = ast.parse(open(SCORE, encoding="utf-8").read())
    out = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            t = node.targets[0]
            if isinstance(t, ast.Name) and t.id in ("ORGS", "HONORIFICS"):
                out[t.id] = ast.literal_eval(node.value)
    return {"org:" + k for k in out["ORGS"]}, set(out["HONORIFICS"])


ORG_KEYS, HONOR = score_constants()


def isodate(v):
    try:
        return dt.date.fromisoformat(v) if isinstance(v, str) and len(v) == 10 else None
    except ValueError:
        return None


def party(code, where, err, null_ok=True):
    if code is None:
        if not null_ok:
            err(f"{where}: null")
    elif not isinstance(code, str):
        err(f"{where}: not a string")
    elif code.startswith("org:"):
        if code not in ORG_KEYS:
            err(f"{where}: unknown org key {code}")
    elif code not in ISO3166:
        err(f"{where}: not ISO 3166 alpha-2: {code}")


def check(stem, errors):
    err = lambda m: errors.append(f"{stem}: {m}")  # noqa: E731
    text = open(os.path.join(SET, stem + ".txt"), encoding="utf-8").read()
    try:
        gold = json.load(open(os.path.join(SET, stem + ".gold.json"), encoding="utf-8"))
    except (OSError, ValueError) as exc:
        err(f"gold unreadable: {exc}")
        return None
    nw = len(text.split())
    if not 80 <= nw <= 450:
        err(f"{nw} words")
    if set(gold) != KEYS:
        err(f"keys {sorted(gold)}")
        return None
    pub = None
    if gold["published"] is not None:
        pub = isodate(gold["published"])
        if pub is None:
            err("published not ISO")
    toks = set(norm(text).split())
    if not gold["meetings"]:
        err("no meeting")
    for i, m in enumerate(gold["meetings"]):
        w = f"meetings[{i}]"
        if set(m) != MKEYS:
            err(f"{w} keys {sorted(m)}")
            continue
        d = isodate(m["date"]) if m["date"] is not None else None
        if m["date"] is not None and d is None:
            err(f"{w}.date not ISO")
        if m["end_date"] is not None:
            e = isodate(m["end_date"])
            if e is None or d is None or e < d:
                err(f"{w}.end_date bad")
        if pub and d and d > pub:
            err(f"{w}.date after publication")
        party(m["country"], f"{w}.country", err)
        if isinstance(m["country"], str) and m["country"].startswith("org:"):
            err(f"{w}.country is an org")
        if not isinstance(m["chairs"], list) or len(set(m["chairs"])) != len(m["chairs"]):
            err(f"{w}.chairs not a list of distinct codes")
        else:
            for c in m["chairs"]:
                party(c, f"{w}.chairs", err, null_ok=False)
        pc = m["participant_count"]
        if pc is not None and (type(pc) is not int or pc <= 0):
            err(f"{w}.participant_count bad")
        for k in ("convened_by", "part_of"):
            if m[k] is not None and not isinstance(m[k], str):
                err(f"{w}.{k} not a string")
    names = set()
    for i, o in enumerate(gold["officials"]):
        w = f"officials[{i}]"
        if set(o) != OKEYS:
            err(f"{w} keys {sorted(o)}")
            continue
        nt = norm(o["name"]).split()
        if not nt:
            err(f"{w} empty name")
            continue
        if nt[0] in HONOR:
            err(f"{w} leading honorific: {o['name']}")
        for t in nt:
            if t not in toks:
                err(f"{w} token {t!r} of {o['name']} not in text")
        if o["name"] in names:
            err(f"{w} duplicate {o['name']}")
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
        party(p["donor"], f"{w}.donor", err, null_ok=False)
        if type(p["amount"]) not in (int, float) or p["amount"] <= 0:
            err(f"{w}.amount bad")
        if p["currency"] not in ISO4217:
            err(f"{w}.currency {p['currency']!r}")
        if p["announced_by"] is not None and p["announced_by"] not in names:
            err(f"{w}.announced_by not an official: {p['announced_by']}")
    return gold


def main():
    errors, stems = [], []
    pat = re.compile(rf"^{PREFIX}(\d\d)_[a-z0-9_]+$")
    for entry in sorted(os.listdir(SET)):
        if entry in ("README.md", "_tools"):
            continue
        if entry.endswith(".gold.json"):
            if not os.path.exists(os.path.join(SET, entry[:-10] + ".txt")):
                errors.append(f"gold without text: {entry}")
        elif entry.endswith(".txt") and pat.match(entry[:-4]):
            if not os.path.exists(os.path.join(SET, entry[:-4] + ".gold.json")):
                errors.append(f"text without gold: {entry}")
            else:
                stems.append(entry[:-4])
        else:
            errors.append(f"stray entry: {entry}")
    nums = sorted(int(pat.match(s).group(1)) for s in stems)
    if nums != list(range(1, N + 1)):
        errors.append(f"numbers {nums}")
    if not os.path.exists(os.path.join(SET, "README.md")):
        errors.append("README.md missing")
    tot = dict(meetings=0, chairs=0, officials=0, speakers=0, pledges=0)
    counts, nopub, nulldate, words = [], [], [], []
    for s in stems:
        g = check(s, errors)
        if g is None:
            continue
        words.append(len(open(os.path.join(SET, s + ".txt"), encoding="utf-8").read().split()))
        tot["meetings"] += len(g["meetings"])
        tot["chairs"] += sum(len(m["chairs"]) for m in g["meetings"])
        tot["officials"] += len(g["officials"])
        tot["speakers"] += sum(o["speaker"] for o in g["officials"])
        tot["pledges"] += len(g["pledges"])
        counts += [(s[:4], m["participant_count"]) for m in g["meetings"] if m["participant_count"]]
        if g["published"] is None:
            nopub.append(s[:4])
        nulldate += [s[:4] for m in g["meetings"] if m["date"] is None]
    print(f"texts {len(stems)}, words {min(words)}-{max(words)}, {tot}")
    print(f"participant counts {counts}")
    print(f"no publication date {nopub}; meetings with date null {nulldate}")
    for e in errors:
        print("ERROR", e)
    if errors:
        sys.exit(1)
    print("no errors")


if __name__ == "__main__":
    main()
