#!/usr/bin/env python3
"""Validate every NAME.gold.json in the set against /work/shared/eval/SCHEMA.md.

    python3 _tools/check.py [DIR]      # DIR defaults to the folder above _tools/

Checks: file pairing and naming, text length (80-450 words), exact keys, ISO dates
(end_date >= date), ISO 3166-1 alpha-2 codes, org:KEY against ORGS in score.py (read with
ast, so rdflib is not needed), ISO 4217 currencies, types, names free of honorifics and
present in the text (after score.py's normalisation), announced_by among the officials,
no duplicate officials. Exit 1 on any error; warnings do not fail.
"""
from __future__ import annotations

import ast
import datetime as dt
import json
import re
import sys
from pathlib import Path

SCORE = Path("/work/shared/eval/score.py")

ISO3166 = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR
BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ
EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW
GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY
KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV
MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY
QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG
TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM
ZW""".split())

ISO4217 = set("""
AED AFN ALL AMD ARS AUD AZN BAM BDT BGN BHD BRL CAD CHF CLP CNY COP CZK DKK DZD EGP ETB EUR
GBP GEL HKD HUF IDR ILS INR IQD IRR ISK JOD JPY KES KRW KWD KZT LBP LYD MAD MRU MXN MYR NGN
NOK NZD OMR PHP PKR PLN QAR RON RSD RUB SAR SDG SEK SGD SOS SYP THB TND TRY UAH USD XAF XOF
YER ZAR""".split())

TOP = {"published", "meetings", "officials", "pledges"}
MEETING = {"date", "end_date", "country", "convened_by", "chairs", "participant_count", "part_of"}
OFFICIAL = {"name", "country", "position", "speaker"}
PLEDGE = {"donor", "amount", "currency", "announced_by"}
NAME_RE = re.compile(r"^r\d\d_[a-z0-9]+_[a-z0-9]+$")


def load_score_bits():
    """ORGS keys and HONORIFICS from score.py, plus its norm() rules re-implemented."""
    tree = ast.parse(SCORE.read_text(encoding="utf-8"))
    orgs = honor = None
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            if node.targets[0].id == "ORGS":
                orgs = ast.literal_eval(node.value)
            elif node.targets[0].id == "HONORIFICS":
                honor = ast.literal_eval(node.value)
    return orgs, honor


DIAC = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
PUNCT = re.compile(r"[^\w\s]", re.UNICODE)


def norm(text: str) -> str:
    text = DIAC.sub("", str(text))
    text = re.sub("[أإآٱ]", "ا", text).replace("ى", "ي").replace("ة", "ه")
    return " ".join(PUNCT.sub(" ", text.lower()).split())


class Report:
    def __init__(self):
        self.errors, self.warnings = [], []

    def err(self, where, msg):
        self.errors.append(f"ERROR {where}: {msg}")

    def warn(self, where, msg):
        self.warnings.append(f"warn  {where}: {msg}")


def iso_date(value, where, field, rep, nullable=True):
    if value is None:
        if not nullable:
            rep.err(where, f"{field} is null")
        return None
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        rep.err(where, f"{field} {value!r} is not YYYY-MM-DD")
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        rep.err(where, f"{field} {value!r} is not a real date")
        return None


def agent_ok(value, orgs, allow_none=True):
    if value is None:
        return allow_none
    if not isinstance(value, str):
        return False
    if value.startswith("org:"):
        return value[4:] in orgs
    return value in ISO3166


def check_meeting(m, i, where, orgs, published, rep):
    w = f"{where} meeting[{i}]"
    if set(m) != MEETING:
        rep.err(w, f"keys {sorted(m)} != {sorted(MEETING)}")
        return
    d = iso_date(m["date"], w, "date", rep)
    e = iso_date(m["end_date"], w, "end_date", rep)
    if e and not d:
        rep.err(w, "end_date without date")
    if d and e and e < d:
        rep.err(w, "end_date before date")
    if d and published and d > published:
        rep.warn(w, f"meeting date {d} after published {published}")
    if m["country"] is not None and m["country"] not in ISO3166:
        rep.err(w, f"country {m['country']!r} is not ISO 3166-1 alpha-2")
    if not isinstance(m["chairs"], list):
        rep.err(w, "chairs is not a list")
    else:
        for c in m["chairs"]:
            if not agent_ok(c, orgs, allow_none=False):
                rep.err(w, f"chair {c!r} is neither ISO code nor org:KEY of ORGS")
        if len(set(m["chairs"])) != len(m["chairs"]):
            rep.err(w, "duplicate chairs")
    pc = m["participant_count"]
    if pc is not None and (not isinstance(pc, int) or isinstance(pc, bool) or pc <= 0):
        rep.err(w, f"participant_count {pc!r} is not a positive int")
    for f in ("convened_by", "part_of"):
        if m[f] is not None and (not isinstance(m[f], str) or not m[f].strip()):
            rep.err(w, f"{f} must be a non-empty string or null")


def check_official(o, i, where, orgs, honor, text_norm, rep):
    w = f"{where} official[{i}]"
    if set(o) != OFFICIAL:
        rep.err(w, f"keys {sorted(o)} != {sorted(OFFICIAL)}")
        return
    name = o["name"]
    if not isinstance(name, str) or not name.strip():
        rep.err(w, "name empty")
        return
    toks = norm(name).split()
    bad = [t for t in toks if t in honor]
    if bad:
        rep.err(w, f"name {name!r} carries honorific/title tokens {bad}")
    padded = f" {text_norm} "
    for t in toks:
        if f" {t} " not in padded:
            rep.err(w, f"name token {t!r} of {name!r} not found in the text")
    if not agent_ok(o["country"], orgs):
        rep.err(w, f"country {o['country']!r} is neither ISO code, org:KEY nor null")
    if o["position"] is not None and not isinstance(o["position"], str):
        rep.err(w, "position must be string or null")
    if not isinstance(o["speaker"], bool):
        rep.err(w, "speaker must be true/false")


def check_pledge(p, i, where, orgs, officials, rep):
    w = f"{where} pledge[{i}]"
    if set(p) != PLEDGE:
        rep.err(w, f"keys {sorted(p)} != {sorted(PLEDGE)}")
        return
    if not agent_ok(p["donor"], orgs):
        rep.err(w, f"donor {p['donor']!r} is neither ISO code, org:KEY nor null")
    a = p["amount"]
    if isinstance(a, bool) or not isinstance(a, (int, float)) or a <= 0:
        rep.err(w, f"amount {a!r} is not a positive number")
    if p["currency"] not in ISO4217:
        rep.err(w, f"currency {p['currency']!r} is not ISO 4217 (as listed here)")
    if p["announced_by"] is not None and p["announced_by"] not in officials:
        rep.err(w, f"announced_by {p['announced_by']!r} is not one of the officials")


def check_file(gold_path: Path, orgs, honor, rep) -> dict:
    where = gold_path.name
    txt_path = gold_path.with_name(gold_path.name.removesuffix(".gold.json") + ".txt")
    stem = txt_path.stem
    if not NAME_RE.match(stem):
        rep.err(where, f"name {stem!r} is not rNN_<outlet>_<event>")
    if not txt_path.exists():
        rep.err(where, "no matching .txt")
        return {}
    text = txt_path.read_text(encoding="utf-8")
    words = len([w for w in text.split() if re.search(r"\w", w)])
    if not 80 <= words <= 450:
        rep.err(where, f"text has {words} words, outside 80-450")
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        rep.err(where, f"invalid JSON: {exc}")
        return {}
    if set(gold) != TOP:
        rep.err(where, f"top-level keys {sorted(gold)} != {sorted(TOP)}")
        return {}
    published = iso_date(gold["published"], where, "published", rep)
    for f in ("meetings", "officials", "pledges"):
        if not isinstance(gold[f], list):
            rep.err(where, f"{f} is not a list")
            return {}
    for i, m in enumerate(gold["meetings"]):
        check_meeting(m, i, where, orgs, published, rep)
    tn = norm(text)
    names = []
    for i, o in enumerate(gold["officials"]):
        check_official(o, i, where, orgs, honor, tn, rep)
        names.append(o.get("name"))
    if len(set(names)) != len(names):
        rep.err(where, "duplicate official names")
    for i, p in enumerate(gold["pledges"]):
        check_pledge(p, i, where, orgs, set(names), rep)
    if not gold["meetings"]:
        rep.warn(where, "no meeting")
    return {"words": words, "meetings": len(gold["meetings"]),
            "chairs": sum(len(m.get("chairs") or []) for m in gold["meetings"]),
            "officials": len(gold["officials"]), "pledges": len(gold["pledges"]),
            "speakers": sum(o.get("speaker") is True for o in gold["officials"]),
            "counts": sum(m.get("participant_count") is not None for m in gold["meetings"]),
            "published": gold["published"] is not None}


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent
    orgs, honor = load_score_bits()
    rep = Report()
    golds = sorted(folder.glob("*.gold.json"))
    texts = sorted(folder.glob("*.txt"))
    for t in texts:
        if not t.with_name(t.stem + ".gold.json").exists():
            rep.err(t.name, "text without gold")
    totals: dict[str, int] = {}
    for g in golds:
        for k, v in check_file(g, orgs, honor, rep).items():
            totals[k] = totals.get(k, 0) + int(v)
    for line in rep.warnings + rep.errors:
        print(line)
    print(f"{len(golds)} gold files, {len(texts)} texts; totals: "
          + ", ".join(f"{k} {v}" for k, v in totals.items()))
    print("OK" if not rep.errors else f"{len(rep.errors)} error(s)")
    return 1 if rep.errors else 0


if __name__ == "__main__":
    sys.exit(main())
