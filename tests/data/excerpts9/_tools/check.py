#!/usr/bin/env python3
"""Validate every NAME.gold.json in the set folder against SCHEMA.md and score.py's conventions.

    python3 _tools/check.py [FOLDER]       # default: the parent of _tools/

Checks: file pairs and names; exact keys and value types; ISO 3166-1 alpha-2 codes; org:KEY with keys
of ORGS in score.py (read with ast, so rdflib is not needed); ISO dates, end_date >= date; ISO 4217
currencies; positive amounts; names without honorifics (score.py's HONORIFICS after its norm());
every official's and announcer's name found in the text; announcers listed as officials; no
duplicate officials; text length 60-200 words (up to 215 with page noise) in 1-3 body paragraphs
(lines with 12+ words that contain letters). Prints counts; exit status 1 on any error.
"""
import ast
import datetime as dt
import json
import re
import sys
from pathlib import Path

SCORE = Path("/work/shared/eval/score.py")

ISO2 = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR
BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH
ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID
IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY
MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ
OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO
SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN
VU WF WS YE YT ZA ZM ZW""".split())
assert len(ISO2) == 249

ISO4217 = set("""AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP
BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD
GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP
LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN
PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS
TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL""".split())

TOP_KEYS = {"published", "meetings", "officials", "pledges"}
MEETING_KEYS = {"date", "end_date", "country", "convened_by", "chairs", "participant_count", "part_of"}
OFFICIAL_KEYS = {"name", "country", "position", "speaker"}
PLEDGE_KEYS = {"donor", "amount", "currency", "announced_by"}
NAME_RE = re.compile(r"^k\d\d_[a-z0-9-]+_[a-z0-9-]+$")


def load_score_bits():
    """ORGS keys, HONORIFICS and the norm() regexes from score.py, without importing rdflib."""
    tree = ast.parse(SCORE.read_text(encoding="utf-8"))
    found = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            if node.targets[0].id in ("ORGS", "HONORIFICS"):
                found[node.targets[0].id] = ast.literal_eval(node.value)
    return set(found["ORGS"]), set(found["HONORIFICS"])


ORG_KEYS, HONORIFICS = load_score_bits()
_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)


def norm(text):
    """Same normalisation as score.py's norm()."""
    text = _DIACRITICS.sub("", str(text))
    text = re.sub("[أإآٱ]", "ا", text).replace("ى", "ي").replace("ة", "ه")
    text = _PUNCT.sub(" ", text.lower())
    return " ".join(text.split())


def same_name(a, b):
    """score.py's matching rule on name tokens."""
    g = {t for t in norm(a).split() if t not in HONORIFICS}
    p = {t for t in norm(b).split() if t not in HONORIFICS}
    if not g or not p:
        return False
    shared = len(g & p)
    return shared >= min(2, len(g)) and shared / len(g | p) >= 0.5


def is_date(v):
    if not isinstance(v, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        return False
    try:
        dt.date.fromisoformat(v)
    except ValueError:
        return False
    return True


def agent_ok(v, allow_none):
    if v is None:
        return allow_none
    if isinstance(v, str) and v.startswith("org:"):
        return v[4:] in ORG_KEYS
    return isinstance(v, str) and v in ISO2


def check_pair(txt, gold_path, errors, warnings, counts):
    name = txt.stem
    err = lambda msg: errors.append(f"{name}: {msg}")  # noqa: E731
    if not NAME_RE.match(name):
        err("file name does not match kNN_<outlet>_<event>")
    text = txt.read_text(encoding="utf-8")
    words = len(text.split())
    if not 60 <= words <= 215:
        err(f"text has {words} words (want 60-200, a little more for saved page noise)")
    paragraphs = [ln for ln in text.splitlines()
                  if sum(bool(re.search(r"[^\W\d_]", t)) for t in ln.split()) >= 12]
    if not 1 <= len(paragraphs) <= 3:
        err(f"text has {len(paragraphs)} body paragraphs (want 1-3)")
    ntext = " " + norm(text) + " "
    try:
        g = json.loads(gold_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        err(f"bad JSON: {exc}")
        return
    if set(g) != TOP_KEYS:
        err(f"top-level keys {sorted(g)}")
        return
    pub = g["published"]
    if pub is not None and not is_date(pub):
        err(f"published {pub!r} is not an ISO date")
    for i, m in enumerate(g["meetings"]):
        where = f"meetings[{i}]"
        if not isinstance(m, dict) or set(m) != MEETING_KEYS:
            err(f"{where} keys {sorted(m) if isinstance(m, dict) else m}")
            continue
        for k in ("date", "end_date"):
            if m[k] is not None and not is_date(m[k]):
                err(f"{where}.{k} {m[k]!r} is not an ISO date")
        if m["end_date"] is not None and (m["date"] is None or m["end_date"] < m["date"]):
            err(f"{where} end_date without a date or before it")
        if is_date(m["date"]) and is_date(pub) and abs((dt.date.fromisoformat(m["date"]) - dt.date.fromisoformat(pub)).days) > 3 * 366:
            warnings.append(f"{name}: {where} date {m['date']} is far from published {pub} (check it)")
        if m["country"] is not None and m["country"] not in ISO2:
            err(f"{where}.country {m['country']!r}")
        if not isinstance(m["chairs"], list) or not all(agent_ok(c, False) for c in m["chairs"]):
            err(f"{where}.chairs {m['chairs']!r}")
        elif len(set(m["chairs"])) != len(m["chairs"]):
            err(f"{where}.chairs has duplicates")
        pc = m["participant_count"]
        if pc is not None and (not isinstance(pc, int) or isinstance(pc, bool) or pc <= 0):
            err(f"{where}.participant_count {pc!r}")
        for k in ("convened_by", "part_of"):
            if m[k] is not None and not (isinstance(m[k], str) and m[k].strip()):
                err(f"{where}.{k} {m[k]!r}")
        counts["meetings"] += 1
        counts["chairs"] += len(m["chairs"])
        counts["meetings with date null"] += m["date"] is None
        counts["participant counts"] += pc is not None
    names = []
    for i, o in enumerate(g["officials"]):
        where = f"officials[{i}]"
        if not isinstance(o, dict) or set(o) != OFFICIAL_KEYS:
            err(f"{where} keys")
            continue
        if not isinstance(o["name"], str) or not o["name"].strip():
            err(f"{where}.name empty")
            continue
        toks = norm(o["name"]).split()
        if toks and toks[0] in HONORIFICS:
            err(f"{where}.name starts with an honorific: {o['name']}")
        if any(f" {t} " not in ntext for t in toks):
            err(f"{where}.name {o['name']!r} not found in the text")
        if not agent_ok(o["country"], True):
            err(f"{where}.country {o['country']!r}")
        if not isinstance(o["position"], str) or not o["position"].strip():
            err(f"{where}.position empty")
        if not isinstance(o["speaker"], bool):
            err(f"{where}.speaker is not a boolean")
        if any(same_name(o["name"], n) for n in names):
            err(f"{where} duplicates an earlier official: {o['name']}")
        names.append(o["name"])
        counts["officials"] += 1
        counts["speakers"] += o["speaker"] is True
        counts["officials with country null"] += o["country"] is None
    for i, p in enumerate(g["pledges"]):
        where = f"pledges[{i}]"
        if not isinstance(p, dict) or set(p) != PLEDGE_KEYS:
            err(f"{where} keys")
            continue
        if not agent_ok(p["donor"], False):
            err(f"{where}.donor {p['donor']!r}")
        amt = p["amount"]
        if isinstance(amt, bool) or not isinstance(amt, (int, float)) or amt <= 0:
            err(f"{where}.amount {amt!r}")
        if p["currency"] not in ISO4217:
            err(f"{where}.currency {p['currency']!r}")
        by = p["announced_by"]
        if by is not None and not any(same_name(by, n) for n in names):
            err(f"{where}.announced_by {by!r} is not among the officials")
        counts["pledges"] += 1
        counts["currencies"].add(p["currency"])
    counts["texts"] += 1
    counts["published null"] += pub is None
    counts["words"].append(words)


def main():
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent
    errors, warnings = [], []
    counts = {k: 0 for k in ("texts", "published null", "meetings", "meetings with date null", "chairs",
                             "participant counts", "officials", "speakers", "officials with country null",
                             "pledges")}
    counts["currencies"], counts["words"] = set(), []
    txts = sorted(folder.glob("*.txt"))
    golds = {p.name[: -len(".gold.json")] for p in folder.glob("*.gold.json")}
    for stem in sorted(golds - {t.stem for t in txts}):
        errors.append(f"{stem}: gold file without a text")
    for txt in txts:
        gold = folder / f"{txt.stem}.gold.json"
        if not gold.exists():
            errors.append(f"{txt.stem}: text without a gold file")
            continue
        check_pair(txt, gold, errors, warnings, counts)
    words = counts.pop("words")
    counts["currencies"] = ", ".join(sorted(counts["currencies"]))
    for k, v in counts.items():
        print(f"{k:30} {v}")
    if words:
        print(f"{'words per text':30} min {min(words)}, max {max(words)}, mean {sum(words) / len(words):.0f}")
    for w in warnings:
        print("WARNING", w)
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
