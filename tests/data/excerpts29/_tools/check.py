#!/usr/bin/env python3
"""Checker for the excerpts29 set (prefix tw).

Checks every NAME.txt / NAME.gold.json pair in the set folder against
/work/shared/eval/SCHEMA.md: keys and types, ISO dates, end_date >= date,
ISO 3166-1 alpha-2 codes, org keys (read from ORGS in score.py), ISO 4217
currencies, names without leading honorific (HONORIFICS in score.py), every
name token present in the text, announced_by among officials, meetings not
after publication, 80-450 words, and no stray top-level files.
Run:  python3 _tools/check.py      (exit status 1 on errors)
"""
import ast
import datetime as dt
import json
import re
import sys
from pathlib import Path

SET_DIR = Path(__file__).resolve().parent.parent
SCORE_PY = Path("/work/shared/eval/score.py")
PREFIX = "tw"

ISO3166 = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS
BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE
EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM
HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW
SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO
TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
""".split())

ISO4217 = set("""
AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN
BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS
GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW
KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD
NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD
SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES
VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL
""".split())


def read_score_constants():
    """ORGS and HONORIFICS from score.py, read as literals (score.py is not imported)."""
    tree = ast.parse(SCORE_PY.read_text(encoding="utf-8"))
    found = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 \
                and isinstance(node.targets[0], ast.Name) \
                and node.targets[0].id in ("ORGS", "HONORIFICS"):
            found[node.targets[0].id] = ast.literal_eval(node.value)
    return found["ORGS"], set(found["HONORIFICS"])


ORGS, HONORIFICS = read_score_constants()

_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)


def norm(text):
    text = _DIACRITICS.sub("", str(text))
    text = re.sub("[أإآٱ]", "ا", text).replace("ى", "ي").replace("ة", "ه")
    text = _PUNCT.sub(" ", text.lower())
    return " ".join(text.split())


TOP_KEYS = {"published", "meetings", "officials", "pledges"}
MEETING_KEYS = {"date", "end_date", "country", "convened_by", "chairs", "participant_count", "part_of"}
OFFICIAL_KEYS = {"name", "country", "position", "speaker"}
PLEDGE_KEYS = {"donor", "amount", "currency", "announced_by"}
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
NAME_RE = re.compile(rf"^{PREFIX}(\d\d)_[a-z0-9_]+$")


def parse_date(value, where, errors):
    if value is None:
        return None
    if not isinstance(value, str) or not ISO_DATE.match(value):
        errors.append(f"{where}: not an ISO date: {value!r}")
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        errors.append(f"{where}: impossible date: {value!r}")
        return None


def check_agent(value, where, errors, allow_null=True):
    if value is None:
        if not allow_null:
            errors.append(f"{where}: must not be null")
        return
    if not isinstance(value, str):
        errors.append(f"{where}: not a string: {value!r}")
    elif value.startswith("org:"):
        if value[4:] not in ORGS:
            errors.append(f"{where}: unknown org key {value!r} (not in score.py ORGS)")
    elif value not in ISO3166:
        errors.append(f"{where}: not an ISO 3166-1 alpha-2 code: {value!r}")


def check_pair(stem, errors):
    txt_path = SET_DIR / f"{stem}.txt"
    gold_path = SET_DIR / f"{stem}.gold.json"
    text = txt_path.read_text(encoding="utf-8")
    words = len(text.split())
    if not 80 <= words <= 450:
        errors.append(f"{stem}.txt: {words} words (must be 80-450)")
    text_tokens = set(norm(text).split())
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        errors.append(f"{stem}.gold.json: unreadable: {exc}")
        return None
    if not isinstance(gold, dict) or set(gold) != TOP_KEYS:
        errors.append(f"{stem}: top-level keys must be {sorted(TOP_KEYS)}")
        return None
    pub = parse_date(gold["published"], f"{stem}: published", errors)

    for key in ("meetings", "officials", "pledges"):
        if not isinstance(gold[key], list):
            errors.append(f"{stem}: {key} is not a list")
            return None

    for i, m in enumerate(gold["meetings"]):
        w = f"{stem}: meetings[{i}]"
        if not isinstance(m, dict) or set(m) != MEETING_KEYS:
            errors.append(f"{w}: keys must be {sorted(MEETING_KEYS)}")
            continue
        start = parse_date(m["date"], f"{w}.date", errors)
        end = parse_date(m["end_date"], f"{w}.end_date", errors)
        if end and not start:
            errors.append(f"{w}: end_date without date")
        if start and end and end < start:
            errors.append(f"{w}: end_date before date")
        if start and pub and start > pub:
            errors.append(f"{w}: meeting starts after publication")
        if m["country"] is not None and m["country"] not in ISO3166:
            errors.append(f"{w}.country: not an ISO 3166-1 alpha-2 code: {m['country']!r}")
        if not isinstance(m["chairs"], list):
            errors.append(f"{w}.chairs: not a list")
        else:
            if len(set(m["chairs"])) != len(m["chairs"]):
                errors.append(f"{w}.chairs: duplicates")
            for c in m["chairs"]:
                check_agent(c, f"{w}.chairs", errors, allow_null=False)
        pc = m["participant_count"]
        if pc is not None and (not isinstance(pc, int) or isinstance(pc, bool) or pc <= 0):
            errors.append(f"{w}.participant_count: not a positive integer: {pc!r}")
        for k in ("convened_by", "part_of"):
            if m[k] is not None and not (isinstance(m[k], str) and m[k].strip()):
                errors.append(f"{w}.{k}: must be a non-empty string or null")

    official_names = []
    for i, o in enumerate(gold["officials"]):
        w = f"{stem}: officials[{i}]"
        if not isinstance(o, dict) or set(o) != OFFICIAL_KEYS:
            errors.append(f"{w}: keys must be {sorted(OFFICIAL_KEYS)}")
            continue
        name = o["name"]
        if not isinstance(name, str) or not name.strip():
            errors.append(f"{w}.name: empty")
            continue
        official_names.append(name)
        toks = norm(name).split()
        if toks and toks[0] in HONORIFICS:
            errors.append(f"{w}.name: leading honorific in {name!r}")
        if any(t in HONORIFICS for t in toks):
            errors.append(f"{w}.name: honorific token in {name!r}")
        missing = [t for t in toks if t not in text_tokens]
        if missing:
            errors.append(f"{w}.name: tokens not in text: {missing} ({name!r})")
        check_agent(o["country"], f"{w}.country", errors)
        if not isinstance(o["position"], str) or not o["position"].strip():
            errors.append(f"{w}.position: must be a non-empty string")
        if not isinstance(o["speaker"], bool):
            errors.append(f"{w}.speaker: not a boolean")
    if len({norm(n) for n in official_names}) != len(official_names):
        errors.append(f"{stem}: duplicate officials")

    seen = set()
    for i, p in enumerate(gold["pledges"]):
        w = f"{stem}: pledges[{i}]"
        if not isinstance(p, dict) or set(p) != PLEDGE_KEYS:
            errors.append(f"{w}: keys must be {sorted(PLEDGE_KEYS)}")
            continue
        check_agent(p["donor"], f"{w}.donor", errors)
        amt = p["amount"]
        if not isinstance(amt, int) or isinstance(amt, bool) or amt <= 0:
            errors.append(f"{w}.amount: not a positive integer: {amt!r}")
        if p["currency"] not in ISO4217:
            errors.append(f"{w}.currency: not ISO 4217: {p['currency']!r}")
        if p["announced_by"] is not None and p["announced_by"] not in official_names:
            errors.append(f"{w}.announced_by: {p['announced_by']!r} is not a listed official")
        key = (p["donor"], amt, p["currency"])
        if key in seen:
            errors.append(f"{w}: duplicate pledge {key}")
        seen.add(key)
    return gold


def main():
    errors = []
    stems = []
    for path in sorted(SET_DIR.iterdir()):
        if path.is_dir():
            if path.name != "_tools":
                errors.append(f"stray directory: {path.name}")
            continue
        if path.name == "README.md":
            continue
        if path.name.endswith(".gold.json"):
            stem = path.name[:-len(".gold.json")]
            if not (SET_DIR / f"{stem}.txt").exists():
                errors.append(f"{path.name}: no matching .txt")
            continue
        if path.suffix == ".txt":
            stem = path.stem
            if not NAME_RE.match(stem):
                errors.append(f"{path.name}: name must be {PREFIX}NN_<short>")
            if not (SET_DIR / f"{stem}.gold.json").exists():
                errors.append(f"{path.name}: no matching .gold.json")
            else:
                stems.append(stem)
            continue
        errors.append(f"stray file: {path.name}")
    if not (SET_DIR / "README.md").exists():
        errors.append("README.md missing")
    numbers = sorted(int(NAME_RE.match(s).group(1)) for s in stems if NAME_RE.match(s))
    if numbers != list(range(1, 31)):
        errors.append(f"expected NN = 01..30, found {numbers}")

    stats = dict(texts=0, meetings=0, chairs=0, officials=0, speakers=0, pledges=0,
                 counts=0, no_pub=0, null_dates=0, null_country=0)
    for stem in stems:
        gold = check_pair(stem, errors)
        if not gold:
            continue
        stats["texts"] += 1
        stats["meetings"] += len(gold["meetings"])
        stats["chairs"] += sum(len(m["chairs"]) for m in gold["meetings"])
        stats["officials"] += len(gold["officials"])
        stats["speakers"] += sum(o["speaker"] is True for o in gold["officials"])
        stats["pledges"] += len(gold["pledges"])
        stats["counts"] += sum(m["participant_count"] is not None for m in gold["meetings"])
        stats["no_pub"] += gold["published"] is None
        stats["null_dates"] += sum(m["date"] is None for m in gold["meetings"])
        stats["null_country"] += sum(m["country"] is None for m in gold["meetings"])

    print("counts:", ", ".join(f"{k}={v}" for k, v in stats.items()))
    if errors:
        print(f"{len(errors)} error(s):")
        for e in errors:
            print("  -", e)
        return 1
    print("no errors")
    return 0


if __name__ == "__main__":
    sys.exit(main())
