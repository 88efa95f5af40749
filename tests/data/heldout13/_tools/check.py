#!/usr/bin/env python3
"""Validate every gold file of this set against SCHEMA.md and score.py.

    python _tools/check.py [DIR]      # DIR defaults to the folder above _tools/

Checks: file layout and names; gold keys and types; ISO dates; ISO 3166 alpha-2
codes; org:KEY against score.py's ORGS; ISO 4217 currencies; names free of
honorifics and present in the text (after score.py's normalisation); speakers
boolean; announced_by among the officials; word counts 80-450. Prints counts.
Exit 1 on any error.
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
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT
BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH
ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT
HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS
LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI
NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG
SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG
UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
CURRENCIES = {"USD", "EUR", "GBP", "SAR", "KWD", "AED", "QAR", "JPY", "SEK", "NOK", "DKK",
              "CHF", "CAD", "AUD", "BHD", "OMR", "JOD", "EGP", "TRY", "CNY"}
TOP_KEYS = {"published", "meetings", "officials", "pledges"}
MEETING_KEYS = {"date", "end_date", "country", "convened_by", "chairs", "participant_count", "part_of"}
OFFICIAL_KEYS = {"name", "country", "position", "speaker"}
PLEDGE_KEYS = {"donor", "amount", "currency", "announced_by"}
NAME_RE = re.compile(r"^y(\d\d)_[a-z0-9-]+_[a-z0-9-]+$")


def load_score_bits():
    """ORGS, HONORIFICS and norm() taken from score.py without importing rdflib."""
    tree = ast.parse(SCORE.read_text(encoding="utf-8"))
    ns: dict = {"re": re}
    wanted = {"ORGS", "_DIACRITICS", "_PUNCT", "HONORIFICS"}
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id in wanted for t in node.targets):
            exec(compile(ast.Module([node], []), str(SCORE), "exec"), ns)
        elif isinstance(node, ast.FunctionDef) and node.name == "norm":
            exec(compile(ast.Module([node], []), str(SCORE), "exec"), ns)
    return ns["ORGS"], ns["HONORIFICS"], ns["norm"]


ORGS, HONORIFICS, norm = load_score_bits()


def iso_date(v) -> bool:
    if not isinstance(v, str):
        return False
    try:
        return dt.date.fromisoformat(v).isoformat() == v
    except ValueError:
        return False


def agent_ok(v) -> bool:
    if isinstance(v, str) and v.startswith("org:"):
        return v[4:] in ORGS
    return isinstance(v, str) and v in ISO2


def words(text: str) -> int:
    return len([w for w in text.split() if re.search(r"[\u0600-\u06FF0-9A-Za-z\u0660-\u0669]", w)])


def check_meeting(m, err):
    if not isinstance(m, dict) or set(m) != MEETING_KEYS:
        err(f"meeting keys {sorted(m) if isinstance(m, dict) else m}")
        return
    if m["date"] is not None and not iso_date(m["date"]):
        err(f"meeting date {m['date']!r}")
    if m["end_date"] is not None:
        if not iso_date(m["end_date"]) or m["date"] is None or m["end_date"] <= m["date"]:
            err(f"meeting end_date {m['end_date']!r}")
    if m["country"] is not None and m["country"] not in ISO2:
        err(f"meeting country {m['country']!r}")
    if not isinstance(m["chairs"], list) or not all(agent_ok(c) for c in m["chairs"]):
        err(f"chairs {m['chairs']!r}")
    elif len(set(m["chairs"])) != len(m["chairs"]):
        err(f"duplicate chairs {m['chairs']!r}")
    pc = m["participant_count"]
    if pc is not None and (not isinstance(pc, int) or isinstance(pc, bool) or pc <= 0):
        err(f"participant_count {pc!r}")
    for k in ("convened_by", "part_of"):
        if m[k] is not None and not (isinstance(m[k], str) and m[k].strip()):
            err(f"{k} {m[k]!r}")


def check_official(o, ntext, err):
    if not isinstance(o, dict) or set(o) != OFFICIAL_KEYS:
        err(f"official keys {o!r}")
        return
    name = o["name"]
    if not isinstance(name, str) or not name.strip():
        err(f"official name {name!r}")
        return
    toks = norm(name).split()
    if toks and toks[0] in HONORIFICS:
        err(f"honorific in name {name!r}")
    missing = [t for t in toks if t not in ntext.split()]
    if missing:
        err(f"name {name!r}: tokens not in text {missing}")
    if o["country"] is not None and not agent_ok(o["country"]):
        err(f"official country {o['country']!r}")
    if o["position"] is not None and not isinstance(o["position"], str):
        err(f"position {o['position']!r}")
    if not isinstance(o["speaker"], bool):
        err(f"speaker {o['speaker']!r}")


def check_pledge(p, names, err):
    if not isinstance(p, dict) or set(p) != PLEDGE_KEYS:
        err(f"pledge keys {p!r}")
        return
    if not agent_ok(p["donor"]):
        err(f"donor {p['donor']!r}")
    a = p["amount"]
    if not isinstance(a, (int, float)) or isinstance(a, bool) or a <= 0:
        err(f"amount {a!r}")
    if p["currency"] not in CURRENCIES:
        err(f"currency {p['currency']!r}")
    if p["announced_by"] is not None and p["announced_by"] not in names:
        err(f"announced_by {p['announced_by']!r} is not among the officials")


def check_article(txt: Path, errors: list[str]) -> dict:
    stem = txt.name[:-4]

    def err(msg):
        errors.append(f"{stem}: {msg}")

    if not NAME_RE.match(stem):
        err("file name does not match y<NN>_<outlet>_<event>")
    gold_path = txt.with_name(stem + ".gold.json")
    if not gold_path.exists():
        err("no gold file")
        return {}
    text = txt.read_text(encoding="utf-8")
    n = words(text)
    if not 80 <= n <= 450:
        err(f"{n} words, outside 80-450")
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        err(f"bad JSON: {e}")
        return {}
    if set(gold) != TOP_KEYS:
        err(f"top keys {sorted(gold)}")
        return {}
    if gold["published"] is not None and not iso_date(gold["published"]):
        err(f"published {gold['published']!r}")
    if not gold["meetings"]:
        err("no meeting: the reported meeting must always be listed")
    for m in gold["meetings"]:
        check_meeting(m, err)
        if gold["published"] is None and m.get("date") is not None:
            err("a meeting date without a published date (relative dates cannot be resolved)")
    ntext = norm(text)
    names = []
    for o in gold["officials"]:
        check_official(o, ntext, err)
        if isinstance(o, dict):
            names.append(o.get("name"))
    if len(set(names)) != len(names):
        err("duplicate official")
    for p in gold["pledges"]:
        check_pledge(p, names, err)
    return {"words": n, "meetings": len(gold["meetings"]),
            "chairs": sum(len(m["chairs"]) for m in gold["meetings"]),
            "counts": sum(m["participant_count"] is not None for m in gold["meetings"]),
            "officials": len(gold["officials"]),
            "speakers": sum(o["speaker"] for o in gold["officials"]),
            "pledges": len(gold["pledges"]),
            "published": gold["published"] is not None}


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent
    errors: list[str] = []
    allowed = re.compile(r"^(y\d\d_.+\.(txt|gold\.json)|README\.md|_tools)$")
    for p in folder.iterdir():
        if not allowed.match(p.name):
            errors.append(f"unexpected top-level entry: {p.name}")
    txts = sorted(folder.glob("*.txt"))
    golds = sorted(folder.glob("*.gold.json"))
    if len(txts) != 30 or len(golds) != 30:
        errors.append(f"{len(txts)} texts and {len(golds)} gold files, expected 30 of each")
    nums = sorted(int(NAME_RE.match(t.name[:-4]).group(1)) for t in txts if NAME_RE.match(t.name[:-4]))
    if nums != list(range(1, len(txts) + 1)):
        errors.append(f"numbering is not y01..y{len(txts):02d}: {nums}")
    totals: dict[str, int] = {}
    sizes = []
    for t in txts:
        stats = check_article(t, errors)
        for k, v in stats.items():
            if k != "words":
                totals[k] = totals.get(k, 0) + int(v)
        if stats:
            sizes.append(stats["words"])
    for e in errors:
        print("ERROR", e)
    print(f"texts {len(txts)}; words min {min(sizes)} max {max(sizes)} mean {sum(sizes)/len(sizes):.0f}")
    print("totals: " + ", ".join(f"{k} {v}" for k, v in totals.items()))
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
