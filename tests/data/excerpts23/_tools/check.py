#!/usr/bin/env python3
"""Validate every NAME.gold.json in the set against SCHEMA.md and its NAME.txt.

    python3 _tools/check.py [FOLDER]      (default: the folder above _tools)

Checks: file pairing and naming, exact key sets, types, ISO dates, ISO 3166-1
alpha-2 codes, org:KEY against ORGS in ../shared/eval/score.py (read with ast,
no rdflib needed), ISO 4217 currencies, announced_by among the officials,
names free of honorifics and present in the text, text length.
Prints problems and a count table; exit 1 on any error.
"""
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
CURRENCIES = {"USD", "EUR", "GBP", "SAR", "KWD", "AED", "QAR", "JPY", "NOK", "SEK", "DKK", "CHF",
              "CAD", "AUD", "CNY", "TRY", "EGP", "JOD", "IQD", "BHD", "OMR", "MAD"}
TOP = {"published", "meetings", "officials", "pledges"}
MEET = {"date", "end_date", "country", "convened_by", "chairs", "participant_count", "part_of"}
OFF = {"name", "country", "position", "speaker"}
PLEDGE = {"donor", "amount", "currency", "announced_by"}
NAME_RE = re.compile(r"^j\d\d_[a-z0-9]+_[a-z0-9]+\.txt$")


def load_score_bits():
    tree = ast.parse(SCORE.read_text(encoding="utf-8"))
    orgs, hon = None, None
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            if node.targets[0].id == "ORGS":
                orgs = ast.literal_eval(node.value)
            if node.targets[0].id == "HONORIFICS":
                hon = ast.literal_eval(node.value)
    return orgs, hon


ORGS, HONORIFICS = load_score_bits()
_DIAC = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")


def norm(text):
    text = _DIAC.sub("", str(text))
    text = re.sub("[أإآٱ]", "ا", text).replace("ى", "ي").replace("ة", "ه")
    text = re.sub(r"[^\w\s]", " ", text.lower())
    return " ".join(text.split())


def iso_date(v):
    try:
        dt.date.fromisoformat(v)
        return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", v))
    except (TypeError, ValueError):
        return False


def agent_ok(v):
    if v is None:
        return True
    if isinstance(v, str) and v.startswith("org:"):
        return v[4:] in ORGS
    return v in ISO2


def check_pair(txt: Path, errs: list, warns: list):
    gold = txt.with_name(txt.name[:-4] + ".gold.json")
    name = txt.name
    e = lambda m: errs.append(f"{name}: {m}")
    if not gold.exists():
        e("no gold file")
        return None
    text = txt.read_text(encoding="utf-8")
    words = len(text.split())
    if not 500 <= words <= 1100:
        e(f"text has {words} words (brief: 500-1100)")
    try:
        g = json.loads(gold.read_text(encoding="utf-8"))
    except json.JSONDecodeError as ex:
        e(f"bad JSON: {ex}")
        return None
    if set(g) != TOP:
        e(f"top keys {sorted(g)}")
        return None
    pub = g["published"]
    if pub is not None and not iso_date(pub):
        e(f"published {pub!r} not ISO")
    ntext = f" {norm(text)} "
    if not g["meetings"]:
        e("no meeting")
    for i, m in enumerate(g["meetings"]):
        tag = f"meeting[{i}]"
        if set(m) != MEET:
            e(f"{tag} keys {sorted(m)}")
            continue
        for k in ("date", "end_date"):
            if m[k] is not None and not iso_date(m[k]):
                e(f"{tag}.{k} {m[k]!r} not ISO")
        if m["date"] and m["end_date"] and m["end_date"] < m["date"]:
            e(f"{tag} end_date before date")
        if m["end_date"] and not m["date"]:
            e(f"{tag} end_date without date")
        if pub and m["date"] and m["date"] > pub:
            warns.append(f"{name}: {tag} date {m['date']} after published {pub}")
        if m["country"] is not None and m["country"] not in ISO2:
            e(f"{tag}.country {m['country']!r} not ISO alpha-2")
        if not isinstance(m["chairs"], list) or not all(agent_ok(c) and c for c in m["chairs"]):
            e(f"{tag}.chairs {m['chairs']!r}")
        elif len(set(m["chairs"])) != len(m["chairs"]):
            e(f"{tag}.chairs has duplicates")
        pc = m["participant_count"]
        if pc is not None and (not isinstance(pc, int) or isinstance(pc, bool) or pc <= 0):
            e(f"{tag}.participant_count {pc!r}")
        for k in ("convened_by", "part_of"):
            if m[k] is not None and not (isinstance(m[k], str) and m[k].isascii()):
                e(f"{tag}.{k} should be English text or null")
    if g["meetings"] and g["meetings"][0]["date"] is None and pub:
        warns.append(f"{name}: main meeting has no date though published is set")
    names = []
    for i, o in enumerate(g["officials"]):
        tag = f"official[{i}]"
        if set(o) != OFF:
            e(f"{tag} keys {sorted(o)}")
            continue
        if not isinstance(o["name"], str) or not o["name"].strip():
            e(f"{tag}.name empty")
            continue
        toks = norm(o["name"]).split()
        if toks and toks[0] in HONORIFICS:
            e(f"{tag}.name starts with honorific: {o['name']}")
        missing = [t for t in toks if f" {t} " not in ntext]
        if missing:
            e(f"{tag}.name tokens not in text: {missing} ({o['name']})")
        if not agent_ok(o["country"]):
            e(f"{tag}.country {o['country']!r}")
        if not isinstance(o["speaker"], bool):
            e(f"{tag}.speaker not bool")
        if o["position"] is not None and not isinstance(o["position"], str):
            e(f"{tag}.position not str")
        names.append(o["name"])
    if len(set(names)) != len(names):
        e("duplicate official names")
    for i, p in enumerate(g["pledges"]):
        tag = f"pledge[{i}]"
        if set(p) != PLEDGE:
            e(f"{tag} keys {sorted(p)}")
            continue
        if not agent_ok(p["donor"]):
            e(f"{tag}.donor {p['donor']!r}")
        if not isinstance(p["amount"], (int, float)) or isinstance(p["amount"], bool) or p["amount"] <= 0:
            e(f"{tag}.amount {p['amount']!r}")
        if p["currency"] not in CURRENCIES:
            e(f"{tag}.currency {p['currency']!r}")
        if p["announced_by"] is not None and p["announced_by"] not in names:
            e(f"{tag}.announced_by {p['announced_by']!r} not among officials")
    return g, words


def main():
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent
    errs, warns = [], []
    for f in sorted(folder.iterdir()):
        if f.name in ("README.md", "_tools") or f.name.endswith(".gold.json"):
            continue
        if f.suffix == ".txt":
            if not NAME_RE.match(f.name):
                errs.append(f"{f.name}: name does not follow j<NN>_<outlet>_<event>.txt")
            continue
        errs.append(f"{f.name}: unexpected file at top level")
    for gf in sorted(folder.glob("*.gold.json")):
        if not gf.with_name(gf.name[: -len(".gold.json")] + ".txt").exists():
            errs.append(f"{gf.name}: gold without text")
    rows = []
    for txt in sorted(folder.glob("*.txt")):
        res = check_pair(txt, errs, warns)
        if res:
            g, words = res
            rows.append((txt.name, words, len(g["meetings"]),
                         sum(len(m["chairs"]) for m in g["meetings"]),
                         len(g["officials"]), len(g["pledges"]),
                         sum(m["participant_count"] is not None for m in g["meetings"])))
    print(f"{'file':40} {'words':>5} {'meet':>4} {'chair':>5} {'offl':>4} {'pldg':>4} {'cnt':>3}")
    for r in rows:
        print(f"{r[0]:40} {r[1]:5} {r[2]:4} {r[3]:5} {r[4]:4} {r[5]:4} {r[6]:3}")
    tot = [sum(r[i] for r in rows) for i in range(1, 7)]
    print(f"{'TOTAL (' + str(len(rows)) + ' texts)':40} {tot[0]:5} {tot[1]:4} {tot[2]:5} {tot[3]:4} {tot[4]:4} {tot[5]:3}")
    for w in warns:
        print("warning:", w)
    for x in errs:
        print("ERROR:", x)
    print("OK" if not errs else f"{len(errs)} error(s)")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
