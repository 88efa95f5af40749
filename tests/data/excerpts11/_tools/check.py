#!/usr/bin/env python3
"""Validate every NAME.gold.json in the set against SCHEMA.md and score.py conventions.

    python3 _tools/check.py [FOLDER]      # FOLDER defaults to the folder above _tools/

Checks: file pairing and naming, exact keys, ISO dates (end >= start), ISO 3166-1 alpha-2
codes, org:KEY against score.py's ORGS, ISO 4217 currencies, types, honorific-free names
that occur in the text, announced_by among the officials, text length 80-450 words.
Prints counts at the end; exit status 1 on any error.
"""
from __future__ import annotations

import ast
import datetime as dt
import json
import re
import sys
from pathlib import Path

SCORE = Path("/work/shared/eval/score.py")
ROOT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent

ISO3166 = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS
BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE
EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM
HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW
SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO
TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
ISO4217 = set("""USD EUR GBP SAR AED KWD QAR BHD OMR JOD EGP JPY CNY NOK SEK DKK CHF CAD AUD NZD
TRY IQD YER SDG KRW INR RUB""".split())

TOP = {"published", "meetings", "officials", "pledges"}
MEET = {"date", "end_date", "country", "convened_by", "chairs", "participant_count", "part_of"}
OFF = {"name", "country", "position", "speaker"}
PLE = {"donor", "amount", "currency", "announced_by"}
NAME_RE = re.compile(r"^p(\d\d)_[a-z0-9-]+_[a-z0-9-]+(_[a-z0-9-]+)?$")


def score_constants():
    """ORGS keys and HONORIFICS from score.py without importing it (it needs rdflib)."""
    tree = ast.parse(SCORE.read_text(encoding="utf-8"))
    orgs, hon = None, None
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            if node.targets[0].id == "ORGS":
                orgs = set(ast.literal_eval(node.value).keys())
            elif node.targets[0].id == "HONORIFICS":
                hon = set(ast.literal_eval(node.value))
    return orgs, hon


ORG_KEYS, HONORIFICS = score_constants()
_DIAC = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")


def norm(text: str) -> str:
    text = _DIAC.sub("", str(text))
    text = re.sub("[أإآٱ]", "ا", text).replace("ى", "ي").replace("ة", "ه")
    text = re.sub(r"[^\w\s]", " ", text.lower())
    return " ".join(text.split())


def iso_date(v) -> bool:
    if not isinstance(v, str) or not re.fullmatch(r"\d{4}-\d\d-\d\d", v):
        return False
    try:
        dt.date.fromisoformat(v)
        return True
    except ValueError:
        return False


def agent_ok(v) -> bool:
    if isinstance(v, str) and v.startswith("org:"):
        return v[4:] in ORG_KEYS
    return v in ISO3166


def check(name: str, gold: dict, text: str, errs: list[str], warns: list[str]):
    def err(msg):
        errs.append(f"{name}: {msg}")

    if set(gold) != TOP:
        err(f"top-level keys {sorted(gold)}")
        return
    pub = gold["published"]
    if pub is not None and not iso_date(pub):
        err(f"published {pub!r} not ISO")
    if not isinstance(gold["meetings"], list) or not gold["meetings"]:
        err("meetings must be a non-empty list (every text reports a meeting)")
    for i, m in enumerate(gold["meetings"]):
        if set(m) != MEET:
            err(f"meeting {i} keys {sorted(m)}")
            continue
        for k in ("date", "end_date"):
            if m[k] is not None and not iso_date(m[k]):
                err(f"meeting {i} {k} {m[k]!r} not ISO")
        if m["end_date"] and not m["date"]:
            err(f"meeting {i} end_date without date")
        if m["end_date"] and m["date"] and m["end_date"] <= m["date"]:
            err(f"meeting {i} end_date not after date")
        if m["country"] is not None and m["country"] not in ISO3166:
            err(f"meeting {i} country {m['country']!r}")
        if not isinstance(m["chairs"], list) or len(set(m["chairs"])) != len(m["chairs"]):
            err(f"meeting {i} chairs not a duplicate-free list")
        for c in m["chairs"]:
            if not agent_ok(c):
                err(f"meeting {i} chair {c!r} not ISO or org:KEY")
        pc = m["participant_count"]
        if pc is not None and (not isinstance(pc, int) or isinstance(pc, bool) or pc <= 0):
            err(f"meeting {i} participant_count {pc!r}")
        for k in ("convened_by", "part_of"):
            if m[k] is not None and not isinstance(m[k], str):
                err(f"meeting {i} {k} must be str or null")
    ntext = norm(text)
    names = []
    for i, o in enumerate(gold["officials"]):
        if set(o) != OFF:
            err(f"official {i} keys {sorted(o)}")
            continue
        nm = o["name"]
        if not isinstance(nm, str) or not nm.strip():
            err(f"official {i} empty name")
            continue
        toks = norm(nm).split()
        if toks and toks[0] in HONORIFICS:
            err(f"official {nm!r} starts with an honorific")
        if norm(nm) not in ntext:
            err(f"official {nm!r} not found in text")
        if o["country"] is not None and not agent_ok(o["country"]):
            err(f"official {nm!r} country {o['country']!r}")
        if o["position"] is not None and not isinstance(o["position"], str):
            err(f"official {nm!r} position type")
        if not isinstance(o["speaker"], bool):
            err(f"official {nm!r} speaker must be bool")
        names.append(nm)
    if len(names) != len(set(names)):
        err("duplicate official names")
    seen = set()
    for i, p in enumerate(gold["pledges"]):
        if set(p) != PLE:
            err(f"pledge {i} keys {sorted(p)}")
            continue
        if p["donor"] is None:
            warns.append(f"{name}: pledge {i} without donor")
        elif not agent_ok(p["donor"]):
            err(f"pledge {i} donor {p['donor']!r}")
        amt = p["amount"]
        if not isinstance(amt, (int, float)) or isinstance(amt, bool) or amt <= 0:
            err(f"pledge {i} amount {amt!r}")
        if p["currency"] not in ISO4217:
            err(f"pledge {i} currency {p['currency']!r}")
        if p["announced_by"] is not None and p["announced_by"] not in names:
            err(f"pledge {i} announced_by {p['announced_by']!r} not among officials")
        key = (p["donor"], p["amount"], p["currency"])
        if key in seen:
            warns.append(f"{name}: duplicate pledge {key}")
        seen.add(key)
    words = len(text.split())
    if not 80 <= words <= 450:
        err(f"text has {words} words (want 80-450)")


def main() -> int:
    errs, warns = [], []
    txts = sorted(p for p in ROOT.glob("*.txt"))
    golds = sorted(ROOT.glob("*.gold.json"))
    tnames = {p.stem for p in txts}
    gnames = {p.name.removesuffix(".gold.json") for p in golds}
    for n in sorted(tnames ^ gnames):
        errs.append(f"{n}: .txt and .gold.json not paired")
    counts = dict(texts=0, meetings=0, chairs=0, officials=0, speakers=0, pledges=0,
                  published=0, participant_counts=0, words=0)
    for n in sorted(tnames & gnames):
        if not NAME_RE.match(n):
            errs.append(f"{n}: name not p<NN>_<outlet>_<event>")
        text = (ROOT / f"{n}.txt").read_text(encoding="utf-8")
        try:
            gold = json.loads((ROOT / f"{n}.gold.json").read_text(encoding="utf-8"))
        except json.JSONDecodeError as e:
            errs.append(f"{n}: bad JSON {e}")
            continue
        check(n, gold, text, errs, warns)
        counts["texts"] += 1
        counts["words"] += len(text.split())
        counts["published"] += gold.get("published") is not None
        for m in gold.get("meetings", []):
            counts["meetings"] += 1
            counts["chairs"] += len(m.get("chairs", []))
            counts["participant_counts"] += m.get("participant_count") is not None
        counts["officials"] += len(gold.get("officials", []))
        counts["speakers"] += sum(bool(o.get("speaker")) for o in gold.get("officials", []))
        counts["pledges"] += len(gold.get("pledges", []))
    for w in warns:
        print("warning:", w)
    for e in errs:
        print("ERROR:", e)
    print("counts:", json.dumps(counts))
    print("OK" if not errs else f"{len(errs)} error(s)")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
