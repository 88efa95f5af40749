#!/usr/bin/env python3
"""Checker for the heldout21 set (prefix nx).

Checks every NAME.txt / NAME.gold.json pair in the folder above _tools/ against
/work/shared/eval/SCHEMA.md: keys and types, ISO dates, end_date >= date, ISO 3166-1
alpha-2 codes, org keys (read from the ORGS dict in score.py without running it),
ISO 4217 currencies, names without a leading honorific (HONORIFICS from score.py plus
a few more titles), every token of every gold name present in the text, announced_by
among the listed officials, no meeting after the publication date, 80-450 words,
file naming nx01..nx30, and no stray top-level files.
Run:  python3 _tools/check.py      (exit status 1 when any error is found)
"""
import ast
import json
import os
import re
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SCORE = "/work/shared/eval/score.py"
PREFIX = "nx"
N_TEXTS = 30

ISO3166 = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ
BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM
DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS
GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN
KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ
MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM
PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV
SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI
VN VU WF WS YE YT ZA ZM ZW
""".split())

ISO4217 = set("""
AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD BTN
BWP BYN BZD CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP
ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HRK HTG HUF IDR ILS INR IQD IRR
ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD
MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR
PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL
THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD USN UYI UYU UYW UZS VED VES VND VUV WST XAF
XAG XAU XCD XDR XOF XPD XPF XPT YER ZAR ZMW ZWL
""".split())

# titles that must not lead a gold name, beyond score.py's HONORIFICS
EXTRA_TITLES = {"الاستاذ", "الاستاذه", "سعاده", "صاحب", "صاحبه", "السمو", "الملكي", "الطيار",
                "السير", "المهندس", "القاضي", "الوزير", "الوزيره", "حضره", "دوله", "السفيره"}

TOP_KEYS = {"published", "meetings", "officials", "pledges"}
MEETING_KEYS = {"date", "end_date", "country", "convened_by", "chairs", "participant_count", "part_of"}
OFFICIAL_KEYS = {"name", "country", "position", "speaker"}
PLEDGE_KEYS = {"donor", "amount", "currency", "announced_by"}

_DIAC = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)


def norm(text):
    text = _DIAC.sub("", str(text))
    text = re.sub("[أإآٱ]", "ا", text).replace("ى", "ي").replace("ة", "ه")
    text = _PUNCT.sub(" ", text.lower())
    return " ".join(text.split())


def read_score_literals():
    """Read only the ORGS and HONORIFICS literals from score.py (no import, no execution)."""
    tree = ast.parse(open(SCORE, encoding="utf-8").read())
    found = {}
    for node in tree.body:
        if isinstance(node, ast.Assign):
            for t in node.targets:
                if isinstance(t, ast.Name) and t.id in ("ORGS", "HONORIFICS"):
                    found[t.id] = ast.literal_eval(node.value)
    return found["ORGS"], found["HONORIFICS"]


ORGS, HONORIFICS = read_score_literals()
TITLES = {norm(h) for h in HONORIFICS} | {norm(h) for h in EXTRA_TITLES}


def iso_date(v):
    if not isinstance(v, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        return None
    try:
        return date.fromisoformat(v)
    except ValueError:
        return None


def party_ok(v, allow_null):
    if v is None:
        return allow_null
    if not isinstance(v, str):
        return False
    if v.startswith("org:"):
        return v[4:] in ORGS
    return v in ISO3166


def check_pair(stem, errors):
    def err(msg):
        errors.append(f"{stem}: {msg}")

    text = open(os.path.join(ROOT, stem + ".txt"), encoding="utf-8").read()
    try:
        gold = json.load(open(os.path.join(ROOT, stem + ".gold.json"), encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        err(f"gold is not valid JSON: {e}")
        return None

    if "\ufffd" in text:
        err("text holds a replacement character")
    nwords = len(re.findall(r"\w+", text))
    if not 80 <= nwords <= 450:
        err(f"text has {nwords} words (80-450 required)")
    tokens = set(norm(text).split())

    if not isinstance(gold, dict) or set(gold) != TOP_KEYS:
        err(f"top-level keys {sorted(gold) if isinstance(gold, dict) else type(gold)} != {sorted(TOP_KEYS)}")
        return None
    pub = gold["published"]
    pub_d = None
    if pub is not None:
        pub_d = iso_date(pub)
        if pub_d is None:
            err(f"published {pub!r} is not an ISO date")
    for k in ("meetings", "officials", "pledges"):
        if not isinstance(gold[k], list):
            err(f"{k} is not a list")
            return None

    for i, m in enumerate(gold["meetings"]):
        where = f"meetings[{i}]"
        if not isinstance(m, dict) or set(m) != MEETING_KEYS:
            err(f"{where} keys {sorted(m) if isinstance(m, dict) else m} != {sorted(MEETING_KEYS)}")
            continue
        d = e = None
        if m["date"] is not None:
            d = iso_date(m["date"])
            if d is None:
                err(f"{where}.date {m['date']!r} is not an ISO date")
        if m["end_date"] is not None:
            e = iso_date(m["end_date"])
            if e is None:
                err(f"{where}.end_date {m['end_date']!r} is not an ISO date")
            if m["date"] is None:
                err(f"{where} has end_date without date")
        if d and e and e < d:
            err(f"{where}.end_date {e} before date {d}")
        if d and pub_d and d > pub_d:
            err(f"{where}.date {d} is after publication {pub_d}")
        if m["country"] is not None and m["country"] not in ISO3166:
            err(f"{where}.country {m['country']!r} is not ISO 3166-1 alpha-2")
        if m["convened_by"] is not None and not isinstance(m["convened_by"], str):
            err(f"{where}.convened_by must be a string or null")
        if m["part_of"] is not None and not isinstance(m["part_of"], str):
            err(f"{where}.part_of must be a string or null")
        if not isinstance(m["chairs"], list):
            err(f"{where}.chairs is not a list")
        else:
            for c in m["chairs"]:
                if not party_ok(c, False):
                    err(f"{where}.chairs has bad code {c!r}")
            if len(set(m["chairs"])) != len(m["chairs"]):
                err(f"{where}.chairs has duplicates")
        pc = m["participant_count"]
        if pc is not None and (not isinstance(pc, int) or isinstance(pc, bool) or pc <= 0):
            err(f"{where}.participant_count {pc!r} must be a positive int or null")

    names = []
    for i, o in enumerate(gold["officials"]):
        where = f"officials[{i}]"
        if not isinstance(o, dict) or set(o) != OFFICIAL_KEYS:
            err(f"{where} keys {sorted(o) if isinstance(o, dict) else o} != {sorted(OFFICIAL_KEYS)}")
            continue
        name = o["name"]
        if not isinstance(name, str) or not name.strip():
            err(f"{where}.name must be a non-empty string")
            continue
        names.append(name)
        ntoks = norm(name).split()
        if ntoks and ntoks[0] in TITLES:
            err(f"{where}.name {name!r} starts with an honorific/title")
        for t in ntoks:
            if t in TITLES:
                err(f"{where}.name {name!r} holds the title token {t!r}")
            if t not in tokens:
                err(f"{where}.name token {t!r} of {name!r} not found in the text")
        if not party_ok(o["country"], True):
            err(f"{where}.country {o['country']!r} is not ISO 3166-1 alpha-2, org:KEY or null")
        if o["position"] is not None and not isinstance(o["position"], str):
            err(f"{where}.position must be a string or null")
        if not isinstance(o["speaker"], bool):
            err(f"{where}.speaker must be true/false")
    if len(set(norm(n) for n in names)) != len(names):
        err("officials list the same name twice")

    for i, p in enumerate(gold["pledges"]):
        where = f"pledges[{i}]"
        if not isinstance(p, dict) or set(p) != PLEDGE_KEYS:
            err(f"{where} keys {sorted(p) if isinstance(p, dict) else p} != {sorted(PLEDGE_KEYS)}")
            continue
        if not party_ok(p["donor"], False):
            err(f"{where}.donor {p['donor']!r} is not ISO 3166-1 alpha-2 or org:KEY")
        a = p["amount"]
        if not isinstance(a, int) or isinstance(a, bool) or a <= 0:
            err(f"{where}.amount {a!r} must be a positive int")
        if p["currency"] not in ISO4217:
            err(f"{where}.currency {p['currency']!r} is not ISO 4217")
        if p["announced_by"] is not None and p["announced_by"] not in names:
            err(f"{where}.announced_by {p['announced_by']!r} is not a listed official")
    return gold, nwords


def main():
    errors = []
    entries = sorted(os.listdir(ROOT))
    stems_txt, stems_gold = set(), set()
    for e in entries:
        path = os.path.join(ROOT, e)
        if e == "_tools" and os.path.isdir(path):
            continue
        if e == "README.md":
            continue
        if e.endswith(".gold.json"):
            stems_gold.add(e[:-len(".gold.json")])
        elif e.endswith(".txt"):
            stems_txt.add(e[:-len(".txt")])
        else:
            errors.append(f"stray top-level entry: {e}")
    if not os.path.isfile(os.path.join(ROOT, "README.md")):
        errors.append("README.md is missing")
    for e in sorted(os.listdir(HERE)):
        if e not in ("make.py", "check.py", "__pycache__"):
            errors.append(f"stray file in _tools: {e}")
    for s in sorted(stems_txt ^ stems_gold):
        errors.append(f"{s}: text and gold do not pair up")
    nums = []
    for s in sorted(stems_txt):
        m = re.fullmatch(PREFIX + r"(\d\d)_[a-z0-9_]+", s)
        if not m:
            errors.append(f"{s}: file name is not {PREFIX}NN_short")
        else:
            nums.append(int(m.group(1)))
    if sorted(nums) != list(range(1, N_TEXTS + 1)):
        errors.append(f"numbers {sorted(nums)} are not 01..{N_TEXTS:02d}")

    stats = {"texts": 0, "meetings": 0, "chairs": 0, "officials": 0, "speakers": 0, "pledges": 0,
             "participant_counts": 0, "no_published": 0, "meeting_date_null": 0, "words": []}
    for s in sorted(stems_txt & stems_gold):
        res = check_pair(s, errors)
        if not res:
            continue
        gold, nwords = res
        stats["texts"] += 1
        stats["words"].append(nwords)
        stats["meetings"] += len(gold["meetings"])
        stats["chairs"] += sum(len(m["chairs"]) for m in gold["meetings"])
        stats["officials"] += len(gold["officials"])
        stats["speakers"] += sum(1 for o in gold["officials"] if o["speaker"])
        stats["pledges"] += len(gold["pledges"])
        stats["participant_counts"] += sum(1 for m in gold["meetings"] if m["participant_count"] is not None)
        stats["no_published"] += gold["published"] is None
        stats["meeting_date_null"] += sum(1 for m in gold["meetings"] if m["date"] is None)

    w = stats.pop("words")
    print("counts:", json.dumps(stats, ensure_ascii=False))
    if w:
        print(f"words: min {min(w)}, max {max(w)}, mean {sum(w) / len(w):.0f}")
    if errors:
        print(f"{len(errors)} error(s):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("no errors")


if __name__ == "__main__":
    main()
