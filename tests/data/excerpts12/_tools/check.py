#!/usr/bin/env python3
"""Validate every NAME.gold.json of /work/excerpts12 against SCHEMA.md and score.py.

    python3 _tools/check.py [FOLDER]

Checks: file pairs; exact key sets and value types; ISO dates (published, date, end_date >= date);
ISO 3166-1 alpha-2 codes or org:KEY with KEY in score.py's ORGS (read with ast, nothing imported);
ISO 4217 currencies; positive amounts; no honorific token in names (score.py's HONORIFICS);
every name's tokens found in the text (score.py's normaliser); announced_by is a listed official;
no duplicate officials or pledges; text length 40-200 words. Exit 1 on any error.
"""
from __future__ import annotations

import ast
import datetime as dt
import json
import re
import sys
from pathlib import Path

SCORE = Path("/work/shared/eval/score.py")
FOLDER = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent

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
SHP SLE SOS SRD SSP STN SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND
VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL
""".split())

TOP = {"published", "meetings", "officials", "pledges"}
MEETING = {"date", "end_date", "country", "convened_by", "chairs", "participant_count", "part_of"}
OFFICIAL = {"name", "country", "position", "speaker"}
PLEDGE = {"donor", "amount", "currency", "announced_by"}


def load_score_names():
    """ORGS keys and HONORIFICS from score.py, read as literals (score.py needs rdflib to import)."""
    tree = ast.parse(SCORE.read_text(encoding="utf-8"))
    found = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            if node.targets[0].id in ("ORGS", "HONORIFICS"):
                found[node.targets[0].id] = ast.literal_eval(node.value)
    return set(found["ORGS"]), set(found["HONORIFICS"])


ORG_KEYS, HONORIFICS = load_score_names()
_DIAC = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)


def norm(text: str) -> str:  # same steps as score.py's norm()
    text = _DIAC.sub("", str(text))
    text = re.sub("[أإآٱ]", "ا", text).replace("ى", "ي").replace("ة", "ه")
    text = _PUNCT.sub(" ", text.lower())
    return " ".join(text.split())


class Report:
    def __init__(self):
        self.errors: list[str] = []

    def err(self, where: str, msg: str):
        self.errors.append(f"{where}: {msg}")


def is_date(v) -> bool:
    if not isinstance(v, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        return False
    try:
        dt.date.fromisoformat(v)
        return True
    except ValueError:
        return False


def agent_ok(v) -> bool:
    if not isinstance(v, str):
        return False
    if v.startswith("org:"):
        return v[4:] in ORG_KEYS
    return v in ISO3166


def check_meeting(r: Report, where: str, m: dict, published):
    if set(m) != MEETING:
        r.err(where, f"meeting keys {sorted(m)}")
        return
    for k in ("date", "end_date"):
        if m[k] is not None and not is_date(m[k]):
            r.err(where, f"{k} not an ISO date: {m[k]!r}")
    if m["end_date"] is not None:
        if m["date"] is None:
            r.err(where, "end_date without date")
        elif is_date(m["date"]) and is_date(m["end_date"]) and m["end_date"] <= m["date"]:
            r.err(where, "end_date must be after date (or null)")
    if m["date"] and published and is_date(m["date"]) and is_date(published):
        gap = abs((dt.date.fromisoformat(m["date"]) - dt.date.fromisoformat(published)).days)
        if gap > 366 * 3:
            r.err(where, f"meeting {m['date']} far from published {published}")
    if m["country"] is not None and m["country"] not in ISO3166:
        r.err(where, f"country not ISO 3166-1 alpha-2: {m['country']!r}")
    if not isinstance(m["chairs"], list) or not all(agent_ok(c) for c in m["chairs"]):
        r.err(where, f"chairs must be ISO codes or org:KEY: {m['chairs']!r}")
    elif len(set(m["chairs"])) != len(m["chairs"]):
        r.err(where, "duplicate chair")
    pc = m["participant_count"]
    if pc is not None and (not isinstance(pc, int) or isinstance(pc, bool) or pc <= 0):
        r.err(where, f"participant_count must be a positive int or null: {pc!r}")
    for k in ("convened_by", "part_of"):
        if m[k] is not None and (not isinstance(m[k], str) or not m[k].isascii()):
            r.err(where, f"{k} must be an English name or null")


def check_official(r: Report, where: str, o: dict, text_norm: str):
    if set(o) != OFFICIAL:
        r.err(where, f"official keys {sorted(o)}")
        return
    if not isinstance(o["name"], str) or not o["name"].strip():
        r.err(where, "empty name")
        return
    toks = norm(o["name"]).split()
    # an honorific word right after "عبد" is part of a compound given name (عبد الأمير), not a title
    bad = [t for i, t in enumerate(toks) if t in HONORIFICS and not (i and toks[i - 1] == "عبد")]
    if bad:
        r.err(where, f"honorific in name {o['name']!r}: {bad}")
    text_toks = set(text_norm.split())
    missing = [t for t in toks if t not in text_toks]
    if missing:
        r.err(where, f"name tokens not in text {o['name']!r}: {missing}")
    if o["country"] is not None and not agent_ok(o["country"]):
        r.err(where, f"country must be ISO or org:KEY: {o['country']!r}")
    if o["position"] is not None and not isinstance(o["position"], str):
        r.err(where, "position must be a string or null")
    if not isinstance(o["speaker"], bool):
        r.err(where, "speaker must be true/false")


def check_pledge(r: Report, where: str, p: dict, names: set[str]):
    if set(p) != PLEDGE:
        r.err(where, f"pledge keys {sorted(p)}")
        return
    if not agent_ok(p["donor"]):
        r.err(where, f"donor must be ISO or org:KEY: {p['donor']!r}")
    a = p["amount"]
    if isinstance(a, bool) or not isinstance(a, (int, float)) or a <= 0:
        r.err(where, f"amount must be a positive number: {a!r}")
    if p["currency"] not in ISO4217:
        r.err(where, f"currency not ISO 4217: {p['currency']!r}")
    if p["announced_by"] is not None and p["announced_by"] not in names:
        r.err(where, f"announced_by {p['announced_by']!r} is not a listed official")


def check_file(r: Report, gold_path: Path) -> dict:
    name = gold_path.name.removesuffix(".gold.json")
    txt = gold_path.with_name(name + ".txt")
    stats = {"meetings": 0, "chairs": 0, "officials": 0, "pledges": 0, "counts": 0}
    if not txt.exists():
        r.err(name, "no .txt beside the gold file")
        return stats
    if not re.fullmatch(r"c\d\d_[a-z0-9_]+_[a-z0-9]+", name):
        r.err(name, "file name is not c##_<outlet>_<event>")
    text = txt.read_text(encoding="utf-8")
    words = len(text.split())
    if not 40 <= words <= 200:
        r.err(name, f"text has {words} words (want 40-200)")
    try:
        g = json.loads(gold_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        r.err(name, f"bad JSON: {e}")
        return stats
    if set(g) != TOP:
        r.err(name, f"top-level keys {sorted(g)}")
        return stats
    if g["published"] is not None and not is_date(g["published"]):
        r.err(name, f"published not ISO: {g['published']!r}")
    tn = norm(text)
    seen = set()
    for i, m in enumerate(g["meetings"]):
        check_meeting(r, f"{name} meeting[{i}]", m, g["published"])
        key = (m.get("date"), m.get("country"))
        if key in seen:
            r.err(name, f"two meetings with the same date and country {key}")
        seen.add(key)
    names = set()
    for i, o in enumerate(g["officials"]):
        check_official(r, f"{name} official[{i}]", o, tn)
        if o.get("name") in names:
            r.err(name, f"duplicate official {o['name']}")
        names.add(o.get("name"))
    plist = []
    for i, p in enumerate(g["pledges"]):
        check_pledge(r, f"{name} pledge[{i}]", p, names)
        plist.append((p.get("donor"), p.get("amount"), p.get("currency")))
    if len(plist) != len(set(plist)):
        r.err(name, "duplicate pledge")
    stats["meetings"] = len(g["meetings"])
    stats["chairs"] = sum(len(m.get("chairs", [])) for m in g["meetings"])
    stats["officials"] = len(g["officials"])
    stats["pledges"] = len(g["pledges"])
    stats["counts"] = sum(m.get("participant_count") is not None for m in g["meetings"])
    return stats


def main() -> int:
    r = Report()
    golds = sorted(FOLDER.glob("*.gold.json"))
    txts = sorted(FOLDER.glob("*.txt"))
    for t in txts:
        if not t.with_name(t.name.removesuffix(".txt") + ".gold.json").exists():
            r.err(t.name, "no gold file beside the text")
    total = {"meetings": 0, "chairs": 0, "officials": 0, "pledges": 0, "counts": 0}
    for gp in golds:
        for k, v in check_file(r, gp).items():
            total[k] += v
    for e in r.errors:
        print("ERROR", e)
    print(f"{len(golds)} gold files, {len(txts)} texts; " +
          ", ".join(f"{k} {v}" for k, v in total.items()))
    print("OK" if not r.errors else f"{len(r.errors)} error(s)")
    return 1 if r.errors else 0


if __name__ == "__main__":
    sys.exit(main())
