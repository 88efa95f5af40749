"""Synthetic Arabic counter-terrorism news, for benchmarking ctkg.

Build speed, memory and query speed have to be measured on corpora far larger
than the bundled examples, and real news can neither be shipped nor fetched.
This module writes any number of articles shaped like the ones the pipeline is
made for:

* the outlets' own conventions: KUNA datelines without a year ("الكويت - 13 - 2
  (كونا) --"), newspaper byline blocks, MENA copy with Egyptian spelling
  ("القاهرة فى 4 مايو /أ ش أ/"), SPA datelines with the Hijri date ("الموافق"),
  MAP copy with Moroccan months ("شتنبر", "(ومع)"), Levantine months ("شباط
  (فبراير)") and agency round-ups;
* meetings of coalitions, working groups, forums and intergovernmental bodies
  on a day given as "اليوم"/"أمس"/a date (the weekday always matches), in a
  city or over video, with chairs, participant counts and earlier meetings;
* officials with an office, a nationality adjective in the right gender and a
  made-up name (later mentioned by surname), honorifics and military ranks;
* pledges in about 40% of articles, in the number words and currencies the news
  uses, sometimes beside totals that are not pledges;
* about one article in ten of plain security news with no meeting or pledge;
* now and then Arabic-Indic digits, tatweel, tanween or no hamza at all.

States, cities and bodies come from the project's lexicons (read with PyYAML;
only ``kg.lexicon.LEXICON_DIR`` is taken from ``kg``), so the extractor meets
the names it knows; people's names are drawn from the lists below. Hijri dates
are Umm al-Qura, from hijridate, the converter the project itself depends on.

Output is deterministic: article *i* of seed *s* is drawn from its own
``random.Random(s * 1_000_003 + i)``, so a seed always gives byte-identical
output and any article can be made on its own.

    python benchmarks/corpus.py 100000 /tmp/corpus           # a000001.txt ...
    python benchmarks/corpus.py 100000 /tmp/corpus --jsonl   # corpus.jsonl
    python benchmarks/corpus.py 2000 /tmp/corpus --reports 14 # each event in ~14 articles
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml
from hijridate import Gregorian

from kg.lexicon import LEXICON_DIR

FIRST_DAY = dt.date(2014, 1, 1)
LAST_DAY = dt.date(2024, 12, 31)
MIN_CHARS, MAX_CHARS = 600, 2000
MIN_SENTENCES, MAX_SENTENCES = 4, 10

# ------------------------------------------------------------------ calendar

WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
          "أكتوبر", "نوفمبر", "ديسمبر"]
LEVANT_MONTHS = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
                 "تشرين الأول", "تشرين الثاني", "كانون الأول"]
MOROCCAN_MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر",
                   "أكتوبر", "نونبر", "دجنبر"]
HIJRI_MONTHS = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب",
                "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"]
ORDINALS = ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن",
            "التاسع", "العاشر", "الحادي عشر", "الثاني عشر", "الثالث عشر", "الرابع عشر"]
UNITS = {3: "ثلاثة", 4: "أربعة", 5: "خمسة", 6: "ستة", 7: "سبعة", 8: "ثمانية", 9: "تسعة", 10: "عشرة"}
TENS = {20: "عشرين", 30: "ثلاثين", 40: "أربعين", 50: "خمسين", 60: "ستين", 70: "سبعين",
        80: "ثمانين"}


# ------------------------------------------------------------------ lexicons

def _yaml(name: str):
    with open(LEXICON_DIR / f"{name}.yaml", encoding="utf-8") as f:
        return yaml.safe_load(f)


def _arabic(s: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in s)


def _feminine(name: str) -> bool:
    """Grammatical gender of a body's name, from its head noun (المجموعة, منظمة, الأمم)."""
    head = name.split()[0]
    return head.endswith("ة") or head == "الأمم"


def _li(phrase: str) -> str:
    """The preposition ل glued on: للتحالف, لمجموعة."""
    return "لل" + phrase[2:] if phrase.startswith("ال") else "ل" + phrase


def _bi(phrase: str) -> str:
    """The preposition ب glued on, with the kashida newspapers put before digits: بـ400."""
    return ("بـ" if phrase[0].isdigit() else "ب") + phrase


# States whose verbs are masculine ("تعهد العراق", not "تعهدت").
MASCULINE_STATES = {"IQ", "MA", "JO", "SD", "LB", "YE", "SO", "SN", "CM", "GA"}
FORMAL_PREFIXES = ("دولة ", "جمهورية ", "مملكة ", "المملكة ", "الجمهورية ", "سلطنة ",
                   "الولايات المتحدة ")


@dataclass(frozen=True)
class Country:
    id: str
    name: str  # تركيا
    formal: str  # جمهورية تركيا; the plain name where there is no such form
    adj: str  # masculine indefinite nisba: تركي
    capital: str
    capital_ambiguous: bool  # عمان, مسقط: only safe after في or العاصمة
    cities: tuple[str, ...]  # other cities, none of them ambiguous
    fem: bool  # verbs agree in the feminine: تعهدت ألمانيا

    def adjective(self, fem: bool = False, definite: bool = True) -> str:
        """الأمريكي / الأمريكية; each word of كوري جنوبي agrees, جنوب أفريقي is one nisba."""
        words = [self.adj] if self.adj.startswith("جنوب ") else self.adj.split()
        return " ".join(("ال" if definite else "") + w + ("ة" if fem else "") for w in words)


def _load_countries() -> dict[str, Country]:
    cities = _yaml("cities")
    by_id = {c["id"]: c for c in cities}
    others: dict[str, list[str]] = {}
    for c in cities:
        if not c.get("capital") and not c.get("ambiguous"):
            others.setdefault(c["country"], []).append(c["ar"])
    out = {}
    for e in _yaml("countries"):
        cap = by_id.get(e.get("capital"))
        if not e.get("adjectives") or cap is None:
            continue
        formal = next((n for n in e.get("names", ()) if n.startswith(FORMAL_PREFIXES)), e["ar"])
        out[e["id"]] = Country(e["id"], e["ar"], formal, e["adjectives"][0], cap["ar"],
                               bool(cap.get("ambiguous")), tuple(others.get(e["id"], ())),
                               e["id"] not in MASCULINE_STATES)
    return out


@dataclass(frozen=True)
class Body:
    """A convener: coalition, working group, forum or intergovernmental body."""

    id: str
    kind: str
    names: tuple[str, ...]  # the preferred name thrice, then the other Arabic names
    generic: str  # التحالف, المجموعة: a later mention
    founded: int | None
    parent: str | None


CONVENER_KINDS = {"coalition": 6, "working_group": 3, "forum": 2, "intergovernmental": 1}
CONVENER_WEIGHTS = {"COALITION": 30, "IMCTC": 12, "GCTF": 10}
# Events or bodies that do not convene counter-terrorism meetings of their own.
NOT_CONVENERS = {"MSC", "MANAMA-DIALOGUE", "AQABA-PROCESS", "CHRISTCHURCH-CALL", "UN-CT-COMPACT",
                 "COALITION-COMMS-CELL", "STRONG-CITIES", "IIFA", "ICESCO", "AIMC-DRUGS",
                 "AIMC-CIVIL-PROTECTION", "G20", "SADC"}


def _load_bodies() -> tuple[dict[str, Body], list[Body], list[float]]:
    bodies: dict[str, Body] = {}
    weights = []
    for e in _yaml("organisations"):
        if e.get("kind") not in CONVENER_KINDS or e["id"] in NOT_CONVENERS:
            continue
        names = (e["ar"],) * 3 + tuple(n for n in e.get("names", ()) if _arabic(n))
        head = e["ar"].split()[0]
        generic = (e.get("generic") or [head if head.startswith("ال") else "ال" + head])[0]
        bodies[e["id"]] = Body(e["id"], e["kind"], names, generic, e.get("founded"), e.get("parent"))
        weights.append(CONVENER_WEIGHTS.get(e["id"], CONVENER_KINDS[e["kind"]]))
    conveners = list(bodies.values())
    cum, total = [], 0.0
    for w in weights:
        total += w
        cum.append(total)
    return bodies, conveners, cum


COUNTRIES = _load_countries()
ALL_COUNTRIES = sorted(COUNTRIES.values(), key=lambda c: c.id)
BODIES, CONVENERS, CONVENER_CUM = _load_bodies()
# Bodies founded late in a year meet from then on; others from the year after their founding.
FIRST_MEETING = {"COALITION": dt.date(2014, 9, 10), "IMCTC": dt.date(2015, 12, 15)}
VIRTUAL_FROM = dt.date(2020, 3, 15)  # meetings by video link from the pandemic on

# States that chair, host, pledge and speak most in this news; the rest appear now and then.
CORE = ["US", "SA", "KW", "AE", "QA", "BH", "OM", "IQ", "JO", "EG", "MA", "TR", "FR", "GB", "DE",
        "IT", "NL", "ES", "BE", "CA", "AU", "DK", "NO", "SE", "NE", "NG", "TN", "DZ", "LB", "PK",
        "MY", "ID", "JP", "KR", "NZ", "PL", "AT", "CH", "MR", "TD", "ML", "BF", "SN", "LY", "SO",
        "GR", "PT", "FI", "IE", "CZ", "HU", "RO"]
HOSTS = ["US", "SA", "KW", "IT", "FR", "GB", "BE", "MA", "EG", "TR", "JO", "QA", "AE", "NE", "DE",
         "NL", "IQ", "ES", "BH", "DK", "CA", "TN", "NG", "OM"]
DONORS = ["US", "SA", "KW", "AE", "QA", "DE", "GB", "FR", "IT", "NL", "JP", "CA", "NO", "DK", "SE",
          "AU", "BE", "ES", "KR", "TR", "CH", "AT", "FI", "IE"]
# Donors that pledge in billions.
BIG_DONORS = {"US", "SA", "KW", "AE", "QA", "DE", "GB", "JP", "TR"}
# Where security news in this corpus happens.
TROUBLED = ["IQ", "SY", "EG", "NG", "NE", "ML", "BF", "SO", "AF", "PK", "FR", "BE", "DE", "TR", "MA",
            "TN", "DZ", "SA", "KW", "JO", "LY", "YE", "MZ", "PH", "ID", "GB", "ES", "TD", "KE"]
# Fixed co-chairs of standing groups (GCTF by period).
STANDING_CHAIRS = {"COALITION-FTF-WG": ("KW", "TR", "NL"), "COALITION-CIFG": ("SA", "IT", "US"),
                   "COALITION-STAB-WG": ("DE", "AE", "US"), "COALITION-COMMS-WG": ("GB", "AE", "US"),
                   "COALITION-AFG": ("MA", "NE", "IT", "US")}
GCTF_CHAIRS = [(2015, ("US", "TR")), (2019, ("MA", "NL")), (2024, ("MA", "CA"))]
COALITION_MEMBERS = {2014: 60, 2015: 65, 2016: 68, 2017: 72, 2018: 75, 2019: 81, 2020: 83,
                     2021: 83, 2022: 85, 2023: 86, 2024: 87}

# ------------------------------------------------------------------ people

ARAB_MEN = ["محمد", "أحمد", "عبدالله", "خالد", "فيصل", "سعود", "ناصر", "سالم", "عادل", "فهد",
            "سلطان", "حمد", "جاسم", "يوسف", "إبراهيم", "علي", "حسن", "حسين", "عمر", "طارق",
            "سامح", "أيمن", "وليد", "مازن", "نبيل", "هشام", "ماجد", "عبدالرحمن", "عبدالعزيز",
            "مشعل", "بدر", "ثامر", "منصور", "رياض", "فؤاد", "نزار", "ياسر", "زياد", "رامي",
            "باسم", "مصطفى", "محمود", "عصام", "جمال", "صباح", "نايف", "تركي", "عبدالإله"]
ARAB_WOMEN = ["فاطمة", "مريم", "نورة", "هند", "ريم", "لبنى", "أمل", "سلمى", "رانيا", "منى",
              "دانة", "لمياء", "نجلاء", "هالة"]
ARAB_FAMILIES = ["المطيري", "العتيبي", "الحربي", "الشمري", "الخالدي", "الصالح", "العبدالله",
                 "السالم", "الكندري", "العنزي", "الدوسري", "القحطاني", "الزهراني", "الغامدي",
                 "المري", "الكعبي", "النعيمي", "الهاشمي", "الجبوري", "الساعدي", "الربيعي",
                 "العبيدي", "الخطيب", "الأيوبي", "الحسيني", "المشعان", "الخضر", "الذوادي",
                 "الصفدي", "النجار", "حداد", "منصور", "أبو زيد", "عبد الحميد", "البدوي", "شكري",
                 "فهمي", "عثمان", "درويش", "سليمان", "يعقوب", "الجراح", "الفلاسي", "الحمادي"]
MAGHREB_FAMILIES = ["بنعلي", "بنكيران", "العلمي", "الإدريسي", "الفاسي", "التازي", "بوزيد",
                    "بلحاج", "بن عمر", "الشقوري", "بوعزة", "المنصوري", "الودغيري", "بن سالم",
                    "العماري", "لعمامرة", "الجرندي", "ولد الشيخ"]
# Ruling families: honorific, family, and whether the name runs "X بن Y".
ROYALS = {"KW": ("الشيخ", "الصباح", False), "QA": ("الشيخ", "آل ثاني", True),
          "AE": ("الشيخ", "آل نهيان", True), "BH": ("الشيخ", "آل خليفة", True),
          "SA": ("الأمير", "", True)}


@dataclass(frozen=True)
class NamePool:
    men: tuple[str, ...]
    women: tuple[str, ...]
    families: tuple[str, ...]
    women_share: float


ARAB = NamePool(tuple(ARAB_MEN), tuple(ARAB_WOMEN), tuple(ARAB_FAMILIES), 0.08)
WESTERN = NamePool(
    ("جون", "ريكس", "أنتوني", "مايك", "لوران", "جان إيف", "لويجي", "يوهان", "هايكو", "توبياس",
     "بوريس", "دومينيك", "مارك", "ستيفان", "بيتر", "هانس", "كارلوس", "أندرياس", "توماس", "ديفيد",
     "ميشال", "فرانك", "غيدو", "ينس", "جوزيب", "باولو", "ماتيو", "سيباستيان", "فيليب", "راسموس"),
    ("ميلاني", "هيلاري", "كاثرين", "آنالينا", "كاترين", "ماريا", "صوفي", "إليزابيث", "أورسولا",
     "آن", "كريستينا", "إيلينا", "سارة", "ليندا", "هيلين"),
    ("بلينكن", "دي مايو", "فابيوس", "لو دريان", "شتاينماير", "ليندنر", "جونسون", "هانت", "كوبر",
     "كارلسون", "فان دير بيرغ", "بيترسن", "دوبوا", "مارتان", "روسي", "غارسيا", "مولر", "شميت",
     "كوخ", "ويليامز", "أندرسون", "كولونا", "تاجاني", "ألبارس", "فولكر", "غلاسر", "راسكين",
     "ستولتنبرغ", "بوريل", "فرايز", "لوتسما", "هولم", "يانسن", "دي فريس", "نيلسن", "فيشر",
     "بيانكي", "مورينو", "ماكدونالد", "أوكونور"), 0.25)
TURKIC_ASIAN = NamePool(
    ("مولود", "هاكان", "أحمد", "مراد", "كمال", "فاتح", "شاه محمود", "عمران", "خرم", "بلاول",
     "حامد", "جواد", "رضا", "عبد الرشيد", "إلهام", "رستم"),
    ("رتنو", "هينا", "شيرين", "زهرة", "آيسل"),
    ("تشاووش أوغلو", "يلماز", "دمير", "قايا", "أوزتورك", "شاهين", "أرسلان", "قريشي", "خان",
     "دستغير", "بوتو", "أميري", "هاشمي", "رحمن", "مارسودي", "علييف"), 0.1)
AFRICAN = NamePool(
    ("محمدو", "عيسى", "موسى", "حسومي", "أبو بكر", "آدمو", "جبريل", "إدريسا", "عثمان", "باكاري",
     "أمادو", "سيدو"),
    ("أميناتا", "عائشة", "ماريام", "فاتوماتا"),
    ("تراوري", "ديالو", "كوليبالي", "مسعودو", "باري", "سيسي", "كوناتي", "ديكو", "أونيما",
     "كامارا", "سانغاري", "ويدراوغو", "مايغا"), 0.1)
EAST_ASIAN = NamePool(
    ("يوشيماسا", "تارو", "هيروشي", "وانغ", "كانغ", "جين", "سونغ", "تاكيشي"),
    ("يوكو", "كيونغ", "مي"),
    ("هاياشي", "كونو", "سوزوكي", "تشانغ", "لي", "كيم", "بارك", "ليو", "تاناكا"), 0.1)
MAGHREB = {"MA", "DZ", "TN", "MR", "LY"}
ARAB_STATES = {"SA", "KW", "AE", "QA", "BH", "OM", "YE", "IQ", "JO", "SY", "LB", "PS", "EG", "SD",
               "SO", "DJ", "KM"} | MAGHREB
TURKIC_ASIAN_STATES = {"TR", "AZ", "PK", "AF", "IR", "BD", "ID", "MY", "UZ", "KZ", "KG", "TJ", "TM",
                       "BN", "MV"}
AFRICAN_STATES = {"NE", "NG", "ML", "TD", "BF", "SN", "CM", "KE", "ET", "UG", "CI", "GH", "BJ", "TG",
                  "GN", "SL", "LR", "GM", "GW", "TZ", "RW", "BI", "CD", "CG", "CF", "GA", "GQ", "AO",
                  "MZ", "ZW", "ZM", "MW", "NA", "BW", "ZA", "LS", "SZ", "MG", "ER", "SS", "CV"}
EAST_ASIAN_STATES = {"JP", "CN", "KR", "KP", "TW", "SG", "PH", "VN", "TH", "KH", "LA", "MM", "MN"}


def _pool(cid: str) -> NamePool:
    if cid in ARAB_STATES:
        return ARAB
    if cid in TURKIC_ASIAN_STATES:
        return TURKIC_ASIAN
    if cid in AFRICAN_STATES:
        return AFRICAN
    return EAST_ASIAN if cid in EAST_ASIAN_STATES else WESTERN


@dataclass(frozen=True)
class Office:
    """A post; the nationality adjective goes between head and tail."""

    head: str
    tail: str
    fem_head: str | None  # None: only men hold it in this corpus
    fem_tail: str
    agree: str  # the adjective agrees with: p = the person, m / f = a fixed noun
    short: str  # a later mention: الوزير الكويتي
    fem_short: str


OFFICES = {
    "fm": Office("وزير الخارجية", "", "وزيرة الخارجية", "", "p", "الوزير", "الوزيرة"),
    "dm": Office("وزير الدفاع", "", "وزيرة الدفاع", "", "p", "الوزير", "الوزيرة"),
    "im": Office("وزير الداخلية", "", "وزيرة الداخلية", "", "p", "الوزير", "الوزيرة"),
    "jm": Office("وزير العدل", "", "وزيرة العدل", "", "p", "الوزير", "الوزيرة"),
    "pm": Office("رئيس الوزراء", "", "رئيسة الوزراء", "", "p", "رئيس الوزراء", "رئيسة الوزراء"),
    "sm": Office("وزير الدولة للشؤون الخارجية", "", "وزيرة الدولة للشؤون الخارجية", "", "p",
                 "الوزير", "الوزيرة"),
    "dfm": Office("نائب وزير الخارجية", "", "نائبة وزير الخارجية", "", "p", "المسؤول", "المسؤولة"),
    "asst": Office("مساعد وزير الخارجية", "لشؤون مكافحة الإرهاب", "مساعدة وزير الخارجية",
                   "لشؤون مكافحة الإرهاب", "p", "المسؤول", "المسؤولة"),
    "envoy": Office("المبعوث", "الخاص لشؤون مكافحة الإرهاب", "المبعوثة",
                    "الخاصة لشؤون مكافحة الإرهاب", "p", "المبعوث", "المبعوثة"),
    "ctdir": Office("مدير إدارة مكافحة الإرهاب بوزارة الخارجية", "",
                    "مديرة إدارة مكافحة الإرهاب بوزارة الخارجية", "", "f", "المسؤول", "المسؤولة"),
    "cos": Office("رئيس هيئة الأركان العامة للجيش", "", None, "", "m", "رئيس الأركان", ""),
    "spokes": Office("المتحدث باسم وزارة الداخلية", "", "المتحدثة باسم وزارة الداخلية", "", "f",
                     "المتحدث", "المتحدثة"),
}
# Posts of international bodies, and whose names their holders carry.
BODY_POSTS = [("الأمين العام لحلف شمال الأطلسي", WESTERN),
              ("الأمين العام لجامعة الدول العربية", ARAB),
              ("الأمين العام لمجلس التعاون لدول الخليج العربية", ARAB),
              ("الأمين العام لمنظمة التعاون الإسلامي", ARAB),
              ("الأمين العام لمجلس وزراء الداخلية العرب", ARAB),
              ("الأمين العام المساعد لجامعة الدول العربية", ARAB),
              ("الممثل الأعلى للسياسة الخارجية والأمنية في الاتحاد الأوروبي", WESTERN),
              ("وكيل الأمين العام للأمم المتحدة لشؤون مكافحة الإرهاب", WESTERN),
              ("المدير التنفيذي لمديرية مكافحة الإرهاب التابعة لمجلس الأمن", WESTERN),
              ("مفوض السلم والأمن في الاتحاد الأفريقي", AFRICAN)]


@dataclass(frozen=True)
class Person:
    name: str  # as first written, with any honorific
    short: str  # later mentions: الصباح, بوريطة, الفريق الخضر
    fem: bool
    country: Country | None
    office: str  # وزير الخارجية الكويتي
    office_short: str  # الوزير الكويتي

    @property
    def full(self) -> str:
        return f"{self.office} {self.name}"

    def g(self, masc: str, fem: str) -> str:
        return fem if self.fem else masc

    @property
    def country_word(self) -> str:
        return self.g("بلاده", "بلادها")


# ------------------------------------------------------------------ phrase pools

CLAIMS = [
    "التنظيم هزم على الأرض لكنه لم يقتلع من جذوره بعد",
    "الإرهاب لا يزال يشكل تهديدا عابرا للحدود يستدعي ردا جماعيا منسقا",
    "أي دولة لا تستطيع بمفردها مواجهة التهديد الذي يمثله الإرهاب",
    "المجتمع الدولي مطالب بمضاعفة جهوده لتجفيف منابع تمويل الجماعات الإرهابية",
    "استقرار المنطقة يتطلب معالجة الأسباب الجذرية للتطرف إلى جانب الحلول الأمنية",
    "ملف المقاتلين الإرهابيين الأجانب يمثل تحديا قانونيا وأمنيا لا يحتمل التأجيل",
    "المخيمات في شمال شرق سوريا باتت بيئة خصبة لتجنيد جيل جديد من المتطرفين",
    "الجماعات الإرهابية تسعى إلى استغلال الفراغ الأمني في منطقة الساحل",
    "تبادل المعلومات في الوقت المناسب هو حجر الزاوية في أي جهد ناجح لمكافحة الإرهاب",
    "الجماعات المتطرفة تستغل منصات التواصل الاجتماعي لنشر دعايتها واستقطاب الشباب",
    "الفكر المتطرف لا يهزم بالسلاح وحده بل بمواجهة فكرية وإعلامية شاملة",
    "المناطق المحررة بحاجة إلى دعم عاجل لإعادة الخدمات الأساسية وتأمين عودة النازحين",
    "الإرهاب لا دين له ولا وطن ولا يمكن ربطه بأي ثقافة أو حضارة",
    "التنسيق العسكري والأمني بين الدول الأعضاء بلغ مستويات غير مسبوقة",
    "فروع التنظيم في أفريقيا باتت مصدر القلق الأكبر للمجتمع الدولي",
    "إعادة الرعايا المحتجزين إلى بلدانهم ومحاكمتهم مسؤولية لا يمكن التنصل منها",
    "الظروف الأمنية البالغة الدقة التي يمر بها العالم تحتم التكاتف والعمل الجماعي",
    "التحديات الملحة الأخرى لا ينبغي أن تصرف الأنظار عن المسؤولية المشتركة في مكافحة الإرهاب",
]
OWN_CLAIMS = [  # {b}: بلاده / بلادها
    "{b} ستواصل العمل مع شركائها لمنع عودة التنظيمات المتطرفة",
    "{b} كانت من أوائل الدول التي انضمت إلى الجهود الدولية لمكافحة الإرهاب",
    "{b} ستحافظ على وجودها العسكري في المنطقة بالتنسيق مع الحكومات المعنية",
    "{b} تدعم كل المبادرات الرامية إلى تعزيز قدرات الدول الشريكة في مواجهة التطرف",
]
AIMS = [  # after على / إلى / بـ
    "أهمية التعاون الدولي الفعال وتبادل المعلومات",
    "ضرورة تجفيف منابع تمويل الإرهاب",
    "مواصلة دعم جهود تحقيق الاستقرار في المناطق المحررة",
    "تعزيز أمن الحدود ومنع تنقل المقاتلين الإرهابيين الأجانب",
    "مضاعفة الجهود لمواجهة الدعاية المتطرفة على الإنترنت",
    "إعادة تأهيل العائدين ودمجهم في مجتمعاتهم",
    "دعم قدرات الدول الأفريقية في التصدي للجماعات الإرهابية",
    "معالجة التطرف داخل السجون",
    "حماية الأدلة المستخلصة من ساحات القتال والاستفادة منها في المحاكمات",
    "توحيد الجهود الدولية لاقتلاع الإرهاب من جذوره",
    "احترام حقوق الإنسان وسيادة القانون في جهود مكافحة الإرهاب",
    "وضع خطط عاجلة للقضاء على التنظيمات الإرهابية",
]
TOPICS = [
    "آخر التطورات الميدانية في العراق وسوريا",
    "الاتجاهات الجديدة في سفر المقاتلين الإرهابيين الأجانب",
    "الوضع الإنساني والأمني في مخيمات الاحتجاز",
    "سبل مكافحة تمويل الإرهاب وتعقب الشبكات المالية للتنظيم",
    "تمدد فروع التنظيم في غرب أفريقيا ومنطقة الساحل",
    "جهود إعادة الإعمار وتحقيق الاستقرار في المناطق المحررة",
    "مواجهة الرسائل الإعلامية للجماعات المتطرفة",
    "التهديد المتزايد الذي تشكله الطائرات المسيرة",
    "آليات تبادل المعلومات بين الأجهزة الأمنية",
    "ملاحقة المسؤولين عن الجرائم الإرهابية ومساءلتهم",
    "إعادة الرعايا من مخيمي الهول وروج",
    "أوضاع التنظيم في أفغانستان ووسط آسيا",
    "الاستخدام الإرهابي للعملات المشفرة",
    "حماية المواقع الأثرية من النهب والاتجار غير المشروع",
]
CONTEXT = [  # background that names no one
    "ويأتي انعقاد الاجتماع في وقت تشير فيه تقارير أممية إلى أن التنظيم لا يزال يحتفظ بآلاف المقاتلين "
    "في العراق وسوريا.",
    "وشهدت الأشهر الماضية تصاعدا في هجمات فروع التنظيم في منطقة الساحل وحوض بحيرة تشاد وشمال موزمبيق.",
    "وتشير تقديرات الأمم المتحدة إلى أن نحو عشرة آلاف من عناصر التنظيم ما زالوا محتجزين في مراكز "
    "احتجاز شمال شرقي سوريا.",
    "وعقدت على هامش الاجتماع لقاءات ثنائية بين عدد من الوزراء المشاركين لبحث سبل تعزيز التعاون الأمني.",
    "وأقر المشاركون في ختام أعمالهم خطة عمل للعام المقبل تتضمن مبادرات لبناء القدرات وتبادل الخبرات.",
    "وجرت أعمال الاجتماع وسط إجراءات أمنية مشددة، وخصص يومه الأول لجلسات مغلقة على مستوى الخبراء.",
]
PURPOSES = [
    "لدعم جهود تحقيق الاستقرار في المناطق المحررة من التنظيم",
    "لمشاريع إعادة الإعمار في العراق",
    "مساعدات إنسانية للنازحين السوريين داخل بلادهم وفي دول الجوار",
    "لدعم برامج مكافحة التطرف في منطقة الساحل",
    "لصندوق تمويل الاستقرار التابع لبرنامج الأمم المتحدة الإنمائي",
    "لتعزيز قدرات الدول الأفريقية في مكافحة الإرهاب",
    "لدعم عمليات إزالة الألغام ومخلفات الحرب",
    "على مدى السنوات الثلاث المقبلة",
    "لتأهيل العائدين من مناطق النزاع وإعادة إدماجهم",
]
GROUPS = {"NG": ["جماعة بوكو حرام", "تنظيم ولاية غرب أفريقيا"], "NE": ["جماعة بوكو حرام"],
          "TD": ["جماعة بوكو حرام"], "ML": ["جماعة نصرة الإسلام والمسلمين"],
          "BF": ["جماعة نصرة الإسلام والمسلمين"], "SO": ["حركة الشباب"], "KE": ["حركة الشباب"],
          "DZ": ["تنظيم القاعدة في بلاد المغرب الإسلامي"], "YE": ["تنظيم القاعدة في جزيرة العرب"],
          "AF": ["تنظيم داعش خراسان"], "PK": ["حركة طالبان باكستان"]}
DEFAULT_GROUPS = ["تنظيم داعش", "تنظيم الدولة الإسلامية", "تنظيم القاعدة", "تنظيم «داعش»"]
QUOTES = ["هزيمة داعش تبقى في صدارة أولوياتنا", "سنلاحق الإرهاب حتى يختفي من وجه الأرض",
          "التنظيم هزم على الأرض ولم يقتلع من جذوره", "لا دولة تستطيع مواجهة الإرهاب بمفردها",
          "تجفيف منابع التمويل أولوية قصوى", "المقاتلون الأجانب تحد لا يحتمل التأجيل",
          "الساحل جبهة جديدة في الحرب على الإرهاب", "مخيمات الاحتجاز قنبلة موقوتة",
          "الإرهاب لا دين له ولا وطن"]

# ------------------------------------------------------------------ outlets


@dataclass(frozen=True)
class Outlet:
    key: str  # kuna | spa | mena | map | wire | byline | levant
    home: str  # where its copy is filed from when the meeting is elsewhere or online
    source: str  # the outlet, for the JSON Lines metadata
    months: str  # msa | levant | slash | maghreb


NEWSPAPERS = [("الشرق الأوسط", "لندن"), ("الحياة", "لندن"), ("القبس", "الكويت"),
              ("الرياض", "الرياض"), ("الخليج", "الشارقة"), ("الاتحاد", "أبوظبي"),
              ("الراي", "الكويت"), ("البيان", "دبي"), ("الشرق", "الدوحة"), ("الأيام", "المنامة")]
LEVANT_PAPERS = [("الحياة", "بيروت"), ("النهار", "بيروت"), ("الدستور", "بيروت"),
                 ("الأخبار", "بيروت"), ("المدى", "بغداد")]
OUTLET_WEIGHTS = [("kuna", 20), ("byline", 25), ("levant", 10), ("mena", 12), ("spa", 10),
                  ("map", 10), ("wire", 13)]
LETTERS = "أبتثجحخدذرزسشصضطظعغفقكلمنهوي"


def _outlet(rng: random.Random) -> Outlet:
    key = rng.choices([k for k, _ in OUTLET_WEIGHTS], [w for _, w in OUTLET_WEIGHTS])[0]
    if key == "byline":
        paper, home = rng.choice(NEWSPAPERS)
        return Outlet(key, home, paper, rng.choice(["msa", "msa", "msa", "slash"]))
    if key == "levant":
        paper, home = rng.choice(LEVANT_PAPERS)
        return Outlet(key, home, paper, "levant")
    home, source, months = {"kuna": ("الكويت", "كونا", "msa"), "spa": ("الرياض", "واس", "msa"),
                            "mena": ("القاهرة", "أ ش أ", "msa"), "map": ("الرباط", "ومع", "maghreb"),
                            "wire": ("باريس", "وكالات", "msa")}[key]
    return Outlet(key, home, source, months)


# ------------------------------------------------------------------ the article writer


@dataclass(frozen=True)
class Article:
    name: str
    text: str
    published: dt.date
    source: str


class _Writer:
    """Everything one article needs: its random stream, outlet, date and people."""

    def __init__(self, rng: random.Random, outlet: Outlet, pub: dt.date):
        self.rng = rng
        self.outlet = outlet
        self.pub = pub
        self.people: dict[str, Person] = {}  # country id -> the official already in the article
        self.named: set[str] = set()  # people already introduced with office and full name

    # ---- small helpers

    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def country(self, pool: list[str] = CORE, anywhere: float = 0.1) -> Country:
        if self.chance(anywhere):
            return self.pick(ALL_COUNTRIES)
        return COUNTRIES[self.pick(pool)]

    def month_name(self, d: dt.date) -> str:
        m = d.month - 1
        return {"levant": f"{LEVANT_MONTHS[m]} ({MONTHS[m]})", "slash": f"{MONTHS[m]}/{LEVANT_MONTHS[m]}",
                "maghreb": MOROCCAN_MONTHS[m]}.get(self.outlet.months, MONTHS[m])

    def date(self, d: dt.date, year: bool = True) -> str:
        return f"{d.day} {self.month_name(d)} {d.year}" if year else f"{d.day} {self.month_name(d)}"

    def where(self, country: Country, city: str) -> str:
        """في العاصمة التركية أنقرة / في جدة / بنيويورك."""
        if city == country.capital and city != country.name and self.chance(0.5):
            return f"في العاصمة {country.adjective(fem=True)} {city}"
        if self.outlet.key in ("map", "mena") and self.chance(0.5):
            return "ب" + city
        return f"في {city}"

    # ---- people

    def name(self, pool: NamePool, cid: str, fem: bool) -> tuple[str, str]:
        """A made-up name and its later short form (the family name)."""
        first = self.pick(pool.women if fem else pool.men)
        if pool is not ARAB:
            family = self.pick(pool.families)
            return f"{first} {family}", family
        family = self.pick(MAGHREB_FAMILIES if cid in MAGHREB else ARAB_FAMILIES)
        r = self.rng.random()
        if r < 0.15:
            return f"{first} بن {self.pick(ARAB_MEN)} {family}", family
        if r < 0.4:
            return f"{first} {self.pick(ARAB_MEN)} {family}", family
        return f"{first} {family}", family

    def official(self, country: Country, office: str = "fm") -> Person:
        """An official of a state: office, nationality adjective, name, maybe an honorific."""
        post = OFFICES[office]
        pool = _pool(country.id)
        if country.id in ROYALS and office in ("fm", "dm", "im", "pm") and self.chance(0.5):
            fem = False
            title, family, bin_style = ROYALS[country.id]
            first, father = self.pick(ARAB_MEN), self.pick(ARAB_MEN)
            if bin_style:
                short = f"{title} {first} بن {father}"
                name = f"{short} {family}" if family else short
            else:
                short = f"{title} {first} ال{father}"
                name = f"{short} {family}"
        else:
            fem = post.fem_head is not None and self.chance(pool.women_share)
            name, short = self.name(pool, country.id, fem)
            honorific = ""
            if office == "cos":
                honorific = self.pick(["الفريق الركن", "الفريق أول", "اللواء الركن", "الفريق"]
                                      if pool is ARAB else ["الجنرال", "الجنرال", "الأدميرال"])
                short = f"{honorific.split()[0]} {short}"
            elif office in ("asst", "ctdir", "envoy") and self.chance(0.35):
                honorific = "السفيرة" if fem else "السفير"
            elif self.chance(0.04):
                honorific = "الدكتورة" if fem else "الدكتور"
            if self.outlet.key == "map" and not honorific:
                honorific = "السيدة" if fem else "السيد"
                short = f"{honorific} {short}"
            if honorific:
                name = f"{honorific} {name}"
        head, tail = (post.fem_head, post.fem_tail) if fem else (post.head, post.tail)
        adj_fem = fem if post.agree == "p" else post.agree == "f"
        title = " ".join(filter(None, [head, country.adjective(fem=adj_fem), tail]))
        if self.outlet.key == "spa" and office != "cos" and self.chance(0.3):
            title = "معالي " + title
        short_office = f"{post.fem_short if fem else post.short} {country.adjective(fem=fem)}"
        return Person(name, short, fem, country, title, short_office)

    def person_of(self, country: Country, office: str = "fm") -> Person:
        """The official of this state already in the article, else a new one."""
        if country.id not in self.people:
            self.people[country.id] = self.official(country, office)
        return self.people[country.id]

    def ref(self, p: Person) -> str:
        """Office and full name the first time, then surname or office alone."""
        if p.name in self.named:
            return self.pick([p.short, p.short, p.office_short])
        self.named.add(p.name)
        return p.full

    def body_official(self) -> Person:
        post, pool = self.pick(BODY_POSTS)
        fem = self.chance(pool.women_share)
        name, short = self.name(pool, "", fem)
        return Person(name, short, fem, None, post, "المسؤول الدولي")

    # ---- numbers and money

    def count(self, n: int, one: str, few: str) -> str:
        """45 دولة, 5 دول: the noun after a number written in digits."""
        return f"{n} {few if 3 <= n % 100 <= 10 else one}"

    def millions(self, m: int) -> str:
        if m == 2:
            return "مليوني"
        if m <= 10:
            return f"{UNITS[m]} ملايين" if self.chance(0.4) else f"{m} ملايين"
        return f"{m} مليون"

    def amount(self, donor: Country | None) -> str:
        """A pledged sum with its currency, in one of the ways the news writes it."""
        r = self.rng.random()
        if r < 0.55:
            figure = self.millions(self.pick([2, 3, 5, 7, 10, 12, 15, 20, 25, 30, 40, 50, 60, 75,
                                              100, 120, 150, 200, 250, 300, 436, 500]))
        elif r < 0.75:
            figure = self.pick(["نصف مليار", "مليار", "ملياري", "مليار ونصف المليار", "1.5 مليار",
                                "2.5 مليار", "مئة مليون", "مئتي مليون", "1.2 مليار"])
        elif donor is None or donor.id in BIG_DONORS:
            n = self.rng.randint(3, 10)
            figure = f"{UNITS[n]} مليارات" if self.chance(0.5) else f"{n} مليارات"
        else:
            figure = self.millions(self.pick([4, 6, 8, 18, 35, 45, 80]))
        prefix = self.pick(["", "", "", "", "أكثر من ", "نحو ", "حوالي "])
        return f"{prefix}{figure} {self.currency(donor)}"

    def currency(self, donor: Country | None) -> str:
        own = {"KW": "دينار كويتي", "SA": "ريال سعودي", "AE": "درهم إماراتي", "QA": "ريال قطري",
               "GB": "جنيه إسترليني", "NO": "كرونة نرويجية", "DK": "كرونة دنماركية",
               "SE": "كرونة سويدية", "CA": "دولار كندي", "AU": "دولار أسترالي",
               "CH": "فرنك سويسري"}
        euro = {"DE", "FR", "IT", "NL", "BE", "ES", "AT", "FI", "IE", "PT", "GR"}
        if donor is None:
            return "يورو" if self.chance(0.5) else "دولار"
        if donor.id in euro and self.chance(0.6):
            return "يورو"
        if donor.id in own and self.chance(0.35):
            return own[donor.id]
        return "دولار أمريكي" if self.chance(0.15) else "دولار"

    def total(self) -> str:
        if self.chance(0.5):
            n = self.rng.randint(2, 30)
            figure = "ملياري" if n == 2 else f"{n} {'مليارات' if n <= 10 else 'مليار'}"
        else:
            figure = f"{self.rng.randrange(600, 1000, 10)} مليون"
        return f"{figure} دولار"

    # ---- days

    def when(self, allow_future: bool = True) -> tuple[str, dt.date, bool]:
        """A day phrase, the date it names and whether it lies ahead."""
        pub, r = self.pub, self.rng.random()
        if r < 0.45:
            return f"اليوم {WEEKDAYS[pub.weekday()]}", pub, False
        if r < 0.75:
            d = pub - dt.timedelta(days=1)
            return f"أمس {WEEKDAYS[d.weekday()]}", d, False
        if r < 0.88 or not allow_future:
            d = pub - dt.timedelta(days=self.rng.randint(2, 6))
            return self.pick([f"يوم {WEEKDAYS[d.weekday()]} الماضي", f"في {self.date(d, year=False)}",
                              f"يوم {WEEKDAYS[d.weekday()]} {self.date(d)}"]), d, False
        d = pub + dt.timedelta(days=self.rng.randint(1, 6))
        if d == pub + dt.timedelta(days=1):
            return f"غدا {WEEKDAYS[d.weekday()]}", d, True
        return self.pick([f"يوم {WEEKDAYS[d.weekday()]} المقبل", f"في {self.date(d, year=False)}"]), d, True

    def span(self, start: dt.date, days: int) -> str:
        """في الفترة من 12 إلى 14 مايو / من 30 أبريل إلى 2 مايو."""
        end = start + dt.timedelta(days=days - 1)
        if start.month == end.month:
            return f"في الفترة من {start.day} إلى {end.day} {self.month_name(end)}"
        return f"في الفترة من {self.date(start, year=False)} إلى {self.date(end, year=False)}"

    # ================================================================ meeting news

    def meeting(self) -> tuple[str, list[tuple[str, bool]], str]:
        """Headline, body sentences (text, required?) and dateline city of a meeting report."""
        rng = self.rng
        when, day, future = self.when()
        if not future and day != self.pub and self.chance(0.25):
            days = rng.randint(2, 3)
            day = min(day, self.pub - dt.timedelta(days=days - 1))
            when = self.span(day, days)
        body = self.convener(day)
        year = day.year
        org = self.pick(body.names)
        if body.parent == "COALITION" and "تحالف" not in org:
            org += " المنبثقة عن " + self.pick(BODIES["COALITION"].names)
        if self.outlet.key == "kuna" and org.endswith("الدولة الإسلامية"):
            org += " (داعش)"
        fem = _feminine(org)
        gen, gen_fem = body.generic, _feminine(body.generic)
        host = COUNTRIES[self.pick(HOSTS)] if self.chance(0.85) else self.country()
        city = host.capital if not host.cities or self.chance(0.8) else self.pick(host.cities)
        virtual = day >= VIRTUAL_FROM and self.chance(0.15)
        where = self.pick(["عبر الاتصال المرئي", "عبر تقنية الاتصال المرئي", "افتراضيا"]) if virtual \
            else self.where(host, city)

        mod = self.pick(MEETING_MODIFIERS[body.kind])
        r = rng.random()
        if r < 0.2:
            mod += " " + self.pick(ORDINALS)
        elif r < 0.3:
            mod += f" الـ{rng.randint(11, 40)}"
        elif r < 0.4 and mod == "السنوي":
            mod += f" لعام {year}"
        the_mtg = f"الاجتماع {mod} {_li(org)}"
        own_mtg = f"{'اجتماعها' if fem else 'اجتماعه'} {mod}"

        chair_states = [COUNTRIES[c] for c in self.chairs(body, host, year)]
        chairs_inline, chair_sentence = self.chair_phrases(body, chair_states, future)
        part_inline, part_sentence = self.participation(body, year, future)
        tail = chairs_inline + part_inline
        dur = "" if when.startswith("في الفترة") else self.pick(
            ["", "", "", "، الذي يستمر يومين", "، الذي يستمر ثلاثة أيام", " على مدى يومين"])
        if future:
            options = [f"تنطلق {when} {where} أعمال {the_mtg}{dur}{tail}.",
                       f"{'تعقد' if fem else 'يعقد'} {org} {when} {where} {own_mtg}{dur}{tail}."]
            if not virtual:
                options.append(f"{'تستضيف' if host.fem else 'يستضيف'} {host.name} {when} {the_mtg}{dur}{tail}.")
        else:
            options = [f"انطلقت {when} {where} أعمال {the_mtg}{dur}{tail}.",
                       f"عقد{'ت' if fem else ''} {org} {own_mtg} {when} {where}{tail}.",
                       f"اختتمت {when} {where} أعمال {the_mtg}{self.pick(['', '، الذي استمر يومين'])}{tail}."]
            if not virtual and city != host.capital:
                options.append(f"احتضنت مدينة {city} {when} أعمال {the_mtg}{tail}.")
            elif not virtual:
                options.append(f"{'استضافت' if host.fem else 'استضاف'} {host.name} {when} {the_mtg}{tail}.")
                if city != host.name:
                    options.append(f"احتضنت العاصمة {host.adjective(fem=True)} {city} {when} أعمال {the_mtg}{tail}.")
        lead = self.pick(options)
        if self.outlet.key == "mena" and lead.startswith("انطلقت"):
            lead = ("بدأت صباح" if when.startswith("اليوم") else "بدأت") + lead[len("انطلقت"):]

        parts: list[tuple[str, bool]] = [(lead, True)]
        if chair_sentence:
            parts.append((chair_sentence, True))
        if part_sentence:
            parts.append((part_sentence, False))
        speakers = self.speakers(host, chair_states, virtual)
        talk = [(self.speech(speakers[0], True, future), True), (self.follow_up(speakers[0]), False)]
        if len(speakers) > 1:
            talk.append((self.speech(speakers[1], False, future), False))
        if self.chance(0.3):
            talk.append((self.attendance(future), False))
        if not future:
            talk.append((self.pick(CONTEXT), False))
        topics = [(t, False) for t in self.topics(future)]
        parts += topics[:1] + talk + topics[1:] if self.chance(0.4) else talk + topics
        pledge = ""
        if not future and self.chance(0.5):
            sentences, pledge = self.pledges()
            parts += [(s, True) for s in sentences]
            if self.chance(0.4):
                parts.append((self.pledge_total(), False))
        earliest = max(FIRST_DAY, self.founding(body))
        if (day - earliest).days > 90 and self.chance(0.35):
            parts.append((self.past_meeting(gen, gen_fem, day, earliest), False))
        parts.append((self.background(body, org, gen, gen_fem, year), False))

        dateline = self.outlet.home if virtual or host.capital_ambiguous and city == host.capital else city
        return self.meeting_headline(body, city, virtual, speakers[0], pledge), parts, dateline

    def convener(self, day: dt.date) -> Body:
        """A body weighted by how often it meets in this news, and already in being on that day."""
        while True:
            body = self.rng.choices(CONVENERS, cum_weights=CONVENER_CUM)[0]
            if self.founding(body) <= day:
                return body

    def founding(self, body: Body) -> dt.date:
        """The first day the body can meet: its own founding, or its parent's."""
        if body.id in FIRST_MEETING:
            return FIRST_MEETING[body.id]
        if body.founded:
            return dt.date(body.founded + 1, 1, 1)
        return self.founding(BODIES[body.parent]) if body.parent in BODIES else FIRST_DAY

    def chairs(self, body: Body, host: Country, year: int) -> list[str]:
        if body.id in STANDING_CHAIRS:
            return list(STANDING_CHAIRS[body.id])
        if body.id == "GCTF":
            return list(next(c for last, c in GCTF_CHAIRS if year <= last))
        if body.kind == "intergovernmental" and self.chance(0.7):
            return [host.id]
        others = [c for c in self.rng.sample(CORE, 4) if c != host.id]
        return [host.id] + others[:self.rng.randint(1, 2)]

    def chair_phrases(self, body: Body, states: list[Country], future: bool) -> tuple[str, str]:
        """Chairs inside the lead (", برئاسة مشتركة من ...") or as a sentence of their own."""
        r = self.rng.random()
        if len(states) > 1 and r < 0.35:
            names = [c.formal if self.chance(0.6) else c.name for c in states]
            return self.pick([f"، برئاسة مشتركة من {' و'.join(names)}",
                              f"، برئاسة مشتركة بين {' و'.join(names)}",
                              f"، تحت الرئاسة المشتركة {_li(names[0])} و{' و'.join(names[1:])}"]), ""
        if len(states) > 1 and r < 0.5:
            a, b = self.person_of(states[0]), self.person_of(states[1])
            self.named.add(b.name)
            return (f"، برئاسة مشتركة بين {self.ref(a)} و{b.g('نظيره', 'نظيرته')} "
                    f"{b.country.adjective(fem=b.fem)} {b.name}"), ""
        if r < 0.7:
            p = self.person_of(states[0])
            who = self.ref(p)
            if future:
                return "", f"و{p.g('يترأس', 'تترأس')} الاجتماع {who}."
            opened = p.g("افتتحه بكلمة رحب", "افتتحته بكلمة رحبت")
            return "", self.pick([f"وترأس{p.g('', 'ت')} الاجتماع {who}.",
                                  f"وترأس{p.g('', 'ت')} {who} الاجتماع، الذي {opened} فيها بالوفود المشاركة."])
        if len(states) > 1 and r < 0.85 and body.kind in ("working_group", "forum"):
            first, gen = states[0], body.generic
            return "", self.pick([
                f"و{'تتولى' if first.fem else 'يتولى'} {first.name} رئاسة {gen} بالاشتراك مع "
                f"{' و'.join(c.name for c in states[1:])}.",
                f"ويترأس {gen} كل من {' و'.join(c.name for c in states)}."])
        if r < 0.92:
            return f"، برئاسة {states[0].formal}", ""
        return "", ""

    def participation(self, body: Body, year: int, future: bool) -> tuple[str, str]:
        """How many took part: inside the lead or as a sentence of their own."""
        rng = self.rng
        if body.id == "COALITION":
            n = rng.randint(25, COALITION_MEMBERS[year])
        else:
            low, high = {"coalition": (20, 42), "working_group": (20, 60), "forum": (15, 40)}.get(body.kind, (10, 60))
            n = rng.randint(low, high)
        m = rng.randint(3, 14)
        states = self.count(n, "دولة", "دول")
        orgs = self.count(m, "منظمة", "منظمات")
        over = f"أكثر من {TENS[n // 10 * 10]}" if n >= 20 and self.chance(0.3) else f"أكثر من {n}"
        if self.chance(0.55):
            return self.pick([f"، بمشاركة {self.count(n, 'دولة ومنظمة', 'دول ومنظمات')}",
                              f"، بمشاركة {over} دولة",
                              f"، بمشاركة ممثلين عن {states} و{orgs} دولية وإقليمية",
                              f"، بحضور وفود {states}",
                              f" بمشاركة {n} من الدول والمنظمات الدولية"]), ""
        if future:
            return "", f"ويشارك في الاجتماع وزراء وكبار مسؤولين من {self.count(n, 'دولة ومنظمة', 'دول ومنظمات')}."
        reps = rng.randrange(60, 300, 10)
        return "", self.pick([
            f"وشارك في الاجتماع نحو {reps} ممثلا عن {over} دولة و{orgs} دولية وإقليمية.",
            f"وشارك في الاجتماع وزراء وكبار مسؤولين من {self.count(n, 'دولة ومنظمة', 'دول ومنظمات')}، "
            "إلى جانب ممثلين عن المجتمع المدني.",
            f"وضم الاجتماع ممثلي {states}، إلى جانب مراقبين من {orgs} إقليمية."])

    def speakers(self, host: Country, chairs: list[Country], virtual: bool) -> list[Person]:
        first = chairs[0] if virtual or self.chance(0.5) else host
        office = "fm" if self.chance(0.6) else self.pick(["dm", "im", "sm", "asst", "cos", "pm", "ctdir", "jm"])
        out = [self.person_of(first, office)]
        second = self.pick([c for c in chairs if c.id != first.id] or ALL_COUNTRIES)
        if second.id != first.id:
            out.append(self.person_of(second, self.pick(["fm", "fm", "envoy", "dfm", "dm"])))
        return out

    def speech(self, p: Person, first: bool, future: bool) -> str:
        speech, claim, who = p.g("كلمته", "كلمتها"), self.claim(p), self.ref(p)
        if future and first:
            return f"و{p.g('قال', 'قالت')} {who} في تصريحات عشية الاجتماع إن {claim}."
        if future:
            return (f"ومن المقرر أن {p.g('يلقي', 'تلقي')} {who} كلمة في الجلسة الافتتاحية "
                    f"{p.g('يتناول', 'تتناول')} فيها {self.pick(TOPICS)}.")
        if first:
            if self.chance(0.35):
                claim += f"، {p.g('مشيرا', 'مشيرة')} إلى أن {self.claim(p)}"
            return self.pick([
                f"و{p.g('قال', 'قالت')} {who} في {speech} الافتتاحية إن {claim}.",
                f"و{p.g('أكد', 'أكدت')} {who} في {speech} أن {claim}، {p.g('مشددا', 'مشددة')} على "
                f"{self.pick(AIMS)}.",
                f"و{p.g('ألقى', 'ألقت')} {who} الكلمة الرئيسية في الاجتماع، {p.g('مؤكدا', 'مؤكدة')} أن {claim}.",
                f"وفي {speech} أمام المشاركين، {p.g('أوضح', 'أوضحت')} {who} أن {claim}."])
        return self.pick([
            f"من {p.g('جانبه', 'جانبها')}، {p.g('أكد', 'أكدت')} {who} أن {claim}.",
            f"و{p.g('دعا', 'دعت')} {who} في {speech} إلى {self.pick(AIMS)}، {p.g('معتبرا', 'معتبرة')} أن {claim}.",
            f"أما {who} {p.g('فنبه', 'فنبهت')} إلى أن {claim}."])

    def claim(self, p: Person) -> str:
        return self.pick(OWN_CLAIMS).format(b=p.country_word) if self.chance(0.3) else self.pick(CLAIMS)

    def follow_up(self, p: Person) -> str:
        """A second remark, naming the speaker by surname or by office only."""
        return self.pick([
            f"و{p.g('أضاف', 'أضافت')} {p.short} أن {self.claim(p)}.",
            f"و{p.g('دعا', 'دعت')} {p.short} إلى {self.pick(AIMS)}.",
            f"و{p.g('أشار', 'أشارت')} {p.office_short} إلى أن {self.claim(p)}.",
            f"و{p.g('جدد', 'جددت')} {p.office_short} التزام {p.country_word} بمواصلة العمل ضمن الجهود الدولية "
            "بالنهج البناء المعهود."])

    def attendance(self, future: bool) -> str:
        p = self.body_official()
        if future:
            return f"ويحضر الاجتماع {p.full}."
        return self.pick([f"كما حضر الاجتماع {p.full}.",
                          f"وشارك في الاجتماع {p.full}، {p.g('الذي قدم', 'التي قدمت')} إحاطة حول "
                          f"{self.pick(TOPICS)}."])

    def topics(self, future: bool) -> list[str]:
        """Two sentences on what the meeting takes up, in two different phrasings."""
        (a, b, c), (d, e, f) = self.rng.sample(TOPICS, 3), self.rng.sample(TOPICS, 3)
        if future:
            return [f"ويتضمن جدول الأعمال جلسات حول {a} و{b} و{c}.",
                    f"ومن المقرر أن يبحث المشاركون أيضا {d}، إضافة إلى {e}."]
        forms = [
            lambda x, y, z: f"وتناولت النقاشات {x} و{y}.",
            lambda x, y, z: f"وبحث المجتمعون {x}، إضافة إلى {y}، مع التركيز بصورة عملية على {z}.",
            lambda x, y, z: f"وناقش المشاركون خلال الجلسة الأولى {x}، فيما خصصت الجلسة الثانية {_li(y)}.",
            lambda x, y, z: f"وفي البيان الختامي، أكد المشاركون التزامهم {_bi(self.pick(AIMS))}، "
                            f"ورحبوا بالتقدم المحرز في {x}.",
            lambda x, y, z: f"وتطرق المجتمعون أيضا إلى مجموعة أوسع من القضايا في مقدمتها {x} و{y}."]
        one, two = self.rng.sample(forms, 2)
        return [one(a, b, c), two(d, e, f)]

    def pledges(self) -> tuple[list[str], str]:
        """One to three pledge sentences, and the first pledge as a headline."""
        donors = [COUNTRIES[c] for c in self.rng.sample(DONORS, 3)]
        first = donors[0]
        amount, purpose = self.amount(first), self.pick(PURPOSES)
        headline = f"{first.name} {'تتعهد' if first.fem else 'يتعهد'} {_bi(amount)}"
        if self.chance(0.5):
            p = self.person_of(first, self.pick(["fm", "fm", "pm", "sm"]))
            who = self.ref(p)
            out = [self.pick([
                f"و{p.g('أعلن', 'أعلنت')} {who} أن {p.country_word} ستقدم {amount} {purpose}.",
                f"و{p.g('أعلن', 'أعلنت')} {who} في {p.g('كلمته', 'كلمتها')} تخصيص {first.name} {amount} {purpose}."])]
        else:
            out = [f"وتعهد{'ت' if first.fem else ''} {self.pick([first.name, first.formal])} بتقديم {amount} {purpose}."]
        for d in donors[1:self.rng.randint(1, 3)]:
            t = "ت" if d.fem else ""
            other, other_fem = self.pick([c for c in OTHER_DONORS if c[0] != d.name])
            out.append(self.pick([
                f"كما تعهد{t} {d.formal} بتقديم {self.amount(d)} {self.pick(PURPOSES)}.",
                f"وتعهد{t} {d.name} {_bi(self.amount(d))}، فيما تعهد{'ت' if other_fem else ''} {other} "
                f"{_bi(self.amount(COUNTRIES.get(OTHER_DONOR_STATES.get(other, ''))))}.",
                f"ومن خارج المنطقة، أعلن{t} {d.name} عن مساهمة جديدة بقيمة {self.amount(d)}."]))
        return out, headline

    def pledge_total(self) -> str:
        """Money that is no one's pledge: a total or an estimate."""
        total = self.total()
        return self.pick([
            f"وبلغت حصيلة التعهدات التي أعلنت خلال الاجتماع نحو {total}.",
            f"وبذلك يتجاوز مجموع التعهدات الجديدة {total}، بحسب البيان الختامي.",
            f"وكانت الحكومة العراقية قد قدرت احتياجات إعادة الإعمار بنحو {total}.",
            f"وجاءت هذه التعهدات ضمن سلسلة من الالتزامات المالية بلغت حصيلتها نحو {total} بين قروض ومنح."])

    def past_meeting(self, gen: str, gen_fem: bool, day: dt.date, earliest: dt.date) -> str:
        past = day - dt.timedelta(days=self.rng.randint(90, min(400, (day - earliest).days)))
        where = self.country(HOSTS)
        months = round((day - past).days / 30)
        when = f"{self.month_name(past)} {past.year}"
        held = "عقدت اجتماعها" if gen_fem else "عقد اجتماعه"
        return self.pick([
            f"و{'كانت' if gen_fem else 'كان'} {gen} قد {held} السابق في {where.capital} في {when}.",
            f"ويأتي الاجتماع بعد {self.count(months, 'شهرا', 'أشهر')} من اجتماع مماثل احتضنته {where.name}.",
            f"وكان آخر اجتماع {_li(gen)} قد عقد في {where.capital} في {when}، بمشاركة عدد أقل من الدول."])

    def background(self, body: Body, org: str, gen: str, gen_fem: bool, year: int) -> str:
        if body.id == "COALITION":
            members = COALITION_MEMBERS[year]
            return self.pick([f"يذكر أن التحالف تأسس عام 2014، ويضم في عضويته {members} دولة ومنظمة.",
                              f"ويضم التحالف الدولي ضد داعش، بعد سنوات على قيامه، {members} عضوا بين دول "
                              "ومنظمات دولية."])
        if body.id == "IMCTC":
            return (f"يذكر أن الإعلان عن تأسيس التحالف جرى في ديسمبر 2015، ويضم في عضويته "
                    f"{41 if year < 2021 else 42} دولة، ويتخذ من الرياض مقرا لمركزه.")
        if body.id == "GCTF":
            return ("يذكر أن المنتدى العالمي لمكافحة الإرهاب أطلق سنة 2011 منصة غير رسمية متعددة الأطراف "
                    "تضم 30 عضوا، هم 29 دولة إلى جانب الاتحاد الأوروبي.")
        if body.parent == "COALITION":
            return (f"يذكر أن {gen} {'تعد' if gen_fem else 'يعد'} إحدى مجموعات العمل المنبثقة عن التحالف "
                    f"الدولي ضد داعش، الذي يضم {COALITION_MEMBERS[year]} دولة ومنظمة.")
        if body.founded:
            fem = _feminine(org)
            return (f"يذكر أن {org} {'تأسست' if fem else 'تأسس'} عام {body.founded}، "
                    f"{'وتعنى' if fem else 'ويعنى'} بتعزيز التعاون بين {'أعضائها' if fem else 'أعضائه'} "
                    "في مجالات الأمن ومكافحة الإرهاب.")
        return self.pick([
            "ويأتي الاجتماع في ظل تصاعد التهديدات الإرهابية في عدد من مناطق العالم، ولا سيما في أفريقيا "
            "وجنوب آسيا.",
            f"يذكر أن {gen} {'تولي' if gen_fem else 'يولي'} ملف مكافحة الإرهاب أولوية متقدمة منذ سنوات."])

    def meeting_headline(self, body: Body, city: str, virtual: bool, speaker: Person, pledge: str) -> str:
        if pledge and self.chance(0.6):
            return f"{pledge} {self.pick(['لدعم الاستقرار', 'في اجتماع ' + body.generic, 'لمكافحة الإرهاب'])}"
        place = "عبر الاتصال المرئي" if virtual else f"في {city}"
        options = [f"{speaker.short}: {self.pick(QUOTES)}", f"اجتماع {body.generic} {place} يبحث {self.pick(TOPICS)}"]
        if not virtual:
            options.append(f"{city} تحتضن اجتماعا {_li(body.generic)} حول {self.pick(TOPICS)}")
        headline = self.pick(options)
        return headline.replace("داعش", "«داعش»")

    # ================================================================ security news

    def security(self) -> tuple[str, list[tuple[str, bool]], str]:
        """An arrest, attack, verdict or raid: no meeting and no pledge."""
        rng = self.rng
        c = COUNTRIES[self.pick(TROUBLED)]
        city = self.pick(c.cities) if c.cities and self.chance(0.5) else c.capital
        place = city if city == c.name else f"مدينة {city}" if city != c.capital else f"العاصمة {city}"
        group = self.pick(GROUPS.get(c.id, DEFAULT_GROUPS))
        when = self.when(allow_future=False)[0]
        n = rng.randint(3, 14)
        people = self.count(n, "شخصا", "أشخاص")
        spokes = self.official(c, self.pick(["spokes", "spokes", "im"]))
        kind = self.pick(["arrest", "attack", "verdict", "raid"])
        if kind == "arrest":
            headline = f"القبض على {self.count(n, 'مشتبها', 'مشتبهين')} بالإرهاب في {city}"
            parts = [(f"أعلنت وزارة الداخلية {c.adjective(fem=True)} {when} القبض على {people} يشتبه بانتمائهم "
                      f"إلى {group}، كانوا يخططون لتنفيذ عمليات إرهابية تستهدف منشآت حيوية في {place}.", True),
                     (self.pick(["وأوضحت الوزارة في بيان أن عملية الدهم جاءت بعد متابعة استخباراتية استمرت "
                                 "عدة أسابيع، وأسفرت عن ضبط أسلحة وذخائر ومواد تستخدم في صناعة المتفجرات.",
                                 "وذكرت الوزارة أن قوات الأمن داهمت عدة مواقع في وقت واحد، وضبطت أجهزة اتصال "
                                 "ومبالغ نقدية ووثائق تتضمن مخططات لاستهداف مواقع أمنية."]), False),
                     (self.pick(["وأضاف البيان أن المتهمين اعترفوا خلال التحقيقات الأولية بتلقي تعليمات من "
                                 "قيادات في التنظيم خارج البلاد.",
                                 "وأشار البيان إلى أن أفراد الخلية كانوا يتواصلون عبر تطبيقات مشفرة مع عناصر "
                                 "في مناطق النزاع، وأن بعضهم سبق أن حاول السفر للالتحاق بالتنظيم."]), False),
                     (f"وبين أن أعمار الموقوفين تتراوح بين {rng.randint(17, 24)} و{rng.randint(30, 45)} عاما، "
                      "وأنهم أحيلوا إلى النيابة العامة لاستكمال الإجراءات القانونية بحقهم.", False)]
        elif kind == "attack":
            headline = f"مقتل {n} في هجوم إرهابي {_bi(city)}"
            claim = (f"وتبنى {group} الهجوم في بيان نشر على حسابات تابعة له." if self.chance(0.5)
                     else "ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى الآن.")
            parts = [(f"قتل {people} وأصيب {rng.randint(5, 60)} آخرون بجروح {when} في هجوم "
                      f"{self.pick(['انتحاري', 'مسلح', 'بسيارة مفخخة'])} استهدف "
                      f"{self.pick(['سوقا شعبية', 'حاجزا أمنيا', 'مسجدا', 'دورية للشرطة', 'مقرا حكوميا'])} "
                      f"في {place}.", True),
                     (self.pick(["وأفادت مصادر أمنية بأن المهاجمين استغلوا ساعات الذروة قبل أن تتمكن قوات "
                                 "الأمن من تطويق المكان.",
                                 "وقال شهود عيان إن دوي انفجار قوي سمع في أرجاء المنطقة، أعقبه إطلاق نار "
                                 "كثيف استمر نحو نصف ساعة.",
                                 "وأوضحت مصادر طبية أن بين القتلى عددا من عناصر الأمن، وأن حالة بعض "
                                 "المصابين حرجة."]), False),
                     (claim, False),
                     ("وفرضت قوات الأمن طوقا أمنيا حول المنطقة، وبدأت عمليات تمشيط واسعة بحثا عن المتورطين.", False),
                     (f"وأدان{spokes.g('', 'ت')} {self.ref(spokes)} الهجوم، {spokes.g('مؤكدا', 'مؤكدة')} أن هذه الجرائم "
                      "لن تثني الدولة عن مواصلة حربها على الإرهاب.", True)]
        elif kind == "verdict":
            years = self.count(rng.randint(5, 25), "عاما", "سنوات")
            accused = self.count(n, "متهما", "متهمين")
            headline = f"السجن {years} {_li(accused)} في قضية إرهاب"
            parts = [(f"قضت محكمة الجنايات في {city} {when} بالسجن {years} على {accused} أدينوا بالانتماء إلى "
                      f"{group} والتخطيط لشن هجمات داخل البلاد.", True),
                     (f"وقضت المحكمة بسجن متهمين آخرين لمدد تتراوح بين {rng.randint(2, 4)} و{rng.randint(5, 10)} "
                      "سنوات، فيما برأت عددا منهم لعدم كفاية الأدلة.", False),
                     ("وكانت النيابة قد وجهت إلى المتهمين تهم الانتماء إلى جماعة إرهابية وحيازة أسلحة وتمويل "
                      "الإرهاب.", False),
                     ("والحكم قابل للطعن أمام محكمة الاستئناف خلال ثلاثين يوما من تاريخ صدوره.", False)]
        else:
            headline = f"مقتل {n} من عناصر {group} في عملية أمنية قرب {city}"
            parts = [(f"أعلنت السلطات {c.adjective(fem=True)} {when} مقتل {n} من عناصر {group} في عملية "
                      f"عسكرية نفذتها القوات الأمنية في محيط {place}.", True),
                     (f"وأوضح البيان أن العملية أسفرت أيضا عن تدمير {self.count(rng.randint(3, 12), 'مخبأ', 'مخابئ')} "
                      "وأنفاق كان التنظيم يستخدمها ملاذا لعناصره.", False),
                     (self.pick(["وأشار إلى أن طيران التحالف الدولي نفذ ضربات جوية دقيقة استهدفت مواقع "
                                 "التنظيم في المنطقة.",
                                 "وأضاف أن القوات ضبطت كميات من الأسلحة والعبوات الناسفة، وأن بين القتلى "
                                 "قياديا بارزا كان مسؤولا عن تجنيد المقاتلين."]), False),
                     ("وتشهد المنطقة منذ أشهر نشاطا متزايدا لخلايا التنظيم التي تستغل الطبيعة الجغرافية الوعرة "
                      "للتخفي.", False)]
        parts += [(f"و{spokes.g('قال', 'قالت')} {self.ref(spokes)} في تصريح إن {self.pick(SECURITY_CLAIMS)}.", True),
                  (f"و{spokes.g('أضاف', 'أضافت')} {spokes.short} أن المواطنين مدعوون إلى التعاون مع الأجهزة "
                   "المختصة والإبلاغ عن أي تحركات مشبوهة.", False),
                  (f"يذكر أن {c.name} {'شهدت' if c.fem else 'شهد'} خلال السنوات الماضية سلسلة من الهجمات التي "
                   "تبنتها جماعات متطرفة وأودت بحياة العشرات.", False)]
        dateline = self.outlet.home if city == c.capital and c.capital_ambiguous else city
        return headline, parts, dateline


MEETING_MODIFIERS = {"coalition": ["الوزاري", "الوزاري الموسع", "الدوري", "السنوي", "العام"],
                     "working_group": ["العام", "السنوي", "الدوري", "الفني", "التنسيقي"],
                     "forum": ["الوزاري", "العام", "التنسيقي", "السنوي"],
                     "intergovernmental": ["الطارئ", "الوزاري", "الدوري", "التشاوري", "الاستثنائي", "السنوي"]}
# Second donors in "وتعهدت X بـ..., فيما تعهد Y بـ...": name, feminine verb, state for the currency.
OTHER_DONORS = [("الاتحاد الأوروبي", False), ("اليابان", True), ("ألمانيا", True), ("المملكة المتحدة", True),
                ("البنك الدولي", False)]
OTHER_DONOR_STATES = {"اليابان": "JP", "ألمانيا": "DE", "المملكة المتحدة": "GB"}
SECURITY_CLAIMS = ["الأجهزة الأمنية ستواصل ملاحقة العناصر الإرهابية أينما وجدت",
                   "يقظة الأجهزة الأمنية حالت دون وقوع كارثة",
                   "الوضع الأمني تحت السيطرة التامة",
                   "التحقيقات ما زالت جارية لكشف جميع المتورطين"]

# ------------------------------------------------------------------ layout and surface


def _select(rng: random.Random, parts: list[tuple[str, bool]]) -> list[str]:
    """Required sentences and a random share of the others, in order, 4-10 of them.

    The body is kept between MIN_CHARS and MAX_CHARS - 280 so that any header and
    footer still leave the article inside the bounds.
    """
    low, high = MIN_CHARS, MAX_CHARS - 280
    required = [i for i, (_, req) in enumerate(parts) if req]
    optional = [i for i, (_, req) in enumerate(parts) if not req]
    rng.shuffle(optional)
    take = max(0, rng.randint(MIN_SENTENCES, MAX_SENTENCES) - len(required))
    chosen, spare = optional[:take], optional[take:]
    keep = set(required) | set(chosen)

    def size() -> int:
        return sum(len(parts[i][0]) + 1 for i in keep)

    while (size() < low or len(keep) < MIN_SENTENCES) and spare and len(keep) < MAX_SENTENCES:
        keep.add(spare.pop())
    while size() > high and chosen and len(keep) > MIN_SENTENCES:
        keep.discard(chosen.pop())
    return [parts[i][0] for i in sorted(keep)]


def _paragraphs(rng: random.Random, sentences: list[str]) -> str:
    """The lead alone, then paragraphs of one or two sentences."""
    paras, i = [sentences[0]], 1
    while i < len(sentences):
        step = rng.choice((1, 1, 2))
        paras.append(" ".join(sentences[i:i + step]))
        i += step
    return "\n\n".join(paras)


def _initials(rng: random.Random) -> str:
    return " ".join(rng.sample(LETTERS, 3))


def _compose(w: _Writer, headline: str, sentences: list[str], dateline: str) -> str:
    """Dateline, byline, headline and footer as the outlet lays them out."""
    rng, o, pub = w.rng, w.outlet, w.pub
    weekday, date = WEEKDAYS[pub.weekday()], w.date(pub)
    if o.key == "kuna":
        extended = "(خبر موسع) " if w.chance(0.3) else ""
        return (f"{extended}{dateline} - {pub.day} - {pub.month} (كونا) -- " + "\n".join(sentences)
                + f" (النهاية) {_initials(rng)}")
    if o.key == "spa":
        h = Gregorian.fromdate(pub).to_hijri()
        hy, hm, hd = h.year, h.month, h.day
        return (f"{dateline} {hd} {HIJRI_MONTHS[hm - 1]} {hy} هـ الموافق {pub.day:02d} {MONTHS[pub.month - 1]} "
                f"{pub.year} م واس\n" + "\n".join(sentences)
                + f"\n//انتهى//\n{rng.randint(8, 23)}:{rng.randint(0, 59):02d}ت م")
    if o.key == "mena":
        return (f"{dateline} فى {pub.day} {MONTHS[pub.month - 1]} /أ ش أ/ " + _paragraphs(rng, sentences)
                + f"\n\n{_initials(rng)}\nأ ش أ")
    if o.key == "map":
        return f"{dateline} - {date} (ومع) - " + _paragraphs(rng, sentences)
    if o.key == "wire":
        if w.chance(0.5):
            return f"{dateline} - {date} (وكالات) - " + _paragraphs(rng, sentences)
        return f"{dateline} - «وكالات» - {weekday} {date}\n\n{headline}\n\n" + _paragraphs(rng, sentences)
    reporter = w.name(ARAB, "LB" if o.key == "levant" else "SA", w.chance(0.15))[0]
    if o.key == "levant":
        return f"{weekday}، {date}\n{dateline} - {reporter}\n\n{headline}\n\n" + _paragraphs(rng, sentences)
    if w.chance(0.2):
        clock = f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d} {w.pick(['صباحاً', 'مساءً'])}"
        return f"{reporter} - {dateline} - {weekday} {date} {clock} - " + "\n".join(sentences)
    return f"{dateline} - {reporter}\n{weekday} {date}\n\n{headline}\n\n" + _paragraphs(rng, sentences)


_NO_HAMZA = str.maketrans("أإآ", "ااا")
_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_INDIC_DECIMAL = re.compile(r"(?<=[٠-٩])\.(?=[٠-٩])")
_FINAL_YA = re.compile(r"ي\b")
_TANWEEN = re.compile(r"\b(مؤكدا|مشددا|معتبرا|أيضا|عاما|ممثلا|شخصا|عضوا|مقرا|ملاذا|ردا|تهديدا|تحديا|"
                      r"نشاطا|طوقا|بحثا|مسجدا|عددا|يوما|افتراضيا|غدا|شهرا|متهما|مشتبها)\b")
_TATWEEL = {"الإرهاب": "الإرهـــاب", "داعش": "داعـــش", "التحالف": "التحـالف", "الاجتماع": "الاجتمـاع",
            "مكافحة": "مكافـحة", "الأمنية": "الأمنـية"}


def _surface(w: _Writer, text: str) -> str:
    """Spelling habits: KUNA without hamza, Egyptian final ى, tanween, tatweel, Indic digits."""
    if w.outlet.key == "kuna" and w.chance(0.6):
        text = text.translate(_NO_HAMZA)
    elif w.outlet.key == "mena":
        text = _FINAL_YA.sub("ى", text).replace("مسؤول", "مسئول")
    if w.chance(0.25):
        text = _TANWEEN.sub(r"\1ً", text)
    if w.chance(0.05):
        for word in w.rng.sample(sorted(_TATWEEL), 2):
            text = text.replace(word, _TATWEEL[word], 1)
    if w.chance(0.5 if w.outlet.key == "levant" else 0.08):
        text = _INDIC_DECIMAL.sub("٫", text.translate(_INDIC))
    return text


# ------------------------------------------------------------------ public interface


def article(i: int, seed: int = 1) -> Article:
    """Article number *i* (from 1) of the corpus drawn with *seed*."""
    rng = random.Random(seed * 1_000_003 + i)
    outlet = _outlet(rng)
    # A week's margin keeps "أمس", "يوم الأحد المقبل" and the like inside 2014-2024.
    pub = FIRST_DAY + dt.timedelta(days=7 + rng.randrange((LAST_DAY - FIRST_DAY).days - 14))
    w = _Writer(rng, outlet, pub)
    headline, parts, dateline = w.security() if rng.random() < 0.1 else w.meeting()
    text = _surface(w, _compose(w, headline, _select(rng, parts), dateline))
    return Article(f"a{i:06d}.txt", text, pub, outlet.source)


def report(i: int, seed: int = 1, reports: int = 14) -> Article:
    """Article number *i* of a corpus in which each event is reported about ``reports``
    times, as outlets and aggregators do: the event (who met, when, where, who chaired,
    who pledged what) is drawn from the event's own stream, and each report of it from
    its own: which of the optional sentences it keeps, the outlet's dateline, byline and
    spelling habits. About one report in five is an aggregator's verbatim copy of the
    event's first report."""
    event, copy = divmod(i - 1, reports)
    rng = random.Random(seed * 1_000_003 + event * reports + 1)
    outlet = _outlet(rng)
    pub = FIRST_DAY + dt.timedelta(days=7 + rng.randrange((LAST_DAY - FIRST_DAY).days - 14))
    w = _Writer(rng, outlet, pub)
    headline, parts, dateline = w.security() if rng.random() < 0.1 else w.meeting()
    own = random.Random(seed * 1_000_003 + i + 7_777_777)
    if copy and own.random() < 0.2:
        own = random.Random(seed * 1_000_003 + event * reports + 1 + 7_777_777)
        copy = 0
    if copy:
        w = _Writer(own, _outlet(own), pub)
    else:
        w.rng = own
    text = _surface(w, _compose(w, headline, _select(own, parts), dateline))
    return Article(f"a{i:06d}.txt", text, pub, w.outlet.source)


def generate(n: int, seed: int = 1, reports: int = 0) -> Iterator[tuple[str, str]]:
    """(file name, text) of articles 1..n; with ``reports``, each event reported that many
    times (:func:`report`)."""
    for i in range(1, n + 1):
        a = report(i, seed, reports) if reports else article(i, seed)
        yield a.name, a.text


def write(folder: Path, n: int, seed: int = 1, jsonl: bool = False, reports: int = 0) -> int:
    """Write n articles into folder as .txt files, or as one corpus.jsonl; return how many.
    With ``reports``, each event is reported about that many times (:func:`report`)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    if jsonl:
        with open(folder / "corpus.jsonl", "w", encoding="utf-8", newline="\n") as f:
            for i in range(1, n + 1):
                a = report(i, seed, reports) if reports else article(i, seed)
                f.write(json.dumps({"text": a.text, "published": a.published.isoformat(), "source": a.source},
                                   ensure_ascii=False) + "\n")
        return n
    for name, text in generate(n, seed, reports):
        (folder / name).write_bytes(text.encode("utf-8"))
    return n


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="Write N synthetic Arabic counter-terrorism news articles.")
    ap.add_argument("n", type=int, metavar="N", help="how many articles")
    ap.add_argument("folder", type=Path, metavar="FOLDER", help="where to write them (created if missing)")
    ap.add_argument("--seed", type=int, default=1, help="same seed, same bytes (default 1)")
    ap.add_argument("--jsonl", action="store_true", help="one corpus.jsonl with text, published and source")
    ap.add_argument("--reports", type=int, default=0, metavar="K",
                    help="each event reported by about K articles in varied wording (many outlets)")
    args = ap.parse_args(argv)
    start = time.perf_counter()
    count = write(args.folder, args.n, args.seed, args.jsonl, args.reports)
    print(f"{count} articles -> {args.folder} in {time.perf_counter() - start:.1f} s")


if __name__ == "__main__":
    main()
