#!/usr/bin/env python3
"""Validate every NAME.gold.json of the set against SCHEMA.md and score.py.

    python _tools/check.py [FOLDER]      # default: the folder above _tools/

Checks: file pairing and top-level layout; exact keys and types; ISO dates (end >= start);
ISO 3166-1 alpha-2 codes; org:KEY only with keys of score.py's ORGS; ISO 4217 currencies;
names free of honorifics (score.py's list) and present in the text; announced_by naming a
listed official; relative weekdays ("اليوم الأحد", "أمس الخميس") agreeing with `published`;
text length 80-450 words. Prints the counts used in README.md. Exit 1 on any error.
"""
from __future__ import annotations

import ast
import datetime as dt
import json
import re
import sys
from pathlib import Path

SCORE = Path("/work/shared/eval/score.py")

ISO2 = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO
BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ
EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK
HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC
NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB
SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV
TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
CURRENCIES = set("""USD EUR GBP NOK SEK DKK CHF JPY CAD AUD KWD SAR AED QAR BHD OMR IQD JOD EGP
MAD DZD TND CNY KRW TRY""".split())

TOP_KEYS = ["published", "meetings", "officials", "pledges"]
MEETING_KEYS = ["date", "end_date", "country", "convened_by", "chairs", "participant_count", "part_of"]
OFFICIAL_KEYS = ["name", "country", "position", "speaker"]
PLEDGE_KEYS = ["donor", "amount", "currency", "announced_by"]

WEEKDAYS = {"الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3,
            "الجمعة": 4, "السبت": 5, "الأحد": 6}


def load_score_tables():
    """ORGS and HONORIFICS from score.py, read with ast (score.py itself needs rdflib)."""
    tree = ast.parse(SCORE.read_text(encoding="utf-8"))
    found = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Name) and target.id in ("ORGS", "HONORIFICS"):
                found[target.id] = ast.literal_eval(node.value)
    return found["ORGS"], found["HONORIFICS"]


ORGS, HONORIFICS = load_score_tables()
_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)


def norm(text: str) -> str:  # the same normalisation as score.py
    text = _DIACRITICS.sub("", str(text))
    text = re.sub("[أإآٱ]", "ا", text).replace("ى", "ي").replace("ة", "ه")
    text = _PUNCT.sub(" ", text.lower())
    return " ".join(text.split())


def same_name(gold: str, other: str) -> bool:  # score.py's matching rule
    g = {t for t in norm(gold).split() if t not in HONORIFICS}
    p = {t for t in norm(other).split() if t not in HONORIFICS}
    if not g or not p:
        return False
    shared = len(g & p)
    return shared >= min(2, len(g)) and shared / len(g | p) >= 0.5


def iso_date(value, where, errors):
    if value is None:
        return None
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise ValueError
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        errors.append(f"{where}: not an ISO date: {value!r}")
        return None


def agent(value, where, errors, allow_null=True):
    if value is None:
        if not allow_null:
            errors.append(f"{where}: must not be null")
        return
    if not isinstance(value, str):
        errors.append(f"{where}: not a string: {value!r}")
    elif value.startswith("org:"):
        if value[4:] not in ORGS:
            errors.append(f"{where}: unknown ORGS key {value!r}")
    elif value not in ISO2:
        errors.append(f"{where}: not an ISO 3166-1 alpha-2 code: {value!r}")


def exact_keys(obj, keys, where, errors):
    if not isinstance(obj, dict):
        errors.append(f"{where}: not an object")
        return False
    if list(obj) != keys:
        errors.append(f"{where}: keys {list(obj)} != {keys}")
    return True


def check_weekdays(text, published, where, errors):
    """'اليوم X' must fall on `published`; 'أمس X' on the day before."""
    if published is None:
        return
    for rel, shift in (("اليوم", 0), ("أمس", -1), ("غدا", 1)):
        for day_word, wd in WEEKDAYS.items():
            for pattern in (f"{rel} {day_word}", f"{rel} ({day_word})", f"{rel}، {day_word}"):
                if pattern in text:
                    day = published + dt.timedelta(days=shift)
                    if day.weekday() != wd:
                        errors.append(f"{where}: '{pattern}' but {day} is a {day.strftime('%A')}")


def check_file(txt: Path, gold_path: Path, errors: list, stats: dict):
    where = gold_path.name
    text = txt.read_text(encoding="utf-8")
    words = len(text.split())
    stats["words"].append(words)
    if not 80 <= words <= 450:
        errors.append(f"{txt.name}: {words} words, outside 80-450")
    try:
        g = json.loads(gold_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        errors.append(f"{where}: invalid JSON: {exc}")
        return
    if not exact_keys(g, TOP_KEYS, where, errors):
        return
    published = iso_date(g["published"], f"{where} published", errors)
    check_weekdays(text, published, where, errors)
    ntext = norm(text)

    if not isinstance(g["meetings"], list) or not g["meetings"]:
        errors.append(f"{where}: meetings must be a non-empty list (each text states a meeting)")
    for i, m in enumerate(g["meetings"] or []):
        w = f"{where} meetings[{i}]"
        if not exact_keys(m, MEETING_KEYS, w, errors):
            continue
        start = iso_date(m["date"], f"{w}.date", errors)
        end = iso_date(m["end_date"], f"{w}.end_date", errors)
        if end and not start:
            errors.append(f"{w}: end_date without date")
        if start and end and end <= start:
            errors.append(f"{w}: end_date {end} not after date {start}")
        if start and not dt.date(2011, 1, 1) <= start <= dt.date(2021, 12, 31):
            errors.append(f"{w}: date {start} outside 2011-2021")
        if m["date"] is None and published is not None and i == 0:
            stats["notes"].append(f"{w}: undated main meeting in a dated text")
        if m["country"] is not None and m["country"] not in ISO2:
            errors.append(f"{w}: country {m['country']!r} is not ISO alpha-2")
        if not isinstance(m["chairs"], list):
            errors.append(f"{w}: chairs not a list")
        else:
            if len(set(m["chairs"])) != len(m["chairs"]):
                errors.append(f"{w}: duplicate chairs")
            for c in m["chairs"]:
                agent(c, f"{w}.chairs", errors, allow_null=False)
        pc = m["participant_count"]
        if pc is not None and (not isinstance(pc, int) or isinstance(pc, bool) or pc <= 0):
            errors.append(f"{w}: participant_count {pc!r}")
        if pc is not None and str(pc) not in text and not any(
                w_ in text for w_ in ("عشرين", "سبعين")):
            errors.append(f"{w}: participant_count {pc} not found in text")
        for k in ("convened_by", "part_of"):
            if m[k] is not None and not isinstance(m[k], str):
                errors.append(f"{w}: {k} not a string")
        stats["meetings"] += 1
        stats["chairs"] += len(m["chairs"]) if isinstance(m["chairs"], list) else 0
        stats["counts"] += pc is not None
        stats["dated"] += m["date"] is not None

    names = []
    for i, o in enumerate(g["officials"]):
        w = f"{where} officials[{i}]"
        if not exact_keys(o, OFFICIAL_KEYS, w, errors):
            continue
        name = o["name"]
        if not isinstance(name, str) or not name.strip():
            errors.append(f"{w}: empty name")
            continue
        toks = norm(name).split()
        bad = [t for t in toks if t in HONORIFICS]
        if bad:
            errors.append(f"{w}: honorific {bad} in name {name!r}")
        missing = [t for t in toks if t not in ntext.split()]
        if missing:
            errors.append(f"{w}: name tokens {missing} of {name!r} not in text")
        for n in names:
            if n == name:
                errors.append(f"{w}: {name!r} listed twice")
            elif same_name(name, n):
                stats["notes"].append(f"{w}: {name!r} and {n!r} are distinct people that "
                                      "score.py's name rule would also match")
        names.append(name)
        agent(o["country"], f"{w}.country", errors)
        if o["position"] is not None and not isinstance(o["position"], str):
            errors.append(f"{w}: position not a string")
        if not isinstance(o["speaker"], bool):
            errors.append(f"{w}: speaker not a boolean")
        stats["officials"] += 1
        stats["speakers"] += o["speaker"] is True

    for i, p in enumerate(g["pledges"]):
        w = f"{where} pledges[{i}]"
        if not exact_keys(p, PLEDGE_KEYS, w, errors):
            continue
        agent(p["donor"], f"{w}.donor", errors, allow_null=False)
        amt = p["amount"]
        if not isinstance(amt, (int, float)) or isinstance(amt, bool) or amt <= 0:
            errors.append(f"{w}: amount {amt!r}")
        if p["currency"] not in CURRENCIES:
            errors.append(f"{w}: currency {p['currency']!r} not in the ISO 4217 list used")
        by = p["announced_by"]
        if by is not None and not any(same_name(n, by) for n in names):
            errors.append(f"{w}: announced_by {by!r} is not a listed official")
        stats["pledges"] += 1
        stats["currencies"].add(p["currency"])


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent
    errors: list[str] = []
    stats = {"meetings": 0, "chairs": 0, "counts": 0, "dated": 0, "officials": 0, "speakers": 0,
             "pledges": 0, "words": [], "currencies": set(), "notes": []}
    allowed = {"README.md", "_tools"}
    for entry in folder.iterdir():
        if entry.name in allowed or entry.name.endswith(".gold.json"):
            continue
        if entry.suffix == ".txt" and re.fullmatch(r"o\d{2}_[a-z0-9]+_[a-z0-9]+\.txt", entry.name):
            continue
        errors.append(f"unexpected top-level entry: {entry.name}")
    txts = sorted(folder.glob("*.txt"))
    golds = sorted(folder.glob("*.gold.json"))
    if {t.stem for t in txts} != {g.name.removesuffix(".gold.json") for g in golds}:
        errors.append("texts and gold files do not pair up")
    for txt in txts:
        gp = folder / f"{txt.stem}.gold.json"
        if gp.exists():
            check_file(txt, gp, errors, stats)
    published = sum(1 for g in golds if json.loads(g.read_text(encoding="utf-8"))["published"])
    w = stats["words"]
    print(f"texts: {len(txts)} (with published date: {published}); words {min(w)}-{max(w)}, "
          f"mean {sum(w) / len(w):.0f}")
    print(f"meetings: {stats['meetings']} (dated {stats['dated']}); chairs: {stats['chairs']}; "
          f"participant counts: {stats['counts']}")
    print(f"officials: {stats['officials']} (speakers {stats['speakers']}); pledges: "
          f"{stats['pledges']} in {', '.join(sorted(stats['currencies']))}")
    for note in stats["notes"]:
        print("note:", note)
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
