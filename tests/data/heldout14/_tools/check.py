#!/usr/bin/env python3
"""Validate every NAME.gold.json (and its NAME.txt) in the set folder against SCHEMA.md.

    python _tools/check.py [FOLDER]        # FOLDER defaults to the folder above _tools/

Checks: exact keys and types; ISO dates (end_date not before date); ISO 3166-1 alpha-2 codes;
`org:KEY` only with keys of ORGS in /work/shared/eval/score.py; ISO 4217 currencies; names
without honorifics; every official's name and every pledge's announcer present in the text;
announced_by naming a listed official; text length 80-450 words; file naming and the top
level holding only texts, gold and README.md. Prints the counts; exits 1 on any error.
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
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS
BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE
EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM
HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW
SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO
TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
""".split())

CURRENCIES = set("""
USD EUR GBP JPY CHF CAD AUD NZD SEK NOK DKK ISK SAR AED KWD QAR BHD OMR JOD EGP IQD LBP SYP YER
MAD DZD TND LYD SDG MRU XOF XAF NGN KES ETB SOS TRY CNY INR PKR BDT IRR RUB KRW MYR IDR BRL ZAR
""".split())

TOP_KEYS = {"published", "meetings", "officials", "pledges"}
MEETING_KEYS = {"date", "end_date", "country", "convened_by", "chairs", "participant_count", "part_of"}
OFFICIAL_KEYS = {"name", "country", "position", "speaker"}
PLEDGE_KEYS = {"donor", "amount", "currency", "announced_by"}
WARNINGS: list[str] = []
NAME_RE = re.compile(r"^z(\d\d)_[a-z0-9]+_[a-z0-9]+$")


def load_score_bits():
    """ORGS keys, HONORIFICS and the name normaliser, read from score.py without importing it."""
    tree = ast.parse(SCORE.read_text(encoding="utf-8"))
    orgs = honorifics = None
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            if node.targets[0].id == "ORGS":
                orgs = set(ast.literal_eval(node.value).keys())
            elif node.targets[0].id == "HONORIFICS":
                honorifics = set(ast.literal_eval(node.value))
    if orgs is None or honorifics is None:
        raise SystemExit("could not read ORGS / HONORIFICS from score.py")
    return orgs, honorifics


ORG_KEYS, HONORIFICS = load_score_bits()
_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)


def norm(text: str) -> str:
    """Same normalisation as score.py."""
    text = _DIACRITICS.sub("", str(text))
    text = re.sub("[أإآٱ]", "ا", text).replace("ى", "ي").replace("ة", "ه")
    text = _PUNCT.sub(" ", text.lower())
    return " ".join(text.split())


def is_date(value) -> bool:
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def agent_ok(value) -> bool:
    if not isinstance(value, str):
        return False
    if value.startswith("org:"):
        return value[4:] in ORG_KEYS
    return value in ISO2


def name_in_text(name: str, text_norm_tokens: set[str]) -> bool:
    tokens = [t for t in norm(name).split()]
    return all(t in text_norm_tokens or any(w.endswith(t) for w in text_norm_tokens) for t in tokens)


def check_meeting(m, where, errors):
    if not isinstance(m, dict) or set(m) != MEETING_KEYS:
        errors.append(f"{where}: keys {sorted(m) if isinstance(m, dict) else m} != {sorted(MEETING_KEYS)}")
        return
    if m["date"] is not None and not is_date(m["date"]):
        errors.append(f"{where}: bad date {m['date']!r}")
    if m["end_date"] is not None:
        if not is_date(m["end_date"]):
            errors.append(f"{where}: bad end_date {m['end_date']!r}")
        elif m["date"] is None or m["end_date"] <= m["date"]:
            errors.append(f"{where}: end_date {m['end_date']} without an earlier date")
    if m["country"] is not None and m["country"] not in ISO2:
        errors.append(f"{where}: bad country {m['country']!r}")
    for key in ("convened_by", "part_of"):
        if m[key] is not None and (not isinstance(m[key], str) or not m[key].strip()):
            errors.append(f"{where}: {key} must be a non-empty string or null")
    if not isinstance(m["chairs"], list):
        errors.append(f"{where}: chairs must be a list")
    else:
        for c in m["chairs"]:
            if not agent_ok(c):
                errors.append(f"{where}: bad chair {c!r}")
        if len(set(m["chairs"])) != len(m["chairs"]):
            errors.append(f"{where}: duplicate chairs")
    pc = m["participant_count"]
    if pc is not None and (isinstance(pc, bool) or not isinstance(pc, int) or pc <= 0):
        errors.append(f"{where}: bad participant_count {pc!r}")


def check_gold(name: str, gold: dict, text: str, errors: list[str]):
    if not isinstance(gold, dict) or set(gold) != TOP_KEYS:
        errors.append(f"{name}: top keys {sorted(gold)} != {sorted(TOP_KEYS)}")
        return
    if gold["published"] is not None and not is_date(gold["published"]):
        errors.append(f"{name}: bad published {gold['published']!r}")
    tokens = set(norm(text).split())
    if not gold["meetings"]:
        errors.append(f"{name}: no meeting")
    for i, m in enumerate(gold["meetings"]):
        check_meeting(m, f"{name} meeting[{i}]", errors)
        if gold["published"] and m.get("date") and m["date"] > gold["published"]:
            WARNINGS.append(f"{name} meeting[{i}]: date {m['date']} after published "
                            f"{gold['published']} (an announced meeting)")
    keys = [(m.get("date"), m.get("country")) for m in gold["meetings"]]
    if len(set(keys)) != len(keys):
        errors.append(f"{name}: two meetings share date and country")
    names = []
    for i, o in enumerate(gold["officials"]):
        where = f"{name} official[{i}]"
        if not isinstance(o, dict) or set(o) != OFFICIAL_KEYS:
            errors.append(f"{where}: keys {sorted(o)} != {sorted(OFFICIAL_KEYS)}")
            continue
        if not isinstance(o["name"], str) or not o["name"].strip():
            errors.append(f"{where}: empty name")
            continue
        first = norm(o["name"]).split()[0]
        if first in HONORIFICS:
            errors.append(f"{where}: name starts with an honorific: {o['name']}")
        if not name_in_text(o["name"], tokens):
            errors.append(f"{where}: name not found in text: {o['name']}")
        if o["country"] is not None and not agent_ok(o["country"]):
            errors.append(f"{where}: bad country {o['country']!r}")
        if o["position"] is not None and not isinstance(o["position"], str):
            errors.append(f"{where}: position must be a string or null")
        if not isinstance(o["speaker"], bool):
            errors.append(f"{where}: speaker must be true/false")
        names.append(norm(o["name"]))
    if len(set(names)) != len(names):
        errors.append(f"{name}: duplicate officials")
    for i, p in enumerate(gold["pledges"]):
        where = f"{name} pledge[{i}]"
        if not isinstance(p, dict) or set(p) != PLEDGE_KEYS:
            errors.append(f"{where}: keys {sorted(p)} != {sorted(PLEDGE_KEYS)}")
            continue
        if not agent_ok(p["donor"]):
            errors.append(f"{where}: bad donor {p['donor']!r}")
        amt = p["amount"]
        if isinstance(amt, bool) or not isinstance(amt, (int, float)) or amt <= 0:
            errors.append(f"{where}: bad amount {amt!r}")
        if p["currency"] not in CURRENCIES:
            errors.append(f"{where}: bad currency {p['currency']!r}")
        by = p["announced_by"]
        if by is not None and norm(by) not in names:
            errors.append(f"{where}: announced_by {by!r} is not a listed official")


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent
    errors: list[str] = []
    for path in folder.iterdir():
        ok = (path.name == "README.md" or path.name == "_tools"
              or path.name.endswith(".gold.json") or path.suffix == ".txt")
        if not ok:
            errors.append(f"unexpected top-level entry {path.name}")
    texts = sorted(folder.glob("*.txt"))
    numbers = []
    totals = dict(texts=0, meetings=0, chairs=0, officials=0, speakers=0, pledges=0, counts=0,
                  published=0, words_min=10**9, words_max=0)
    for tpath in texts:
        name = tpath.stem
        match = NAME_RE.match(name)
        if not match:
            errors.append(f"{name}: file name does not follow z<NN>_<outlet>_<event>")
        else:
            numbers.append(int(match.group(1)))
        gpath = folder / f"{name}.gold.json"
        if not gpath.exists():
            errors.append(f"{name}: missing gold")
            continue
        text = tpath.read_text(encoding="utf-8")
        words = len(text.split())
        totals["words_min"] = min(totals["words_min"], words)
        totals["words_max"] = max(totals["words_max"], words)
        if not 80 <= words <= 450:
            errors.append(f"{name}: {words} words, outside 80-450")
        try:
            gold = json.loads(gpath.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            errors.append(f"{name}: gold is not JSON: {exc}")
            continue
        check_gold(name, gold, text, errors)
        if isinstance(gold, dict) and set(gold) == TOP_KEYS:
            totals["texts"] += 1
            totals["published"] += gold["published"] is not None
            totals["meetings"] += len(gold["meetings"])
            totals["chairs"] += sum(len(m.get("chairs", [])) for m in gold["meetings"])
            totals["counts"] += sum(m.get("participant_count") is not None for m in gold["meetings"])
            totals["officials"] += len(gold["officials"])
            totals["speakers"] += sum(bool(o.get("speaker")) for o in gold["officials"])
            totals["pledges"] += len(gold["pledges"])
    for gpath in folder.glob("*.gold.json"):
        if not (folder / (gpath.name.removesuffix(".gold.json") + ".txt")).exists():
            errors.append(f"{gpath.name}: gold without text")
    if sorted(numbers) != list(range(1, len(numbers) + 1)):
        errors.append(f"file numbers are not 1..{len(numbers)} without gaps: {sorted(numbers)}")
    for w in WARNINGS:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    print(json.dumps(totals, ensure_ascii=False))
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
