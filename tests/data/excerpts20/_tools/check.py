#!/usr/bin/env python3
"""Validate every NAME.gold.json in the set against SCHEMA.md and the texts.

    python _tools/check.py [DIR]      # DIR defaults to the folder above _tools

Checks: file pairs and names; exact key sets and types; ISO dates (end >= start);
ISO 3166-1 alpha-2 codes; org:KEY only with keys of ORGS in score.py; ISO 4217
currencies; positive amounts; announced_by among the officials; names without
honorifics and present in the text; word counts; a weekday named in the dateline
agrees with `published`. Exits 1 on any error.
"""
from __future__ import annotations

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
assert len(ISO2) == 249, len(ISO2)

CURRENCIES = set("""
USD EUR GBP JPY CHF SEK NOK DKK CAD AUD NZD CNY KRW INR PKR TRY RUB SAR KWD AED QAR BHD OMR
JOD IQD EGP MAD TND DZD LYD SDG YER SYP LBP IRR ILS SGD MYR IDR BRL MXN ZAR NGN KES""".split())

TOP = {"published", "meetings", "officials", "pledges"}
MEETING = {"date", "end_date", "country", "convened_by", "chairs", "participant_count", "part_of"}
OFFICIAL = {"name", "country", "position", "speaker"}
PLEDGE = {"donor", "amount", "currency", "announced_by"}
WEEKDAYS = {"الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3,
            "الجمعة": 4, "السبت": 5, "الأحد": 6}
NAME_RE = re.compile(r"^d\d\d_[a-z0-9]+_[a-z0-9]+$")


def score_globals():
    """ORGS, HONORIFICS and norm() from score.py, without importing rdflib."""
    tree = ast.parse(SCORE.read_text(encoding="utf-8"))
    ns: dict = {"re": re}
    keep = []
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
                getattr(t, "id", "") in {"ORGS", "HONORIFICS", "_DIACRITICS", "_PUNCT"}
                for t in node.targets):
            keep.append(node)
        if isinstance(node, ast.FunctionDef) and node.name in {"norm", "name_tokens"}:
            keep.append(node)
    exec(compile(ast.Module(body=keep, type_ignores=[]), str(SCORE), "exec"), ns)
    return ns["ORGS"], ns["HONORIFICS"], ns["norm"]


ORGS, HONORIFICS, norm = score_globals()


def iso_date(v, where, errs, nullable=True):
    if v is None:
        if not nullable:
            errs.append(f"{where}: null not allowed")
        return None
    if not isinstance(v, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        errs.append(f"{where}: not an ISO date: {v!r}")
        return None
    try:
        return dt.date.fromisoformat(v)
    except ValueError:
        errs.append(f"{where}: impossible date {v}")
        return None


def agent(v, where, errs, nullable=True):
    if v is None:
        if not nullable:
            errs.append(f"{where}: null not allowed")
        return
    if not isinstance(v, str):
        errs.append(f"{where}: not a string: {v!r}")
    elif v.startswith("org:"):
        if v[4:] not in ORGS:
            errs.append(f"{where}: unknown ORGS key {v}")
    elif v not in ISO2:
        errs.append(f"{where}: not an ISO 3166-1 alpha-2 code: {v}")


def in_text(name: str, text_norm: str) -> bool:
    return all(tok in text_norm for tok in norm(name).split())


def check_pair(txt: Path, gold_path: Path) -> list[str]:
    errs: list[str] = []
    text = txt.read_text(encoding="utf-8")
    tn = norm(text)
    words = len(re.findall(r"\S+", text))
    if not 60 <= words <= 450:
        errs.append(f"word count {words} outside 60-450")
    try:
        g = json.loads(gold_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        return [f"invalid JSON: {e}"]
    if set(g) != TOP:
        errs.append(f"top-level keys {sorted(g)} != {sorted(TOP)}")
        return errs
    pub = iso_date(g["published"], "published", errs)
    head = "\n".join(text.splitlines()[:4])
    named = [d for w, d in WEEKDAYS.items() if re.search(rf"(^|[\s|،,]){w}([\s|،,]|$)", head)]
    if pub and named and pub.weekday() not in named:
        errs.append(f"dateline weekday {named} disagrees with published {pub} ({pub:%A})")
    if not isinstance(g["meetings"], list) or not isinstance(g["officials"], list) \
            or not isinstance(g["pledges"], list):
        return errs + ["meetings/officials/pledges must be lists"]
    for i, m in enumerate(g["meetings"]):
        w = f"meetings[{i}]"
        if set(m) != MEETING:
            errs.append(f"{w}: keys {sorted(m)}")
            continue
        d0 = iso_date(m["date"], f"{w}.date", errs)
        d1 = iso_date(m["end_date"], f"{w}.end_date", errs)
        if d1 and not d0:
            errs.append(f"{w}: end_date without date")
        if d0 and d1 and d1 < d0:
            errs.append(f"{w}: end_date before date")
        if d0 and pub is None:
            errs.append(f"{w}: dated meeting in an undated article (check resolution)")
        agent(m["country"], f"{w}.country", errs)
        if isinstance(m["country"], str) and m["country"].startswith("org:"):
            errs.append(f"{w}.country must be a state")
        if not isinstance(m["chairs"], list):
            errs.append(f"{w}.chairs not a list")
        else:
            for c in m["chairs"]:
                agent(c, f"{w}.chairs", errs, nullable=False)
            if len(set(m["chairs"])) != len(m["chairs"]):
                errs.append(f"{w}.chairs has duplicates")
        pc = m["participant_count"]
        if pc is not None and (not isinstance(pc, int) or isinstance(pc, bool) or pc <= 0):
            errs.append(f"{w}.participant_count not a positive int: {pc!r}")
        for k in ("convened_by", "part_of"):
            if m[k] is not None and (not isinstance(m[k], str) or re.search("[\u0600-\u06ff]", m[k])):
                errs.append(f"{w}.{k} must be English text or null")
    names = []
    for i, o in enumerate(g["officials"]):
        w = f"officials[{i}]"
        if set(o) != OFFICIAL:
            errs.append(f"{w}: keys {sorted(o)}")
            continue
        n = o["name"]
        if not isinstance(n, str) or not n.strip():
            errs.append(f"{w}.name empty")
            continue
        names.append(n)
        first = norm(n).split()[0]
        if first in HONORIFICS:
            errs.append(f"{w}.name starts with an honorific: {n}")
        if not in_text(n, tn):
            errs.append(f"{w}.name not found in text: {n}")
        agent(o["country"], f"{w}.country", errs)
        if not isinstance(o["position"], (str, type(None))):
            errs.append(f"{w}.position not a string")
        if not isinstance(o["speaker"], bool):
            errs.append(f"{w}.speaker not a bool")
    if len(set(map(norm, names))) != len(names):
        errs.append("duplicate officials")
    for i, p in enumerate(g["pledges"]):
        w = f"pledges[{i}]"
        if set(p) != PLEDGE:
            errs.append(f"{w}: keys {sorted(p)}")
            continue
        agent(p["donor"], f"{w}.donor", errs)
        a = p["amount"]
        if isinstance(a, bool) or not isinstance(a, (int, float)) or a <= 0:
            errs.append(f"{w}.amount not a positive number: {a!r}")
        if p["currency"] not in CURRENCIES:
            errs.append(f"{w}.currency not ISO 4217: {p['currency']!r}")
        if p["announced_by"] is not None and p["announced_by"] not in names:
            errs.append(f"{w}.announced_by not among officials: {p['announced_by']}")
    return errs


def main() -> int:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent
    txts = sorted(root.glob("*.txt"))
    golds = sorted(root.glob("*.gold.json"))
    bad = 0
    stray = [p.name for p in root.iterdir()
             if p.is_file() and not (p.suffix == ".txt" or p.name.endswith(".gold.json")
                                     or p.name == "README.md")]
    if stray:
        print(f"stray files at top level: {stray}")
        bad += 1
    tnames = {p.stem for p in txts}
    gnames = {p.name[:-len('.gold.json')] for p in golds}
    for n in sorted(tnames ^ gnames):
        print(f"{n}: missing {'gold' if n in tnames else 'text'}")
        bad += 1
    totals = {"texts": 0, "meetings": 0, "chairs": 0, "officials": 0, "pledges": 0, "counts": 0}
    for n in sorted(tnames & gnames):
        errs = [] if NAME_RE.match(n) else [f"file name does not match d01_<channel>_<event>"]
        errs += check_pair(root / f"{n}.txt", root / f"{n}.gold.json")
        if errs:
            bad += 1
            for e in errs:
                print(f"{n}: {e}")
            continue
        g = json.loads((root / f"{n}.gold.json").read_text(encoding="utf-8"))
        totals["texts"] += 1
        totals["meetings"] += len(g["meetings"])
        totals["chairs"] += sum(len(m["chairs"]) for m in g["meetings"])
        totals["counts"] += sum(m["participant_count"] is not None for m in g["meetings"])
        totals["officials"] += len(g["officials"])
        totals["pledges"] += len(g["pledges"])
    print("totals:", ", ".join(f"{k} {v}" for k, v in totals.items()))
    print("OK" if not bad else f"{bad} file(s) with errors")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
