#!/usr/bin/env python3
"""Checker for the heldout20 set (prefix sx).

Checks every NAME.txt / NAME.gold.json pair in the folder above this one:
keys and types, ISO dates, end_date >= date, ISO 3166-1 alpha-2 codes, org keys
(read from the ORGS dict of /work/shared/eval/score.py), ISO 4217 currencies,
names without a leading honorific, every name token present in the text,
announced_by among the officials, no meeting after publication, 80-450 words,
and no stray top-level files. Exit code 1 when anything is wrong.
"""
import ast
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.dirname(HERE)
SCORE = "/work/shared/eval/score.py"
PREFIX = "sx"

ISO3166 = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW
BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI
FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN
IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME
MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF
PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV
SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE
YT ZA ZM ZW
""".split())

ISO4217 = set("""
AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD CAD
CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ
GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR
LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN
PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL
THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XDR XOF XPF YER ZAR ZMW
ZWL
""".split())


def read_orgs_and_honorifics():
    """Read only the ORGS dict and the HONORIFICS set from score.py."""
    with open(SCORE, encoding="utf-8") as f:
        tree = ast.parse(f.read())
    orgs = hon = None
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            if node.targets[0].id == "ORGS":
                orgs = ast.literal_eval(node.value)
            elif node.targets[0].id == "HONORIFICS":
                hon = ast.literal_eval(node.value)
    return set(orgs), set(hon)


ORG_KEYS, HONORIFICS = read_orgs_and_honorifics()

DIAC = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
PUNCT = re.compile(r"[^\w\s]", re.UNICODE)


def norm(s):
    s = DIAC.sub("", s)
    s = s.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا").replace("ٱ", "ا")
    s = s.replace("ى", "ي").replace("ة", "ه").replace("ؤ", "و").replace("ئ", "ي")
    s = PUNCT.sub(" ", s)
    return s.lower()


def tokens(s):
    return norm(s).split()


MEETING_KEYS = {"date", "end_date", "country", "convened_by", "chairs", "participant_count", "part_of"}
OFFICIAL_KEYS = {"name", "country", "position", "speaker"}
PLEDGE_KEYS = {"donor", "amount", "currency", "announced_by"}


def iso_date(v):
    if not isinstance(v, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        return None
    try:
        return datetime.date.fromisoformat(v)
    except ValueError:
        return None


def actor_ok(v):
    if isinstance(v, str) and v.startswith("org:"):
        return v[4:] in ORG_KEYS
    return v in ISO3166


def check_pair(name, errs):
    e = lambda msg: errs.append("%s: %s" % (name, msg))
    with open(os.path.join(DIR, name + ".txt"), encoding="utf-8") as f:
        text = f.read()
    try:
        with open(os.path.join(DIR, name + ".gold.json"), encoding="utf-8") as f:
            gold = json.load(f)
    except Exception as ex:  # noqa
        e("gold unreadable: %s" % ex)
        return
    words = len(text.split())
    if not 80 <= words <= 450:
        e("text has %d words (80-450)" % words)
    text_tokens = set(tokens(text))

    if set(gold) != {"published", "meetings", "officials", "pledges"}:
        e("top-level keys %s" % sorted(gold))
        return
    pub = gold["published"]
    pub_d = None
    if pub is not None:
        pub_d = iso_date(pub)
        if pub_d is None:
            e("published not ISO: %r" % pub)
    for key in ("meetings", "officials", "pledges"):
        if not isinstance(gold[key], list):
            e("%s is not a list" % key)
            return

    for i, m in enumerate(gold["meetings"]):
        w = "meeting %d" % i
        if not isinstance(m, dict) or set(m) != MEETING_KEYS:
            e("%s keys %s" % (w, sorted(m) if isinstance(m, dict) else m))
            continue
        d = None
        if m["date"] is not None:
            d = iso_date(m["date"])
            if d is None:
                e("%s date not ISO" % w)
        if m["end_date"] is not None:
            ed = iso_date(m["end_date"])
            if ed is None:
                e("%s end_date not ISO" % w)
            elif d is None:
                e("%s end_date without date" % w)
            elif ed < d:
                e("%s end_date before date" % w)
        if d is not None and pub_d is not None and d > pub_d:
            e("%s after publication" % w)
        if m["country"] is not None and m["country"] not in ISO3166:
            e("%s country %r" % (w, m["country"]))
        if not isinstance(m["chairs"], list):
            e("%s chairs not a list" % w)
        else:
            for c in m["chairs"]:
                if not actor_ok(c):
                    e("%s chair %r" % (w, c))
            if len(set(m["chairs"])) != len(m["chairs"]):
                e("%s duplicate chairs" % w)
        pc = m["participant_count"]
        if pc is not None and (not isinstance(pc, int) or isinstance(pc, bool) or pc <= 0):
            e("%s participant_count %r" % (w, pc))
        for k in ("convened_by", "part_of"):
            if m[k] is not None and not isinstance(m[k], str):
                e("%s %s not str/null" % (w, k))

    official_names = []
    for i, o in enumerate(gold["officials"]):
        w = "official %d" % i
        if not isinstance(o, dict) or set(o) != OFFICIAL_KEYS:
            e("%s keys" % w)
            continue
        nm = o["name"]
        if not isinstance(nm, str) or not nm.strip():
            e("%s name empty" % w)
            continue
        official_names.append(nm)
        toks = tokens(nm)
        if toks and toks[0] in HONORIFICS:
            e("%s name starts with honorific: %s" % (w, nm))
        for t in toks:
            if t in HONORIFICS:
                e("%s name contains honorific token %r" % (w, t))
            if t not in text_tokens:
                e("%s name token %r not in text (%s)" % (w, t, nm))
        if o["country"] is not None and not actor_ok(o["country"]):
            e("%s country %r" % (w, o["country"]))
        if o["position"] is not None and not isinstance(o["position"], str):
            e("%s position type" % w)
        if not isinstance(o["speaker"], bool):
            e("%s speaker not bool" % w)
    if len(set(official_names)) != len(official_names):
        e("duplicate officials")

    for i, p in enumerate(gold["pledges"]):
        w = "pledge %d" % i
        if not isinstance(p, dict) or set(p) != PLEDGE_KEYS:
            e("%s keys" % w)
            continue
        if not actor_ok(p["donor"]):
            e("%s donor %r" % (w, p["donor"]))
        a = p["amount"]
        if not isinstance(a, int) or isinstance(a, bool) or a <= 0:
            e("%s amount %r" % (w, a))
        if p["currency"] not in ISO4217:
            e("%s currency %r" % (w, p["currency"]))
        if p["announced_by"] is not None and p["announced_by"] not in official_names:
            e("%s announced_by %r not among officials" % (w, p["announced_by"]))


def main():
    errs = []
    entries = sorted(os.listdir(DIR))
    allowed_dirs = {"_tools"}
    txts, golds = set(), set()
    for n in entries:
        path = os.path.join(DIR, n)
        if os.path.isdir(path):
            if n not in allowed_dirs:
                errs.append("stray directory: %s" % n)
            continue
        if n == "README.md":
            continue
        m = re.fullmatch(r"(%s(\d\d)_[a-z0-9_]+)\.(txt|gold\.json)" % PREFIX, n)
        if not m:
            errs.append("stray top-level file: %s" % n)
            continue
        (txts if m.group(3) == "txt" else golds).add(m.group(1))
    if "README.md" not in entries:
        errs.append("README.md missing")
    for n in sorted(txts ^ golds):
        errs.append("unpaired: %s" % n)
    nums = sorted(int(n[len(PREFIX):len(PREFIX) + 2]) for n in txts)
    if nums != list(range(1, 31)):
        errs.append("numbering is %s, want 01..30" % nums)
    for n in sorted(txts & golds):
        check_pair(n, errs)
    for x in errs:
        print("ERROR", x)
    print("%d pairs checked, %d errors" % (len(txts & golds), len(errs)))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
