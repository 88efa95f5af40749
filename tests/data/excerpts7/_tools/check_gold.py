#!/usr/bin/env python3
"""Validate every NAME.gold.json in the set against SCHEMA.md and score.py.

    python _tools/check_gold.py [FOLDER] [--score /work/shared/eval/score.py]

Checks: file pairs and names; top-level and nested keys and types; ISO dates (and
end_date >= date); ISO 3166-1 alpha-2 codes or org:KEY with KEY from score.py's ORGS;
ISO 4217 currencies; positive amounts; participant counts; officials' names free of
score.py's honorifics and present in the text; announced_by among the officials;
speaker booleans; 80-450 words per text. ORGS and HONORIFICS are read from score.py
with `ast`, so rdflib is not needed. Exit status 1 on any error.
"""
import argparse
import ast
import datetime as dt
import json
import re
import sys
from pathlib import Path

ISO_3166 = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR
BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ
EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW
GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY
KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV
MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY
QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG
TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
""".split())
ISO_4217 = set("""
USD EUR GBP SAR AED KWD QAR BHD OMR JOD IQD EGP MAD DZD TND LYD LBP SYP YER SDG TRY IRR JPY
CNY KRW INR PKR IDR MYR SEK NOK DKK CHF CAD AUD NZD RUB BRL ZAR NGN
""".split())
TOP_KEYS = {"published", "meetings", "officials", "pledges"}
MEETING_KEYS = {"date", "end_date", "country", "convened_by", "chairs", "participant_count", "part_of"}
OFFICIAL_KEYS = {"name", "country", "position", "speaker"}
PLEDGE_KEYS = {"donor", "amount", "currency", "announced_by"}
NAME_RE = re.compile(r"^g(\d\d)_[a-z0-9]+_[a-z0-9]+$")
WORD = re.compile(r"[\u0600-\u06FFA-Za-z0-9\u0660-\u0669]+")
_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")


def load_score_constants(path: Path):
    """Read ORGS keys and HONORIFICS from score.py without importing it."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    orgs, honorifics = None, None
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = getattr(node.targets[0], "id", None)
            if target == "ORGS":
                orgs = set(ast.literal_eval(node.value).keys())
            elif target == "HONORIFICS":
                honorifics = set(ast.literal_eval(node.value))
    if orgs is None or honorifics is None:
        raise SystemExit(f"could not read ORGS/HONORIFICS from {path}")
    return orgs, honorifics


def norm(text: str) -> str:
    """The same normalisation as score.py's norm()."""
    text = _DIACRITICS.sub("", str(text))
    text = re.sub("[أإآٱ]", "ا", text).replace("ى", "ي").replace("ة", "ه")
    text = re.sub(r"[^\w\s]", " ", text.lower())
    return " ".join(text.split())


class Checker:
    def __init__(self, orgs, honorifics):
        self.orgs, self.honorifics = orgs, honorifics
        self.errors = []

    def err(self, where, msg):
        self.errors.append(f"{where}: {msg}")

    def date(self, where, value, nullable=True):
        if value is None:
            if not nullable:
                self.err(where, "date may not be null")
            return None
        if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            self.err(where, f"not an ISO date: {value!r}")
            return None
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            self.err(where, f"impossible date: {value}")
            return None

    def agent(self, where, value, nullable=True):
        if value is None:
            if not nullable:
                self.err(where, "may not be null")
            return
        if not isinstance(value, str):
            self.err(where, f"not a string: {value!r}")
        elif value.startswith("org:"):
            if value[4:] not in self.orgs:
                self.err(where, f"unknown ORGS key {value!r}")
        elif value not in ISO_3166:
            self.err(where, f"not an ISO 3166-1 alpha-2 code: {value!r}")

    def meeting(self, where, m, published):
        if not isinstance(m, dict) or set(m) != MEETING_KEYS:
            self.err(where, f"meeting keys {sorted(m) if isinstance(m, dict) else m}")
            return
        start = self.date(f"{where}.date", m["date"])
        end = self.date(f"{where}.end_date", m["end_date"])
        if end and not start:
            self.err(where, "end_date without date")
        if start and end and end < start:
            self.err(where, "end_date before date")
        if published and start and (start - published).days > 400:
            self.err(where, "meeting more than a year after publication")
        self.agent(f"{where}.country", m["country"])
        if m["country"] and m["country"].startswith("org:"):
            self.err(where, "country must be a state code")
        for key in ("convened_by", "part_of"):
            if m[key] is not None and (not isinstance(m[key], str) or not m[key].strip()):
                self.err(where, f"{key} must be a non-empty string or null")
            if isinstance(m[key], str) and re.search(r"[\u0600-\u06FF]", m[key]):
                self.err(where, f"{key} must be in English")
        if not isinstance(m["chairs"], list):
            self.err(where, "chairs must be a list")
        else:
            if len(set(m["chairs"])) != len(m["chairs"]):
                self.err(where, "duplicate chairs")
            for i, c in enumerate(m["chairs"]):
                self.agent(f"{where}.chairs[{i}]", c, nullable=False)
        pc = m["participant_count"]
        if pc is not None and (not isinstance(pc, int) or isinstance(pc, bool) or pc <= 0):
            self.err(where, f"participant_count must be a positive int or null: {pc!r}")

    def official(self, where, o, text_norm):
        if not isinstance(o, dict) or set(o) != OFFICIAL_KEYS:
            self.err(where, f"official keys {sorted(o) if isinstance(o, dict) else o}")
            return
        name = o["name"]
        if not isinstance(name, str) or not name.strip():
            self.err(where, "empty name")
            return
        tokens = norm(name).split()
        bad = [t for t in tokens if t in self.honorifics]
        if bad:
            self.err(where, f"name carries honorifics {bad}: {name}")
        if norm(name) not in text_norm:
            self.err(where, f"name not found in text: {name}")
        self.agent(f"{where}.country", o["country"])
        if o["position"] is not None and (not isinstance(o["position"], str) or not o["position"].strip()):
            self.err(where, "position must be a non-empty string or null")
        if not isinstance(o["speaker"], bool):
            self.err(where, "speaker must be true/false")

    def pledge(self, where, p, official_names):
        if not isinstance(p, dict) or set(p) != PLEDGE_KEYS:
            self.err(where, f"pledge keys {sorted(p) if isinstance(p, dict) else p}")
            return
        self.agent(f"{where}.donor", p["donor"], nullable=False)
        amount = p["amount"]
        if isinstance(amount, bool) or not isinstance(amount, (int, float)) or amount <= 0:
            self.err(where, f"amount must be a positive number: {amount!r}")
        if p["currency"] not in ISO_4217:
            self.err(where, f"not an ISO 4217 currency: {p['currency']!r}")
        if p["announced_by"] is not None and p["announced_by"] not in official_names:
            self.err(where, f"announced_by is not one of the officials: {p['announced_by']}")

    def file(self, gold_path: Path):
        stem = gold_path.name.removesuffix(".gold.json")
        txt = gold_path.with_name(stem + ".txt")
        if not NAME_RE.match(stem):
            self.err(stem, "file name does not follow gNN_<outlet>_<event>")
        if not txt.exists():
            self.err(stem, "missing .txt beside the gold file")
            return
        text = txt.read_text(encoding="utf-8")
        n_words = len(WORD.findall(text))
        if not 80 <= n_words <= 450:
            self.err(stem, f"{n_words} words (want 80-450)")
        try:
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            self.err(stem, f"invalid JSON: {exc}")
            return
        if not isinstance(gold, dict) or set(gold) != TOP_KEYS:
            self.err(stem, f"top-level keys {sorted(gold) if isinstance(gold, dict) else gold}")
            return
        published = self.date(f"{stem}.published", gold["published"])
        for key in ("meetings", "officials", "pledges"):
            if not isinstance(gold[key], list):
                self.err(stem, f"{key} must be a list")
                return
        for i, m in enumerate(gold["meetings"]):
            self.meeting(f"{stem}.meetings[{i}]", m, published)
        text_norm = norm(text)
        names = []
        for i, o in enumerate(gold["officials"]):
            self.official(f"{stem}.officials[{i}]", o, text_norm)
            if isinstance(o, dict):
                names.append(o.get("name"))
        if len(set(names)) != len(names):
            self.err(stem, "duplicate official names")
        for i, p in enumerate(gold["pledges"]):
            self.pledge(f"{stem}.pledges[{i}]", p, names)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", type=Path, default=Path(__file__).resolve().parent.parent)
    ap.add_argument("--score", type=Path, default=Path("/work/shared/eval/score.py"))
    args = ap.parse_args()
    orgs, honorifics = load_score_constants(args.score)
    checker = Checker(orgs, honorifics)
    golds = sorted(args.folder.glob("*.gold.json"))
    txts = sorted(args.folder.glob("*.txt"))
    for t in txts:
        if not t.with_name(t.stem + ".gold.json").exists():
            checker.err(t.stem, "text without a gold file")
    for g in golds:
        checker.file(g)
    for line in checker.errors:
        print(line)
    print(f"checked {len(golds)} gold files: {len(checker.errors)} error(s)")
    return 1 if checker.errors else 0


if __name__ == "__main__":
    sys.exit(main())
