#!/usr/bin/env python3
"""Validate every *.gold.json in the set against SCHEMA.md and score.py's ORGS."""
import ast, datetime, json, re, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCORE = Path("/work/shared/eval/score.py").read_text(encoding="utf-8")
tree = ast.parse(SCORE)
ORGS = HON = None
for node in tree.body:
    if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
        if node.targets[0].id == "ORGS":
            ORGS = ast.literal_eval(node.value)
        if node.targets[0].id == "HONORIFICS":
            HON = ast.literal_eval(node.value)
ns = {}
exec(compile("import re\n" + "\n".join(l for l in SCORE.splitlines()
     if l.startswith(("_DIACRITICS", "_PUNCT"))) , "x", "exec"), ns)
def norm(t):
    t = ns["_DIACRITICS"].sub("", str(t))
    t = re.sub("[أإآٱ]", "ا", t).replace("ى", "ي").replace("ة", "ه")
    return " ".join(ns["_PUNCT"].sub(" ", t.lower()).split())

ISO2 = set("""AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT BW BY BZ CA CD CF CG
CH CI CL CM CN CO CR CU CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES ET FI FJ FR GA GB GD GE GH GM GN GQ GR GT GW
GY HN HR HT HU ID IE IL IN IQ IR IS IT JM JO JP KE KG KH KM KN KP KR KW KZ LA LB LC LI LK LR LS LT LU LV LY MA
MC MD ME MG MK ML MM MN MR MT MU MV MW MX MY MZ NA NE NG NI NL NO NP NZ OM PA PE PG PH PK PL PS PT PY QA RO RS
RU RW SA SB SC SD SE SG SI SK SL SM SN SO SR SS ST SV SY SZ TD TG TH TJ TL TM TN TO TR TT TV TW TZ UA UG US UY
UZ VA VC VE VN VU WS YE ZA ZM ZW""".split())
CUR = {"USD", "EUR", "GBP", "SAR", "KWD", "JPY", "SEK", "NOK", "DKK", "CHF", "QAR", "AED", "IQD", "CAD", "AUD"}
TOP = {"published", "meetings", "officials", "pledges"}
MK = {"date", "end_date", "country", "convened_by", "chairs", "participant_count", "part_of"}
OK_ = {"name", "country", "position", "speaker"}
PK = {"donor", "amount", "currency", "announced_by"}

def agent(v, allow_none=True):
    if v is None:
        return allow_none
    if isinstance(v, str) and v.startswith("org:"):
        return v[4:] in ORGS
    return v in ISO2

def iso(d, allow_none=True):
    if d is None:
        return allow_none
    try:
        return datetime.date.fromisoformat(d).isoformat() == d
    except (TypeError, ValueError):
        return False

errors, stats = [], {"texts": 0, "meetings": 0, "chairs": 0, "officials": 0, "pledges": 0, "counts": 0}
for gf in sorted(ROOT.glob("*.gold.json")):
    name = gf.name.removesuffix(".gold.json")
    txt = ROOT / f"{name}.txt"
    E = lambda m: errors.append(f"{gf.name}: {m}")
    if not txt.exists():
        E("no .txt beside it"); continue
    text = txt.read_text(encoding="utf-8"); ntext = norm(text)
    words = len(text.split())
    if not 80 <= words <= 450:
        E(f"text has {words} words")
    g = json.loads(gf.read_text(encoding="utf-8"))
    stats["texts"] += 1
    if set(g) != TOP: E(f"top keys {sorted(g)}")
    if not iso(g.get("published")): E("published not ISO")
    if not g.get("meetings"): E("no meeting")
    for m in g.get("meetings", []):
        stats["meetings"] += 1; stats["chairs"] += len(m.get("chairs", []))
        if set(m) != MK: E(f"meeting keys {sorted(m)}")
        if not iso(m["date"]) or not iso(m["end_date"]): E("meeting date not ISO")
        if m["end_date"] and (not m["date"] or m["end_date"] <= m["date"]): E("end_date before date")
        if m["country"] is not None and m["country"] not in ISO2: E(f"country {m['country']}")
        if not isinstance(m["chairs"], list) or not all(agent(c, False) for c in m["chairs"]): E(f"chairs {m['chairs']}")
        if len(set(m["chairs"])) != len(m["chairs"]): E("duplicate chair")
        pc = m["participant_count"]
        if pc is not None:
            stats["counts"] += 1
            if not (isinstance(pc, int) and pc > 0): E("participant_count")
        for k in ("convened_by", "part_of"):
            if m[k] is not None and not isinstance(m[k], str): E(k)
    names = []
    for o in g.get("officials", []):
        stats["officials"] += 1
        if set(o) != OK_: E(f"official keys {sorted(o)}")
        if not isinstance(o["name"], str) or not o["name"].strip(): E("official name"); continue
        names.append(o["name"])
        toks = norm(o["name"]).split()
        if toks and toks[0] in HON: E(f"honorific in name {o['name']}")
        if not all(t in ntext.split() for t in toks): E(f"name not in text: {o['name']}")
        if not agent(o["country"]): E(f"official country {o['country']}")
        if not isinstance(o["speaker"], bool): E("speaker not bool")
        if o["position"] is not None and not isinstance(o["position"], str): E("position")
    if len(set(names)) != len(names): E("duplicate official")
    for p in g.get("pledges", []):
        stats["pledges"] += 1
        if set(p) != PK: E(f"pledge keys {sorted(p)}")
        if not agent(p["donor"], False): E(f"donor {p['donor']}")
        if not (isinstance(p["amount"], (int, float)) and p["amount"] > 0): E("amount")
        if p["currency"] not in CUR: E(f"currency {p['currency']}")
        if p["announced_by"] is not None and p["announced_by"] not in names:
            E(f"announced_by {p['announced_by']} not among officials")
for e in errors:
    print("ERROR", e)
print(json.dumps(stats))
sys.exit(1 if errors else 0)
