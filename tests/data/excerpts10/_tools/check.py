#!/usr/bin/env python3
"""Validate every NAME.gold.json of the set against SCHEMA.md's rules and its NAME.txt.

    python _tools/check.py [FOLDER]      # exit 1 on any error; warnings are printed too

Checks: file pairing and naming, exact keys, ISO dates, ISO 3166-1 alpha-2 codes,
org:KEY against score.py's ORGS, types, ISO 4217 currencies, names without honorifics
and present in the text, announced_by among the officials, text length 80-450 words.
"""
import ast
import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FOLDER = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parent
SCORE = Path("/work/shared/eval/score.py")

ISO2 = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO
BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO
DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW
GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ
LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX
MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO
RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL
TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
CURRENCIES = {"USD", "EUR", "GBP", "JPY", "CHF", "CAD", "AUD", "NOK", "SEK", "DKK", "SAR", "KWD",
              "AED", "QAR", "BHD", "OMR", "JOD", "IQD", "TRY", "CNY", "RUB", "EGP", "MAD", "DZD",
              "TND", "LYD", "SDG", "YER", "LBP"}
TOP = {"published", "meetings", "officials", "pledges"}
MEETING = {"date", "end_date", "country", "convened_by", "chairs", "participant_count", "part_of"}
OFFICIAL = {"name", "country", "position", "speaker"}
PLEDGE = {"donor", "amount", "currency", "announced_by"}
NAME_RE = re.compile(r"^r\d\d_[a-z0-9]+(?:_[a-z0-9]+)*_[a-z]+\d{4}$")
# score.py's honorifics plus a few more that must not stay in a gold name
EXTRA_HONORIFICS = {"اللورد", "صاحب", "حضره", "دوله", "العاهل", "الامير", "سمو", "معالي",
                    "فخامه", "الفريق", "اول", "ركن", "جلاله"}


def orgs_and_norm():
    tree = ast.parse(SCORE.read_text(encoding="utf-8"))
    orgs, honor = None, None
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            if node.targets[0].id == "ORGS":
                orgs = set(ast.literal_eval(node.value).keys())
            if node.targets[0].id == "HONORIFICS":
                honor = set(ast.literal_eval(node.value))
    return orgs, honor


ORG_KEYS, HONORIFICS = orgs_and_norm()
_DIAC = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")


def norm(text):
    text = _DIAC.sub("", str(text))
    text = re.sub("[أإآٱ]", "ا", text).replace("ى", "ي").replace("ة", "ه")
    text = re.sub(r"[^\w\s]", " ", text.lower())
    return " ".join(text.split())


class Report:
    def __init__(self):
        self.errors, self.warnings = [], []

    def err(self, where, msg):
        self.errors.append(f"ERROR {where}: {msg}")

    def warn(self, where, msg):
        self.warnings.append(f"warn  {where}: {msg}")


def iso_date(value):
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) and len(value) == 10 else None
    except ValueError:
        return None


def check_agent(rep, where, value, allow_null=True):
    if value is None:
        if not allow_null:
            rep.err(where, "null not allowed")
        return
    if not isinstance(value, str):
        rep.err(where, f"not a string: {value!r}")
    elif value.startswith("org:"):
        if value[4:] not in ORG_KEYS:
            rep.err(where, f"unknown ORGS key {value}")
    elif value not in ISO2:
        rep.err(where, f"not an ISO 3166-1 alpha-2 code: {value}")


def check_meeting(rep, where, m, published):
    if set(m) != MEETING:
        rep.err(where, f"keys {sorted(m)}")
        return
    start = iso_date(m["date"]) if m["date"] is not None else None
    if m["date"] is not None and start is None:
        rep.err(where, f"bad date {m['date']!r}")
    if m["end_date"] is not None:
        end = iso_date(m["end_date"])
        if end is None or start is None or end < start:
            rep.err(where, f"bad end_date {m['end_date']!r}")
    if m["country"] is not None:
        check_agent(rep, where + ".country", m["country"])
        if str(m["country"]).startswith("org:"):
            rep.err(where, "country must be a state")
    if not isinstance(m["chairs"], list):
        rep.err(where, "chairs not a list")
    else:
        for c in m["chairs"]:
            check_agent(rep, where + ".chairs", c, allow_null=False)
        if len(set(m["chairs"])) != len(m["chairs"]):
            rep.err(where, "duplicate chair")
    pc = m["participant_count"]
    if pc is not None and (not isinstance(pc, int) or isinstance(pc, bool) or pc <= 0):
        rep.err(where, f"participant_count {pc!r}")
    for k in ("convened_by", "part_of"):
        if m[k] is not None and not (isinstance(m[k], str) and m[k].strip()):
            rep.err(where, f"{k} {m[k]!r}")
    if start and published:
        gap = (start - published).days
        if gap > 60 or gap < -400:
            rep.warn(where, f"meeting {start} far from published {published}")
    if start and not published:
        rep.err(where, "dated meeting in an undated text (relative dates need a dateline)")


def name_in_text(name, text_norm):
    return all(tok in text_norm.split() for tok in norm(name).split())


def check_official(rep, where, o, text_norm):
    if set(o) != OFFICIAL:
        rep.err(where, f"keys {sorted(o)}")
        return
    if not isinstance(o["name"], str) or not o["name"].strip():
        rep.err(where, "empty name")
        return
    toks = norm(o["name"]).split()
    bad = [t for t in toks if t in HONORIFICS or t in EXTRA_HONORIFICS]
    if bad:
        rep.err(where, f"honorific in name {o['name']!r}: {bad}")
    if not name_in_text(o["name"], text_norm):
        rep.err(where, f"name {o['name']!r} not found token by token in the text")
    check_agent(rep, where + ".country", o["country"])
    if o["position"] is not None and not isinstance(o["position"], str):
        rep.err(where, "position not a string")
    if not isinstance(o["speaker"], bool):
        rep.err(where, "speaker not a bool")


def check_pledge(rep, where, p, names):
    if set(p) != PLEDGE:
        rep.err(where, f"keys {sorted(p)}")
        return
    check_agent(rep, where + ".donor", p["donor"])
    a = p["amount"]
    if not isinstance(a, (int, float)) or isinstance(a, bool) or a <= 0:
        rep.err(where, f"amount {a!r}")
    if p["currency"] not in CURRENCIES:
        rep.err(where, f"currency {p['currency']!r}")
    if p["announced_by"] is not None and p["announced_by"] not in names:
        rep.err(where, f"announced_by {p['announced_by']!r} is not one of the officials")


def main():
    rep = Report()
    txts = {p.stem for p in FOLDER.glob("*.txt")}
    golds = {p.name[: -len(".gold.json")] for p in FOLDER.glob("*.gold.json")}
    for n in sorted(txts ^ golds):
        rep.err(n, "txt/gold pair incomplete")
    for n in sorted(txts & golds):
        if not NAME_RE.match(n):
            rep.err(n, "file name not r<NN>_<outlet>_<event>")
        text = (FOLDER / f"{n}.txt").read_text(encoding="utf-8")
        words = len(text.split())
        if not 80 <= words <= 450:
            rep.err(n, f"{words} words (80-450)")
        try:
            g = json.loads((FOLDER / f"{n}.gold.json").read_text(encoding="utf-8"))
        except json.JSONDecodeError as e:
            rep.err(n, f"bad JSON: {e}")
            continue
        if set(g) != TOP:
            rep.err(n, f"top keys {sorted(g)}")
            continue
        pub = None
        if g["published"] is not None:
            pub = iso_date(g["published"])
            if pub is None:
                rep.err(n, f"bad published {g['published']!r}")
        tn = norm(text)
        if not g["meetings"]:
            rep.err(n, "no meeting: every text reports one")
        for i, m in enumerate(g["meetings"]):
            check_meeting(rep, f"{n} meetings[{i}]", m, pub)
        keys = [(m.get("date"), m.get("country")) for m in g["meetings"]]
        for k in set(keys):
            if keys.count(k) > 1:
                rep.warn(n, f"two meetings share date and country {k}")
        names = set()
        for i, o in enumerate(g["officials"]):
            check_official(rep, f"{n} officials[{i}]", o, tn)
            if isinstance(o, dict) and isinstance(o.get("name"), str):
                if o["name"] in names:
                    rep.err(n, f"official listed twice: {o['name']}")
                names.add(o["name"])
        for i, p in enumerate(g["pledges"]):
            check_pledge(rep, f"{n} pledges[{i}]", p, names)
    for line in rep.warnings + rep.errors:
        print(line)
    print(f"{len(txts & golds)} pairs checked: {len(rep.errors)} errors, {len(rep.warnings)} warnings")
    return 1 if rep.errors else 0


if __name__ == "__main__":
    sys.exit(main())
