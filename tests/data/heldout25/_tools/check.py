#!/usr/bin/env python3
"""Check the heldout25 set: gold format (SCHEMA.md), names against texts, word counts, folder contents.

Run:  python3 _tools/check.py      (exit status 1 if any error)
"""
import ast
import datetime as dt
import json
import re
import sys
from pathlib import Path

DIR = Path(__file__).resolve().parent.parent
SCORE = Path("/work/shared/eval/score.py")
PREFIX = "fa"

ISO2 = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS
BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI
FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR
IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM
MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT
PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM
TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())

ISO4217 = set("""AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN
BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ
GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL
LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN
PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SYP SZL THB TJS TMT TND TOP TRY TTD TWD
TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL""".split())


def load_score_names():
    """Read ORGS and HONORIFICS from score.py without importing it."""
    tree = ast.parse(SCORE.read_text(encoding="utf-8"))
    found = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            if node.targets[0].id in ("ORGS", "HONORIFICS"):
                found[node.targets[0].id] = ast.literal_eval(node.value)
    return found["ORGS"], found["HONORIFICS"]


ORGS, HONORIFICS = load_score_names()
_DIAC = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)


def norm(text):
    text = _DIAC.sub("", str(text))
    text = re.sub("[أإآٱ]", "ا", text).replace("ى", "ي").replace("ة", "ه")
    text = _PUNCT.sub(" ", text.lower())
    return " ".join(text.split())


def iso_date(v):
    if not isinstance(v, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        return None
    try:
        return dt.date.fromisoformat(v)
    except ValueError:
        return None


def check_party(v, where, errs, allow_null=True):
    if v is None:
        if not allow_null:
            errs.append(f"{where}: null not allowed")
        return
    if not isinstance(v, str):
        errs.append(f"{where}: not a string: {v!r}")
    elif v.startswith("org:"):
        if v[4:] not in ORGS:
            errs.append(f"{where}: unknown org key {v}")
    elif v not in ISO2:
        errs.append(f"{where}: not ISO 3166 alpha-2: {v}")


def check_doc(txt, gold_path, errs):
    text = txt.read_text(encoding="utf-8")
    words = len(text.split())
    if not 80 <= words <= 450:
        errs.append(f"{txt.name}: {words} words (need 80-450)")
    tokens = set(norm(text).split())
    try:
        g = json.loads(gold_path.read_text(encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        errs.append(f"{gold_path.name}: bad JSON: {e}")
        return
    name = gold_path.name
    if set(g) != {"published", "meetings", "officials", "pledges"}:
        errs.append(f"{name}: top-level keys {sorted(g)}")
        return
    pub = g["published"]
    if pub is not None and iso_date(pub) is None:
        errs.append(f"{name}: published not ISO: {pub}")
    pubd = iso_date(pub) if pub else None
    mkeys = {"date", "end_date", "country", "convened_by", "chairs", "participant_count", "part_of"}
    for i, m in enumerate(g["meetings"]):
        w = f"{name} meeting[{i}]"
        if set(m) != mkeys:
            errs.append(f"{w}: keys {sorted(m)}")
            continue
        d = iso_date(m["date"]) if m["date"] is not None else None
        if m["date"] is not None and d is None:
            errs.append(f"{w}: date not ISO: {m['date']}")
        if m["end_date"] is not None:
            e = iso_date(m["end_date"])
            if e is None:
                errs.append(f"{w}: end_date not ISO")
            elif d is None or e < d:
                errs.append(f"{w}: end_date without date or before date")
        if d and pubd and d > pubd:
            errs.append(f"{w}: meeting {d} after publication {pubd}")
        if m["country"] is not None and m["country"] not in ISO2:
            errs.append(f"{w}: country {m['country']}")
        if not isinstance(m["chairs"], list):
            errs.append(f"{w}: chairs not a list")
        else:
            for c in m["chairs"]:
                check_party(c, f"{w} chair", errs, allow_null=False)
            if len(set(m["chairs"])) != len(m["chairs"]):
                errs.append(f"{w}: duplicate chairs")
        pc = m["participant_count"]
        if pc is not None and (not isinstance(pc, int) or isinstance(pc, bool) or pc <= 0):
            errs.append(f"{w}: participant_count {pc!r}")
        for k in ("convened_by", "part_of"):
            if m[k] is not None and not isinstance(m[k], str):
                errs.append(f"{w}: {k} not string/null")
    names = set()
    for i, o in enumerate(g["officials"]):
        w = f"{name} official[{i}]"
        if set(o) != {"name", "country", "position", "speaker"}:
            errs.append(f"{w}: keys {sorted(o)}")
            continue
        if not isinstance(o["name"], str) or not o["name"].strip():
            errs.append(f"{w}: empty name")
            continue
        ntoks = norm(o["name"]).split()
        if ntoks and ntoks[0] in HONORIFICS:
            errs.append(f"{w}: name starts with honorific: {o['name']}")
        for t in ntoks:
            if t not in tokens:
                errs.append(f"{w}: token '{t}' of {o['name']} not in text")
        if o["name"] in names:
            errs.append(f"{w}: duplicate official {o['name']}")
        names.add(o["name"])
        check_party(o["country"], f"{w} country", errs)
        if o["position"] is not None and not isinstance(o["position"], str):
            errs.append(f"{w}: position type")
        if not isinstance(o["speaker"], bool):
            errs.append(f"{w}: speaker not bool")
    for i, p in enumerate(g["pledges"]):
        w = f"{name} pledge[{i}]"
        if set(p) != {"donor", "amount", "currency", "announced_by"}:
            errs.append(f"{w}: keys {sorted(p)}")
            continue
        check_party(p["donor"], f"{w} donor", errs)
        if not isinstance(p["amount"], (int, float)) or isinstance(p["amount"], bool) or p["amount"] <= 0:
            errs.append(f"{w}: amount {p['amount']!r}")
        if p["currency"] not in ISO4217:
            errs.append(f"{w}: currency {p['currency']}")
        if p["announced_by"] is not None and p["announced_by"] not in names:
            errs.append(f"{w}: announced_by {p['announced_by']} not among officials")


def main():
    errs = []
    allowed = {"README.md", "_tools"}
    txts = sorted(DIR.glob(f"{PREFIX}*.txt"))
    for f in DIR.iterdir():
        if f.name in allowed:
            continue
        if not re.fullmatch(PREFIX + r"(0[1-9]|[12]\d|30)_[a-z0-9_]+\.(txt|gold\.json)", f.name):
            errs.append(f"stray file in folder: {f.name}")
    if len(txts) != 30:
        errs.append(f"{len(txts)} texts, expected 30")
    nums = sorted(int(t.name[2:4]) for t in txts)
    if nums != list(range(1, 31)):
        errs.append(f"numbers {nums}")
    for t in txts:
        gp = t.with_name(t.name[:-4] + ".gold.json")
        if not gp.exists():
            errs.append(f"{t.name}: no gold file")
            continue
        check_doc(t, gp, errs)
    for gp in DIR.glob(f"{PREFIX}*.gold.json"):
        if not gp.with_name(gp.name[:-10] + ".txt").exists():
            errs.append(f"{gp.name}: no text")
    if not (DIR / "README.md").exists():
        errs.append("README.md missing")
    for e in errs:
        print("ERROR", e)
    print(f"{len(txts)} texts checked, {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
