#!/usr/bin/env python3
"""Validate every hq*.gold.json in the set against SCHEMA.md's rules and the text beside it.

    python _tools/check.py [DIR]      # DIR defaults to the folder above _tools/

Checks: file pairing and names; exact keys; ISO dates (end >= start); ISO 3166-1 alpha-2
codes; org:KEY keys taken from /work/shared/eval/score.py's ORGS (read with ast, no import);
types; names free of honorifics and present in the text; announced_by among the officials;
ISO 4217 currencies; text length 80-450 words. Prints a summary of the counts.
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
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR
BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ
EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW
GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY
KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV
MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY
QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG
TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
""".split())
CURRENCIES = {"USD", "EUR", "GBP", "SAR", "KWD", "AED", "QAR", "JPY", "CHF", "SEK", "NOK", "DKK",
              "CAD", "AUD", "BHD", "OMR", "JOD", "EGP", "MAD", "TND", "DZD", "IQD", "LYD", "CNY"}
TOP_KEYS = {"published", "meetings", "officials", "pledges"}
MEETING_KEYS = {"date", "end_date", "country", "convened_by", "chairs", "participant_count",
                "part_of"}
OFFICIAL_KEYS = {"name", "country", "position", "speaker"}
PLEDGE_KEYS = {"donor", "amount", "currency", "announced_by"}

# the scorer's normalisation, restated here so this checker runs without rdflib
_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)
HONORIFICS = {"الشيخ", "الشيخه", "السيد", "السيده", "الدكتور", "الدكتوره", "د", "الامير",
              "الاميره", "سمو", "معالي", "فخامه", "الرئيس", "الملك", "الفريق", "الركن",
              "اللواء", "الجنرال", "العميد", "السفير", "المستشار", "mr", "dr", "sheikh",
              "اللورد", "المهندس", "دوله", "سعاده"}


def norm(text: str) -> str:
    text = _DIACRITICS.sub("", str(text))
    text = re.sub("[أإآٱ]", "ا", text).replace("ى", "ي").replace("ة", "ه")
    text = _PUNCT.sub(" ", text.lower())
    return " ".join(text.split())


def org_keys() -> set[str]:
    tree = ast.parse(SCORE.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id == "ORGS" for t in targets):
                return set(ast.literal_eval(node.value).keys())
    raise SystemExit("ORGS not found in score.py")


def iso_date(value, where, errors, allow_null=True):
    if value is None:
        if not allow_null:
            errors.append(f"{where}: null date")
        return None
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        errors.append(f"{where}: not an ISO date: {value!r}")
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        errors.append(f"{where}: impossible date {value}")
        return None


def agent_ok(value, orgs) -> bool:
    if isinstance(value, str) and value.startswith("org:"):
        return value[4:] in orgs
    return value in ISO2


def check_file(gold_path: Path, orgs: set[str], tally: dict) -> list[str]:
    errors: list[str] = []
    name = gold_path.name.removesuffix(".gold.json")
    txt_path = gold_path.with_name(name + ".txt")
    if not re.fullmatch(r"hq\d\d_[a-z0-9-]+_[a-z0-9-]+", name):
        errors.append(f"{name}: file name not hqNN_<outlet>_<event>")
    if not txt_path.exists():
        return errors + [f"{name}: no .txt beside the gold file"]
    text = txt_path.read_text(encoding="utf-8")
    ntext = norm(text)
    words = len(text.split())
    if not 80 <= words <= 450:
        errors.append(f"{name}: {words} words, outside 80-450")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    if set(gold) != TOP_KEYS:
        errors.append(f"{name}: top-level keys {sorted(gold)}")
        return errors
    published = iso_date(gold["published"], f"{name}.published", errors)
    if published and not dt.date(2022, 1, 1) <= published <= dt.date(2025, 12, 31):
        errors.append(f"{name}: published {published} outside 2022-2025")
    if not gold["meetings"]:
        errors.append(f"{name}: no meeting")
    for i, m in enumerate(gold["meetings"]):
        where = f"{name}.meetings[{i}]"
        if set(m) != MEETING_KEYS:
            errors.append(f"{where}: keys {sorted(m)}")
            continue
        start = iso_date(m["date"], f"{where}.date", errors)
        end = iso_date(m["end_date"], f"{where}.end_date", errors)
        if end and not start:
            errors.append(f"{where}: end_date without date")
        if start and end and end <= start:
            errors.append(f"{where}: end_date not after date")
        if published and start and start > published:
            errors.append(f"{where}: meeting after publication")
        if m["country"] is not None and m["country"] not in ISO2:
            errors.append(f"{where}: bad country {m['country']!r}")
        if not isinstance(m["chairs"], list) or len(set(m["chairs"])) != len(m["chairs"]):
            errors.append(f"{where}: chairs must be a list without repeats")
        for c in m["chairs"]:
            if not agent_ok(c, orgs):
                errors.append(f"{where}: bad chair {c!r}")
        pc = m["participant_count"]
        if pc is not None and (not isinstance(pc, int) or isinstance(pc, bool) or pc <= 0):
            errors.append(f"{where}: bad participant_count {pc!r}")
        for key in ("convened_by", "part_of"):
            if m[key] is not None and (not isinstance(m[key], str) or re.search("[\u0600-\u06ff]", m[key])):
                errors.append(f"{where}: {key} must be English text or null")
        tally["meetings"] += 1
        tally["chairs"] += len(m["chairs"])
        tally["counts"] += pc is not None
        tally["dated"] += start is not None
    names = []
    for i, o in enumerate(gold["officials"]):
        where = f"{name}.officials[{i}]"
        if set(o) != OFFICIAL_KEYS:
            errors.append(f"{where}: keys {sorted(o)}")
            continue
        if not isinstance(o["name"], str) or not o["name"].strip():
            errors.append(f"{where}: empty name")
            continue
        toks = norm(o["name"]).split()
        if toks and toks[0] in HONORIFICS:
            errors.append(f"{where}: name starts with an honorific: {o['name']}")
        if norm(o["name"]) not in ntext:
            errors.append(f"{where}: name not found in text: {o['name']}")
        if o["country"] is not None and not agent_ok(o["country"], orgs):
            errors.append(f"{where}: bad country {o['country']!r}")
        if o["position"] is not None and not isinstance(o["position"], str):
            errors.append(f"{where}: position must be text or null")
        if not isinstance(o["speaker"], bool):
            errors.append(f"{where}: speaker must be true/false")
        names.append(o["name"])
        tally["officials"] += 1
        tally["speakers"] += o["speaker"] is True
    if len(set(map(norm, names))) != len(names):
        errors.append(f"{name}: an official is listed twice")
    for i, p in enumerate(gold["pledges"]):
        where = f"{name}.pledges[{i}]"
        if set(p) != PLEDGE_KEYS:
            errors.append(f"{where}: keys {sorted(p)}")
            continue
        if not agent_ok(p["donor"], orgs):
            errors.append(f"{where}: bad donor {p['donor']!r}")
        amount = p["amount"]
        if isinstance(amount, bool) or not isinstance(amount, (int, float)) or amount <= 0:
            errors.append(f"{where}: bad amount {amount!r}")
        if p["currency"] not in CURRENCIES:
            errors.append(f"{where}: currency {p['currency']!r} not ISO 4217 (or not expected)")
        if p["announced_by"] is not None and p["announced_by"] not in names:
            errors.append(f"{where}: announced_by {p['announced_by']!r} is not a listed official")
        tally["pledges"] += 1
    tally["texts"] += 1
    tally["words"] += words
    tally["undated"] += published is None
    return errors


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent
    orgs = org_keys()
    errors: list[str] = []
    golds = sorted(folder.glob("*.gold.json"))
    for txt in sorted(folder.glob("*.txt")):
        if not txt.with_name(txt.stem + ".gold.json").exists():
            errors.append(f"{txt.name}: no gold file")
    allowed = {p.name for p in golds} | {p.name for p in folder.glob("hq*.txt")} | {"README.md", "_tools"}
    for extra in sorted(p.name for p in folder.iterdir() if p.name not in allowed):
        errors.append(f"unexpected top-level entry: {extra}")
    tally = dict.fromkeys(["texts", "words", "undated", "meetings", "dated", "chairs", "counts",
                           "officials", "speakers", "pledges"], 0)
    for g in golds:
        errors.extend(check_file(g, orgs, tally))
    for e in errors:
        print("ERROR", e)
    print(", ".join(f"{k} {v}" for k, v in tally.items()))
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
