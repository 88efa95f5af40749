#!/usr/bin/env python3
"""Validate every NAME.gold.json of the set against SCHEMA.md's rules.

    python _tools/check.py [SET_DIR]

Checks: file pairing and naming, top-level contents, exact keys, types, ISO dates
(end_date >= date), ISO 3166-1 alpha-2 codes, org:KEY against score.py's ORGS,
ISO 4217 currencies, names free of honorifics and present in the text, announced_by
among the officials, text length (80-300 words). Prints counts; exit 1 on any error.
"""
import ast
import datetime as dt
import json
import re
import sys
from pathlib import Path

SET = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent
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
USD EUR GBP SAR KWD AED QAR BHD OMR JPY CHF SEK NOK DKK CAD AUD NZD CNY TRY EGP JOD IQD LBP SYP
YER SDG MAD DZD TND LYD INR PKR KRW RUB BRL MXN ZAR ISK PLN CZK HUF RON BGN
""".split())
TOP = {"published", "meetings", "officials", "pledges"}
MEETING = {"date", "end_date", "country", "convened_by", "chairs", "participant_count", "part_of"}
OFFICIAL = {"name", "country", "position", "speaker"}
PLEDGE = {"donor", "amount", "currency", "announced_by"}
NAME_RE = re.compile(r"^mx(\d\d)_([a-z]+)_([a-z0-9]+)$")


def score_module():
    """ORGS, HONORIFICS and the norm/same_name helpers from score.py, without rdflib."""
    tree = ast.parse(SCORE.read_text(encoding="utf-8"))
    keep = [n for n in tree.body if (isinstance(n, ast.Assign) and any(
        isinstance(t, ast.Name) and t.id in {"ORGS", "_DIACRITICS", "_PUNCT", "HONORIFICS"}
        for t in n.targets)) or (isinstance(n, ast.FunctionDef) and n.name in
                                 {"norm", "name_tokens", "same_name"})]
    ns = {"re": re}
    exec(compile(ast.Module(body=keep, type_ignores=[]), str(SCORE), "exec"), ns)
    return ns


S = score_module()
ORG_KEYS = set(S["ORGS"])


def is_date(v):
    if not isinstance(v, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        return False
    try:
        dt.date.fromisoformat(v)
        return True
    except ValueError:
        return False


def agent_ok(v, allow_null=True):
    if v is None:
        return allow_null
    if isinstance(v, str) and v.startswith("org:"):
        return v[4:] in ORG_KEYS
    return v in ISO2


def check_one(name, text, gold, errs):
    def err(msg):
        errs.append(f"{name}: {msg}")

    m = NAME_RE.match(name)
    if not m:
        err("file name does not match mxNN_<form>_<event>")
    words = len(text.split())
    if not 80 <= words <= 300:
        err(f"{words} words, outside 80-300")
    if set(gold) != TOP:
        err(f"top keys {sorted(gold)}")
        return
    if gold["published"] is not None and not is_date(gold["published"]):
        err(f"published {gold['published']!r}")
    ntext = S["norm"](text)
    if not gold["meetings"]:
        err("no meeting")
    for i, mt in enumerate(gold["meetings"]):
        if set(mt) != MEETING:
            err(f"meeting {i} keys {sorted(mt)}")
            continue
        for k in ("date", "end_date"):
            if mt[k] is not None and not is_date(mt[k]):
                err(f"meeting {i} {k} {mt[k]!r}")
        if mt["end_date"] and (not mt["date"] or mt["end_date"] <= mt["date"]):
            err(f"meeting {i} end_date {mt['end_date']} not after date {mt['date']}")
        if mt["country"] is not None and mt["country"] not in ISO2:
            err(f"meeting {i} country {mt['country']!r}")
        if not isinstance(mt["chairs"], list) or len(set(mt["chairs"])) != len(mt["chairs"]):
            err(f"meeting {i} chairs not a list of distinct values")
        for c in mt["chairs"]:
            if not agent_ok(c, allow_null=False):
                err(f"meeting {i} chair {c!r}")
        pc = mt["participant_count"]
        if pc is not None and (not isinstance(pc, int) or isinstance(pc, bool) or pc <= 0):
            err(f"meeting {i} participant_count {pc!r}")
        for k in ("convened_by", "part_of"):
            if mt[k] is not None and not (isinstance(mt[k], str) and mt[k].isascii()):
                err(f"meeting {i} {k} must be English text or null")
    names = []
    for i, o in enumerate(gold["officials"]):
        if set(o) != OFFICIAL:
            err(f"official {i} keys {sorted(o)}")
            continue
        if not isinstance(o["name"], str) or not o["name"].strip():
            err(f"official {i} name")
            continue
        names.append(o["name"])
        toks = S["norm"](o["name"]).split()
        if toks and toks[0] in S["HONORIFICS"]:
            err(f"official {o['name']!r} starts with an honorific")
        if S["norm"](o["name"]) not in ntext:
            err(f"official {o['name']!r} not found in text")
        if not agent_ok(o["country"]):
            err(f"official {o['name']!r} country {o['country']!r}")
        if o["position"] is not None and not isinstance(o["position"], str):
            err(f"official {o['name']!r} position")
        if not isinstance(o["speaker"], bool):
            err(f"official {o['name']!r} speaker not bool")
    for a in range(len(names)):
        for b in range(a + 1, len(names)):
            if S["same_name"](names[a], names[b]):
                err(f"officials {names[a]!r} and {names[b]!r} would match each other")
    for i, p in enumerate(gold["pledges"]):
        if set(p) != PLEDGE:
            err(f"pledge {i} keys {sorted(p)}")
            continue
        if not agent_ok(p["donor"]):
            err(f"pledge {i} donor {p['donor']!r}")
        amt = p["amount"]
        if not isinstance(amt, (int, float)) or isinstance(amt, bool) or amt <= 0:
            err(f"pledge {i} amount {amt!r}")
        if p["currency"] not in CURRENCIES:
            err(f"pledge {i} currency {p['currency']!r}")
        by = p["announced_by"]
        if by is not None and not any(S["same_name"](n, by) for n in names):
            err(f"pledge {i} announced_by {by!r} is not among the officials")
    return words


def main():
    errs = []
    allowed = {"README.md", "_tools"}
    for f in SET.iterdir():
        if f.name in allowed or f.name.endswith(".gold.json") or f.suffix == ".txt":
            continue
        errs.append(f"unexpected top-level entry {f.name}")
    texts = sorted(SET.glob("*.txt"))
    golds = sorted(SET.glob("*.gold.json"))
    tnames = {t.stem for t in texts}
    gnames = {g.name.removesuffix(".gold.json") for g in golds}
    for n in sorted(tnames ^ gnames):
        errs.append(f"{n}: text and gold not paired")
    counts = dict(texts=0, meetings=0, dated=0, chairs=0, counts=0, officials=0,
                  speakers=0, pledges=0, latin_names=0, words=0)
    events = {}
    for t in texts:
        name = t.stem
        if name not in gnames:
            continue
        try:
            gold = json.loads((SET / f"{name}.gold.json").read_text(encoding="utf-8"))
        except json.JSONDecodeError as e:
            errs.append(f"{name}: bad JSON {e}")
            continue
        words = check_one(name, t.read_text(encoding="utf-8"), gold, errs)
        m = NAME_RE.match(name)
        if m:
            events.setdefault(m.group(3), []).append(name)
        counts["texts"] += 1
        counts["words"] += words or 0
        if set(gold) == TOP:
            counts["meetings"] += len(gold["meetings"])
            counts["dated"] += sum(mt.get("date") is not None for mt in gold["meetings"])
            counts["chairs"] += sum(len(mt.get("chairs", [])) for mt in gold["meetings"])
            counts["counts"] += sum(mt.get("participant_count") is not None
                                    for mt in gold["meetings"])
            counts["officials"] += len(gold["officials"])
            counts["speakers"] += sum(o.get("speaker") is True for o in gold["officials"])
            counts["latin_names"] += sum(str(o.get("name", "")).isascii() or
                                         not re.search("[\u0600-\u06ff]", str(o.get("name", "")))
                                         for o in gold["officials"])
            counts["pledges"] += len(gold["pledges"])
    for ev, names in sorted(events.items()):
        if len(names) != 3:
            errs.append(f"event {ev}: {len(names)} texts, expected 3")
    print(json.dumps(counts, ensure_ascii=False))
    print("events:", ", ".join(f"{k}={len(v)}" for k, v in sorted(events.items())))
    for e in errs:
        print("ERROR", e)
    print(f"{len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
