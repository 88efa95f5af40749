#!/usr/bin/env python3
"""Validate every NAME.gold.json (and its NAME.txt) in this set against SCHEMA.md.

    python _tools/check.py [FOLDER]      # FOLDER defaults to the parent of _tools

Checks keys, types, ISO 3166-1 alpha-2 codes, org:KEY against score.py's ORGS,
ISO 4217 currencies, ISO dates, honorific-free names, that every name and
announcer is in the text, digit style, word counts, and weekday/date agreement.
Prints the counts at the end; exits 1 on any error.
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
TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM
ZW""".split())
assert len(ISO2) == 249, len(ISO2)

ISO4217 = set("""
AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP
BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP
GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR
KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK
MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR
SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD
TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL""".split())

TOP_KEYS = {"published", "meetings", "officials", "pledges"}
MEETING_KEYS = {"date", "end_date", "country", "convened_by", "chairs", "participant_count",
                "part_of"}
OFFICIAL_KEYS = {"name", "country", "position", "speaker"}
PLEDGE_KEYS = {"donor", "amount", "currency", "announced_by"}
NAME_RE = re.compile(r"^p(\d\d)_([a-z0-9]+)_([a-z0-9]+)$")
WEEKDAYS = {"الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الاربعاء": 2,
            "الخميس": 3, "الجمعة": 4, "السبت": 5, "الأحد": 6, "الاحد": 6}
ARABIC_INDIC = re.compile("[\u0660-\u0669]")
ASCII_DIGIT = re.compile("[0-9]")


def load_score_names() -> dict:
    """ORGS, HONORIFICS and the name helpers from score.py, without importing rdflib."""
    tree = ast.parse(SCORE.read_text(encoding="utf-8"))
    wanted = {"ORGS", "_DIACRITICS", "_PUNCT", "HONORIFICS", "norm", "name_tokens", "same_name"}
    body = []
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) in wanted
                                                for t in node.targets):
            body.append(node)
        elif isinstance(node, ast.FunctionDef) and node.name in wanted:
            body.append(node)
    ns: dict = {"re": re}
    exec(compile(ast.Module(body=body, type_ignores=[]), str(SCORE), "exec"), ns)
    return ns


S = load_score_names()
ORGS, norm, name_tokens, same_name = S["ORGS"], S["norm"], S["name_tokens"], S["same_name"]


class Report:
    def __init__(self):
        self.errors: list[str] = []

    def err(self, where: str, msg: str):
        self.errors.append(f"{where}: {msg}")


def is_iso_date(value) -> bool:
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return "2005-01-01" <= value <= "2026-12-31"


def agent_ok(code) -> bool:
    if not isinstance(code, str):
        return False
    if code.startswith("org:"):
        return code[4:] in ORGS
    return code in ISO2


def text_tokens(text: str) -> set[str]:
    return set(norm(text).split())


def name_in_text(name: str, tokens: set[str]) -> bool:
    """Every token of the name appears in the text, alone or with a clitic prefix."""
    for tok in norm(name).split():
        if tok in tokens:
            continue
        if not any(t.endswith(tok) and len(t) - len(tok) <= 2 for t in tokens):
            return False
    return True


def check_meeting(r: Report, where: str, m, published):
    if not isinstance(m, dict):
        return r.err(where, "meeting is not an object")
    if set(m) != MEETING_KEYS:
        r.err(where, f"meeting keys {sorted(m)}")
    date, end = m.get("date"), m.get("end_date")
    if date is not None and not is_iso_date(date):
        r.err(where, f"bad date {date!r}")
    if end is not None:
        if not is_iso_date(end):
            r.err(where, f"bad end_date {end!r}")
        elif date is None or end <= date:
            r.err(where, f"end_date {end} not after date {date}")
    if date and published and date > published:
        r.err(where, f"meeting {date} after publication {published}")
    if m.get("country") is not None and m["country"] not in ISO2:
        r.err(where, f"country {m['country']!r} not ISO 3166-1 alpha-2")
    chairs = m.get("chairs")
    if not isinstance(chairs, list):
        r.err(where, "chairs not a list")
    else:
        if len(chairs) != len(set(chairs)):
            r.err(where, f"duplicate chairs {chairs}")
        for c in chairs:
            if not agent_ok(c):
                r.err(where, f"chair {c!r} is neither ISO code nor org:KEY of ORGS")
    pc = m.get("participant_count")
    if pc is not None and (not isinstance(pc, int) or isinstance(pc, bool) or pc <= 0):
        r.err(where, f"participant_count {pc!r}")
    for k in ("convened_by", "part_of"):
        if m.get(k) is not None and not (isinstance(m[k], str) and m[k].strip()):
            r.err(where, f"{k} {m[k]!r}")
        if isinstance(m.get(k), str) and re.search("[\u0600-\u06ff]", m[k]):
            r.err(where, f"{k} should be in English")


def check_official(r: Report, where: str, o, tokens: set[str]):
    if not isinstance(o, dict):
        return r.err(where, "official is not an object")
    if set(o) != OFFICIAL_KEYS:
        r.err(where, f"official keys {sorted(o)}")
    name = o.get("name")
    if not isinstance(name, str) or not name.strip():
        return r.err(where, f"name {name!r}")
    raw = norm(name).split()
    if raw and raw[0] in S["HONORIFICS"]:
        r.err(where, f"name {name!r} starts with an honorific")
    if not name_in_text(name, tokens):
        r.err(where, f"name {name!r} not found in the text")
    if o.get("country") is not None and not agent_ok(o["country"]):
        r.err(where, f"country {o['country']!r}")
    if o.get("position") is not None and not isinstance(o["position"], str):
        r.err(where, f"position {o['position']!r}")
    if not isinstance(o.get("speaker"), bool):
        r.err(where, f"speaker {o.get('speaker')!r} not a boolean")


def check_pledge(r: Report, where: str, p, official_names: list[str], tokens: set[str]):
    if not isinstance(p, dict):
        return r.err(where, "pledge is not an object")
    if set(p) != PLEDGE_KEYS:
        r.err(where, f"pledge keys {sorted(p)}")
    if p.get("donor") is not None and not agent_ok(p["donor"]):
        r.err(where, f"donor {p['donor']!r}")
    amt = p.get("amount")
    if isinstance(amt, bool) or not isinstance(amt, (int, float)) or amt <= 0:
        r.err(where, f"amount {amt!r}")
    elif amt < 100_000:
        r.err(where, f"amount {amt} looks unscaled (units, not millions)")
    if p.get("currency") not in ISO4217:
        r.err(where, f"currency {p.get('currency')!r} not ISO 4217")
    by = p.get("announced_by")
    if by is not None:
        if not isinstance(by, str):
            r.err(where, f"announced_by {by!r}")
        elif not any(same_name(n, by) for n in official_names):
            r.err(where, f"announced_by {by!r} is not among the officials")
        elif not name_in_text(by, tokens):
            r.err(where, f"announced_by {by!r} not found in the text")


def check_weekdays(r: Report, name: str, text: str, gold: dict):
    """'اليوم <weekday>' in the text must agree with the publication date."""
    pub = gold.get("published")
    for m in re.finditer(r"اليوم\s*/?\s*(\S+?)/?(?=[\s،,.]|$)", text):
        day = m.group(1)
        if day in WEEKDAYS and pub:
            if dt.date.fromisoformat(pub).weekday() != WEEKDAYS[day]:
                r.err(name, f"text says اليوم {day} but published {pub} is a "
                            f"{dt.date.fromisoformat(pub).strftime('%A')}")


def check_pair(r: Report, folder: Path, stem: str) -> dict | None:
    txt_path, gold_path = folder / f"{stem}.txt", folder / f"{stem}.gold.json"
    if not NAME_RE.match(stem):
        r.err(stem, "file name is not p<NN>_<outlet>_<event>")
    try:
        text = txt_path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        r.err(stem, f"text unreadable: {exc}")
        return None
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        r.err(stem, f"gold unreadable: {exc}")
        return None
    words = len(text.split())
    if not 80 <= words <= 450:
        r.err(stem, f"{words} words, outside 80-450")
    if ARABIC_INDIC.search(text) and ASCII_DIGIT.search(text):
        r.err(stem, "mixes Arabic-Indic and ASCII digits")
    if not isinstance(gold, dict) or set(gold) != TOP_KEYS:
        r.err(stem, f"top-level keys {sorted(gold) if isinstance(gold, dict) else gold!r}")
        return None
    pub = gold["published"]
    if pub is not None and not is_iso_date(pub):
        r.err(stem, f"published {pub!r}")
    tokens = text_tokens(text)
    for key in ("meetings", "officials", "pledges"):
        if not isinstance(gold[key], list):
            r.err(stem, f"{key} is not a list")
            return None
    if not gold["meetings"]:
        r.err(stem, "no meeting: every text here reports one")
    for i, m in enumerate(gold["meetings"]):
        check_meeting(r, f"{stem} meeting[{i}]", m, pub)
    names = []
    for i, o in enumerate(gold["officials"]):
        check_official(r, f"{stem} official[{i}]", o, tokens)
        if isinstance(o, dict) and isinstance(o.get("name"), str):
            if any(same_name(n, o["name"]) for n in names):
                r.err(stem, f"official {o['name']!r} listed twice")
            names.append(o["name"])
    seen = set()
    for i, p in enumerate(gold["pledges"]):
        check_pledge(r, f"{stem} pledge[{i}]", p, names, tokens)
        if isinstance(p, dict):
            key = (p.get("donor"), p.get("amount"), p.get("currency"))
            if key in seen:
                r.err(stem, f"pledge {key} listed twice")
            seen.add(key)
    check_weekdays(r, stem, text, gold)
    return {"stem": stem, "words": words, "gold": gold,
            "arabic_indic": bool(ARABIC_INDIC.search(text))}


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent
    r = Report()
    txts = {p.name[:-4] for p in folder.glob("*.txt")}
    golds = {p.name[:-len(".gold.json")] for p in folder.glob("*.gold.json")}
    for stem in sorted(txts - golds):
        r.err(stem, "text without gold")
    for stem in sorted(golds - txts):
        r.err(stem, "gold without text")
    rows = [row for stem in sorted(txts & golds) if (row := check_pair(r, folder, stem))]
    n = {"texts": len(rows), "meetings": 0, "chairs": 0, "officials": 0, "speakers": 0,
         "pledges": 0, "participant_counts": 0, "published": 0, "arabic_indic": 0}
    for row in rows:
        g = row["gold"]
        n["meetings"] += len(g["meetings"])
        n["chairs"] += sum(len(m["chairs"]) for m in g["meetings"])
        n["participant_counts"] += sum(m["participant_count"] is not None for m in g["meetings"])
        n["officials"] += len(g["officials"])
        n["speakers"] += sum(o["speaker"] is True for o in g["officials"])
        n["pledges"] += len(g["pledges"])
        n["published"] += g["published"] is not None
        n["arabic_indic"] += row["arabic_indic"]
    for e in r.errors:
        print("ERROR", e)
    print(" ".join(f"{k}={v}" for k, v in n.items()))
    words = [row["words"] for row in rows]
    if words:
        print(f"words: min={min(words)} max={max(words)} total={sum(words)}")
    print("OK" if not r.errors else f"{len(r.errors)} error(s)")
    return 1 if r.errors else 0


if __name__ == "__main__":
    sys.exit(main())
