#!/usr/bin/env python3
"""Checker for heldout27 (prefix rh): validates every NAME.txt / NAME.gold.json pair.

Checks: file naming (rhNN_short), pairing, exactly 30 pairs numbered 01..30, no stray
top-level files; gold keys and types; ISO dates, end_date >= date, meeting not after
publication; ISO 3166-1 alpha-2 codes; org keys read from ORGS in
/work/shared/eval/score.py (parsed with ast, never imported); ISO 4217 currencies;
names without honorifics (HONORIFICS from score.py); every name token present in the
text; announced_by among listed officials; 80-450 words. Prints counts; exits 1 on error.
"""
import ast
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
SCORE = "/work/shared/eval/score.py"
PREFIX = "rh"
EXPECTED = 30

ISO3166 = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO
BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ
EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK
HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC
NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB
SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV
TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
ISO4217 = set("""AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN
BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL
GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW
KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN
NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE
SOS SRD SSP STN SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF
XCD XOF XPF YER ZAR ZMW ZWL""".split())

TOP_KEYS = {"published", "meetings", "officials", "pledges"}
MEETING_KEYS = {"date", "end_date", "country", "convened_by", "chairs", "participant_count", "part_of"}
OFFICIAL_KEYS = {"name", "country", "position", "speaker"}
PLEDGE_KEYS = {"donor", "amount", "currency", "announced_by"}


def score_constants():
    """ORGS keys and HONORIFICS from score.py, read with ast (no import, no execution)."""
    tree = ast.parse(open(SCORE, encoding="utf-8").read())
    found = {}
    for node in tree.body:
        if (isinstance(node, ast.Assign) and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name)
                and node.targets[0].id in ("ORGS", "HONORIFICS")):
            found[node.targets[0].id] = ast.literal_eval(node.value)
    return set(found["ORGS"]), set(found["HONORIFICS"])


ORG_KEYS, HONORIFICS = score_constants()
_DIAC = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)


def norm(text):
    text = _DIAC.sub("", str(text))
    text = re.sub("[أإآٱ]", "ا", text).replace("ى", "ي").replace("ة", "ه")
    text = _PUNCT.sub(" ", text.lower())
    return " ".join(text.split())


def iso_date(value):
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        return None


def agent_ok(code):
    if not isinstance(code, str):
        return False
    if code.startswith("org:"):
        return code[4:] in ORG_KEYS
    return code in ISO3166


def check_pair(stem, errors, stats):
    def err(msg):
        errors.append(f"{stem}: {msg}")

    text = open(os.path.join(SET, stem + ".txt"), encoding="utf-8").read()
    n_words = len(text.split())
    stats["words"].append(n_words)
    if not 80 <= n_words <= 450:
        err(f"{n_words} words (must be 80-450)")
    try:
        gold = json.load(open(os.path.join(SET, stem + ".gold.json"), encoding="utf-8"))
    except (OSError, ValueError) as exc:
        err(f"gold unreadable: {exc}")
        return
    if not isinstance(gold, dict) or set(gold) != TOP_KEYS:
        err(f"top-level keys {sorted(gold) if isinstance(gold, dict) else type(gold)}")
        return
    tokens = set(norm(text).split())

    pub = gold["published"]
    pub_d = None
    if pub is None:
        stats["no_pub"] += 1
    else:
        pub_d = iso_date(pub)
        if pub_d is None:
            err(f"published {pub!r} is not an ISO date")

    meetings = gold["meetings"]
    if not isinstance(meetings, list) or not meetings:
        err("meetings must be a non-empty list (the reported meeting is always listed)")
        meetings = []
    for i, m in enumerate(meetings):
        if not isinstance(m, dict) or set(m) != MEETING_KEYS:
            err(f"meeting {i}: keys {sorted(m) if isinstance(m, dict) else m}")
            continue
        stats["meetings"] += 1
        d = None
        if m["date"] is None:
            stats["null_date"] += 1
        else:
            d = iso_date(m["date"])
            if d is None:
                err(f"meeting {i}: date {m['date']!r} not ISO")
        if m["end_date"] is not None:
            e = iso_date(m["end_date"])
            if e is None:
                err(f"meeting {i}: end_date {m['end_date']!r} not ISO")
            elif d is None:
                err(f"meeting {i}: end_date without date")
            elif e < d:
                err(f"meeting {i}: end_date before date")
        if d is not None and pub_d is not None and d > pub_d:
            err(f"meeting {i}: date {d} after publication {pub_d}")
        if m["country"] is not None and m["country"] not in ISO3166:
            err(f"meeting {i}: country {m['country']!r} not ISO 3166-1 alpha-2")
        for key in ("convened_by", "part_of"):
            if m[key] is not None and not (isinstance(m[key], str) and m[key].strip()):
                err(f"meeting {i}: {key} must be a non-empty string or null")
        if not isinstance(m["chairs"], list):
            err(f"meeting {i}: chairs not a list")
        else:
            if len(set(m["chairs"])) != len(m["chairs"]):
                err(f"meeting {i}: duplicate chairs")
            for c in m["chairs"]:
                stats["chairs"] += 1
                if not agent_ok(c):
                    err(f"meeting {i}: chair {c!r} not an ISO code or known org key")
        pc = m["participant_count"]
        if pc is not None:
            if not isinstance(pc, int) or isinstance(pc, bool) or pc <= 0:
                err(f"meeting {i}: participant_count {pc!r}")
            else:
                stats["counts"] += 1
                stats["count_values"].append(pc)

    names = []
    officials = gold["officials"]
    if not isinstance(officials, list):
        err("officials not a list")
        officials = []
    for i, o in enumerate(officials):
        if not isinstance(o, dict) or set(o) != OFFICIAL_KEYS:
            err(f"official {i}: keys")
            continue
        stats["officials"] += 1
        name = o["name"]
        if not isinstance(name, str) or not name.strip():
            err(f"official {i}: empty name")
            continue
        names.append(name)
        ntoks = norm(name).split()
        if ntoks and ntoks[0] in HONORIFICS:
            err(f"official {name!r}: leading honorific {ntoks[0]!r}")
        for t in ntoks:
            if t in HONORIFICS:
                err(f"official {name!r}: honorific token {t!r}")
            if t not in tokens:
                err(f"official {name!r}: token {t!r} not in text")
        if o["country"] is not None and not agent_ok(o["country"]):
            err(f"official {name!r}: country {o['country']!r}")
        if o["position"] is not None and not isinstance(o["position"], str):
            err(f"official {name!r}: position must be a string or null")
        if not isinstance(o["speaker"], bool):
            err(f"official {name!r}: speaker must be boolean")
        elif o["speaker"]:
            stats["speakers"] += 1
    seen_meetings = [(m.get("date"), m.get("country")) for m in meetings if isinstance(m, dict)]
    if len(set(seen_meetings)) != len(seen_meetings):
        err("two meetings share date and country")
    if len(set(names)) != len(names):
        err("duplicate official names")

    pledges = gold["pledges"]
    if not isinstance(pledges, list):
        err("pledges not a list")
        pledges = []
    seen_pledges = set()
    for i, p in enumerate(pledges):
        if not isinstance(p, dict) or set(p) != PLEDGE_KEYS:
            err(f"pledge {i}: keys")
            continue
        stats["pledges"] += 1
        if not agent_ok(p["donor"]):
            err(f"pledge {i}: donor {p['donor']!r}")
        a = p["amount"]
        if not isinstance(a, (int, float)) or isinstance(a, bool) or a <= 0:
            err(f"pledge {i}: amount {a!r}")
        if p["currency"] not in ISO4217:
            err(f"pledge {i}: currency {p['currency']!r} not ISO 4217")
        key = (p["donor"], p["amount"], p["currency"])
        if key in seen_pledges:
            err(f"pledge {i}: duplicate donor/amount/currency {key}")
        seen_pledges.add(key)
        if p["announced_by"] is not None and p["announced_by"] not in names:
            err(f"pledge {i}: announced_by {p['announced_by']!r} is not a listed official")


def main():
    errors = []
    stats = {"meetings": 0, "null_date": 0, "chairs": 0, "counts": 0, "count_values": [],
             "officials": 0, "speakers": 0, "pledges": 0, "no_pub": 0, "words": []}
    stems = set()
    for entry in sorted(os.listdir(SET)):
        path = os.path.join(SET, entry)
        if entry in ("README.md", "_tools"):
            continue
        if os.path.isdir(path):
            errors.append(f"stray directory {entry}")
            continue
        m = re.fullmatch(rf"({PREFIX}(\d\d)_[a-z0-9_]+)\.(txt|gold\.json)", entry)
        if not m:
            errors.append(f"stray or badly named file {entry}")
            continue
        stems.add(m.group(1))
    if not os.path.exists(os.path.join(SET, "README.md")):
        errors.append("README.md missing")
    numbers = sorted(int(s[len(PREFIX):len(PREFIX) + 2]) for s in stems)
    if numbers != list(range(1, EXPECTED + 1)):
        errors.append(f"expected {PREFIX}01..{PREFIX}{EXPECTED:02d}, found numbers {numbers}")
    for stem in sorted(stems):
        missing = [ext for ext in (".txt", ".gold.json")
                   if not os.path.exists(os.path.join(SET, stem + ext))]
        for ext in missing:
            errors.append(f"{stem}: missing {ext}")
        if not missing:
            check_pair(stem, errors, stats)
    w = stats.pop("words")
    print(f"pairs: {len(stems)}; words min/max: {min(w) if w else 0}/{max(w) if w else 0}")
    print("counts:", json.dumps(stats, ensure_ascii=False))
    for e in errors:
        print("ERROR", e)
    print(f"{len(errors)} error(s)")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
