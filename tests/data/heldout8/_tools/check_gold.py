#!/usr/bin/env python3
"""Validate the gold files of this measurement set (standard library only).

    python3 _tools/check_gold.py [DIR]        # DIR defaults to the folder above _tools

Checks, per NAME.txt / NAME.gold.json pair:
  * pairing (every text has a gold file and vice versa) and file naming tNN_<outlet>_<event>;
  * exact key sets at every level, value types, ISO dates (end_date >= date);
  * ISO 3166-1 alpha-2 codes, org:KEY only with KEY in ORGS of ../shared/eval/score.py
    (read with ast, so rdflib is not needed), ISO 4217 currency codes;
  * names carry no leading honorific (score.py's HONORIFICS) and occur in the text
    (every name token found in the normalised text);
  * announced_by names one of the file's officials; pledge amounts are positive;
  * participant_count is a positive int or null;
  * text length 60-220 words.
Prints one line per problem and a summary with counts; exit status 1 on any problem.
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
USD EUR GBP SAR AED KWD QAR BHD OMR JOD EGP MAD DZD TND LYD SDG IQD LBP SYP YER TRY JPY CNY
CAD AUD CHF NOK SEK DKK INR PKR RUB NZD
""".split())

TOP = {"published", "meetings", "officials", "pledges"}
MEETING = {"date", "end_date", "country", "convened_by", "chairs", "participant_count", "part_of"}
OFFICIAL = {"name", "country", "position", "speaker"}
PLEDGE = {"donor", "amount", "currency", "announced_by"}
NAME_RE = re.compile(r"^t\d\d_[a-z0-9-]+_[a-z0-9-]+$")


def load_score_tables() -> tuple[set[str], set[str]]:
    """ORGS keys and HONORIFICS from score.py, without importing it."""
    tree = ast.parse(SCORE.read_text(encoding="utf-8"))
    orgs, hon = set(), set()
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            name = node.targets[0].id
            if name == "ORGS":
                orgs = set(ast.literal_eval(node.value).keys())
            elif name == "HONORIFICS":
                hon = set(ast.literal_eval(node.value))
    return orgs, hon


_DIAC = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")


def norm(text: str) -> str:
    """Same normalisation as score.py's norm()."""
    text = _DIAC.sub("", str(text))
    text = re.sub("[أإآٱ]", "ا", text).replace("ى", "ي").replace("ة", "ه")
    text = re.sub(r"[^\w\s]", " ", text.lower())
    return " ".join(text.split())


def is_date(v) -> bool:
    if not isinstance(v, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        return False
    try:
        dt.date.fromisoformat(v)
        return True
    except ValueError:
        return False


class Checker:
    def __init__(self, folder: Path):
        self.folder = folder
        self.orgs, self.hon = load_score_tables()
        self.problems: list[str] = []
        self.counts = dict(texts=0, meetings=0, dated_meetings=0, chairs=0, counts=0,
                           officials=0, speakers=0, pledges=0, published=0)

    def bad(self, where: str, msg: str):
        self.problems.append(f"{where}: {msg}")

    def agent(self, where: str, v, allow_null: bool):
        if v is None:
            if not allow_null:
                self.bad(where, "null not allowed here")
            return
        if not isinstance(v, str):
            self.bad(where, f"not a string: {v!r}")
        elif v.startswith("org:"):
            if v[4:] not in self.orgs:
                self.bad(where, f"unknown ORGS key {v!r}")
        elif v not in ISO2:
            self.bad(where, f"not an ISO 3166-1 alpha-2 code: {v!r}")

    def name_ok(self, where: str, name, text_norm: str):
        if not isinstance(name, str) or not name.strip():
            self.bad(where, "empty name")
            return
        toks = norm(name).split()
        if toks and toks[0] in self.hon:
            self.bad(where, f"name starts with an honorific: {name!r}")
        missing = [t for t in toks if t not in text_norm.split()]
        if missing:
            self.bad(where, f"name tokens not in text: {missing} ({name!r})")

    def check_pair(self, txt: Path, gold_path: Path):
        stem = txt.stem
        if not NAME_RE.match(stem):
            self.bad(stem, "file name is not tNN_<outlet>_<event>")
        text = txt.read_text(encoding="utf-8")
        words = len(text.split())
        if not 60 <= words <= 220:
            self.bad(stem, f"{words} words, outside 60-220")
        tnorm = norm(text)
        try:
            g = json.loads(gold_path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as e:
            self.bad(stem, f"invalid JSON: {e}")
            return
        self.counts["texts"] += 1
        if set(g) != TOP:
            self.bad(stem, f"top-level keys {sorted(g)}")
            return
        if g["published"] is not None:
            self.counts["published"] += 1
            if not is_date(g["published"]):
                self.bad(stem, f"published not ISO: {g['published']!r}")
        self.check_meetings(stem, g["meetings"])
        names = self.check_officials(stem, g["officials"], tnorm)
        self.check_pledges(stem, g["pledges"], names)

    def check_meetings(self, stem: str, meetings):
        if not isinstance(meetings, list):
            self.bad(stem, "meetings is not a list")
            return
        for i, m in enumerate(meetings):
            w = f"{stem} meeting[{i}]"
            self.counts["meetings"] += 1
            if not isinstance(m, dict) or set(m) != MEETING:
                self.bad(w, f"keys {sorted(m) if isinstance(m, dict) else m!r}")
                continue
            for k in ("date", "end_date"):
                if m[k] is not None and not is_date(m[k]):
                    self.bad(w, f"{k} not ISO: {m[k]!r}")
            if m["date"]:
                self.counts["dated_meetings"] += 1
            if m["end_date"] and not m["date"]:
                self.bad(w, "end_date without date")
            if m["end_date"] and m["date"] and m["end_date"] < m["date"]:
                self.bad(w, "end_date before date")
            if m["country"] is not None:
                self.agent(w + " country", m["country"], True)
                if str(m["country"]).startswith("org:"):
                    self.bad(w, "country must be a state code")
            if not isinstance(m["chairs"], list):
                self.bad(w, "chairs is not a list")
            else:
                if len(set(m["chairs"])) != len(m["chairs"]):
                    self.bad(w, "duplicate chairs")
                for c in m["chairs"]:
                    self.agent(w + " chair", c, False)
                self.counts["chairs"] += len(m["chairs"])
            pc = m["participant_count"]
            if pc is not None:
                self.counts["counts"] += 1
                if isinstance(pc, bool) or not isinstance(pc, int) or pc <= 0:
                    self.bad(w, f"participant_count not a positive int: {pc!r}")
            for k in ("convened_by", "part_of"):
                if m[k] is not None and not (isinstance(m[k], str) and m[k].strip()):
                    self.bad(w, f"{k} must be a non-empty string or null")

    def check_officials(self, stem: str, officials, tnorm: str) -> list[str]:
        names = []
        if not isinstance(officials, list):
            self.bad(stem, "officials is not a list")
            return names
        for i, o in enumerate(officials):
            w = f"{stem} official[{i}]"
            self.counts["officials"] += 1
            if not isinstance(o, dict) or set(o) != OFFICIAL:
                self.bad(w, f"keys {sorted(o) if isinstance(o, dict) else o!r}")
                continue
            self.name_ok(w, o["name"], tnorm)
            names.append(o["name"])
            self.agent(w + " country", o["country"], True)
            if o["position"] is not None and not isinstance(o["position"], str):
                self.bad(w, "position must be a string or null")
            if not isinstance(o["speaker"], bool):
                self.bad(w, "speaker must be a boolean")
            elif o["speaker"]:
                self.counts["speakers"] += 1
        if len({norm(n) for n in names}) != len(names):
            self.bad(stem, "an official is listed twice")
        return names

    def check_pledges(self, stem: str, pledges, names: list[str]):
        if not isinstance(pledges, list):
            self.bad(stem, "pledges is not a list")
            return
        for i, p in enumerate(pledges):
            w = f"{stem} pledge[{i}]"
            self.counts["pledges"] += 1
            if not isinstance(p, dict) or set(p) != PLEDGE:
                self.bad(w, f"keys {sorted(p) if isinstance(p, dict) else p!r}")
                continue
            self.agent(w + " donor", p["donor"], False)
            a = p["amount"]
            if isinstance(a, bool) or not isinstance(a, (int, float)) or a <= 0:
                self.bad(w, f"amount not a positive number: {a!r}")
            if p["currency"] not in CURRENCIES:
                self.bad(w, f"currency not a known ISO 4217 code: {p['currency']!r}")
            by = p["announced_by"]
            if by is not None and norm(by) not in {norm(n) for n in names}:
                self.bad(w, f"announced_by {by!r} is not one of the officials")

    def run(self) -> int:
        txts = {p.stem: p for p in self.folder.glob("t*.txt")}
        golds = {p.name[: -len(".gold.json")]: p for p in self.folder.glob("t*.gold.json")}
        for stem in sorted(set(txts) ^ set(golds)):
            self.bad(stem, "text without gold or gold without text")
        for stem in sorted(set(txts) & set(golds)):
            self.check_pair(txts[stem], golds[stem])
        for line in self.problems:
            print("PROBLEM", line)
        c = self.counts
        print(f"texts {c['texts']}; meetings {c['meetings']} ({c['dated_meetings']} dated); "
              f"chairs {c['chairs']}; participant counts {c['counts']}; officials {c['officials']} "
              f"({c['speakers']} speakers); pledges {c['pledges']}; published dates {c['published']}")
        print("OK" if not self.problems else f"{len(self.problems)} problem(s)")
        return 1 if self.problems else 0


if __name__ == "__main__":
    here = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent
    sys.exit(Checker(here).run())
