#!/usr/bin/env python3
"""Validate every gold file of this set against SCHEMA.md and score.py.

    python _tools/check.py [DIR]      # DIR defaults to the set folder

Checks keys, types, ISO 3166-1 alpha-2 codes, org:KEY against score.py's ORGS,
ISO 4217 currencies, ISO dates, honorific-free names, that every named person and
announcer occurs in the text, text length (80-450 words) and file naming.  Prints
the counts used in README.md.  Exit 1 on any error (warnings do not fail).
"""
import ast
import datetime as dt
import json
import re
import sys
from pathlib import Path

SCORE = Path("/work/shared/eval/score.py")

ISO2 = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ
BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM
DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS
GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN
KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ
MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM
PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV
SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI
VN VU WF WS YE YT ZA ZM ZW""".split())

ISO4217 = set("""
AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP
BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP
GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR
KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK
MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR
SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH
UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL""".split())

TOP = {"published", "meetings", "officials", "pledges"}
MEETING = {"date", "end_date", "country", "convened_by", "chairs", "participant_count", "part_of"}
OFFICIAL = {"name", "country", "position", "speaker"}
PLEDGE = {"donor", "amount", "currency", "announced_by"}
NAME_RE = re.compile(r"^q(\d\d)_([a-z0-9-]+)_([a-z0-9-]+)$")


def score_tables():
    """ORGS keys and HONORIFICS read from score.py without importing it (it needs rdflib)."""
    tree = ast.parse(SCORE.read_text(encoding="utf-8"))
    orgs = honorifics = None
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            if node.targets[0].id == "ORGS":
                orgs = set(ast.literal_eval(node.value))
            elif node.targets[0].id == "HONORIFICS":
                honorifics = set(ast.literal_eval(node.value))
    return orgs, honorifics


ORG_KEYS, HONORIFICS = score_tables()
_DIAC = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")


def norm(text):
    text = _DIAC.sub("", str(text))
    text = re.sub("[أإآٱ]", "ا", text).replace("ى", "ي").replace("ة", "ه")
    text = re.sub(r"[^\w\s]", " ", text.lower())
    return " ".join(text.split())


class Report:
    def __init__(self):
        self.errors, self.warnings = [], []

    def err(self, where, msg):
        self.errors.append(f"ERROR {where}: {msg}")

    def warn(self, where, msg):
        self.warnings.append(f"warn  {where}: {msg}")


def is_date(value):
    if value is None:
        return True
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def agent_ok(value, allow_null=True):
    if value is None:
        return allow_null
    if isinstance(value, str) and value.startswith("org:"):
        return value[4:] in ORG_KEYS
    return value in ISO2


def check_meeting(r, where, m):
    if set(m) != MEETING:
        r.err(where, f"meeting keys {sorted(m)}")
        return
    for k in ("date", "end_date"):
        if not is_date(m[k]):
            r.err(where, f"{k} not ISO: {m[k]!r}")
    if m["end_date"] and (m["date"] is None or m["end_date"] < m["date"]):
        r.err(where, "end_date without date or before date")
    if m["country"] is not None and m["country"] not in ISO2:
        r.err(where, f"country {m['country']!r} not ISO 3166-1 alpha-2")
    if not isinstance(m["chairs"], list) or len(set(m["chairs"])) != len(m["chairs"]):
        r.err(where, "chairs must be a list without repeats")
    else:
        for c in m["chairs"]:
            if not agent_ok(c, allow_null=False):
                r.err(where, f"chair {c!r} is neither ISO code nor org:KEY of ORGS")
    pc = m["participant_count"]
    if pc is not None and (not isinstance(pc, int) or isinstance(pc, bool) or pc <= 0):
        r.err(where, f"participant_count {pc!r}")
    for k in ("convened_by", "part_of"):
        if m[k] is not None and not isinstance(m[k], str):
            r.err(where, f"{k} must be a string or null")


def check_official(r, where, o, ntext):
    if set(o) != OFFICIAL:
        r.err(where, f"official keys {sorted(o)}")
        return
    if not isinstance(o["name"], str) or not o["name"].strip():
        r.err(where, "empty name")
        return
    tokens = norm(o["name"]).split()
    if tokens and tokens[0] in HONORIFICS:
        r.err(where, f"name starts with an honorific: {o['name']}")
    missing = [t for t in tokens if t not in ntext.split()]
    if missing:
        r.err(where, f"name tokens not in text: {missing} ({o['name']})")
    if not agent_ok(o["country"]):
        r.err(where, f"country {o['country']!r}")
    if not isinstance(o["speaker"], bool):
        r.err(where, "speaker must be true/false")
    if o["position"] is not None:
        if not isinstance(o["position"], str):
            r.err(where, "position must be a string or null")
        elif norm(o["position"]) not in ntext:
            r.warn(where, f"position not found verbatim in text: {o['position']}")


def check_pledge(r, where, p, names, ntext):
    if set(p) != PLEDGE:
        r.err(where, f"pledge keys {sorted(p)}")
        return
    if not agent_ok(p["donor"]):
        r.err(where, f"donor {p['donor']!r}")
    if p["donor"] is None:
        r.warn(where, "pledge without donor")
    amt = p["amount"]
    if isinstance(amt, bool) or not isinstance(amt, (int, float)) or amt <= 0:
        r.err(where, f"amount {amt!r}")
    if p["currency"] not in ISO4217:
        r.err(where, f"currency {p['currency']!r} not ISO 4217")
    if p["announced_by"] is not None and p["announced_by"] not in names:
        r.err(where, f"announced_by {p['announced_by']!r} is not one of the officials")


def check_file(r, gold_path, counts):
    stem = gold_path.name.removesuffix(".gold.json")
    txt = gold_path.with_name(stem + ".txt")
    if not NAME_RE.match(stem):
        r.err(stem, "file name is not q<NN>_<outlet>_<event>")
    if not txt.exists():
        r.err(stem, "no .txt beside the gold file")
        return
    text = txt.read_text(encoding="utf-8")
    words = len(text.split())
    if not 80 <= words <= 450:
        r.err(stem, f"{words} words (allowed 80-450)")
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        r.err(stem, f"invalid JSON: {exc}")
        return
    if set(gold) != TOP:
        r.err(stem, f"top-level keys {sorted(gold)}")
        return
    if not is_date(gold["published"]):
        r.err(stem, f"published {gold['published']!r}")
    excerpt = stem.split("_")[1].startswith("excerpt")
    if excerpt and gold["published"] is not None:
        r.warn(stem, "excerpt with a published date")
    if not excerpt and gold["published"] is None:
        r.warn(stem, "full article without a published date")
    if not gold["meetings"]:
        r.err(stem, "no meeting: the reported meeting must be listed")
    ntext = norm(text)
    for i, m in enumerate(gold["meetings"]):
        check_meeting(r, f"{stem} meeting[{i}]", m)
    names = set()
    for i, o in enumerate(gold["officials"]):
        check_official(r, f"{stem} official[{i}]", o, ntext)
        if isinstance(o, dict) and o.get("name"):
            if o["name"] in names:
                r.err(stem, f"official listed twice: {o['name']}")
            names.add(o["name"])
    for i, p in enumerate(gold["pledges"]):
        check_pledge(r, f"{stem} pledge[{i}]", p, names, ntext)
    counts["texts"] += 1
    counts["excerpts" if excerpt else "full"] += 1
    counts["words"] += words
    counts["meetings"] += len(gold["meetings"])
    counts["meetings_dated"] += sum(m.get("date") is not None for m in gold["meetings"])
    counts["chairs"] += sum(len(m.get("chairs", [])) for m in gold["meetings"])
    counts["participant_counts"] += sum(m.get("participant_count") is not None
                                        for m in gold["meetings"])
    counts["officials"] += len(gold["officials"])
    counts["speakers"] += sum(o.get("speaker") is True for o in gold["officials"])
    counts["pledges"] += len(gold["pledges"])
    counts["published"] += gold["published"] is not None


def main():
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent
    r = Report()
    counts = dict.fromkeys(["texts", "full", "excerpts", "words", "published", "meetings",
                            "meetings_dated", "chairs", "participant_counts", "officials",
                            "speakers", "pledges"], 0)
    golds = sorted(folder.glob("*.gold.json"))
    for g in golds:
        check_file(r, g, counts)
    for t in sorted(folder.glob("*.txt")):
        if not t.with_name(t.stem + ".gold.json").exists():
            r.err(t.name, "text without gold file")
    nums = sorted(int(NAME_RE.match(g.name.removesuffix(".gold.json")).group(1))
                  for g in golds if NAME_RE.match(g.name.removesuffix(".gold.json")))
    if nums != list(range(1, len(nums) + 1)):
        r.err(str(folder), f"numbering is not q01..q{len(nums):02d}: {nums}")
    for line in r.warnings + r.errors:
        print(line)
    print("counts:", json.dumps(counts))
    print(f"{len(golds)} gold files, {len(r.errors)} errors, {len(r.warnings)} warnings")
    return 1 if r.errors else 0


if __name__ == "__main__":
    sys.exit(main())
