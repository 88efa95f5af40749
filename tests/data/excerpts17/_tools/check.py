#!/usr/bin/env python3
"""Validate every NAME.gold.json of the excerpts17 set against SCHEMA.md and score.py.

    python _tools/check.py [DIR]      # DIR defaults to the folder above _tools

Checks keys, types, ISO 3166-1 alpha-2 codes, org:KEY against score.py's ORGS, ISO dates,
ISO 4217 currencies, names free of honorifics and present in the text, announced_by among
the officials, word counts, and that only texts, gold files and README.md sit at the top.
Exit 1 on any error.
"""
import ast
import datetime as dt
import json
import re
import sys
from pathlib import Path

ROOT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent
SCORE = Path("/work/shared/eval/score.py")

ISO2 = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO
BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ
EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK
HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC
NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB
SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV
TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
ISO4217 = set("""USD EUR GBP SAR KWD AED QAR BHD OMR JOD EGP IQD DZD MAD TND LYD JPY CNY CHF SEK NOK DKK
CAD AUD NZD TRY INR PKR RUB KRW""".split())

TOP = {"published", "meetings", "officials", "pledges"}
MEETING = {"date", "end_date", "country", "convened_by", "chairs", "participant_count", "part_of"}
OFFICIAL = {"name", "country", "position", "speaker"}
PLEDGE = {"donor", "amount", "currency", "announced_by"}


def load_score_bits():
    tree = ast.parse(SCORE.read_text(encoding="utf-8"))
    orgs, honor = None, None
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            if node.targets[0].id == "ORGS":
                orgs = ast.literal_eval(node.value)
            elif node.targets[0].id == "HONORIFICS":
                honor = ast.literal_eval(node.value)
    return orgs, honor


ORGS, HONORIFICS = load_score_bits()
_DIAC = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")


def norm(text):
    text = _DIAC.sub("", str(text))
    text = re.sub("[أإآٱ]", "ا", text).replace("ى", "ي").replace("ة", "ه")
    text = re.sub(r"[^\w\s]", " ", text.lower())
    return " ".join(text.split())


def same_name(g, p):
    a = {t for t in norm(g).split() if t not in HONORIFICS}
    b = {t for t in norm(p).split() if t not in HONORIFICS}
    if not a or not b:
        return False
    shared = len(a & b)
    return shared >= min(2, len(a)) and shared / len(a | b) >= 0.5


def iso_date(value, where, errs):
    if value is None:
        return None
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        errs.append(f"{where}: not an ISO date: {value!r}")
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        errs.append(f"{where}: impossible date {value}")
        return None


def agent(value, where, errs, allow_none=True):
    if value is None:
        if not allow_none:
            errs.append(f"{where}: null not allowed")
        return
    if not isinstance(value, str):
        errs.append(f"{where}: not a string: {value!r}")
    elif value.startswith("org:"):
        if value[4:] not in ORGS:
            errs.append(f"{where}: unknown ORGS key {value}")
    elif value not in ISO2:
        errs.append(f"{where}: not an ISO 3166-1 alpha-2 code: {value}")


def check(gold_path, errs, counts):
    name = gold_path.name.removesuffix(".gold.json")
    txt_path = gold_path.with_name(name + ".txt")
    if not txt_path.exists():
        errs.append(f"{name}: no .txt beside the gold file")
        return
    text = txt_path.read_text(encoding="utf-8")
    ntext = norm(text)
    words = len(text.split())
    if not 60 <= words <= 450:
        errs.append(f"{name}: {words} words, outside 60-450")
    try:
        g = json.loads(gold_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        errs.append(f"{name}: bad JSON: {e}")
        return
    if set(g) != TOP:
        errs.append(f"{name}: top keys {sorted(g)}")
        return
    pub = iso_date(g["published"], f"{name}.published", errs)
    for i, m in enumerate(g["meetings"]):
        w = f"{name}.meetings[{i}]"
        if set(m) != MEETING:
            errs.append(f"{w}: keys {sorted(m)}")
            continue
        d = iso_date(m["date"], w + ".date", errs)
        e = iso_date(m["end_date"], w + ".end_date", errs)
        if e and not d:
            errs.append(f"{w}: end_date without date")
        if d and e and e < d:
            errs.append(f"{w}: end_date before date")
        if d and pub and d > pub + dt.timedelta(days=30):
            errs.append(f"{w}: date far after published")
        agent(m["country"], w + ".country", errs)
        if isinstance(m["country"], str) and m["country"].startswith("org:"):
            errs.append(f"{w}: country must be ISO, not org")
        if not isinstance(m["chairs"], list):
            errs.append(f"{w}: chairs not a list")
        else:
            if len(set(m["chairs"])) != len(m["chairs"]):
                errs.append(f"{w}: duplicate chairs")
            for c in m["chairs"]:
                agent(c, w + ".chairs", errs, allow_none=False)
        pc = m["participant_count"]
        if pc is not None and (not isinstance(pc, int) or isinstance(pc, bool) or pc <= 0):
            errs.append(f"{w}: participant_count {pc!r}")
        if pc is not None and str(pc) not in text and not any(
                ch in text for ch in [str(pc).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))]):
            errs.append(f"{w}: participant_count {pc} not written in the text")
        for k in ("convened_by", "part_of"):
            if m[k] is not None and not isinstance(m[k], str):
                errs.append(f"{w}.{k}: not a string")
        counts["meetings"] += 1
        counts["chairs"] += len(m["chairs"])
        counts["dated"] += d is not None
    names = []
    for i, o in enumerate(g["officials"]):
        w = f"{name}.officials[{i}]"
        if set(o) != OFFICIAL:
            errs.append(f"{w}: keys {sorted(o)}")
            continue
        if not isinstance(o["name"], str) or not o["name"].strip():
            errs.append(f"{w}: empty name")
            continue
        toks = norm(o["name"]).split()
        if toks and toks[0] in HONORIFICS:
            errs.append(f"{w}: name starts with an honorific: {o['name']}")
        missing = [t for t in toks if t not in ntext.split()]
        if missing:
            errs.append(f"{w}: name tokens not in text: {missing}")
        agent(o["country"], w + ".country", errs)
        if o["position"] is not None and not isinstance(o["position"], str):
            errs.append(f"{w}: position not a string")
        if not isinstance(o["speaker"], bool):
            errs.append(f"{w}: speaker not a bool")
        clash = [n for n in names if same_name(o["name"], n)]
        if clash:
            print(f"NOTE {w}: score.py's same_name also matches {clash[0]} (two people, kept)")
        names.append(o["name"])
        counts["officials"] += 1
        counts["speakers"] += o["speaker"] is True
    for i, p in enumerate(g["pledges"]):
        w = f"{name}.pledges[{i}]"
        if set(p) != PLEDGE:
            errs.append(f"{w}: keys {sorted(p)}")
            continue
        agent(p["donor"], w + ".donor", errs)
        if not isinstance(p["amount"], (int, float)) or isinstance(p["amount"], bool) or p["amount"] <= 0:
            errs.append(f"{w}: amount {p['amount']!r}")
        if p["currency"] not in ISO4217:
            errs.append(f"{w}: currency {p['currency']!r} not ISO 4217 (in the checker's list)")
        if p["announced_by"] is not None and not any(same_name(p["announced_by"], n) for n in names):
            errs.append(f"{w}: announced_by {p['announced_by']} is not among the officials")
        counts["pledges"] += 1
    counts["texts"] += 1
    counts["words"] += words


def main():
    errs = []
    counts = dict.fromkeys(["texts", "words", "meetings", "dated", "chairs", "officials", "speakers",
                            "pledges"], 0)
    for p in sorted(ROOT.iterdir()):
        ok = (p.name == "README.md" or p.name == "_tools" or p.name.endswith(".gold.json")
              or (p.suffix == ".txt" and re.fullmatch(r"r\d\d_[a-z0-9]+_[a-z0-9-]+\.txt", p.name)))
        if not ok:
            errs.append(f"unexpected top-level entry: {p.name}")
    txts = sorted(ROOT.glob("*.txt"))
    golds = sorted(ROOT.glob("*.gold.json"))
    if len(txts) != len(golds):
        errs.append(f"{len(txts)} texts but {len(golds)} gold files")
    for gp in golds:
        check(gp, errs, counts)
    for e in errs:
        print("ERROR", e)
    print(json.dumps(counts))
    print(f"{len(golds)} gold files checked, {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
