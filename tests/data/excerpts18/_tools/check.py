#!/usr/bin/env python3
"""Validate every NAME.gold.json of the set against SCHEMA.md and score.py conventions.

    python _tools/check.py [SET_DIR]

Checks: keys and types; ISO dates; ISO 3166-1 alpha-2 codes; org:KEY only with keys of ORGS in
/work/shared/eval/score.py (read with ast, not imported); ISO 4217 currencies; names without
honorifics; every name's tokens present in its text; announced_by among the officials; no two
officials of one file that score.py's same_name would confuse; word counts; folder layout.
Exit 1 on any error; warnings are printed but do not fail.
"""
from __future__ import annotations

import ast
import datetime as dt
import json
import re
import sys
from pathlib import Path

SCORE = Path("/work/shared/eval/score.py")

ISO2 = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ
BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE
EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR
HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS
LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL
NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI
SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY
UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())

CURRENCIES = set("""USD EUR GBP CHF JPY NOK SEK DKK CAD AUD NZD CNY KRW SAR AED KWD QAR BHD OMR JOD
IQD EGP LBP SYP TRY YER SDG MAD DZD TND LYD RUB INR PKR""".split())

TOP_KEYS = {"published", "meetings", "officials", "pledges"}
MEETING_KEYS = {"date", "end_date", "country", "convened_by", "chairs", "participant_count", "part_of"}
OFFICIAL_KEYS = {"name", "country", "position", "speaker"}
PLEDGE_KEYS = {"donor", "amount", "currency", "announced_by"}

_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)


def load_score_constants() -> tuple[set[str], set[str]]:
    tree = ast.parse(SCORE.read_text(encoding="utf-8"))
    orgs, honorifics = None, None
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            if node.targets[0].id == "ORGS":
                orgs = ast.literal_eval(node.value)
            elif node.targets[0].id == "HONORIFICS":
                honorifics = ast.literal_eval(node.value)
    return set(orgs), set(honorifics)


ORG_KEYS, HONORIFICS = load_score_constants()


def norm(text: str) -> str:
    text = _DIACRITICS.sub("", str(text))
    text = re.sub("[أإآٱ]", "ا", text).replace("ى", "ي").replace("ة", "ه")
    text = _PUNCT.sub(" ", text.lower())
    return " ".join(text.split())


def name_tokens(name: str) -> list[str]:
    return [t for t in norm(name).split() if t not in HONORIFICS]


def same_name(a: str, b: str) -> bool:
    g, p = set(name_tokens(a)), set(name_tokens(b))
    if not g or not p:
        return False
    shared = len(g & p)
    return shared >= min(2, len(g)) and shared / len(g | p) >= 0.5


def is_date(value) -> bool:
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def agent_ok(value, allow_null=True) -> bool:
    if value is None:
        return allow_null
    if isinstance(value, str) and value.startswith("org:"):
        return value[4:] in ORG_KEYS
    return isinstance(value, str) and value in ISO2


class Report:
    def __init__(self):
        self.errors: list[str] = []
        self.warnings: list[str] = []

    def err(self, where, msg):
        self.errors.append(f"ERROR {where}: {msg}")

    def warn(self, where, msg):
        self.warnings.append(f"warn  {where}: {msg}")


def check_meeting(r, where, m, published):
    if set(m) != MEETING_KEYS:
        r.err(where, f"meeting keys {sorted(m)}")
        return
    for k in ("date", "end_date"):
        if m[k] is not None and not is_date(m[k]):
            r.err(where, f"{k} {m[k]!r} not an ISO date")
    if m["date"] and m["end_date"] and m["end_date"] < m["date"]:
        r.err(where, "end_date before date")
    if m["end_date"] and not m["date"]:
        r.err(where, "end_date without date")
    if m["country"] is not None and m["country"] not in ISO2:
        r.err(where, f"country {m['country']!r} not ISO alpha-2")
    if not isinstance(m["chairs"], list):
        r.err(where, "chairs not a list")
    else:
        for c in m["chairs"]:
            if not agent_ok(c, allow_null=False):
                r.err(where, f"chair {c!r} not ISO2 / org:KEY")
        if len(set(m["chairs"])) != len(m["chairs"]):
            r.err(where, "duplicate chairs")
    pc = m["participant_count"]
    if pc is not None and (not isinstance(pc, int) or isinstance(pc, bool) or pc <= 0):
        r.err(where, f"participant_count {pc!r}")
    for k in ("convened_by", "part_of"):
        if m[k] is not None and not isinstance(m[k], str):
            r.err(where, f"{k} not a string")
    if m["date"] and published and m["date"] > published:
        r.warn(where, f"meeting {m['date']} after publication {published} (announced meeting?)")


def check_file(r: Report, gold_path: Path):
    name = gold_path.name
    txt_path = gold_path.with_name(name.removesuffix(".gold.json") + ".txt")
    if not txt_path.exists():
        r.err(name, "no matching .txt")
        return None
    text = txt_path.read_text(encoding="utf-8")
    ntext = " " + norm(text) + " "
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        r.err(name, f"invalid JSON: {exc}")
        return None
    if set(gold) != TOP_KEYS:
        r.err(name, f"top-level keys {sorted(gold)}")
        return None
    pub = gold["published"]
    if pub is not None and not is_date(pub):
        r.err(name, f"published {pub!r}")
    if not isinstance(gold["meetings"], list) or not isinstance(gold["officials"], list) \
            or not isinstance(gold["pledges"], list):
        r.err(name, "meetings/officials/pledges must be lists")
        return None
    for i, m in enumerate(gold["meetings"]):
        check_meeting(r, f"{name} meetings[{i}]", m, pub)
    keys = [(m.get("date"), m.get("country")) for m in gold["meetings"]]
    if len(set(keys)) != len(keys):
        r.warn(name, "two meetings share date and country (scorer may pair them either way)")

    names = []
    for i, o in enumerate(gold["officials"]):
        where = f"{name} officials[{i}]"
        if set(o) != OFFICIAL_KEYS:
            r.err(where, f"keys {sorted(o)}")
            continue
        if not isinstance(o["name"], str) or not o["name"].strip():
            r.err(where, "empty name")
            continue
        first = norm(o["name"]).split()[0]
        if first in HONORIFICS:
            r.err(where, f"name starts with honorific: {o['name']}")
        for tok in norm(o["name"]).split():
            if f" {tok} " not in ntext:
                r.err(where, f"name token {tok!r} of {o['name']!r} not in text")
        if not agent_ok(o["country"]):
            r.err(where, f"country {o['country']!r}")
        if o["position"] is not None and not isinstance(o["position"], str):
            r.err(where, "position not a string")
        if not isinstance(o["speaker"], bool):
            r.err(where, "speaker not a bool")
        names.append(o["name"])
    for i in range(len(names)):
        for j in range(i + 1, len(names)):
            if same_name(names[i], names[j]) or same_name(names[j], names[i]):
                r.err(name, f"officials {names[i]!r} and {names[j]!r} match each other under same_name")

    seen = set()
    for i, p in enumerate(gold["pledges"]):
        where = f"{name} pledges[{i}]"
        if set(p) != PLEDGE_KEYS:
            r.err(where, f"keys {sorted(p)}")
            continue
        if not agent_ok(p["donor"], allow_null=False):
            r.err(where, f"donor {p['donor']!r}")
        amt = p["amount"]
        if isinstance(amt, bool) or not isinstance(amt, (int, float)) or amt <= 0:
            r.err(where, f"amount {amt!r}")
        if p["currency"] not in CURRENCIES:
            r.err(where, f"currency {p['currency']!r}")
        if p["announced_by"] is not None and p["announced_by"] not in names:
            r.err(where, f"announced_by {p['announced_by']!r} not among officials")
        key = (p["donor"], amt, p["currency"])
        if key in seen:
            r.warn(where, f"duplicate pledge {key}")
        seen.add(key)

    words = len(re.findall(r"\S+", text))
    if not 80 <= words <= 300:
        r.warn(name, f"{words} words (brief asks 80-300)")
    return {"words": words, "gold": gold}


def main() -> int:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent
    r = Report()
    for p in sorted(root.iterdir()):
        ok = (p.is_dir() and p.name == "_tools") or p.name == "README.md" \
            or p.name.endswith(".gold.json") or p.suffix == ".txt"
        if not ok:
            r.err(p.name, "unexpected top-level entry")
        if p.suffix == ".txt" and not re.fullmatch(r"a\d\d_[a-z]+_[a-z0-9]+\.txt", p.name):
            r.err(p.name, "file name not a##_<outlet>_<event>.txt")
    golds = sorted(root.glob("*.gold.json"))
    txts = sorted(root.glob("*.txt"))
    if len(golds) != len(txts):
        r.err(str(root), f"{len(txts)} texts but {len(golds)} gold files")
    totals = {"texts": 0, "meetings": 0, "chairs": 0, "counts": 0, "officials": 0, "speakers": 0,
              "pledges": 0, "words": 0}
    for g in golds:
        info = check_file(r, g)
        if not info:
            continue
        gold = info["gold"]
        totals["texts"] += 1
        totals["words"] += info["words"]
        totals["meetings"] += len(gold["meetings"])
        totals["chairs"] += sum(len(m["chairs"]) for m in gold["meetings"])
        totals["counts"] += sum(m["participant_count"] is not None for m in gold["meetings"])
        totals["officials"] += len(gold["officials"])
        totals["speakers"] += sum(o["speaker"] for o in gold["officials"])
        totals["pledges"] += len(gold["pledges"])
    for line in r.warnings + r.errors:
        print(line)
    print("totals:", json.dumps(totals))
    print(f"{len(r.errors)} errors, {len(r.warnings)} warnings")
    return 1 if r.errors else 0


if __name__ == "__main__":
    sys.exit(main())
