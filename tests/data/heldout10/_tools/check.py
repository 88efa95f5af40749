#!/usr/bin/env python3
"""Validate every NAME.gold.json (and its NAME.txt) in the set against SCHEMA.md.

    python _tools/check.py [DIR] [--report FILE]

DIR defaults to the folder above _tools/. ORGS keys and HONORIFICS are read (not imported) from
/work/shared/eval/score.py, so the check needs nothing but the standard library. Errors make the
exit code 1; warnings are advisory. Output goes to stdout, and with --report to FILE (which must
not be in DIR's top level).
"""
from __future__ import annotations

import argparse
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
UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
""".split())

ISO4217 = set("""
AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD
CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD
GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT
LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR
NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP
STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF
XPF YER ZAR ZMW ZWL
""".split())

TOP_KEYS = {"published", "meetings", "officials", "pledges"}
MEETING_KEYS = {"date", "end_date", "country", "convened_by", "chairs", "participant_count", "part_of"}
OFFICIAL_KEYS = {"name", "country", "position", "speaker"}
PLEDGE_KEYS = {"donor", "amount", "currency", "announced_by"}
NAME_RE = re.compile(r"^u\d\d_[a-z0-9-]+_[a-z0-9-]+$")
ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


def score_constants() -> tuple[set[str], set[str]]:
    tree = ast.parse(SCORE.read_text(encoding="utf-8"))
    found = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Name) and target.id in ("ORGS", "HONORIFICS"):
                found[target.id] = ast.literal_eval(node.value)
    return set(found["ORGS"]), set(found["HONORIFICS"])


ORG_KEYS, HONORIFICS = score_constants()
_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")


def norm(text: str) -> str:  # same normalisation as score.py
    text = _DIACRITICS.sub("", str(text))
    text = re.sub("[أإآٱ]", "ا", text).replace("ى", "ي").replace("ة", "ه")
    text = re.sub(r"[^\w\s]", " ", text.lower(), flags=re.UNICODE)
    return " ".join(text.split())


class Report:
    def __init__(self):
        self.errors: list[str] = []
        self.warnings: list[str] = []

    def err(self, where: str, msg: str):
        self.errors.append(f"ERROR {where}: {msg}")

    def warn(self, where: str, msg: str):
        self.warnings.append(f"warn  {where}: {msg}")


def is_date(value) -> bool:
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
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


def check_meeting(r: Report, where: str, m) -> None:
    if not isinstance(m, dict):
        r.err(where, "meeting is not an object")
        return
    if set(m) != MEETING_KEYS:
        r.err(where, f"keys {sorted(m)} != {sorted(MEETING_KEYS)}")
    for key in ("date", "end_date"):
        if m.get(key) is not None and not is_date(m[key]):
            r.err(where, f"{key} {m[key]!r} is not an ISO date")
    if m.get("end_date") is not None:
        if m.get("date") is None:
            r.err(where, "end_date without date")
        elif is_date(m["date"]) and is_date(m["end_date"]) and m["end_date"] < m["date"]:
            r.err(where, "end_date before date")
        elif m["end_date"] == m.get("date"):
            r.warn(where, "end_date equals date (use null)")
    if m.get("country") is not None and m["country"] not in ISO2:
        r.err(where, f"country {m['country']!r} is not ISO 3166-1 alpha-2")
    chairs = m.get("chairs")
    if not isinstance(chairs, list):
        r.err(where, "chairs is not a list")
    else:
        for c in chairs:
            if not agent_ok(c):
                r.err(where, f"chair {c!r} is neither an ISO code nor org:KEY of score.ORGS")
        if len(set(chairs)) != len(chairs):
            r.err(where, "duplicate chairs")
    pc = m.get("participant_count")
    if pc is not None and (isinstance(pc, bool) or not isinstance(pc, int) or pc <= 0):
        r.err(where, f"participant_count {pc!r} is not a positive integer")
    for key in ("convened_by", "part_of"):
        v = m.get(key)
        if v is not None and (not isinstance(v, str) or not v.strip()):
            r.err(where, f"{key} must be a non-empty string or null")
        elif isinstance(v, str) and re.search("[\u0600-\u06ff]", v):
            r.err(where, f"{key} must be English")


def check_official(r: Report, where: str, o, text_norm: str) -> None:
    if not isinstance(o, dict):
        r.err(where, "official is not an object")
        return
    if set(o) != OFFICIAL_KEYS:
        r.err(where, f"keys {sorted(o)} != {sorted(OFFICIAL_KEYS)}")
    name = o.get("name")
    if not isinstance(name, str) or not name.strip():
        r.err(where, "name missing")
        return
    tokens = norm(name).split()
    if tokens and tokens[0] in HONORIFICS:
        r.err(where, f"name {name!r} starts with an honorific")
    if any(t in HONORIFICS for t in tokens):
        r.warn(where, f"name {name!r} holds a token score.py drops as honorific")
    if norm(name) not in text_norm:
        r.warn(where, f"name {name!r} does not occur verbatim (normalised) in the text")
    if o.get("country") is not None and not agent_ok(o["country"]):
        r.err(where, f"country {o['country']!r} is neither ISO nor org:KEY")
    if o.get("position") is not None and not isinstance(o["position"], str):
        r.err(where, "position must be a string or null")
    if not isinstance(o.get("speaker"), bool):
        r.err(where, "speaker must be true or false")


def check_pledge(r: Report, where: str, p, names: set[str]) -> None:
    if not isinstance(p, dict):
        r.err(where, "pledge is not an object")
        return
    if set(p) != PLEDGE_KEYS:
        r.err(where, f"keys {sorted(p)} != {sorted(PLEDGE_KEYS)}")
    if p.get("donor") is None:
        r.warn(where, "donor is null (scored pledges need a donor)")
    elif not agent_ok(p["donor"]):
        r.err(where, f"donor {p['donor']!r} is neither ISO nor org:KEY")
    amount = p.get("amount")
    if isinstance(amount, bool) or not isinstance(amount, (int, float)) or amount <= 0:
        r.err(where, f"amount {amount!r} is not a positive number")
    if p.get("currency") not in ISO4217:
        r.err(where, f"currency {p.get('currency')!r} is not ISO 4217")
    ab = p.get("announced_by")
    if ab is not None and ab not in names:
        r.warn(where, f"announced_by {ab!r} is not one of the officials")


def check_article(r: Report, txt: Path, gold_path: Path) -> dict:
    stem = txt.name.removesuffix(".txt")
    where = stem
    if not NAME_RE.match(stem):
        r.err(where, "file name is not uNN_<outlet>_<event>")
    try:
        text = txt.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        r.err(where, "text is not UTF-8")
        return {}
    words = len(text.split())
    if not 60 <= words <= 450:
        r.err(where, f"{words} words, outside 60-450")
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        r.err(where, f"gold unreadable: {exc}")
        return {}
    if set(gold) != TOP_KEYS:
        r.err(where, f"top keys {sorted(gold)} != {sorted(TOP_KEYS)}")
    pub = gold.get("published")
    if pub is not None and not is_date(pub):
        r.err(where, f"published {pub!r} is not an ISO date")
    if is_date(pub):
        digits = text.translate(ARABIC_DIGITS)
        day = str(int(pub[8:]))
        if not re.search(rf"(?<!\d)0?{day}(?!\d)", digits):
            r.warn(where, f"published day {day} not visible in the text")
    text_norm = norm(text)
    for key in ("meetings", "officials", "pledges"):
        if not isinstance(gold.get(key), list):
            r.err(where, f"{key} is not a list")
            gold[key] = []
    for i, m in enumerate(gold["meetings"]):
        check_meeting(r, f"{where} meetings[{i}]", m)
        if isinstance(m, dict) and is_date(pub) and is_date(m.get("date")) and m["date"] > pub:
            r.warn(where, f"meeting {m['date']} after publication {pub}")
    if not gold["meetings"]:
        r.warn(where, "no meeting")
    names = set()
    for i, o in enumerate(gold["officials"]):
        check_official(r, f"{where} officials[{i}]", o, text_norm)
        if isinstance(o, dict) and isinstance(o.get("name"), str):
            key = norm(o["name"])
            if key in {norm(n) for n in names}:
                r.err(where, f"duplicate official {o['name']!r}")
            names.add(o["name"])
    for i, p in enumerate(gold["pledges"]):
        check_pledge(r, f"{where} pledges[{i}]", p, names)
    return gold | {"_words": words}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", type=Path, default=Path(__file__).resolve().parent.parent)
    ap.add_argument("--report", type=Path)
    args = ap.parse_args()
    folder = args.folder.resolve()
    r = Report()
    texts = {p.name.removesuffix(".txt"): p for p in folder.glob("*.txt")}
    golds = {p.name.removesuffix(".gold.json"): p for p in folder.glob("*.gold.json")}
    for stem in sorted(set(texts) ^ set(golds)):
        r.err(stem, "text without gold or gold without text")
    stray = [p.name for p in folder.iterdir()
             if p.is_file() and not p.name.endswith((".txt", ".gold.json")) and p.name != "README.md"]
    for name in stray:
        r.err(name, "unexpected file in the set's top level")
    totals = {"texts": 0, "meetings": 0, "chairs": 0, "counts": 0, "officials": 0, "speakers": 0,
              "pledges": 0, "dated_meetings": 0, "no_published": 0, "words": 0}
    for stem in sorted(set(texts) & set(golds)):
        gold = check_article(r, texts[stem], golds[stem])
        if not gold:
            continue
        totals["texts"] += 1
        totals["words"] += gold["_words"]
        totals["meetings"] += len(gold["meetings"])
        totals["dated_meetings"] += sum(1 for m in gold["meetings"] if m.get("date"))
        totals["chairs"] += sum(len(m.get("chairs") or []) for m in gold["meetings"])
        totals["counts"] += sum(m.get("participant_count") is not None for m in gold["meetings"])
        totals["officials"] += len(gold["officials"])
        totals["speakers"] += sum(bool(o.get("speaker")) for o in gold["officials"])
        totals["pledges"] += len(gold["pledges"])
        totals["no_published"] += gold.get("published") is None
    lines = r.errors + r.warnings
    lines.append("totals: " + ", ".join(f"{k} {v}" for k, v in totals.items()))
    lines.append(f"{len(r.errors)} errors, {len(r.warnings)} warnings")
    out = "\n".join(lines)
    print(out)
    if args.report:
        if args.report.resolve().parent == folder:
            print("refusing to write the report into the set's top level", file=sys.stderr)
            return 2
        args.report.write_text(out + "\n", encoding="utf-8")
    return 1 if r.errors else 0


if __name__ == "__main__":
    sys.exit(main())
