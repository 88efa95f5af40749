#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Validate every *.gold.json in the set against SCHEMA.md and score.py's ORGS.

    python3 _tools/check.py            # from the set folder, or any cwd
Exit status 1 on any error; prints warnings and a summary of counts.
"""
import ast
import json
import re
import sys
from datetime import date
from pathlib import Path

SET = Path(__file__).resolve().parent.parent
SCORE = Path("/work/shared/eval/score.py")

ISO2 = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ
BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE
EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR
HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS
LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL
NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI
SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY
UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
CURRENCIES = {"USD", "EUR", "GBP", "CHF", "SAR", "KWD", "AED", "QAR", "JPY", "SEK", "NOK", "DKK",
              "CAD", "AUD", "JOD", "EGP", "IQD", "BHD", "OMR", "TRY", "CNY", "MAD", "DZD", "TND"}
TOP_KEYS = {"published", "meetings", "officials", "pledges"}
M_KEYS = {"date", "end_date", "country", "convened_by", "chairs", "participant_count", "part_of"}
O_KEYS = {"name", "country", "position", "speaker"}
P_KEYS = {"donor", "amount", "currency", "announced_by"}
HONORIFIC_WORDS = {"الشيخ", "الشيخة", "السيد", "السيدة", "الدكتور", "الدكتورة", "معالي", "سمو",
                   "فخامة", "سعادة", "الأمير", "الملك", "اللورد", "المهندس", "الفريق", "اللواء",
                   "العماد", "السفير", "صاحب", "حضرة"}


def load_score_helpers():
    tree = ast.parse(SCORE.read_text(encoding="utf-8"))
    ns = {}
    wanted = {"ORGS", "_DIACRITICS", "_PUNCT"}
    body = [n for n in tree.body
            if (isinstance(n, ast.Assign) and any(getattr(t, "id", None) in wanted for t in n.targets))
            or (isinstance(n, ast.FunctionDef) and n.name == "norm")]
    mod = ast.Module(body=[ast.Import(names=[ast.alias(name="re")])] + body, type_ignores=[])
    ast.fix_missing_locations(mod)
    exec(compile(mod, str(SCORE), "exec"), ns)
    return ns["ORGS"], ns["norm"]


ORGS, norm = load_score_helpers()


def iso_date(s):
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return None
    try:
        return date.fromisoformat(s)
    except ValueError:
        return None


def agent_ok(v, allow_null=True):
    if v is None:
        return allow_null
    if isinstance(v, str) and v.startswith("org:"):
        return v[4:] in ORGS
    return isinstance(v, str) and v in ISO2


def main():
    errors, warnings = [], []
    counts = dict(texts=0, meetings=0, chairs=0, officials=0, speakers=0, pledges=0, counts=0,
                  dated_meetings=0, published=0)
    words = []

    # folder layout
    for p in SET.iterdir():
        if p.name in ("README.md", "_tools"):
            continue
        if not (p.name.endswith(".txt") or p.name.endswith(".gold.json")):
            errors.append(f"unexpected top-level entry {p.name}")
    txts = sorted(SET.glob("*.txt"))
    golds = sorted(SET.glob("*.gold.json"))
    if {t.stem for t in txts} != {g.name[:-len('.gold.json')] for g in golds}:
        errors.append("txt and gold.json files do not pair up")
    for t in txts:
        if not re.fullmatch(r"rg\d\d_[a-z0-9]+_[a-z0-9]+", t.stem):
            errors.append(f"{t.name}: name does not follow rgNN_<outlet>_<event>")

    for g in golds:
        name = g.name[:-len(".gold.json")]
        text = (SET / f"{name}.txt").read_text(encoding="utf-8")
        ntext = norm(text)
        counts["texts"] += 1
        nwords = len(text.split())
        words.append(nwords)
        if not 80 <= nwords <= 450:
            errors.append(f"{name}: {nwords} words, outside 80-450")
        try:
            d = json.loads(g.read_text(encoding="utf-8"))
        except json.JSONDecodeError as e:
            errors.append(f"{name}: bad JSON {e}")
            continue
        if set(d) != TOP_KEYS:
            errors.append(f"{name}: top-level keys {sorted(d)}")
            continue
        pub = d["published"]
        if pub is not None:
            counts["published"] += 1
            pd = iso_date(pub)
            if pd is None or not date(2013, 1, 1) <= pd <= date(2025, 12, 31):
                errors.append(f"{name}: published {pub!r} not an ISO date in 2013-2025")
        if not isinstance(d["meetings"], list) or not d["meetings"]:
            errors.append(f"{name}: needs at least one meeting")
        for i, m in enumerate(d["meetings"]):
            where = f"{name} meeting[{i}]"
            if set(m) != M_KEYS:
                errors.append(f"{where}: keys {sorted(m)}")
                continue
            counts["meetings"] += 1
            md = None
            if m["date"] is not None:
                md = iso_date(m["date"])
                if md is None:
                    errors.append(f"{where}: bad date {m['date']!r}")
                else:
                    counts["dated_meetings"] += 1
                    if pub and iso_date(pub) and (md - iso_date(pub)).days > 3:
                        warnings.append(f"{where}: meeting {m['date']} well after published {pub}")
            if m["end_date"] is not None:
                ed = iso_date(m["end_date"])
                if ed is None or md is None or ed < md:
                    errors.append(f"{where}: bad end_date {m['end_date']!r}")
            if m["country"] is not None and m["country"] not in ISO2:
                errors.append(f"{where}: country {m['country']!r} not ISO alpha-2")
            if not isinstance(m["chairs"], list) or len(set(m["chairs"])) != len(m["chairs"]):
                errors.append(f"{where}: chairs must be a list without duplicates")
            for c in m["chairs"]:
                if not agent_ok(c, allow_null=False):
                    errors.append(f"{where}: chair {c!r} is neither ISO alpha-2 nor org:KEY")
            counts["chairs"] += len(m["chairs"])
            pc = m["participant_count"]
            if pc is not None:
                counts["counts"] += 1
                if not (isinstance(pc, int) and pc > 0):
                    errors.append(f"{where}: participant_count {pc!r}")
                elif norm(str(pc)) not in ntext and str(pc) not in text:
                    warnings.append(f"{where}: participant_count {pc} not written as digits in text")
            for k in ("convened_by", "part_of"):
                if m[k] is not None and not isinstance(m[k], str):
                    errors.append(f"{where}: {k} must be a string or null")
        names = []
        for i, o in enumerate(d["officials"]):
            where = f"{name} official[{i}]"
            if set(o) != O_KEYS:
                errors.append(f"{where}: keys {sorted(o)}")
                continue
            counts["officials"] += 1
            counts["speakers"] += bool(o["speaker"])
            if not isinstance(o["speaker"], bool):
                errors.append(f"{where}: speaker must be boolean")
            if not agent_ok(o["country"]):
                errors.append(f"{where}: country {o['country']!r}")
            if not isinstance(o["name"], str) or not o["name"].strip():
                errors.append(f"{where}: empty name")
                continue
            first = o["name"].split()[0]
            if first in HONORIFIC_WORDS:
                errors.append(f"{where}: name starts with honorific {first!r}")
            if norm(o["name"]) not in ntext:
                errors.append(f"{where}: name {o['name']!r} not found verbatim in text")
            if o["position"] is not None and norm(o["position"]) not in ntext:
                warnings.append(f"{where}: position {o['position']!r} not verbatim in text")
            names.append(o["name"])
        if len(names) != len(set(names)):
            errors.append(f"{name}: duplicate officials")
        for i, p in enumerate(d["pledges"]):
            where = f"{name} pledge[{i}]"
            if set(p) != P_KEYS:
                errors.append(f"{where}: keys {sorted(p)}")
                continue
            counts["pledges"] += 1
            if not agent_ok(p["donor"], allow_null=False):
                errors.append(f"{where}: donor {p['donor']!r}")
            if not isinstance(p["amount"], (int, float)) or isinstance(p["amount"], bool) or p["amount"] <= 0:
                errors.append(f"{where}: amount {p['amount']!r}")
            if p["currency"] not in CURRENCIES:
                errors.append(f"{where}: currency {p['currency']!r} not in the ISO 4217 list used here")
            if p["announced_by"] is not None and p["announced_by"] not in names:
                errors.append(f"{where}: announced_by {p['announced_by']!r} is not one of the officials")

    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print(json.dumps(counts, ensure_ascii=False))
    if words:
        print(f"words per text: min {min(words)}, max {max(words)}, mean {sum(words)/len(words):.0f}")
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
