#!/usr/bin/env python3
"""Checker for the heldout22 set: validates every NAME.txt / NAME.gold.json pair.

Checks: file pairing and naming, no stray top-level files, gold keys and types,
ISO dates (end_date >= date, meeting not after publication), ISO 3166-1 alpha-2
codes, org keys read from ORGS in /work/shared/eval/score.py, ISO 4217 currencies,
names without a leading honorific (HONORIFICS from score.py), every name token
present in the text, announced_by among the listed officials, 80-450 words.
Exit status 1 when any error is found.
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
PREFIX = "ec"

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


def load_score_constants():
    """Read only the ORGS dict and the HONORIFICS set from score.py (no import, no execution)."""
    tree = ast.parse(open(SCORE, encoding="utf-8").read())
    found = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 \
                and isinstance(node.targets[0], ast.Name) and node.targets[0].id in ("ORGS", "HONORIFICS"):
            found[node.targets[0].id] = ast.literal_eval(node.value)
    return set(found["ORGS"]), set(found["HONORIFICS"])


ORG_KEYS, HONORIFICS = load_score_constants()

_DIAC = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)


def norm(text):
    text = _DIAC.sub("", str(text))
    text = re.sub("[أإآٱ]", "ا", text).replace("ى", "ي").replace("ة", "ه")
    text = _PUNCT.sub(" ", text.lower())
    return " ".join(text.split())


def iso(d):
    if not isinstance(d, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", d):
        return None
    try:
        return datetime.date.fromisoformat(d)
    except ValueError:
        return None


def entity_ok(code, allow_null=True):
    if code is None:
        return allow_null
    if not isinstance(code, str):
        return False
    if code.startswith("org:"):
        return code[4:] in ORG_KEYS
    return code in ISO3166


def check_pair(stem, errors, stats):
    def err(msg):
        errors.append(f"{stem}: {msg}")

    text = open(os.path.join(SET, stem + ".txt"), encoding="utf-8").read()
    words = len(text.split())
    if not 80 <= words <= 450:
        err(f"text has {words} words (80-450)")
    try:
        gold = json.load(open(os.path.join(SET, stem + ".gold.json"), encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        err(f"gold is not valid JSON: {e}")
        return
    if set(gold) != {"published", "meetings", "officials", "pledges"}:
        err(f"top-level keys {sorted(gold)}")
        return
    ntext = f" {norm(text)} "
    tokens = set(ntext.split())

    pub = gold["published"]
    pub_d = None
    if pub is not None:
        pub_d = iso(pub)
        if pub_d is None:
            err(f"published {pub!r} is not an ISO date")
    else:
        stats["no_pub"] += 1

    if not isinstance(gold["meetings"], list):
        err("meetings is not a list")
    for i, m in enumerate(gold["meetings"]):
        keys = {"date", "end_date", "country", "convened_by", "chairs", "participant_count", "part_of"}
        if not isinstance(m, dict) or set(m) != keys:
            err(f"meeting {i} keys {sorted(m) if isinstance(m, dict) else m}")
            continue
        stats["meetings"] += 1
        d = e = None
        if m["date"] is None:
            stats["null_date"] += 1
        else:
            d = iso(m["date"])
            if d is None:
                err(f"meeting {i} date {m['date']!r} not ISO")
        if m["end_date"] is not None:
            e = iso(m["end_date"])
            if e is None:
                err(f"meeting {i} end_date {m['end_date']!r} not ISO")
            elif d is None:
                err(f"meeting {i} has end_date without date")
            elif e < d:
                err(f"meeting {i} end_date before date")
        if d is not None and pub_d is not None and d > pub_d:
            err(f"meeting {i} date {d} after publication {pub_d}")
        if m["country"] is not None and m["country"] not in ISO3166:
            err(f"meeting {i} country {m['country']!r}")
        if m["convened_by"] is not None and not isinstance(m["convened_by"], str):
            err(f"meeting {i} convened_by type")
        if m["part_of"] is not None and not isinstance(m["part_of"], str):
            err(f"meeting {i} part_of type")
        if not isinstance(m["chairs"], list):
            err(f"meeting {i} chairs not a list")
        else:
            if len(set(m["chairs"])) != len(m["chairs"]):
                err(f"meeting {i} duplicate chairs")
            for c in m["chairs"]:
                stats["chairs"] += 1
                if not entity_ok(c, allow_null=False):
                    err(f"meeting {i} chair {c!r}")
        pc = m["participant_count"]
        if pc is not None:
            if not isinstance(pc, int) or isinstance(pc, bool) or pc <= 0:
                err(f"meeting {i} participant_count {pc!r}")
            else:
                stats["counts"] += 1
                if str(pc) not in text and not re.search(r"\b" + str(pc) + r"\b", text):
                    # written in words or Arabic-Indic digits: only a warning
                    stats["warnings"].append(f"{stem}: participant_count {pc} not written as digits")

    names = []
    if not isinstance(gold["officials"], list):
        err("officials is not a list")
    for i, o in enumerate(gold["officials"]):
        if not isinstance(o, dict) or set(o) != {"name", "country", "position", "speaker"}:
            err(f"official {i} keys")
            continue
        stats["officials"] += 1
        name = o["name"]
        if not isinstance(name, str) or not name.strip():
            err(f"official {i} name {name!r}")
            continue
        names.append(name)
        ntoks = norm(name).split()
        if ntoks and ntoks[0] in HONORIFICS:
            err(f"official {name!r} starts with honorific {ntoks[0]!r}")
        for t in ntoks:
            if t in HONORIFICS:
                err(f"official {name!r} contains honorific {t!r}")
            if t not in tokens:
                err(f"official {name!r}: token {t!r} not in text")
        if not entity_ok(o["country"]):
            err(f"official {name!r} country {o['country']!r}")
        if o["position"] is not None and not isinstance(o["position"], str):
            err(f"official {name!r} position type")
        if not isinstance(o["speaker"], bool):
            err(f"official {name!r} speaker not bool")
    if len(set(names)) != len(names):
        err("duplicate official names")

    if not isinstance(gold["pledges"], list):
        err("pledges is not a list")
    for i, p in enumerate(gold["pledges"]):
        if not isinstance(p, dict) or set(p) != {"donor", "amount", "currency", "announced_by"}:
            err(f"pledge {i} keys")
            continue
        stats["pledges"] += 1
        if not entity_ok(p["donor"], allow_null=False):
            err(f"pledge {i} donor {p['donor']!r}")
        a = p["amount"]
        if not isinstance(a, (int, float)) or isinstance(a, bool) or a <= 0:
            err(f"pledge {i} amount {a!r}")
        if p["currency"] not in ISO4217:
            err(f"pledge {i} currency {p['currency']!r}")
        if p["announced_by"] is not None and p["announced_by"] not in names:
            err(f"pledge {i} announced_by {p['announced_by']!r} not among officials")


def main():
    errors = []
    stats = {"meetings": 0, "chairs": 0, "officials": 0, "pledges": 0, "counts": 0,
             "no_pub": 0, "null_date": 0, "warnings": []}
    allowed_top = {"README.md", "_tools"}
    stems_txt, stems_gold = set(), set()
    for f in sorted(os.listdir(SET)):
        if f in allowed_top:
            continue
        if f.endswith(".gold.json"):
            stems_gold.add(f[:-len(".gold.json")])
        elif f.endswith(".txt"):
            stems_txt.add(f[:-len(".txt")])
        else:
            errors.append(f"stray top-level file: {f}")
    if not os.path.isfile(os.path.join(SET, "README.md")):
        errors.append("README.md missing")
    for s in sorted(stems_txt ^ stems_gold):
        errors.append(f"{s}: text and gold not paired")
    stems = sorted(stems_txt & stems_gold)
    pat = re.compile(rf"{PREFIX}(\d\d)_[a-z0-9_]+")
    nums = []
    for s in stems:
        mm = pat.fullmatch(s)
        if not mm:
            errors.append(f"{s}: file name not {PREFIX}NN_short")
        else:
            nums.append(int(mm.group(1)))
    if sorted(nums) != list(range(1, 31)):
        errors.append(f"numbering is not 01..30: {sorted(nums)}")
    for s in stems:
        check_pair(s, errors, stats)
    for w in stats["warnings"]:
        print("warning:", w)
    print(f"texts={len(stems)} meetings={stats['meetings']} chairs={stats['chairs']} "
          f"officials={stats['officials']} pledges={stats['pledges']} participant_counts={stats['counts']} "
          f"no_published={stats['no_pub']} meetings_date_null={stats['null_date']}")
    for e in errors:
        print("ERROR:", e)
    print(f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
