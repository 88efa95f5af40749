#!/usr/bin/env python3
"""Validate every gold file of the set against SCHEMA.md and score.py.

    python _tools/check.py [FOLDER]      # default: the folder above _tools/

Checks: folder layout and file names; exact keys; ISO dates (end >= start, meeting <= published);
ISO 3166-1 alpha-2 codes; org:KEY against ORGS in score.py (read with ast, nothing imported);
participant counts; ISO 4217 currencies; names without honorifics (score.py's list) and present
in the text (a token may carry a clitic و/ب/ل); announced_by naming a listed official; text length 80-450 words.
Exit status 1 when anything fails.
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
assert len(ISO2) == 249

CURRENCIES = set("""
USD EUR GBP JPY CHF CAD AUD NZD SEK NOK DKK ISK SAR AED QAR KWD BHD OMR JOD EGP IQD LBP SYP YER
TRY MAD DZD TND LYD SDG CNY INR PKR KRW RUB BRL ZAR NGN XOF XAF
""".split())

MEETING_KEYS = {"date", "end_date", "country", "convened_by", "chairs", "participant_count", "part_of"}
OFFICIAL_KEYS = {"name", "country", "position", "speaker"}
PLEDGE_KEYS = {"donor", "amount", "currency", "announced_by"}
NAME_RE = re.compile(r"^x\d\d_[a-z0-9-]+_[a-z0-9-]+$")


def score_constants():
    """ORGS keys and HONORIFICS from score.py, read without importing it (it needs rdflib)."""
    tree = ast.parse(SCORE.read_text(encoding="utf-8"))
    found = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Name) and target.id in ("ORGS", "HONORIFICS"):
                found[target.id] = ast.literal_eval(node.value)
    return set(found["ORGS"]), set(found["HONORIFICS"])


ORG_KEYS, HONORIFICS = score_constants()
_DIAC = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")


def norm(text):
    """The normaliser of score.py, restated."""
    text = _DIAC.sub("", str(text))
    text = re.sub("[أإآٱ]", "ا", text).replace("ى", "ي").replace("ة", "ه")
    text = re.sub(r"[^\w\s]", " ", text.lower())
    return " ".join(text.split())


def iso_date(value, where, errors):
    if value is None:
        return None
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise ValueError
        day = dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        errors.append(f"{where}: not an ISO date: {value!r}")
        return None
    if not dt.date(2010, 1, 1) <= day <= dt.date(2026, 12, 31):
        errors.append(f"{where}: implausible date {value}")
    return day


def agent(value, where, errors, allow_null):
    if value is None:
        if not allow_null:
            errors.append(f"{where}: null not allowed")
        return
    if not isinstance(value, str):
        errors.append(f"{where}: not a string: {value!r}")
    elif value.startswith("org:"):
        if value[4:] not in ORG_KEYS:
            errors.append(f"{where}: unknown ORGS key {value}")
    elif value not in ISO2:
        errors.append(f"{where}: not an ISO 3166-1 alpha-2 code: {value!r}")


def check_meeting(m, where, published, errors):
    if set(m) != MEETING_KEYS:
        errors.append(f"{where}: keys {sorted(m)}")
        return
    start = iso_date(m["date"], f"{where}.date", errors)
    end = iso_date(m["end_date"], f"{where}.end_date", errors)
    if end and (not start or end < start):
        errors.append(f"{where}: end_date without a date or before it")
    if start and published and start > published:
        errors.append(f"{where}: meeting after the article date")
    agent(m["country"], f"{where}.country", errors, allow_null=True)
    if not isinstance(m["chairs"], list) or len(set(m["chairs"])) != len(m["chairs"]):
        errors.append(f"{where}: chairs must be a list without repeats")
    else:
        for i, c in enumerate(m["chairs"]):
            agent(c, f"{where}.chairs[{i}]", errors, allow_null=False)
    count = m["participant_count"]
    if count is not None and (not isinstance(count, int) or isinstance(count, bool) or count < 2):
        errors.append(f"{where}: participant_count {count!r}")
    for key in ("convened_by", "part_of"):
        if m[key] is not None and (not isinstance(m[key], str) or not m[key].strip()):
            errors.append(f"{where}.{key}: {m[key]!r}")


def check_official(o, where, text_norm, errors):
    if set(o) != OFFICIAL_KEYS:
        errors.append(f"{where}: keys {sorted(o)}")
        return
    name = o["name"]
    if not isinstance(name, str) or not name.strip():
        errors.append(f"{where}: empty name")
        return
    tokens = norm(name).split()
    if tokens and tokens[0] in HONORIFICS:
        errors.append(f"{where}: name starts with an honorific: {name}")
    words = set(text_norm.split())
    missing = [t for t in tokens if not ({t} | {c + t for c in "وبل"}) & words]
    if missing:
        errors.append(f"{where}: name tokens not in text: {missing}")
    agent(o["country"], f"{where}.country", errors, allow_null=True)
    if not isinstance(o["position"], str) or not o["position"].strip():
        errors.append(f"{where}: position {o['position']!r}")
    if not isinstance(o["speaker"], bool):
        errors.append(f"{where}: speaker must be true/false")


def check_pledge(p, where, official_names, errors):
    if set(p) != PLEDGE_KEYS:
        errors.append(f"{where}: keys {sorted(p)}")
        return
    agent(p["donor"], f"{where}.donor", errors, allow_null=False)
    amount = p["amount"]
    if not isinstance(amount, (int, float)) or isinstance(amount, bool) or amount <= 0:
        errors.append(f"{where}: amount {amount!r}")
    if p["currency"] not in CURRENCIES:
        errors.append(f"{where}: currency {p['currency']!r}")
    if p["announced_by"] is not None and p["announced_by"] not in official_names:
        errors.append(f"{where}: announced_by is not a listed official: {p['announced_by']}")


def check_article(txt: Path, errors):
    stem = txt.name[:-4]
    gold_path = txt.with_name(stem + ".gold.json")
    if not NAME_RE.match(stem):
        errors.append(f"{txt.name}: name does not follow x01_<outlet>_<event>")
    if not gold_path.exists():
        errors.append(f"{txt.name}: no gold file")
        return None
    text = txt.read_text(encoding="utf-8")
    words = len(text.split())
    if not 80 <= words <= 450:
        errors.append(f"{txt.name}: {words} words (80-450)")
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        errors.append(f"{gold_path.name}: invalid JSON: {exc}")
        return None
    if set(gold) != {"published", "meetings", "officials", "pledges"}:
        errors.append(f"{gold_path.name}: top-level keys {sorted(gold)}")
        return None
    published = iso_date(gold["published"], f"{stem}.published", errors)
    seen = set()
    for i, m in enumerate(gold["meetings"]):
        check_meeting(m, f"{stem}.meetings[{i}]", published, errors)
        key = (m.get("date"), m.get("country"))
        if key in seen:
            errors.append(f"{stem}.meetings[{i}]: two meetings with the same date and country")
        seen.add(key)
    text_norm = norm(text)
    names = []
    for i, o in enumerate(gold["officials"]):
        check_official(o, f"{stem}.officials[{i}]", text_norm, errors)
        names.append(o.get("name"))
    if len(set(names)) != len(names):
        errors.append(f"{stem}: an official is listed twice")
    for i, p in enumerate(gold["pledges"]):
        check_pledge(p, f"{stem}.pledges[{i}]", set(names), errors)
    return gold, words


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent
    errors = []
    for entry in folder.iterdir():
        ok = (entry.name in ("README.md", "_tools") or
              (entry.is_file() and NAME_RE.match(entry.name.split(".")[0])
               and (entry.name.endswith(".txt") or entry.name.endswith(".gold.json"))))
        if not ok:
            errors.append(f"unexpected top-level entry: {entry.name}")
    for gold_path in folder.glob("*.gold.json"):
        if not gold_path.with_name(gold_path.name[:-10] + ".txt").exists():
            errors.append(f"{gold_path.name}: no text file")
    texts = sorted(folder.glob("x*.txt"))
    totals = {"texts": 0, "meetings": 0, "chairs": 0, "counts": 0, "officials": 0, "pledges": 0,
              "published": 0, "words": 0}
    for txt in texts:
        result = check_article(txt, errors)
        if result is None:
            continue
        gold, words = result
        totals["texts"] += 1
        totals["words"] += words
        totals["published"] += gold["published"] is not None
        totals["meetings"] += len(gold["meetings"])
        totals["chairs"] += sum(len(m["chairs"]) for m in gold["meetings"])
        totals["counts"] += sum(m["participant_count"] is not None for m in gold["meetings"])
        totals["officials"] += len(gold["officials"])
        totals["pledges"] += len(gold["pledges"])
    if totals["texts"] != 30:
        errors.append(f"expected 30 texts, found {totals['texts']}")
    for e in errors:
        print("FAIL", e)
    print(" ".join(f"{k}={v}" for k, v in totals.items()))
    print("OK" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
