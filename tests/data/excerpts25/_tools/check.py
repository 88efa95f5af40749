#!/usr/bin/env python3
"""Validate every NAME.gold.json beside NAME.txt in the set folder.

Checks: file layout and names, gold keys and types, ISO dates (and weekday-free sanity:
end_date >= date), ISO 3166-1 alpha-2 codes, org:KEY against score.py's ORGS, ISO 4217
currencies, names without honorifics and present in the text, announced_by among the
officials, no duplicate facts, word counts 40-250. Exit 1 on any error.

    python3 _tools/check.py [SET_DIR]
"""
import datetime as dt
import importlib.util
import json
import re
import sys
from pathlib import Path

SET = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent
SCORE = Path("/work/shared/eval/score.py")

spec = importlib.util.spec_from_file_location("score", SCORE)
score = importlib.util.module_from_spec(spec)
sys.modules["score"] = score
spec.loader.exec_module(score)  # needs rdflib, present on this machine

ISO2 = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS
BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE
EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM
HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW
SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO
TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
CURRENCIES = {"USD", "EUR", "GBP", "SAR", "KWD", "AED", "QAR", "JPY", "NOK", "SEK", "DKK",
              "CHF", "CAD", "AUD", "CNY", "TRY", "IQD", "BHD", "OMR", "EGP", "JOD"}
TOP_KEYS = ["published", "meetings", "officials", "pledges"]
MEETING_KEYS = ["date", "end_date", "country", "convened_by", "chairs", "participant_count",
                "part_of"]
OFFICIAL_KEYS = ["name", "country", "position", "speaker"]
PLEDGE_KEYS = ["donor", "amount", "currency", "announced_by"]
NAME_RE = re.compile(r"^ag\d\d_[a-z]+_[a-z0-9]+$")


def iso_date(v):
    try:
        return dt.date.fromisoformat(v) if isinstance(v, str) and len(v) == 10 else None
    except ValueError:
        return None


def agent_ok(v):
    if v is None:
        return True
    if isinstance(v, str) and v.startswith("org:"):
        return v[4:] in score.ORGS
    return v in ISO2


def check_file(gold_path, errors):
    stem = gold_path.name.removesuffix(".gold.json")
    err = lambda msg: errors.append(f"{stem}: {msg}")  # noqa: E731
    txt_path = gold_path.with_name(stem + ".txt")
    if not NAME_RE.match(stem):
        err("file name not ag<NN>_<form>_<event>")
    if not txt_path.exists():
        err("no .txt beside the gold file")
        return
    text = txt_path.read_text(encoding="utf-8")
    words = len(text.split())
    if not 40 <= words <= 250:
        err(f"{words} words, outside 40-250")
    text_tokens = set(score.norm(text).split())
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    if list(gold) != TOP_KEYS:
        err(f"top keys {list(gold)}")
        return
    pub = gold["published"]
    if pub is not None and iso_date(pub) is None:
        err(f"published {pub!r} not ISO")
    if not gold["meetings"]:
        err("no meeting")
    for i, m in enumerate(gold["meetings"]):
        if list(m) != MEETING_KEYS:
            err(f"meeting {i} keys {list(m)}")
            continue
        d, e = m["date"], m["end_date"]
        if d is not None and iso_date(d) is None:
            err(f"meeting {i} date {d!r}")
        if e is not None and (iso_date(e) is None or d is None or iso_date(e) <= iso_date(d)):
            err(f"meeting {i} end_date {e!r} not after date")
        if m["country"] is not None and m["country"] not in ISO2:
            err(f"meeting {i} country {m['country']!r}")
        if not isinstance(m["chairs"], list) or len(set(m["chairs"])) != len(m["chairs"]):
            err(f"meeting {i} chairs not a list of distinct keys")
        for c in m["chairs"]:
            if c is None or not agent_ok(c):
                err(f"meeting {i} chair {c!r}")
        pc = m["participant_count"]
        if pc is not None and (not isinstance(pc, int) or isinstance(pc, bool) or pc <= 0):
            err(f"meeting {i} participant_count {pc!r}")
        for k in ("convened_by", "part_of"):
            if m[k] is not None and not isinstance(m[k], str):
                err(f"meeting {i} {k} {m[k]!r}")
        if pub and d and iso_date(d) and iso_date(pub) and iso_date(d) > iso_date(pub) + dt.timedelta(days=1):
            err(f"meeting {i} date {d} later than the day after published {pub} (check)")
    names = []
    for i, o in enumerate(gold["officials"]):
        if list(o) != OFFICIAL_KEYS:
            err(f"official {i} keys {list(o)}")
            continue
        name = o["name"]
        if not isinstance(name, str) or not name.strip():
            err(f"official {i} empty name")
            continue
        toks = score.norm(name).split()
        if any(t in score.HONORIFICS for t in toks):
            err(f"official {name}: honorific in name")
        missing = [t for t in toks if t not in text_tokens]
        if missing:
            err(f"official {name}: tokens {missing} not in text")
        if not agent_ok(o["country"]):
            err(f"official {name}: country {o['country']!r}")
        if not isinstance(o["speaker"], bool):
            err(f"official {name}: speaker not bool")
        if o["position"] is not None and not isinstance(o["position"], str):
            err(f"official {name}: position type")
        for other in names:
            if score.same_name(other, name) or score.same_name(name, other):
                err(f"officials {other} / {name} would match each other")
        names.append(name)
    seen = set()
    for i, p in enumerate(gold["pledges"]):
        if list(p) != PLEDGE_KEYS:
            err(f"pledge {i} keys {list(p)}")
            continue
        if p["donor"] is None or not agent_ok(p["donor"]):
            err(f"pledge {i} donor {p['donor']!r}")
        a = p["amount"]
        if not isinstance(a, (int, float)) or isinstance(a, bool) or a <= 0:
            err(f"pledge {i} amount {a!r}")
        if p["currency"] not in CURRENCIES:
            err(f"pledge {i} currency {p['currency']!r}")
        if p["announced_by"] is not None and p["announced_by"] not in names:
            err(f"pledge {i} announced_by {p['announced_by']!r} not among officials")
        key = (p["donor"], p["currency"])
        if key in seen:
            err(f"pledge {i}: second pledge by {key} (check it is not a tranche)")
        seen.add(key)


def main():
    errors = []
    golds = sorted(SET.glob("*.gold.json"))
    txts = sorted(SET.glob("*.txt"))
    if len(golds) != len(txts):
        errors.append(f"{len(golds)} gold files vs {len(txts)} texts")
    for t in txts:
        if not t.with_name(t.name.removesuffix(".txt") + ".gold.json").exists():
            errors.append(f"{t.name}: no gold file")
    allowed = {"README.md", "_tools"}
    for p in SET.iterdir():
        if p.name not in allowed and not p.name.endswith((".txt", ".gold.json")):
            errors.append(f"unexpected top-level entry {p.name}")
    for g in golds:
        check_file(g, errors)
    totals = {"texts": len(golds), "meetings": 0, "chairs": 0, "officials": 0, "pledges": 0,
              "participant_counts": 0}
    for g in golds:
        d = json.loads(g.read_text(encoding="utf-8"))
        totals["meetings"] += len(d["meetings"])
        totals["chairs"] += sum(len(m["chairs"]) for m in d["meetings"])
        totals["officials"] += len(d["officials"])
        totals["pledges"] += len(d["pledges"])
        totals["participant_counts"] += sum(m["participant_count"] is not None for m in d["meetings"])
    for e in errors:
        print("ERROR", e)
    print(json.dumps(totals))
    print(f"{len(golds) - len({e.split(':')[0] for e in errors})} passed, "
          f"{len({e.split(':')[0] for e in errors})} failed")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
