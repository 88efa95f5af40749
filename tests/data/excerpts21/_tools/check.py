#!/usr/bin/env python3
"""Validate every gold file in the folder above: keys, types, ISO codes, ORGS keys, dates,
names (plain spelling, present in the text), pledges, and the folder layout.

    python3 _tools/check.py        # exit 1 on any error
"""
import ast
import json
import re
import sys
import unicodedata
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCORE = Path("/work/shared/eval/score.py")

ISO2 = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR
BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER
ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL
IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD
ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF
PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX
SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA
ZM ZW""".split())
CURRENCIES = set("""USD EUR GBP SAR KWD AED QAR BHD OMR JOD EGP JPY CHF SEK NOK DKK CAD AUD NZD CNY TRY IQD
LBP SDG MAD DZD TND LYD YER SYP INR PKR KRW RUB""".split())

TOP_KEYS = {"published", "meetings", "officials", "pledges"}
MEETING_KEYS = {"date", "end_date", "country", "convened_by", "chairs", "participant_count", "part_of"}
OFFICIAL_KEYS = {"name", "country", "position", "speaker"}
PLEDGE_KEYS = {"donor", "amount", "currency", "announced_by"}
NAME_RE = re.compile(r"^f\d\d_[a-z0-9]+_[a-z0-9]+$")
BAD_CHARS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u0640\u200c\u200d\u00a0\u06cc\u06a9\ufb50-\ufdff\ufe70-\ufeff]")


def load_score_bits():
    tree = ast.parse(SCORE.read_text(encoding="utf-8"))
    orgs = honor = None
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            if node.targets[0].id == "ORGS":
                orgs = set(ast.literal_eval(node.value))
            if node.targets[0].id == "HONORIFICS":
                honor = set(ast.literal_eval(node.value))
    return orgs, honor


ORG_KEYS, HONORIFICS = load_score_bits()


def plain(text: str) -> str:
    """Text as a reader sees it: presentation forms folded, marks and tatweel dropped, standard letters."""
    text = unicodedata.normalize("NFKC", text)
    text = re.sub("[\u0610-\u061a\u064b-\u065f\u0670\u0640\u200c\u200d]", "", text)
    text = text.replace("\u00a0", " ").replace("ی", "ي").replace("ک", "ك")
    text = re.sub("[أإآٱ]", "ا", text).replace("ى", "ي").replace("ة", "ه")
    text = re.sub(r"[^\w\s]", " ", text.lower())
    return " ".join(text.split())


def agent_ok(code):
    if code is None:
        return True
    if isinstance(code, str) and code.startswith("org:"):
        return code[4:] in ORG_KEYS
    return code in ISO2


def iso_date(v):
    if v is None:
        return None
    if not isinstance(v, str) or not re.fullmatch(r"\d{4}-\d\d-\d\d", v):
        raise ValueError(f"bad date {v!r}")
    return date.fromisoformat(v)


def check_one(txt: Path, gold_path: Path) -> list:
    errs = []
    e = errs.append
    text = txt.read_text(encoding="utf-8")
    words = len(text.split())
    if not 80 <= words <= 450:
        e(f"{words} words (want 80-450)")
    try:
        g = json.loads(gold_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        return [f"bad JSON: {exc}"]
    if set(g) != TOP_KEYS:
        e(f"top keys {sorted(g)}")
        return errs
    pub = None
    try:
        pub = iso_date(g["published"])
    except ValueError as exc:
        e(f"published: {exc}")
    if not g["meetings"]:
        e("no meeting")
    for i, m in enumerate(g["meetings"]):
        if set(m) != MEETING_KEYS:
            e(f"meeting {i} keys {sorted(m)}")
            continue
        try:
            d, end = iso_date(m["date"]), iso_date(m["end_date"])
            if end and (not d or end < d):
                e(f"meeting {i}: end_date before date")
            if d and pub and d > pub:
                e(f"meeting {i}: date after published")
        except ValueError as exc:
            e(f"meeting {i}: {exc}")
        if m["country"] is not None and m["country"] not in ISO2:
            e(f"meeting {i}: country {m['country']!r}")
        if not isinstance(m["chairs"], list) or len(set(m["chairs"])) != len(m["chairs"]):
            e(f"meeting {i}: chairs must be a list without repeats")
        for c in m["chairs"]:
            if c is None or not agent_ok(c):
                e(f"meeting {i}: chair {c!r}")
        pc = m["participant_count"]
        if pc is not None and (not isinstance(pc, int) or isinstance(pc, bool) or pc <= 0):
            e(f"meeting {i}: participant_count {pc!r}")
        for k in ("convened_by", "part_of"):
            if m[k] is not None and not isinstance(m[k], str):
                e(f"meeting {i}: {k} must be a string or null")
    ptext = plain(text)
    names = set()
    for i, o in enumerate(g["officials"]):
        if set(o) != OFFICIAL_KEYS:
            e(f"official {i} keys {sorted(o)}")
            continue
        name = o["name"]
        if not isinstance(name, str) or not name.strip():
            e(f"official {i}: empty name")
            continue
        if name in names:
            e(f"official {i}: duplicate {name}")
        names.add(name)
        if BAD_CHARS.search(name):
            e(f"official {name}: tatweel/diacritics/Persian letters/invisible characters in gold name")
        first = plain(name).split()[0]
        if first in HONORIFICS or first in {"الفريق", "معالي", "سمو"}:
            e(f"official {name}: starts with an honorific")
        for tok in plain(name).split():
            if not re.search(rf"(?<!\w){re.escape(tok)}(?!\w)", ptext):
                e(f"official {name}: token {tok!r} not in text")
        if not agent_ok(o["country"]):
            e(f"official {name}: country {o['country']!r}")
        if not isinstance(o["speaker"], bool):
            e(f"official {name}: speaker must be true/false")
        if o["position"] is not None and not isinstance(o["position"], str):
            e(f"official {name}: position must be a string or null")
    for i, p in enumerate(g["pledges"]):
        if set(p) != PLEDGE_KEYS:
            e(f"pledge {i} keys {sorted(p)}")
            continue
        if p["donor"] is None or not agent_ok(p["donor"]):
            e(f"pledge {i}: donor {p['donor']!r}")
        a = p["amount"]
        if isinstance(a, bool) or not isinstance(a, (int, float)) or a <= 0:
            e(f"pledge {i}: amount {a!r}")
        if p["currency"] not in CURRENCIES:
            e(f"pledge {i}: currency {p['currency']!r}")
        if p["announced_by"] is not None and p["announced_by"] not in names:
            e(f"pledge {i}: announced_by {p['announced_by']!r} is not among the officials")
    keys = [(p.get("donor"), p.get("amount"), p.get("currency")) for p in g["pledges"]]
    if len(keys) != len(set(keys)):
        e("duplicate pledge")
    return errs


def main() -> int:
    problems = 0
    top = sorted(ROOT.iterdir())
    for path in top:
        if path.name in {"README.md", "_tools"}:
            continue
        stem = path.name.removesuffix(".gold.json").removesuffix(".txt")
        if not (path.name.endswith(".txt") or path.name.endswith(".gold.json")) or not NAME_RE.match(stem):
            print(f"layout: unexpected top-level entry {path.name}")
            problems += 1
    txts = sorted(ROOT.glob("*.txt"))
    counts = {"texts": 0, "meetings": 0, "chairs": 0, "officials": 0, "speakers": 0, "pledges": 0,
              "participant_counts": 0, "published": 0}
    for txt in txts:
        gold = txt.with_name(txt.name.removesuffix(".txt") + ".gold.json")
        if not gold.exists():
            print(f"{txt.name}: no gold file")
            problems += 1
            continue
        errs = check_one(txt, gold)
        for msg in errs:
            print(f"{txt.name}: {msg}")
        problems += len(errs)
        g = json.loads(gold.read_text(encoding="utf-8"))
        counts["texts"] += 1
        counts["meetings"] += len(g["meetings"])
        counts["chairs"] += sum(len(m["chairs"]) for m in g["meetings"])
        counts["participant_counts"] += sum(m["participant_count"] is not None for m in g["meetings"])
        counts["officials"] += len(g["officials"])
        counts["speakers"] += sum(o["speaker"] for o in g["officials"])
        counts["pledges"] += len(g["pledges"])
        counts["published"] += g["published"] is not None
    for gold in ROOT.glob("*.gold.json"):
        if not gold.with_name(gold.name.removesuffix(".gold.json") + ".txt").exists():
            print(f"{gold.name}: no text file")
            problems += 1
    print(json.dumps(counts))
    print(f"{problems} problem(s) in {len(txts)} texts")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
