#!/usr/bin/env python3
"""Validate every NAME.gold.json (and its NAME.txt) in the set folder.

    python _tools/check.py [FOLDER]

Checks keys and types against ../shared/eval/SCHEMA.md, ISO 3166-1 alpha-2 codes, org:KEY
against the ORGS keys of score.py (read with ast, without importing rdflib), ISO dates,
ISO 4217 currencies, honorific-free names (score.py's HONORIFICS), that each official's
name and each announced_by occur in the text / officials list, text length 80-450 words,
and that only .txt, .gold.json and README.md sit at the top level.
Exit status 1 when any error is found; warnings do not fail.
"""
import ast
import datetime as dt
import json
import re
import sys
from pathlib import Path

SCORE = Path("/work/shared/eval/score.py")

ISO2 = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS
BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE
EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM
HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW
SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO
TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
""".split())
CURRENCIES = set("""USD EUR GBP SAR KWD AED QAR BHD OMR JOD EGP JPY NOK SEK DKK CHF CAD AUD
NZD CNY KRW TRY MAD DZD TND LYD IQD LBP SDG NGN XOF XAF INR PKR RUB ISK PLN CZK HUF""".split())

TOP = {"published", "meetings", "officials", "pledges"}
MEETING = {"date", "end_date", "country", "convened_by", "chairs", "participant_count", "part_of"}
OFFICIAL = {"name", "country", "position", "speaker"}
PLEDGE = {"donor", "amount", "currency", "announced_by"}


def load_score_consts():
    tree = ast.parse(SCORE.read_text(encoding="utf-8"))
    found = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            name = getattr(node.targets[0], "id", None)
            if name in ("ORGS", "HONORIFICS"):
                found[name] = ast.literal_eval(node.value)
    return found["ORGS"], found["HONORIFICS"]


ORGS, HONORIFICS = load_score_consts()
_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)


def norm(text):  # same as score.py
    text = _DIACRITICS.sub("", str(text))
    text = re.sub("[أإآٱ]", "ا", text).replace("ى", "ي").replace("ة", "ه")
    text = _PUNCT.sub(" ", text.lower())
    return " ".join(text.split())


def same_name(a, b):  # same as score.py
    g = {t for t in norm(a).split() if t not in HONORIFICS}
    p = {t for t in norm(b).split() if t not in HONORIFICS}
    if not g or not p:
        return False
    shared = len(g & p)
    return shared >= min(2, len(g)) and shared / len(g | p) >= 0.5


def is_date(v):
    if not isinstance(v, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        return False
    try:
        dt.date.fromisoformat(v)
        return True
    except ValueError:
        return False


def agent_ok(v, allow_null=True):
    if v is None:
        return allow_null
    if isinstance(v, str) and v.startswith("org:"):
        return v[4:] in ORGS
    return isinstance(v, str) and v in ISO2


def check_file(gold_path, errors, warnings, stats):
    name = gold_path.name.removesuffix(".gold.json")
    txt = gold_path.with_name(name + ".txt")

    def err(msg):
        errors.append(f"{name}: {msg}")

    def warn(msg):
        warnings.append(f"{name}: {msg}")

    if not txt.exists():
        err("no .txt beside the gold file")
        return
    text = txt.read_text(encoding="utf-8")
    words = len(text.split())
    stats["words"].append(words)
    if not 80 <= words <= 450:
        err(f"text has {words} words (want 80-450)")
    ntext = norm(text)
    try:
        g = json.loads(gold_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        err(f"bad JSON: {e}")
        return
    if set(g) != TOP:
        err(f"top-level keys {sorted(g)}")
        return
    if g["published"] is not None and not is_date(g["published"]):
        err(f"published {g['published']!r} is not an ISO date")
    for i, m in enumerate(g["meetings"]):
        where = f"meeting[{i}]"
        if set(m) != MEETING:
            err(f"{where} keys {sorted(m)}")
            continue
        if m["date"] is not None and not is_date(m["date"]):
            err(f"{where} date {m['date']!r}")
        if m["end_date"] is not None:
            if not is_date(m["end_date"]):
                err(f"{where} end_date {m['end_date']!r}")
            elif m["date"] and m["end_date"] <= m["date"]:
                err(f"{where} end_date not after date")
        if not agent_ok(m["country"]) or (m["country"] or "").startswith("org:"):
            err(f"{where} country {m['country']!r}")
        if not isinstance(m["chairs"], list) or len(set(m["chairs"])) != len(m["chairs"]):
            err(f"{where} chairs must be a list without duplicates")
        else:
            for c in m["chairs"]:
                if not agent_ok(c, allow_null=False):
                    err(f"{where} chair {c!r} is neither ISO alpha-2 nor org:KEY of ORGS")
        pc = m["participant_count"]
        if pc is not None and (not isinstance(pc, int) or isinstance(pc, bool) or pc <= 0):
            err(f"{where} participant_count {pc!r}")
        for k in ("convened_by", "part_of"):
            if m[k] is not None and not (isinstance(m[k], str) and m[k].strip()):
                err(f"{where} {k} must be a non-empty string or null")
        if g["published"] and m["date"] and m["date"] > g["published"]:
            warn(f"{where} date {m['date']} after published {g['published']}")
    seen = []
    for i, o in enumerate(g["officials"]):
        where = f"official[{i}]"
        if set(o) != OFFICIAL:
            err(f"{where} keys {sorted(o)}")
            continue
        if not isinstance(o["name"], str) or not o["name"].strip():
            err(f"{where} empty name")
            continue
        toks = norm(o["name"]).split()
        if toks and toks[0] in HONORIFICS:
            err(f"{where} name starts with an honorific: {o['name']}")
        words_in_text = set(ntext.split())
        missing = [t for t in toks if t not in words_in_text
                   and not any(c + t in words_in_text for c in ("و", "ب", "ل", "ف", "ول", "وب"))]
        if missing:
            err(f"{where} name tokens not in text: {missing} ({o['name']})")
        if not agent_ok(o["country"]):
            err(f"{where} country {o['country']!r}")
        if o["position"] is not None and not isinstance(o["position"], str):
            err(f"{where} position must be a string or null")
        if not isinstance(o["speaker"], bool):
            err(f"{where} speaker must be true/false")
        for prev in seen:
            if same_name(prev, o["name"]):
                err(f"{where} duplicates official {prev}")
        seen.append(o["name"])
    for i, p in enumerate(g["pledges"]):
        where = f"pledge[{i}]"
        if set(p) != PLEDGE:
            err(f"{where} keys {sorted(p)}")
            continue
        if not agent_ok(p["donor"]):
            err(f"{where} donor {p['donor']!r}")
        a = p["amount"]
        if isinstance(a, bool) or not isinstance(a, (int, float)) or a <= 0:
            err(f"{where} amount {a!r}")
        if p["currency"] not in CURRENCIES:
            err(f"{where} currency {p['currency']!r}")
        if p["announced_by"] is not None and not any(
                same_name(o.get("name", ""), p["announced_by"]) for o in g["officials"]):
            err(f"{where} announced_by {p['announced_by']!r} is not among officials")
    stats["meetings"] += len(g["meetings"])
    stats["chairs"] += sum(len(m.get("chairs", [])) for m in g["meetings"])
    stats["counts"] += sum(m.get("participant_count") is not None for m in g["meetings"])
    stats["officials"] += len(g["officials"])
    stats["speakers"] += sum(bool(o.get("speaker")) for o in g["officials"])
    stats["pledges"] += len(g["pledges"])
    stats["published"] += g["published"] is not None


def main():
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent
    errors, warnings = [], []
    stats = {"words": [], "meetings": 0, "chairs": 0, "counts": 0, "officials": 0,
             "speakers": 0, "pledges": 0, "published": 0}
    for p in sorted(folder.iterdir()):
        if p.is_dir():
            if p.name != "_tools":
                errors.append(f"unexpected folder at top level: {p.name}")
        elif not (p.name.endswith(".txt") or p.name.endswith(".gold.json") or p.name == "README.md"):
            errors.append(f"unexpected file at top level: {p.name}")
    txts = {p.name.removesuffix(".txt") for p in folder.glob("*.txt")}
    golds = sorted(folder.glob("*.gold.json"))
    for t in sorted(txts - {g.name.removesuffix(".gold.json") for g in golds}):
        errors.append(f"{t}.txt has no gold file")
    for gp in golds:
        check_file(gp, errors, warnings, stats)
    w = stats.pop("words")
    print(f"files: {len(golds)} gold, {len(txts)} txt; words min/median/max: "
          f"{min(w)}/{sorted(w)[len(w)//2]}/{max(w)}")
    print("totals: " + ", ".join(f"{k} {v}" for k, v in stats.items()))
    for m in warnings:
        print("WARN ", m)
    for m in errors:
        print("ERROR", m)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
