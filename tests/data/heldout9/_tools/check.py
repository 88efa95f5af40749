#!/usr/bin/env python3
"""Validate every *.gold.json in the folder above against SCHEMA.md and score.py.

    python3 _tools/check.py [FOLDER] [--score /work/shared/eval/score.py]

Checks: txt/gold pairing and file names, exact key sets, types, ISO dates (end >= start),
ISO 3166-1 alpha-2 codes, org:KEY against score.py's ORGS, ISO 4217 currencies, names free of
score.py's HONORIFICS and present in the text, no duplicate officials, announced_by among the
officials, text length 60-450 words. Prints counts; exits 1 on any error.
score.py is read with ast (not imported), so rdflib is not needed.
"""
import ast
import datetime as dt
import json
import re
import sys
from pathlib import Path

ISO2 = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ
BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE
EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR
HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS
LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL
NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI
SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY
UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
CURRENCIES = set("""USD EUR GBP JPY CHF NOK SEK DKK CAD AUD NZD CNY KRW SAR AED QAR KWD BHD OMR JOD
EGP IQD LBP SYP TRY IRR MAD DZD TND LYD SDG YER NGN XOF XAF ZAR INR PKR RUB""".split())
TOP = {"published", "meetings", "officials", "pledges"}
MKEYS = {"date", "end_date", "country", "convened_by", "chairs", "participant_count", "part_of"}
OKEYS = {"name", "country", "position", "speaker"}
PKEYS = {"donor", "amount", "currency", "announced_by"}
PROCLITICS = ("", "و", "ل", "ب", "ف", "ك", "ول", "وب", "لل", "ال")
NAME_RE = re.compile(r"^v\d\d_[a-z0-9]+_[a-z0-9-]+$")


def read_score(path):
    tree = ast.parse(Path(path).read_text(encoding="utf-8"))
    found = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            t = node.targets[0]
            if isinstance(t, ast.Name) and t.id in ("ORGS", "HONORIFICS"):
                found[t.id] = ast.literal_eval(node.value)
    return found["ORGS"], found["HONORIFICS"]


_DIAC = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)


def norm(text):  # same steps as score.py's norm()
    text = _DIAC.sub("", str(text))
    text = re.sub("[أإآٱ]", "ا", text).replace("ى", "ي").replace("ة", "ه")
    text = _PUNCT.sub(" ", text.lower())
    return " ".join(text.split())


def iso_date(v):
    try:
        return dt.date.fromisoformat(v) if isinstance(v, str) and len(v) == 10 else None
    except ValueError:
        return None


class Checker:
    def __init__(self, orgs, honorifics):
        self.orgs, self.hon, self.errors = orgs, honorifics, []

    def err(self, where, msg):
        self.errors.append(f"{where}: {msg}")

    def agent(self, where, v, allow_null=True):
        if v is None:
            if not allow_null:
                self.err(where, "null not allowed")
            return
        if not isinstance(v, str):
            self.err(where, f"not a string: {v!r}")
        elif v.startswith("org:"):
            if v[4:] not in self.orgs:
                self.err(where, f"unknown ORGS key {v}")
        elif v not in ISO2:
            self.err(where, f"not an ISO 3166-1 alpha-2 code: {v}")

    def date(self, where, v, allow_null=True):
        if v is None:
            if not allow_null:
                self.err(where, "null date")
            return None
        d = iso_date(v)
        if d is None:
            self.err(where, f"not an ISO date: {v!r}")
        return d

    def check(self, gold_path, text):
        g = json.loads(gold_path.read_text(encoding="utf-8"))
        w = gold_path.name
        if set(g) != TOP:
            self.err(w, f"top keys {sorted(g)}")
            return g
        self.date(f"{w} published", g["published"])
        for i, m in enumerate(g["meetings"]):
            at = f"{w} meetings[{i}]"
            if set(m) != MKEYS:
                self.err(at, f"keys {sorted(m)}")
                continue
            d = self.date(at + ".date", m["date"])
            e = self.date(at + ".end_date", m["end_date"])
            if e and (d is None or e < d):
                self.err(at, "end_date without date or before date")
            self.agent(at + ".country", m["country"])
            if isinstance(m["country"], str) and m["country"].startswith("org:"):
                self.err(at, "country must be a state code")
            if not isinstance(m["chairs"], list) or len(set(m["chairs"])) != len(m["chairs"]):
                self.err(at, "chairs must be a list without duplicates")
            else:
                for c in m["chairs"]:
                    self.agent(at + ".chairs", c, allow_null=False)
            pc = m["participant_count"]
            if pc is not None and (isinstance(pc, bool) or not isinstance(pc, int) or pc <= 0):
                self.err(at, f"participant_count {pc!r}")
            for k in ("convened_by", "part_of"):
                if m[k] is not None and not isinstance(m[k], str):
                    self.err(at, f"{k} must be string or null")
        ntext = " " + norm(text) + " "
        names = []
        for i, o in enumerate(g["officials"]):
            at = f"{w} officials[{i}]"
            if set(o) != OKEYS:
                self.err(at, f"keys {sorted(o)}")
                continue
            name = o["name"]
            if not isinstance(name, str) or not name.strip():
                self.err(at, "empty name")
                continue
            toks = norm(name).split()
            bad = [t for t in toks if t in self.hon]
            if bad:
                self.err(at, f"honorific in name: {bad}")
            words = set(ntext.split())
            missing = [t for t in toks
                       if not any(p + t in words for p in PROCLITICS)]
            if missing:
                self.err(at, f"name tokens not in text: {missing}")
            self.agent(at + ".country", o["country"])
            if o["position"] is not None and not isinstance(o["position"], str):
                self.err(at, "position must be string or null")
            if not isinstance(o["speaker"], bool):
                self.err(at, "speaker must be boolean")
            if norm(name) in names:
                self.err(at, f"duplicate official {name}")
            names.append(norm(name))
        for i, p in enumerate(g["pledges"]):
            at = f"{w} pledges[{i}]"
            if set(p) != PKEYS:
                self.err(at, f"keys {sorted(p)}")
                continue
            self.agent(at + ".donor", p["donor"], allow_null=False)
            a = p["amount"]
            if isinstance(a, bool) or not isinstance(a, (int, float)) or a <= 0:
                self.err(at, f"amount {a!r}")
            if p["currency"] not in CURRENCIES:
                self.err(at, f"currency {p['currency']!r}")
            by = p["announced_by"]
            if by is not None and norm(by) not in names:
                self.err(at, f"announced_by {by} is not among the officials")
        return g


def main():
    args = sys.argv[1:]
    score = "/work/shared/eval/score.py"
    if "--score" in args:
        i = args.index("--score")
        score = args[i + 1]
        del args[i:i + 2]
    folder = Path(args[0]) if args else Path(__file__).resolve().parent.parent
    orgs, hon = read_score(score)
    c = Checker(orgs, hon)
    txts = {p.name[:-4] for p in folder.glob("*.txt")}
    golds = {p.name[:-10] for p in folder.glob("*.gold.json")}
    for n in sorted(txts ^ golds):
        c.err(n, "txt without gold or gold without txt")
    tally = dict(texts=0, meetings=0, dated_meetings=0, chairs=0, counts=0, officials=0,
                 speakers=0, pledges=0, published=0, words_min=10 ** 9, words_max=0)
    for n in sorted(txts & golds):
        if not NAME_RE.match(n):
            c.err(n, "file name is not vNN_<outlet>_<event>")
        text = (folder / f"{n}.txt").read_text(encoding="utf-8")
        words = len(text.split())
        if not 60 <= words <= 450:
            c.err(n, f"{words} words (want 60-450)")
        g = c.check(folder / f"{n}.gold.json", text)
        tally["texts"] += 1
        tally["words_min"] = min(tally["words_min"], words)
        tally["words_max"] = max(tally["words_max"], words)
        if set(g) == TOP:
            tally["published"] += g["published"] is not None
            tally["meetings"] += len(g["meetings"])
            tally["dated_meetings"] += sum(m.get("date") is not None for m in g["meetings"])
            tally["chairs"] += sum(len(m.get("chairs", [])) for m in g["meetings"])
            tally["counts"] += sum(m.get("participant_count") is not None for m in g["meetings"])
            tally["officials"] += len(g["officials"])
            tally["speakers"] += sum(o.get("speaker") is True for o in g["officials"])
            tally["pledges"] += len(g["pledges"])
    for e in c.errors:
        print("ERROR", e)
    print(" ".join(f"{k}={v}" for k, v in tally.items()))
    print("OK" if not c.errors else f"{len(c.errors)} errors")
    return 1 if c.errors else 0


if __name__ == "__main__":
    sys.exit(main())
