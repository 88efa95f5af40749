#!/usr/bin/env python3
"""Validate every NAME.gold.json of the set against SCHEMA.md and the texts beside them.

    python _tools/check.py [FOLDER] [--score PATH_TO_score.py]

Checks: file pairs; exact keys and types; ISO dates (end >= start); ISO 3166-1 alpha-2 codes;
`org:KEY` with KEY in score.py's ORGS; ISO 4217 currencies; names without honorifics and
present in the text; announced_by among the officials; positive amounts and counts; text
length 80-450 words; weekday words ('اليوم الثلاثاء', 'أمس الأربعاء') agree with `published`.
Prints one line per problem and a summary; exit 1 when anything is wrong.
"""
import argparse
import ast
import datetime as dt
import json
import re
import sys
from pathlib import Path

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

ISO4217 = set("""
AED AUD BHD CAD CHF CNY DKK DZD EGP EUR GBP IQD JOD JPY KRW KWD LBP MAD NOK NZD OMR QAR RUB SAR
SEK SYP TND TRY USD YER ZAR
""".split())

TOP_KEYS = {"published", "meetings", "officials", "pledges"}
MEETING_KEYS = {"date", "end_date", "country", "convened_by", "chairs", "participant_count",
                "part_of"}
OFFICIAL_KEYS = {"name", "country", "position", "speaker"}
PLEDGE_KEYS = {"donor", "amount", "currency", "announced_by"}

WEEKDAYS = {"الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الاربعاء": 2,
            "الخميس": 3, "الجمعة": 4, "السبت": 5, "الأحد": 6, "الاحد": 6}


def load_score_tables(score_path: Path):
    """ORGS keys and HONORIFICS from score.py, read as a syntax tree (nothing is executed)."""
    tree = ast.parse(score_path.read_text(encoding="utf-8"))
    orgs, honorifics = None, None
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Name) and target.id == "ORGS":
                orgs = set(ast.literal_eval(node.value).keys())
            if isinstance(target, ast.Name) and target.id == "HONORIFICS":
                honorifics = set(ast.literal_eval(node.value))
    if orgs is None or honorifics is None:
        raise SystemExit(f"could not read ORGS/HONORIFICS from {score_path}")
    return orgs, honorifics


_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")


def norm(text: str) -> str:
    """The same folding as score.py's norm()."""
    text = _DIACRITICS.sub("", str(text))
    text = re.sub("[أإآٱ]", "ا", text).replace("ى", "ي").replace("ة", "ه")
    text = re.sub(r"[^\w\s]", " ", text.lower())
    return " ".join(text.split())


class Checker:
    def __init__(self, orgs, honorifics):
        self.orgs, self.honorifics = orgs, honorifics
        self.problems = []

    def bad(self, where, msg):
        self.problems.append(f"{where}: {msg}")

    def date(self, where, value, nullable=True):
        if value is None:
            if not nullable:
                self.bad(where, "date must not be null")
            return None
        if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            self.bad(where, f"not an ISO date: {value!r}")
            return None
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            self.bad(where, f"impossible date: {value}")
            return None

    def agent(self, where, value, nullable):
        if value is None:
            if not nullable:
                self.bad(where, "must not be null")
            return
        if not isinstance(value, str):
            self.bad(where, f"not a string: {value!r}")
        elif value.startswith("org:"):
            if value[4:] not in self.orgs:
                self.bad(where, f"unknown ORGS key {value}")
        elif value not in ISO2:
            self.bad(where, f"not an ISO 3166-1 alpha-2 code: {value!r}")

    def keys(self, where, obj, expected):
        if not isinstance(obj, dict):
            self.bad(where, "not an object")
            return False
        if set(obj) != expected:
            self.bad(where, f"keys {sorted(obj)} != {sorted(expected)}")
            return False
        return True

    def check_pair(self, name, text, gold):
        where = name
        if not self.keys(where, gold, TOP_KEYS):
            return
        published = self.date(f"{where}.published", gold["published"])
        words = len(text.split())
        if not 80 <= words <= 450:
            self.bad(where, f"text has {words} words (80-450)")
        self.weekdays(where, text, published)
        ntext = norm(text)

        for i, m in enumerate(gold["meetings"]):
            w = f"{where}.meetings[{i}]"
            if not self.keys(w, m, MEETING_KEYS):
                continue
            start = self.date(f"{w}.date", m["date"])
            end = self.date(f"{w}.end_date", m["end_date"])
            if end and not start:
                self.bad(w, "end_date without date")
            if start and end and end <= start:
                self.bad(w, "end_date not after date")
            if m["country"] is not None:
                self.agent(f"{w}.country", m["country"], nullable=True)
                if str(m["country"]).startswith("org:"):
                    self.bad(w, "country must be a state")
            if not isinstance(m["chairs"], list):
                self.bad(w, "chairs not a list")
            else:
                if len(set(m["chairs"])) != len(m["chairs"]):
                    self.bad(w, "duplicate chair")
                for c in m["chairs"]:
                    self.agent(f"{w}.chairs", c, nullable=False)
            pc = m["participant_count"]
            if pc is not None and (not isinstance(pc, int) or isinstance(pc, bool) or pc <= 0):
                self.bad(w, f"participant_count must be a positive int or null: {pc!r}")
            for k in ("convened_by", "part_of"):
                if m[k] is not None and not (isinstance(m[k], str) and m[k].strip()):
                    self.bad(w, f"{k} must be a non-empty string or null")
            if published and start and start > published + dt.timedelta(days=60):
                self.bad(w, "meeting far after publication (check)")

        names = []
        for i, o in enumerate(gold["officials"]):
            w = f"{where}.officials[{i}]"
            if not self.keys(w, o, OFFICIAL_KEYS):
                continue
            name = o["name"]
            if not isinstance(name, str) or not name.strip():
                self.bad(w, "empty name")
                continue
            names.append(name)
            tokens = norm(name).split()
            if tokens and tokens[0] in self.honorifics:
                self.bad(w, f"name starts with an honorific: {name}")
            if norm(name) not in ntext:
                self.bad(w, f"name not found in the text: {name}")
            self.agent(f"{w}.country", o["country"], nullable=True)
            if not isinstance(o["position"], str) or not o["position"].strip():
                self.bad(w, "position must be a non-empty string")
            if not isinstance(o["speaker"], bool):
                self.bad(w, "speaker must be true/false")
        if len(set(map(norm, names))) != len(names):
            self.bad(where, "duplicate official")

        for i, p in enumerate(gold["pledges"]):
            w = f"{where}.pledges[{i}]"
            if not self.keys(w, p, PLEDGE_KEYS):
                continue
            self.agent(f"{w}.donor", p["donor"], nullable=True)
            a = p["amount"]
            if not isinstance(a, (int, float)) or isinstance(a, bool) or a <= 0:
                self.bad(w, f"amount must be a positive number: {a!r}")
            if p["currency"] not in ISO4217:
                self.bad(w, f"currency not in the ISO 4217 list: {p['currency']!r}")
            if p["announced_by"] is not None and p["announced_by"] not in names:
                self.bad(w, f"announced_by is not one of the officials: {p['announced_by']}")

    def weekdays(self, where, text, published):
        if published is None:
            return
        for rel, offset in (("اليوم", 0), ("أمس", -1), ("امس", -1)):
            for m in re.finditer(rf"{rel}\s*\(?\s*(ال\S+)", text):
                word = m.group(1).strip("()،,.")
                if word in WEEKDAYS:
                    want = (published + dt.timedelta(days=offset)).weekday()
                    if WEEKDAYS[word] != want:
                        self.bad(where, f"'{rel} {word}' does not fit published {published}")


def main():
    here = Path(__file__).resolve().parent
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", type=Path, default=here.parent)
    ap.add_argument("--score", type=Path, default=Path("/work/shared/eval/score.py"))
    args = ap.parse_args()
    orgs, honorifics = load_score_tables(args.score)
    ck = Checker(orgs, honorifics)

    texts = {p.name[:-4] for p in args.folder.glob("*.txt")}
    golds = {p.name[:-len(".gold.json")] for p in args.folder.glob("*.gold.json")}
    for n in sorted(texts - golds):
        ck.bad(n, "text without gold")
    for n in sorted(golds - texts):
        ck.bad(n, "gold without text")

    totals = dict(texts=0, meetings=0, chairs=0, officials=0, pledges=0, counts=0, speakers=0)
    for n in sorted(texts & golds):
        text = (args.folder / f"{n}.txt").read_text(encoding="utf-8")
        try:
            gold = json.loads((args.folder / f"{n}.gold.json").read_text(encoding="utf-8"))
        except json.JSONDecodeError as e:
            ck.bad(n, f"invalid JSON: {e}")
            continue
        ck.check_pair(n, text, gold)
        totals["texts"] += 1
        totals["meetings"] += len(gold.get("meetings", []))
        totals["chairs"] += sum(len(m.get("chairs", [])) for m in gold.get("meetings", []))
        totals["counts"] += sum(m.get("participant_count") is not None
                                for m in gold.get("meetings", []))
        totals["officials"] += len(gold.get("officials", []))
        totals["speakers"] += sum(bool(o.get("speaker")) for o in gold.get("officials", []))
        totals["pledges"] += len(gold.get("pledges", []))

    for line in ck.problems:
        print(line)
    print(" ".join(f"{k}={v}" for k, v in totals.items()))
    print(f"{len(ck.problems)} problems")
    return 1 if ck.problems else 0


if __name__ == "__main__":
    sys.exit(main())
