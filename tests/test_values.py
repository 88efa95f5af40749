"""The value grammars: numbers, amounts, dates and counts, table-driven."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from kg.arabic import TOKEN, normalise
from kg.lexicon import load
from kg.values.amounts import find_amounts
from kg.values.counts import find_counts
from kg.values.anchor import infer_year, resolve
from kg.values.dates import find_dates
from kg.values.numbers import digits_value, parse_number, parse_ordinal


def words(text: str) -> list[str]:
    return TOKEN.findall(normalise(text).norm)


NUMBERS = [
    ("200", 200), ("10,000", 10000), ("1.5", Decimal("1.5")), ("575.4", Decimal("575.4")),
    ("1.000.000", 1000000), ("1,5", Decimal("1.5")), ("٢٠٠", 200),
    ("ملياري", 2_000_000_000), ("خمسة مليارات", 5_000_000_000), ("مليار ونصف المليار", 1_500_000_000),
    ("مليار ونصف", 1_500_000_000), ("نصف مليار", 500_000_000), ("1.5 مليار", 1_500_000_000),
    ("مئتي مليون", 200_000_000), ("ثلاثة ملايين", 3_000_000), ("10 ملايين", 10_000_000),
    ("ثلاثة وعشرين", 23), ("مائة وخمسين", 150), ("اثنا عشر", 12), ("عشرة آلاف", 10000),
    ("مليون", 1_000_000), ("مليار و200 مليون", 1_200_000_000), ("مليارين ومئتي مليون", 2_200_000_000),
]


@pytest.mark.parametrize("text,value", NUMBERS)
def test_parse_number(text, value):
    n = parse_number(words(text), 0, load())
    assert n is not None and n.value == Decimal(value) and n.end == len(words(text))


def test_number_table_size():
    assert len(NUMBERS) == 23


@pytest.mark.parametrize("text,value", [("السادسة والستين", 66), ("الأربعين", 40), ("الحادية عشرة", 11),
                                        ("الثامنة", 8), ("الثاني والثلاثين", 32)])
def test_parse_ordinal(text, value):
    assert parse_ordinal(words(text), 0, load()) == (value, len(words(text)))


def test_a_word_that_is_no_ordinal():
    assert parse_ordinal(words("الدولي"), 0, load()) is None


def test_half_alone_is_not_a_number():
    assert parse_number(words("نصف"), 0, load()) is None


def test_digits_value_rejects_words():
    assert digits_value("abc") is None


AMOUNTS = [
    ("تقديم 200 مليون دولار أمريكي", 200_000_000, "USD", None),
    ("تخصيص ملياري دولار", 2_000_000_000, "USD", None),
    ("بـ400 مليون يورو", 400_000_000, "EUR", None),
    ("مليار ونصف المليار دولار", 1_500_000_000, "USD", None),
    ("3 ملايين دينار كويتي", 3_000_000, "KWD", None),
    ("أكثر من 100 مليون دولار", 100_000_000, "USD", "lower_bound"),
    ("نحو 150 مليون دولار", 150_000_000, "USD", "approximate"),
    ("50 مليون جنيه إسترليني", 50_000_000, "GBP", None),
    ("500 مليون ريال سعودي", 500_000_000, "SAR", None),
    ("20 مليون دولار كندي", 20_000_000, "CAD", None),
    ("ملياران من الدولارات", 2_000_000_000, "USD", None),  # 'of dollars'
    ("500 مليون من الدولارات الأمريكية", 500_000_000, "USD", None),
]


@pytest.mark.parametrize("text,value,code,bound", AMOUNTS)
def test_find_amounts(text, value, code, bound):
    w = words(text)
    found = find_amounts(w, 0, len(w), load())
    assert len(found) == 1
    a = found[0]
    assert (a.value, a.currency, a.bound) == (Decimal(value), code, bound)


def test_bare_dinar_resolved_by_donor_state():
    w = words("5 ملايين دينار")
    a = find_amounts(w, 0, len(w), load())[0]
    assert a.currency_for("KW") == "KWD"
    assert a.currency_for("IQ") == "IQD"


def test_numbers_without_currency_are_not_amounts():
    w = words("مقتل 130 شخصا و 98 في المئة")
    assert find_amounts(w, 0, len(w), load()) == []


REF = dt.date(2018, 2, 14)  # a Wednesday
DATES = [
    ("23 مارس 2017", dt.date(2017, 3, 23), None),
    ("22 فبراير/شباط 2016", dt.date(2016, 2, 22), None),
    ("٤ كانون الأول (ديسمبر) ٢٠١٤", dt.date(2014, 12, 4), None),
    ("21 شتنبر 2022", dt.date(2022, 9, 21), None),
    ("26 كانون الثاني 2023", dt.date(2023, 1, 26), None),
    ("12 جانفي 2020", dt.date(2020, 1, 12), None),
    ("3 غشت 2019", dt.date(2019, 8, 3), None),
    ("07 دجمبر 2018", dt.date(2018, 12, 7), None),  # Mauritanian month names
    ("5 أغشت 2021", dt.date(2021, 8, 5), None),
    ("19 ذو القعدة 1444 هـ", dt.date(2023, 6, 8), None),
    ("19 جمادى الآخرة 1444 هـ", dt.date(2023, 1, 12), None),
    ("2023-06-08", dt.date(2023, 6, 8), None),
    ("8/6/2023", dt.date(2023, 6, 8), None),
    ("12 - مايو - 2022", dt.date(2022, 5, 12), None),
    ("من 12 إلى 14 فبراير 2018", dt.date(2018, 2, 12), dt.date(2018, 2, 14)),
    ("يومي 12 و13 فبراير 2018", dt.date(2018, 2, 12), dt.date(2018, 2, 13)),
    ("اليوم الأربعاء", REF, None),
    ("اليوم /الأربعاء/", REF, None),  # MENA sets the weekday between slashes
    ("أمس", REF - dt.timedelta(days=1), None),
    ("أمس الثلاثاء", REF - dt.timedelta(days=1), None),
    ("أول أمس", REF - dt.timedelta(days=2), None),
    ("غداً", REF + dt.timedelta(days=1), None),
    ("يوم الاثنين الماضي", dt.date(2018, 2, 12), None),
    ("الخميس المقبل", dt.date(2018, 2, 15), None),
    ("4 مايو", dt.date(2017, 5, 4), None),
    # a year named relative to the article's
    ("5 ديسمبر من العام الماضي", dt.date(2017, 12, 5), None),
    ("22 فبراير من السنة المنصرمة", dt.date(2017, 2, 22), None),
    ("الثامن من مارس من العام المقبل", dt.date(2019, 3, 8), None),
    ("20 يناير من هذا العام", dt.date(2018, 1, 20), None),
    # a month a word after says is to come, or past: the next such month, the last one
    ("يوم 10 يناير المقبل", dt.date(2019, 1, 10), None),
    ("في 1 مارس الماضي", dt.date(2017, 3, 1), None),
    ("الأول من مارس الماضي", dt.date(2017, 3, 1), None),
]


@pytest.mark.parametrize("text,start,end", DATES)
def test_dates(text, start, end):
    w = words(text)
    exprs = [e for e in find_dates(w, 0, len(w), load()) if e.is_day]
    assert len(exprs) == 1
    ref = REF if "مايو" not in text else dt.date(2017, 11, 1)
    assert resolve(exprs[0], ref) == (start, end)


def test_date_table_size():
    assert len(DATES) == 32


def test_first_day_is_not_today():
    w = words("في اليوم الأول للمؤتمر")
    assert [e for e in find_dates(w, 0, len(w), load()) if e.kind == "relative"] == []


def test_one_day_is_not_sunday():
    w = words("أكبر حصيلة تجمع في يوم واحد، ثم يوم الأحد الماضي")
    assert [(e.kind, e.start) for e in find_dates(w, 0, len(w), load())] == [("weekday", len(w) - 3)]


def test_month_and_year_is_not_a_day():
    w = words("في فبراير 2016")
    exprs = find_dates(w, 0, len(w), load())
    assert [e.kind for e in exprs] == ["month"]


@pytest.mark.parametrize("day,month,weekday,years,expected", [
    (13, 2, 1, [], 2018),  # KUNA "الكويت - 13 - 2", "اليوم الثلاثاء", coalition from 2014
    (22, 2, 0, [2016, 2014], 2016),
    (7, 5, 1, [2019, 2014], 2019),
    (4, 5, 3, [2023, 2025, 2011], 2023),
])
def test_infer_year(day, month, weekday, years, expected):
    assert infer_year(day, month, weekday, years, 2014, 2026) == expected


COUNTS = [
    ("بمشاركة 75 من الدول والمنظمات", 75, None),
    ("بمشاركة 29 دولة", 29, None),
    ("ممثلو ٦٠ دولة وجهة شريكة", 60, None),
    ("الدول والمنظمات الـ68", 68, None),
    ("نحو 75 دولة", 75, "approximate"),
    ("أكثر من 50 دولة", 50, "lower_bound"),
    ("38 من أعضاء التحالف", 38, None),
]


@pytest.mark.parametrize("text,value,bound", COUNTS)
def test_find_counts(text, value, bound):
    w = words(text)
    found = find_counts(w, 0, len(w), load())
    assert [(c.value, c.bound) for c in found] == [(value, bound)]


def test_people_are_not_counted():
    w = words("نحو 150 ممثلا و186 شخصا")
    assert find_counts(w, 0, len(w), load()) == []


@pytest.mark.parametrize("years,expected", [
    ([], 2013),  # the Emir of Kuwait (2006-2020) and Ban Ki-moon (2007-2016) both served before 2014
    ([2015], 2019),  # ... but a year the text names after the floor keeps the year after it
])
def test_infer_year_below_the_floor_by_officials_in_office(years, expected):
    terms = [((2006, 2020),), ((2007, 2016),)]
    assert infer_year(30, 1, 2, years, 2014, 2026, terms, 2001) == expected
    assert infer_year(30, 1, 2, years, 2014, 2026, terms) == 2019  # (no earlier bound: never below the floor)


@pytest.mark.parametrize("text,expected", [
    ("آخر تحديث: 27/6/1440هـ", dt.date(2019, 3, 4)),  # a numeric Hijri date, its era mark glued
    ("25/6/1440 هـ", dt.date(2019, 3, 2)),
    ("4/3/2019", dt.date(2019, 3, 4)),  # (a Gregorian year stays Gregorian)
])
def test_numeric_hijri_dates(text, expected):
    w = words(text)
    [e] = [e for e in find_dates(w, 0, len(w), load()) if e.kind == "date"]
    assert (e.value.year, e.value.month, e.value.day) == (expected.year, expected.month, expected.day)


def test_a_year_things_run_until_bounds_a_yearless_dateline():
    """Tuesday 28 May is 2019 and 2024; a text naming no year but 'حتى عام 2027' is of 2024."""
    assert infer_year(28, 5, 1, [], 2014, 2026) == 2019
    assert infer_year(28, 5, 1, [], 2014, 2026, horizon=2027) == 2024
    assert infer_year(28, 5, 1, [], 2014, 2026, horizon=2020) == 2019
