#!/usr/bin/env python3
"""Checker for the excerpts33 development set (prefix gp).

Checks every NAME.txt / NAME.gold.json pair in the folder above _tools/
against /work/shared/eval/SCHEMA.md: keys and types, ISO dates, end_date >=
date, ISO 3166-1 alpha-2 codes, org keys (read from the ORGS dict of
score.py), ISO 4217 currencies, names without a leading honorific
(HONORIFICS of score.py), every token of a gold name present in the text,
announced_by among the listed officials, meetings not after publication,
80-450 words per text, file names <prefix>NN_<short>, and no stray
top-level files.  It reads only the ORGS and HONORIFICS assignments of
score.py (through ast, without importing it).  Exit status 1 on any error.

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
PREFIX = "gp"
N_TEXTS = 30
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

_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)


def norm(text):
    """Same normalisation idea as the scorer: diacritics, alef forms, ya/ta marbuta."""
    text = _DIACRITICS.sub("", str(text))
    text = re.sub("[أإآٱ]", "ا", text).replace("ى", "ي").replace("ة", "ه")
    text = _PUNCT.sub(" ", text.lower())
    return " ".join(text.split())


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
    return found["ORGS"], set(found["HONORIFICS"])


ORGS, HONORIFICS = read_score_constants()
ORG_KEYS = {"org:" + k for k in ORGS}


def iso_date(value):
    try:
        return datetime.date.fromisoformat(value)
    except (TypeError, ValueError):
        return None


def check_party(code, where, errors, allow_null=True):
    if code is None:
        if not allow_null:
            errors.append(f"{where}: null not allowed")
        return
    if not isinstance(code, str):
        errors.append(f"{where}: not a string: {code!r}")
    elif code.startswith("org:"):
        if code not in ORG_KEYS:
            errors.append(f"{where}: unknown org key {code}")
    elif code not in ISO3166:
        errors.append(f"{where}: not ISO 3166-1 alpha-2: {code}")


def check_pair(stem, errors):
    txt_path = os.path.join(SET, stem + ".txt")
    gold_path = os.path.join(SET, stem + ".gold.json")
    with open(txt_path, encoding="utf-8") as f:
        text = f.read()
    try:
        with open(gold_path, encoding="utf-8") as f:
            gold = json.load(f)
    except (OSError, json.JSONDecodeError) as exc:
        errors.append(f"{stem}: gold unreadable: {exc}")
        return None
    e = lambda msg: errors.append(f"{stem}: {msg}")  # noqa: E731

    words = len(text.split())
    if not 80 <= words <= 450:
        e(f"{words} words (want 80-450)")
    if "\ufffd" in text:
        e("replacement character in text")

    if set(gold) != TOP_KEYS:
        e(f"top-level keys {sorted(gold)}")
        return None
    published = gold["published"]
    pub = None
    if published is not None:
        pub = iso_date(published)
        if pub is None:
            e(f"published not ISO: {published!r}")
    ntext = norm(text)
    text_tokens = set(ntext.split())

    if not isinstance(gold["meetings"], list) or not gold["meetings"]:
        e("meetings must be a non-empty list")
    for i, m in enumerate(gold["meetings"]):
        w = f"meetings[{i}]"
        if set(m) != MEETING_KEYS:
            e(f"{w} keys {sorted(m)}")
            continue
        start = None
        if m["date"] is not None:
            start = iso_date(m["date"])
            if start is None:
                e(f"{w}.date not ISO: {m['date']!r}")
        if m["end_date"] is not None:
            end = iso_date(m["end_date"])
            if end is None:
                e(f"{w}.end_date not ISO")
            elif start is None:
                e(f"{w}.end_date without date")
            elif end < start:
                e(f"{w}.end_date before date")
        if pub and start and start > pub:
            e(f"{w}.date {start} after publication {pub}")
        check_party(m["country"], f"{w}.country", errors)
        if m["country"] is not None and m["country"].startswith("org:"):
            e(f"{w}.country must be a state code")
        if not isinstance(m["chairs"], list):
            e(f"{w}.chairs not a list")
        else:
            if len(set(m["chairs"])) != len(m["chairs"]):
                e(f"{w}.chairs has duplicates")
            for c in m["chairs"]:
                check_party(c, f"{w}.chairs", errors, allow_null=False)
        pc = m["participant_count"]
        if pc is not None and (not isinstance(pc, int) or isinstance(pc, bool) or pc <= 0):
            e(f"{w}.participant_count must be a positive int or null")
        for k in ("convened_by", "part_of"):
            if m[k] is not None and not isinstance(m[k], str):
                e(f"{w}.{k} must be a string or null")

    official_names = set()
    seen = set()
    for i, o in enumerate(gold["officials"]):
        w = f"officials[{i}]"
        if set(o) != OFFICIAL_KEYS:
            e(f"{w} keys {sorted(o)}")
            continue
        name = o["name"]
        if not isinstance(name, str) or not name.strip():
            e(f"{w}.name empty")
            continue
        toks = norm(name).split()
        if toks and toks[0] in HONORIFICS:
            e(f"{w}.name starts with honorific: {name}")
        for t in toks:
            if t not in text_tokens:
                e(f"{w}.name token {t!r} not in text ({name})")
        if norm(name) in seen:
            e(f"{w}.name listed twice: {name}")
        seen.add(norm(name))
        official_names.add(name)
        check_party(o["country"], f"{w}.country", errors)
        if not isinstance(o["speaker"], bool):
            e(f"{w}.speaker not bool")
        if o["position"] is not None and not isinstance(o["position"], str):
            e(f"{w}.position must be a string or null")

    for i, p in enumerate(gold["pledges"]):
        w = f"pledges[{i}]"
        if set(p) != PLEDGE_KEYS:
            e(f"{w} keys {sorted(p)}")
            continue
        check_party(p["donor"], f"{w}.donor", errors, allow_null=False)
        if not isinstance(p["amount"], (int, float)) or isinstance(p["amount"], bool) or p["amount"] <= 0:
            e(f"{w}.amount must be a positive number")
        if p["currency"] not in ISO4217:
            e(f"{w}.currency not ISO 4217: {p['currency']!r}")
        if p["announced_by"] is not None and p["announced_by"] not in official_names:
            e(f"{w}.announced_by not among officials: {p['announced_by']}")
    return gold


def main():
    errors = []
    pattern = re.compile(rf"^{PREFIX}(\d\d)_[a-z0-9_]+$")
    stems, numbers = [], set()
    for entry in sorted(os.listdir(SET)):
        path = os.path.join(SET, entry)
        if entry in ("README.md", "_tools"):
            continue
        if os.path.isdir(path):
            errors.append(f"stray directory: {entry}")
            continue
        if entry.endswith(".gold.json"):
            stem = entry[: -len(".gold.json")]
            if not os.path.exists(os.path.join(SET, stem + ".txt")):
                errors.append(f"gold without text: {entry}")
            continue
        if entry.endswith(".txt"):
            stem = entry[:-4]
            mt = pattern.match(stem)
            if not mt:
                errors.append(f"bad file name: {entry}")
                continue
            if not os.path.exists(os.path.join(SET, stem + ".gold.json")):
                errors.append(f"text without gold: {entry}")
                continue
            stems.append(stem)
            numbers.add(int(mt.group(1)))
            continue
        errors.append(f"stray file: {entry}")
    if not os.path.exists(os.path.join(SET, "README.md")):
        errors.append("README.md missing")
    if numbers != set(range(1, N_TEXTS + 1)) or len(stems) != N_TEXTS:
        errors.append(f"want texts {PREFIX}01..{PREFIX}{N_TEXTS:02d}, found {sorted(numbers)}")

    totals = dict(texts=0, words=[], meetings=0, chairs=0, officials=0, speakers=0,
                  pledges=0, counts=[], no_pub=[], null_date=[], virtual=0)
    for stem in stems:
        gold = check_pair(stem, errors)
        if gold is None:
            continue
        with open(os.path.join(SET, stem + ".txt"), encoding="utf-8") as f:
            totals["words"].append(len(f.read().split()))
        totals["texts"] += 1
        totals["meetings"] += len(gold["meetings"])
        totals["chairs"] += sum(len(m["chairs"]) for m in gold["meetings"])
        totals["officials"] += len(gold["officials"])
        totals["speakers"] += sum(1 for o in gold["officials"] if o["speaker"])
        totals["pledges"] += len(gold["pledges"])
        totals["counts"] += [m["participant_count"] for m in gold["meetings"]
                             if m["participant_count"] is not None]
        if gold["published"] is None:
            totals["no_pub"].append(stem[:4])
        totals["null_date"] += [stem[:4] for m in gold["meetings"] if m["date"] is None]
        totals["virtual"] += sum(1 for m in gold["meetings"] if m["country"] is None)

    w = totals["words"]
    print(f"texts {totals['texts']} (words {min(w) if w else 0}-{max(w) if w else 0}), "
          f"meetings {totals['meetings']}, chair entries {totals['chairs']}, "
          f"officials {totals['officials']} ({totals['speakers']} speakers), "
          f"pledges {totals['pledges']}")
    print(f"participant counts {totals['counts']}")
    print(f"no publication date: {totals['no_pub']}")
    print(f"meetings with date null: {totals['null_date']}; country null: {totals['virtual']}")
    if errors:
        print(f"\n{len(errors)} error(s):")
        for err in errors:
            print("  " + err)
        sys.exit(1)
    print("no errors")


if __name__ == "__main__":
    main()
