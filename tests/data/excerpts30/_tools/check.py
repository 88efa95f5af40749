#!/usr/bin/env python3
"""Validate /work/excerpts30: gold format (SCHEMA.md), names, dates, files.

Reads ORGS and HONORIFICS from /work/shared/eval/score.py as literals (ast);
nothing from the project is imported or run.  Exit code 1 on any error.
"""
import ast
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SCORE = "/work/shared/eval/score.py"
PREFIX = "eg"

ISO3166 = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR
GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO
JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR
MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO
RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV
TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
""".split())

ISO4217 = set("""
AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD CAD CDF CHF
CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG
HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA
MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD
RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX
USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL
""".split())

# titles that are not in score.py's HONORIFICS but must not lead a gold name either
EXTRA_TITLES = {"المهندس", "الوزير", "جلاله", "صاحب", "فخامه", "سعاده", "دوله", "الحاج_title"}

TOP_KEYS = ["published", "meetings", "officials", "pledges"]
MEET_KEYS = ["date", "end_date", "country", "convened_by", "chairs", "participant_count", "part_of"]
OFF_KEYS = ["name", "country", "position", "speaker"]
PLEDGE_KEYS = ["donor", "amount", "currency", "announced_by"]


def read_score_literals():
    tree = ast.parse(open(SCORE, encoding="utf-8").read())
    found = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            if node.targets[0].id in ("ORGS", "HONORIFICS"):
                found[node.targets[0].id] = ast.literal_eval(node.value)
    return found["ORGS"], found["HONORIFICS"]


ORGS, HONORIFICS = read_score_literals()
_DIAC = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)


def norm(s):
    s = _DIAC.sub("", str(s))
    s = re.sub("[أإآٱ]", "ا", s).replace("ى", "ي").replace("ة", "ه")
    s = _PUNCT.sub(" ", s.lower())
    return " ".join(s.split())


def is_date(v):
    if not isinstance(v, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        return False
    try:
        dt.date.fromisoformat(v)
        return True
    except ValueError:
        return False


def valid_party(v, allow_null=True):
    if v is None:
        return allow_null
    if not isinstance(v, str):
        return False
    if v.startswith("org:"):
        return v[4:] in ORGS
    return v in ISO3166


def check_doc(name, text, gold, errs):
    def e(msg):
        errs.append(f"{name}: {msg}")

    words = len(text.split())
    if not 80 <= words <= 450:
        e(f"{words} words (want 80-450)")
    ntext = " " + norm(text) + " "
    text_tokens = set(norm(text).split())

    if list(gold.keys()) != TOP_KEYS:
        e(f"top-level keys {list(gold.keys())}")
        return
    pub = gold["published"]
    if pub is not None and not is_date(pub):
        e(f"published not ISO: {pub!r}")
        pub = None
    if not isinstance(gold["meetings"], list) or not gold["meetings"]:
        e("meetings must be a non-empty list (the reported meeting is always listed)")
    for i, m in enumerate(gold["meetings"] or []):
        tag = f"meeting[{i}]"
        if not isinstance(m, dict) or list(m.keys()) != MEET_KEYS:
            e(f"{tag} keys {list(m.keys()) if isinstance(m, dict) else type(m)}")
            continue
        d, end = m["date"], m["end_date"]
        if d is not None and not is_date(d):
            e(f"{tag} date not ISO: {d!r}")
            d = None
        if end is not None:
            if not is_date(end):
                e(f"{tag} end_date not ISO: {end!r}")
            elif d is None:
                e(f"{tag} end_date without date")
            elif end < d:
                e(f"{tag} end_date {end} before date {d}")
        if d and pub and d > pub:
            e(f"{tag} date {d} after publication {pub}")
        if m["country"] is not None and m["country"] not in ISO3166:
            e(f"{tag} country {m['country']!r} not ISO 3166-1 alpha-2")
        for k in ("convened_by", "part_of"):
            if m[k] is not None and (not isinstance(m[k], str) or not m[k].strip()):
                e(f"{tag} {k} must be a non-empty string or null")
        if not isinstance(m["chairs"], list):
            e(f"{tag} chairs not a list")
        else:
            if len(set(m["chairs"])) != len(m["chairs"]):
                e(f"{tag} duplicate chairs")
            for c in m["chairs"]:
                if not valid_party(c, allow_null=False):
                    e(f"{tag} chair {c!r} is neither ISO alpha-2 nor org:KEY of ORGS")
        pc = m["participant_count"]
        if pc is not None and (not isinstance(pc, int) or isinstance(pc, bool) or pc <= 0):
            e(f"{tag} participant_count {pc!r}")
    names = []
    for i, o in enumerate(gold["officials"]):
        tag = f"official[{i}]"
        if not isinstance(o, dict) or list(o.keys()) != OFF_KEYS:
            e(f"{tag} keys {list(o.keys()) if isinstance(o, dict) else type(o)}")
            continue
        n = o["name"]
        if not isinstance(n, str) or not n.strip():
            e(f"{tag} name empty")
            continue
        names.append(n)
        toks = norm(n).split()
        bad = [t for t in toks if t in HONORIFICS or t in EXTRA_TITLES]
        if bad:
            e(f"{tag} name {n!r} carries honorific/title {bad}")
        missing = [t for t in toks if t not in text_tokens]
        if missing:
            e(f"{tag} name {n!r}: tokens not in text {missing}")
        elif (" " + norm(n) + " ") not in ntext:
            pass  # tokens present but not contiguous: allowed (SCHEMA asks tokens only)
        if not valid_party(o["country"]):
            e(f"{tag} country {o['country']!r}")
        if o["position"] is not None and (not isinstance(o["position"], str) or not o["position"].strip()):
            e(f"{tag} position must be non-empty string or null")
        if not isinstance(o["speaker"], bool):
            e(f"{tag} speaker not bool")
    if len(set(names)) != len(names):
        e("duplicate official names")
    for i, p in enumerate(gold["pledges"]):
        tag = f"pledge[{i}]"
        if not isinstance(p, dict) or list(p.keys()) != PLEDGE_KEYS:
            e(f"{tag} keys {list(p.keys()) if isinstance(p, dict) else type(p)}")
            continue
        if not valid_party(p["donor"]):
            e(f"{tag} donor {p['donor']!r}")
        a = p["amount"]
        if not isinstance(a, (int, float)) or isinstance(a, bool) or a <= 0:
            e(f"{tag} amount {a!r}")
        if p["currency"] not in ISO4217:
            e(f"{tag} currency {p['currency']!r} not ISO 4217")
        if p["announced_by"] is not None and p["announced_by"] not in names:
            e(f"{tag} announced_by {p['announced_by']!r} not among officials")


def main():
    errs = []
    files = sorted(os.listdir(ROOT))
    pat = re.compile(rf"^{PREFIX}(\d\d)_[a-z0-9_]+\.(txt|gold\.json)$")
    stems = {}
    for f in files:
        full = os.path.join(ROOT, f)
        if f in ("README.md",) and os.path.isfile(full):
            continue
        if f == "_tools" and os.path.isdir(full):
            continue
        mm = pat.match(f)
        if not mm or not os.path.isfile(full):
            errs.append(f"stray top-level entry: {f}")
            continue
        stem = f.rsplit(".txt", 1)[0] if f.endswith(".txt") else f.rsplit(".gold.json", 1)[0]
        stems.setdefault(stem, set()).add("txt" if f.endswith(".txt") else "gold")
    if "README.md" not in files:
        errs.append("README.md missing")
    nums = {}
    for stem, kinds in stems.items():
        if kinds != {"txt", "gold"}:
            errs.append(f"{stem}: missing {'gold' if 'gold' not in kinds else 'txt'} file")
        nums.setdefault(int(stem[len(PREFIX):len(PREFIX) + 2]), []).append(stem)
    if sorted(nums) != list(range(1, 31)):
        errs.append(f"numbers present: {sorted(nums)} (want 01..30)")
    for n, ss in nums.items():
        if len(ss) > 1:
            errs.append(f"number {n:02d} used by {ss}")
    stats = {"texts": 0, "meetings": 0, "chairs": 0, "officials": 0, "speakers": 0, "pledges": 0,
             "counts": [], "pub_null": [], "date_null": []}
    for stem in sorted(stems):
        if stems[stem] != {"txt", "gold"}:
            continue
        raw = open(os.path.join(ROOT, stem + ".txt"), "rb").read()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            errs.append(f"{stem}: text not UTF-8")
            continue
        if raw.startswith(b"\xef\xbb\xbf"):
            errs.append(f"{stem}: BOM")
        try:
            gold = json.load(open(os.path.join(ROOT, stem + ".gold.json"), encoding="utf-8"))
        except Exception as ex:  # noqa: BLE001
            errs.append(f"{stem}: bad JSON {ex}")
            continue
        check_doc(stem, text, gold, errs)
        stats["texts"] += 1
        if isinstance(gold, dict) and list(gold.keys()) == TOP_KEYS:
            stats["meetings"] += len(gold["meetings"])
            stats["chairs"] += sum(len(m.get("chairs", [])) for m in gold["meetings"])
            stats["officials"] += len(gold["officials"])
            stats["speakers"] += sum(1 for o in gold["officials"] if o.get("speaker") is True)
            stats["pledges"] += len(gold["pledges"])
            stats["counts"] += [m["participant_count"] for m in gold["meetings"] if m.get("participant_count")]
            if gold["published"] is None:
                stats["pub_null"].append(stem)
            stats["date_null"] += [stem for m in gold["meetings"] if m.get("date") is None]
    for x in errs:
        print("ERROR", x)
    print(f"{stats['texts']} texts; {stats['meetings']} meetings; {stats['chairs']} chair entries; "
          f"{stats['officials']} officials ({stats['speakers']} speakers); {stats['pledges']} pledges; "
          f"participant counts {stats['counts']}; published null {stats['pub_null']}; "
          f"date null {stats['date_null']}")
    print("OK: no errors" if not errs else f"{len(errs)} error(s)")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
