#!/usr/bin/env python3
"""Validate every gold file of the set against SCHEMA.md's format and score.py's ORGS.

    python _tools/check.py            # exit 1 on any problem, prints counts
"""
import ast
import datetime as dt
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCORE = Path("/work/shared/eval/score.py")

ISO2 = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS
BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET
FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO
IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH
MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM
PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG
TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
CURRENCIES = {"USD", "EUR", "GBP", "SAR", "KWD", "AED", "QAR", "BHD", "OMR", "JOD", "JPY", "NOK", "SEK",
              "DKK", "CHF", "CAD", "AUD", "CNY", "TRY", "EGP", "MAD", "DZD", "TND", "LYD", "SDG", "YER", "IQD"}
TOP_KEYS = {"published", "meetings", "officials", "pledges"}
MEETING_KEYS = {"date", "end_date", "country", "convened_by", "chairs", "participant_count", "part_of"}
OFFICIAL_KEYS = {"name", "country", "position", "speaker"}
PLEDGE_KEYS = {"donor", "amount", "currency", "announced_by"}
NAME_RE = re.compile(r"^q\d\d_[a-z0-9]+_[a-z0-9_]+$")
EXTRA_HONORIFICS = {"جلاله", "صاحب", "سعاده", "العاهل", "الفريق", "اللواء"}
# names in which an honorific-looking word is part of the person's own name
NAME_PART_OK = {"محمد ولد الشيخ الغزواني": {"الشيخ"}}


def score_module_bits():
    """ORGS, HONORIFICS and the normaliser from score.py, read without importing it (it needs rdflib)."""
    tree = ast.parse(SCORE.read_text(encoding="utf-8"))
    wanted = {"ORGS", "HONORIFICS", "_DIACRITICS", "_PUNCT"}
    env = {"re": re}
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) in wanted for t in node.targets):
            exec(compile(ast.Module([node], []), "score.py", "exec"), env)
        if isinstance(node, ast.FunctionDef) and node.name in {"norm", "name_tokens", "same_name"}:
            exec(compile(ast.Module([node], []), "score.py", "exec"), env)
    return env


S = score_module_bits()
ORG_KEYS = set(S["ORGS"])


def agent_ok(value, allow_none):
    if value is None:
        return allow_none
    if isinstance(value, str) and value.startswith("org:"):
        return value[4:] in ORG_KEYS
    return value in ISO2


def iso_date(value):
    if value is None:
        return None
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise ValueError(f"not an ISO date: {value!r}")
    return dt.date.fromisoformat(value)


def check_file(gold_path, problems):
    name = gold_path.name.removesuffix(".gold.json")
    err = lambda msg: problems.append(f"{name}: {msg}")  # noqa: E731
    if not NAME_RE.match(name):
        err("file name does not follow q<NN>_<outlet>_<event>")
    txt_path = gold_path.with_name(name + ".txt")
    if not txt_path.exists():
        err("no .txt beside the gold file")
        return None
    text = txt_path.read_text(encoding="utf-8")
    ntext = " " + S["norm"](text) + " "
    words = len(text.split())
    if not 80 <= words <= 450:
        err(f"text has {words} words (80-450 wanted)")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    if set(gold) != TOP_KEYS:
        err(f"top-level keys {sorted(gold)}")
        return None
    try:
        pub = iso_date(gold["published"])
    except ValueError as e:
        err(f"published: {e}")
        pub = None
    if pub and not dt.date(2010, 1, 1) <= pub <= dt.date(2026, 12, 31):
        err(f"published {pub} out of range")
    if not isinstance(gold["meetings"], list) or not gold["meetings"]:
        err("meetings must be a non-empty list (the reported meeting is always listed)")
    for i, m in enumerate(gold["meetings"]):
        if set(m) != MEETING_KEYS:
            err(f"meeting {i} keys {sorted(m)}")
            continue
        try:
            d, e = iso_date(m["date"]), iso_date(m["end_date"])
        except ValueError as ex:
            err(f"meeting {i}: {ex}")
            continue
        if e and not d:
            err(f"meeting {i}: end_date without date")
        if d and e and e < d:
            err(f"meeting {i}: end_date before date")
        if m["country"] is not None and m["country"] not in ISO2:
            err(f"meeting {i}: country {m['country']!r} is not ISO alpha-2")
        if not isinstance(m["chairs"], list) or len(set(m["chairs"])) != len(m["chairs"]):
            err(f"meeting {i}: chairs must be a list without repeats")
        for c in m["chairs"]:
            if not agent_ok(c, allow_none=False):
                err(f"meeting {i}: chair {c!r} is neither ISO alpha-2 nor org:KEY of ORGS")
        pc = m["participant_count"]
        if pc is not None and (not isinstance(pc, int) or isinstance(pc, bool) or pc <= 0):
            err(f"meeting {i}: participant_count {pc!r}")
        for k in ("convened_by", "part_of"):
            if m[k] is not None and not isinstance(m[k], str):
                err(f"meeting {i}: {k} must be a string or null")
    seen = set()
    for i, o in enumerate(gold["officials"]):
        if set(o) != OFFICIAL_KEYS:
            err(f"official {i} keys {sorted(o)}")
            continue
        if not isinstance(o["name"], str) or not o["name"].strip():
            err(f"official {i}: empty name")
            continue
        toks = S["norm"](o["name"]).split()
        bad = [t for t in toks if (t in S["HONORIFICS"] or t in EXTRA_HONORIFICS)
               and t not in NAME_PART_OK.get(o["name"], set())]
        if bad:
            err(f"official {o['name']}: honorific/title in name {bad}")
        text_toks = set(ntext.split())
        missing = [t for t in toks
                   if not any(pre + t in text_toks for pre in ("", "و", "ف", "ب", "ل", "ك", "وب", "ول"))]
        if missing:
            err(f"official {o['name']}: tokens not in text {missing}")
        if o["name"] in seen:
            err(f"official {o['name']} listed twice")
        seen.add(o["name"])
        if not agent_ok(o["country"], allow_none=True):
            err(f"official {o['name']}: country {o['country']!r}")
        if not isinstance(o["speaker"], bool):
            err(f"official {o['name']}: speaker must be true/false")
        if o["position"] is not None and not isinstance(o["position"], str):
            err(f"official {o['name']}: position must be a string or null")
    for i, p in enumerate(gold["pledges"]):
        if set(p) != PLEDGE_KEYS:
            err(f"pledge {i} keys {sorted(p)}")
            continue
        if not agent_ok(p["donor"], allow_none=False):
            err(f"pledge {i}: donor {p['donor']!r}")
        if not isinstance(p["amount"], (int, float)) or isinstance(p["amount"], bool) or p["amount"] <= 0:
            err(f"pledge {i}: amount {p['amount']!r}")
        if p["currency"] not in CURRENCIES:
            err(f"pledge {i}: currency {p['currency']!r}")
        by = p["announced_by"]
        if by is not None and not any(S["same_name"](o["name"], by) for o in gold["officials"]):
            err(f"pledge {i}: announced_by {by!r} is not among the officials")
    return gold


def main():
    problems = []
    top = sorted(ROOT.iterdir())
    for f in top:
        if f.is_dir():
            if f.name != "_tools":
                problems.append(f"unexpected folder at top level: {f.name}")
        elif not (f.name == "README.md" or f.name.endswith(".txt") or f.name.endswith(".gold.json")):
            problems.append(f"unexpected file at top level: {f.name}")
    texts = {f.name[:-4] for f in top if f.name.endswith(".txt")}
    golds = sorted(ROOT.glob("*.gold.json"))
    for t in texts - {g.name.removesuffix(".gold.json") for g in golds}:
        problems.append(f"{t}: .txt without gold")
    counts = dict(texts=0, meetings=0, dated=0, chairs=0, counts=0, officials=0, speakers=0,
                  pledges=0, published=0)
    for g in golds:
        gold = check_file(g, problems)
        if gold is None:
            continue
        counts["texts"] += 1
        counts["published"] += gold["published"] is not None
        counts["meetings"] += len(gold["meetings"])
        counts["dated"] += sum(m["date"] is not None for m in gold["meetings"])
        counts["chairs"] += sum(len(m["chairs"]) for m in gold["meetings"])
        counts["counts"] += sum(m["participant_count"] is not None for m in gold["meetings"])
        counts["officials"] += len(gold["officials"])
        counts["speakers"] += sum(o["speaker"] for o in gold["officials"])
        counts["pledges"] += len(gold["pledges"])
    print(json.dumps(counts))
    for p in problems:
        print("PROBLEM", p)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
