#!/usr/bin/env python3
"""Validate every NAME.gold.json in the heldout7 folder against SCHEMA.md and score.py.

    python _tools/check.py [FOLDER]      # FOLDER defaults to the folder above _tools/

Checks: file pairs and names; exact keys and types; ISO 3166-1 alpha-2 codes and org:KEY with
KEY in score.py's ORGS; ISO dates (real calendar days, end_date after date); ISO 4217
currencies; participant counts; officials' names present in the text and free of honorifics;
announced_by naming a listed official; text length (80-450 words). Exit 1 on any error.
"""
from __future__ import annotations

import ast
import datetime as dt
import json
import re
import sys
from pathlib import Path

SCORE = Path("/work/shared/eval/score.py")
ISO_A2 = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
ISO_4217 = set("""AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BHD BIF BMD BND BOB BOV BRL BSD BTN BWP BYN BZD CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD USN UYI UYU UYW UZS VED VES VND VUV WST XAD XAF XAG XAU XBA XBB XBC XBD XCD XCG XDR XOF XPD XPF XPT XSU XTS XUA XXX YER ZAR ZMW ZWG""".split())

TOP = {"published", "meetings", "officials", "pledges"}
MEETING = {"date", "end_date", "country", "convened_by", "chairs", "participant_count", "part_of"}
OFFICIAL = {"name", "country", "position", "speaker"}
PLEDGE = {"donor", "amount", "currency", "announced_by"}
NAME_RE = re.compile(r"^s(\d\d)_[a-z0-9]+_[a-z0-9-]+$")


def load_score_tables():
    """ORGS and HONORIFICS from score.py, read with ast (no rdflib needed)."""
    tree = ast.parse(SCORE.read_text(encoding="utf-8"))
    out = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            name = getattr(node.targets[0], "id", None)
            if name in ("ORGS", "HONORIFICS"):
                out[name] = ast.literal_eval(node.value)
    return out["ORGS"], out["HONORIFICS"]


ORGS, HONORIFICS = load_score_tables()
_DIA = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")


def norm(text):
    """The normaliser of score.py."""
    text = _DIA.sub("", str(text))
    text = re.sub("[أإآٱ]", "ا", text).replace("ى", "ي").replace("ة", "ه")
    text = re.sub(r"[^\w\s]", " ", text.lower())
    return " ".join(text.split())


def agent_ok(code):
    if code.startswith("org:"):
        return code[4:] in ORGS
    return code in ISO_A2


def is_date(value):
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


class Report:
    def __init__(self):
        self.errors, self.warnings = [], []

    def err(self, where, msg):
        self.errors.append(f"ERROR {where}: {msg}")

    def warn(self, where, msg):
        self.warnings.append(f"warn  {where}: {msg}")


def check_meeting(r, where, m, published):
    if set(m) != MEETING:
        r.err(where, f"meeting keys {sorted(m)}")
        return
    if m["date"] is not None and not is_date(m["date"]):
        r.err(where, f"bad date {m['date']!r}")
    if m["end_date"] is not None:
        if not is_date(m["end_date"]) or m["date"] is None:
            r.err(where, f"bad end_date {m['end_date']!r}")
        elif m["end_date"] <= m["date"]:
            r.err(where, "end_date not after date")
    if m["country"] is not None and m["country"] not in ISO_A2:
        r.err(where, f"bad country {m['country']!r}")
    if not isinstance(m["chairs"], list) or not all(isinstance(c, str) and agent_ok(c) for c in m["chairs"]):
        r.err(where, f"bad chairs {m['chairs']!r}")
    elif len(set(m["chairs"])) != len(m["chairs"]):
        r.err(where, "duplicate chair")
    pc = m["participant_count"]
    if pc is not None and (not isinstance(pc, int) or isinstance(pc, bool) or pc < 2):
        r.err(where, f"bad participant_count {pc!r}")
    for key in ("convened_by", "part_of"):
        if m[key] is not None and (not isinstance(m[key], str) or not m[key].isascii()):
            r.err(where, f"{key} must be English text or null")
    if published and m["date"] and is_date(published) and is_date(m["date"]):
        gap = (dt.date.fromisoformat(m["date"]) - dt.date.fromisoformat(published)).days
        if gap > 7:
            r.warn(where, f"meeting {gap} days after publication")


def check_official(r, where, o, ntext):
    if set(o) != OFFICIAL:
        r.err(where, f"official keys {sorted(o)}")
        return
    name = o["name"]
    if not isinstance(name, str) or not name.strip():
        r.err(where, "empty name")
        return
    first = norm(name).split()[0]
    if first in HONORIFICS or first in {"صاحب", "جلاله", "سماحه", "المشير"}:
        r.err(where, f"honorific in name {name!r}")
    if norm(name) not in ntext:
        r.err(where, f"name {name!r} not found in text")
    if o["country"] is not None and not agent_ok(o["country"]):
        r.err(where, f"bad country {o['country']!r}")
    if not isinstance(o["speaker"], bool):
        r.err(where, "speaker must be true/false")
    if o["position"] is not None:
        if not isinstance(o["position"], str):
            r.err(where, "position must be text")
        else:
            missing = [t for t in norm(o["position"]).split() if t not in ntext]
            if missing:
                r.warn(where, f"position words not in text: {missing}")


def check_pledge(r, where, p, names):
    if set(p) != PLEDGE:
        r.err(where, f"pledge keys {sorted(p)}")
        return
    if not isinstance(p["donor"], str) or not agent_ok(p["donor"]):
        r.err(where, f"bad donor {p['donor']!r}")
    if not isinstance(p["amount"], (int, float)) or isinstance(p["amount"], bool) or p["amount"] <= 0:
        r.err(where, f"bad amount {p['amount']!r}")
    if p["currency"] not in ISO_4217:
        r.err(where, f"bad currency {p['currency']!r}")
    if p["announced_by"] is not None and p["announced_by"] not in names:
        r.err(where, f"announced_by {p['announced_by']!r} is not a listed official")


def check_file(r, gold_path, stats):
    stem = gold_path.name.removesuffix(".gold.json")
    txt = gold_path.with_name(stem + ".txt")
    if not NAME_RE.match(stem):
        r.err(stem, "file name not s<NN>_<outlet>_<event>")
    if not txt.exists():
        r.err(stem, "missing .txt")
        return
    text = txt.read_text(encoding="utf-8")
    words = len(text.split())
    if not 80 <= words <= 450:
        r.err(stem, f"text has {words} words (80-450)")
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        r.err(stem, f"invalid JSON: {exc}")
        return
    if set(gold) != TOP:
        r.err(stem, f"top keys {sorted(gold)}")
        return
    pub = gold["published"]
    if pub is not None and not is_date(pub):
        r.err(stem, f"bad published {pub!r}")
    if not gold["meetings"]:
        r.warn(stem, "no meeting")
    ntext = norm(text)
    for i, m in enumerate(gold["meetings"]):
        check_meeting(r, f"{stem} meeting[{i}]", m, pub)
    names = set()
    for i, o in enumerate(gold["officials"]):
        check_official(r, f"{stem} official[{i}]", o, ntext)
        names.add(o.get("name"))
    if len(names) != len(gold["officials"]):
        r.err(stem, "duplicate official")
    for i, p in enumerate(gold["pledges"]):
        check_pledge(r, f"{stem} pledge[{i}]", p, names)
    stats["texts"] += 1
    stats["words"] += words
    stats["excerpts"] += pub is None
    stats["meetings"] += len(gold["meetings"])
    stats["chairs"] += sum(len(m.get("chairs", [])) for m in gold["meetings"])
    stats["counts"] += sum(m.get("participant_count") is not None for m in gold["meetings"])
    stats["officials"] += len(gold["officials"])
    stats["speakers"] += sum(bool(o.get("speaker")) for o in gold["officials"])
    stats["pledges"] += len(gold["pledges"])


def main():
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent
    r = Report()
    golds = sorted(folder.glob("*.gold.json"))
    txts = sorted(folder.glob("*.txt"))
    if len(golds) != len(txts):
        r.err(str(folder), f"{len(txts)} texts but {len(golds)} gold files")
    stats = dict.fromkeys(("texts", "excerpts", "words", "meetings", "chairs", "counts",
                           "officials", "speakers", "pledges"), 0)
    for g in golds:
        check_file(r, g, stats)
    for line in r.warnings + r.errors:
        print(line)
    print(", ".join(f"{k} {v}" for k, v in stats.items()))
    print(f"{len(r.errors)} errors, {len(r.warnings)} warnings")
    return 1 if r.errors else 0


if __name__ == "__main__":
    sys.exit(main())
