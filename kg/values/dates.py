"""A small date grammar for Arabic news.

Understands, on folded tokens:

* full dates: ``23 مارس 2017``, ``22 فبراير/شباط 2016``, ``4 كانون الأول (ديسمبر) 2014``,
  ``21 شتنبر 2022``, ``2023-06-08``, ``8/6/2023``;
* Hijri dates: ``19 ذو القعدة 1444 هـ`` (converted with hijridate; a Gregorian
  date after ``الموافق`` is preferred when both are given);
* ranges: ``من 12 إلى 14 فبراير``, ``يومي 12 و13 فبراير``;
* a day and month without a year: ``4 مايو``;
* days relative to the article: ``اليوم``, ``أمس``, ``أول أمس``, ``غدا`` (``أمس الأربعاء``; :mod:`.relative_days`);
* weekdays: ``يوم الاثنين الماضي``, ``الخميس المقبل`` (one a date follows is only its name);
* months without a day: ``فبراير 2016`` (kept apart: not a day).

Resolving against the article date is :func:`kg.values.anchor.resolve`'s: a parse never depends on when it runs.
"""
from __future__ import annotations

import datetime as dt
import re

from ..arabic import is_int, stems
from ..data import words
from ..lexicon import Lexicon
from .date_expr import DateExpr
from .month_days import day_of_relative_month
from .relative_days import relative_day, relative_year, time_since, weekday_at, years_ago

DATES = words("dates")
MORPH = words("morphology")

_YEAR = re.compile(r"^(1[3-4]\d\d|19\d\d|20\d\d)$")
_DAY = re.compile(r"^([1-9]|0[1-9]|[12]\d|3[01])$")


def _int(tok: str) -> int | None:
    return int(tok) if is_int(tok) else None


def _month(lex: Lexicon, words: list[str], k: int):
    """(calendar, month, tokens used) of a month name at k, with a second name
    after '/' or in brackets ('فبراير/شباط', 'كانون الأول (ديسمبر)') swallowed."""
    hit = lex.months.match(words, k)
    if not hit:
        return None
    (cal, month), n, _ = hit[0][0], hit[1], hit[2]
    j = k + n
    if j + 1 < len(words) and words[j] in ("/", "-", "(") and lex.months.match(words, j + 1):
        n2 = lex.months.match(words, j + 1)[1]
        j = j + 1 + n2
        if j < len(words) and words[j] == ")":
            j += 1
    elif j < len(words) and (second := lex.months.match(words, j)) and second[0][0] == (cal, month):
        j += second[1]  # "20 يوليو تموز 2016"
    return cal, month, j - k


def safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _hijri(y: int, m: int, d: int) -> dt.date | None:
    try:
        from hijridate import Hijri

        return Hijri(y, m, d).to_gregorian()
    except (ValueError, OverflowError, ImportError):
        return None


# CMS placeholders ("01/01/1970", "1 يناير 1970"): a date no page is published or meets on
PLACEHOLDERS = frozenset(dt.date.fromisoformat(d) for d in DATES.placeholders)
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$|^(\d{4})\.(\d{1,2})\.(\d{1,2})$")


def parse_at(words: list[str], k: int, lex: Lexicon) -> DateExpr | None:
    """The date expression starting at token ``k``, or None; a CMS placeholder date is none."""
    expr = _parse_at(words, k, lex)
    if expr is not None and expr.kind == "date" and expr.value in PLACEHOLDERS:
        return None
    return expr


def _dotted(tok: str) -> dt.date | None:
    """'12.02.2018' or '2018.02.12', one token (the tokenizer keeps dotted digits together)."""
    m = _DOTTED.match(tok)
    if not m:
        return None
    d, mo, y = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(6), m.group(5), m.group(4))
    return safe_date(int(y), int(mo), int(d))


_STAMP = re.compile(r"^(\d{2})\.(\d{2})\.(\d{2})$")


def _export_stamp(words: list[str], k: int) -> DateExpr | None:
    """'[26.02.19 10:18]': a messaging channel's export stamp (day, month, two-digit year and a
    time, in brackets); a dotted two-digit year anywhere else is no date."""
    m = _STAMP.match(words[k])
    if not m or k == 0 or words[k - 1] != "[" or k + 4 >= len(words) or words[k + 2] != ":" or words[k + 4] != "]":
        return None
    day = safe_date(2000 + int(m.group(3)), int(m.group(2)), int(m.group(1)))
    return DateExpr(k, k + 4, "date", "date.numeric", value=day) if day else None


def _parse_at(words: list[str], k: int, lex: Lexicon) -> DateExpr | None:
    tok = words[k]
    if not is_int(tok[:1]) and tok not in VAGUE_STARTS and not any(f in lex.date_starts for f in stems(tok)):
        return None
    if (dotted := _dotted(tok)) is not None:
        return DateExpr(k, k + 1, "date", "date.numeric", value=dotted)
    if (stamp := _export_stamp(words, k)) is not None:
        return stamp
    numeric = _numeric(words, k)
    if numeric is not None:
        return numeric
    if _DAY.match(tok):
        rel = day_of_relative_month(words, k)  # "في 15 من الشهر الجاري"
        return _day_month(words, k, lex) or (rel and DateExpr(k, rel[0], "month_day", "date.day-of-relative-month",
                                                               day=int(tok), month_offset=rel[1]))
    for grammar in (_ordinal_day, relative_day, weekday_at, years_ago, time_since):
        expr = grammar(words, k, lex)
        if expr is not None:
            return expr
    vague = _vague(words, k)
    if vague:
        return DateExpr(k, k + vague, "vague", "date.vague-future")
    if (english := _month_first(words, k, lex)) is not None:
        return english
    # Month and year without a day: "فبراير 2016" (not a day; kept to avoid misreading)
    mon = _month(lex, words, k)
    if mon and mon[0] == "g":
        j = k + mon[2]
        if j < len(words) and _YEAR.match(words[j]):
            return DateExpr(k, j + 1, "month", "date.month-year", month=mon[1])
    return None


def _month_first(words: list[str], k: int, lex: Lexicon) -> DateExpr | None:
    """'May 14, 2015', 'Jun 8, 2023': an English month name, the day, a comma and the year."""
    mon = _month(lex, words, k) if words[k][:1].isascii() else None
    j = k + mon[2] if mon and mon[0] == "g" else len(words)
    if j + 1 >= len(words) or not _DAY.match(words[j]):
        return None
    y = j + 1 + (words[j + 1] in MORPH.commas)
    if y >= len(words) or not _YEAR.match(words[y]):
        return None
    d = safe_date(int(words[y]), mon[1], int(words[j]))
    return DateExpr(k, y + 1, "date", "date.full", value=d) if d else None


def _numeric(words: list[str], k: int) -> DateExpr | None:
    """ISO and numeric dates: 2023-06-08, 8/6/2023, 08 - 06 - 2023."""
    tok = words[k]
    if is_int(tok) and k + 4 < len(words) and words[k + 1] in "-/." and words[k + 3] == words[k + 1]:
        a, b, c = tok, words[k + 2], words[k + 4]
        if is_int(a) and is_int(b) and is_int(c):
            y, d = (int(a), int(c)) if len(a) == 4 else (int(c), int(a)) if len(c) == 4 else (None, None)
            if y is not None and y < HIJRI_BEFORE:  # "27/6/1440هـ": a Hijri year
                j = k + 5 + (k + 5 < len(words) and words[k + 5] in DATES.era_marks)
                day = _hijri(y, int(b), d)
                return DateExpr(k, j, "date", "date.hijri", value=day) if day else None
            day = safe_date(y, int(b), d) if y is not None else None
            if day:
                return DateExpr(k, k + 5, "date", "date.numeric", value=day)
    return None


HIJRI_BEFORE = 1600  # a numeric date's year below this is a Hijri year (1440 AH is 2019)


def _day_month(words: list[str], k: int, lex: Lexicon) -> DateExpr | None:
    """Day [و day | إلى day] month [year]."""
    n = len(words)
    day = int(words[k])
    j = k + 1
    end_day = None
    if j + 1 < n and words[j] in DATES.range_joiners and _DAY.match(words[j + 1]):  # folded: إلى, حتى
        end_day, j = int(words[j + 1]), j + 2
    elif j < n and words[j].startswith(MORPH.wa) and is_int(words[j][1:]) and _DAY.match(words[j][1:]):
        end_day, j = int(words[j][1:]), j + 1
    if j + 1 < n and words[j] == MORPH.min and _month(lex, words, j + 1):
        j += 1  # "في 30 من نيسان الماضي"
    slashed = j + 1 < n and words[j] in DATES.day_month_marks  # "10/فبراير/2026", "12 - مايو - 2022"
    mon = _month(lex, words, j + slashed) if j + slashed < n else None
    if not mon:
        return None
    cal, month, used = mon
    j += slashed + used
    j += slashed and j + 1 < n and words[j] in DATES.day_month_marks and bool(_YEAR.match(words[j + 1]))
    year = _int(words[j]) if j < n and _YEAR.match(words[j]) else None
    if year is not None:
        j += 1
        if j < n and words[j] in DATES.era_marks:
            j += 1
    if cal == "h":
        d = _hijri(year, month, day) if year is not None else None
        return DateExpr(k, j, "date", "date.hijri", value=d) if d else None
    if year is not None:
        d = safe_date(year, month, day)
        if d is None:
            return None
        e = safe_date(year, month, end_day) if end_day else None
        return DateExpr(k, j, "date", "date.range" if e else "date.full", value=d,
                        end_value=e if e and e > d else None)
    rel = relative_year(words, j)
    if rel:
        return DateExpr(k, j + rel[1], "day_month", "date.day-month-relative-year", day=day, month=month,
                        end_day=end_day, year_offset=rel[0])
    return DateExpr(k, j, "day_month", "date.day-month", day=day, month=month, end_day=end_day,
                    direction=month_side(words, j))


def _ordinal_day(words: list[str], k: int, lex: Lexicon) -> DateExpr | None:
    """Ordinal day of a month: "في الثامن من آب 2023", "الحادي عشر من سبتمبر"."""
    n = len(words)
    od = lex.ordinal_days.match(words, k, clitics=False)
    if not (od and k + od[1] + 1 < n and words[k + od[1]] == MORPH.min):
        return None
    mon = _month(lex, words, k + od[1] + 1)
    if not (mon and mon[0] == "g"):
        rel = day_of_relative_month(words, k + od[1] - 1)  # "في الثامن من الشهر الماضي"
        return rel and DateExpr(k, rel[0], "month_day", "date.ordinal-day-of-relative-month", day=od[0][0],
                                month_offset=rel[1])
    day, j = od[0][0], k + od[1] + 1 + mon[2]
    year = _int(words[j]) if j < n and _YEAR.match(words[j]) else None
    if year is not None:
        d = safe_date(year, mon[1], day)
        return DateExpr(k, j + 1, "date", "date.ordinal", value=d) if d else None
    rel = relative_year(words, j)
    if rel:
        return DateExpr(k, j + rel[1], "day_month", "date.ordinal-day-month-relative-year", day=day,
                        month=mon[1], year_offset=rel[0])
    return DateExpr(k, j, "day_month", "date.ordinal-day-month", day=day, month=mon[1],
                    direction=month_side(words, j))


def month_side(words: list[str], j: int) -> str | None:
    """'past' or 'future' when the word after a month name says which ('فبراير المقبل', 'أغسطس الماضي')."""
    if j < len(words) and words[j] in DATES.future_marks:
        return "future"
    return "past" if j < len(words) and words[j] in DATES.past_marks else None


_VAGUE = tuple(tuple(p.split()) for p in DATES.vague_future)
VAGUE_STARTS = frozenset(p[0] for p in _VAGUE)


def _vague(words: list[str], k: int) -> int:
    """Tokens of a vague future span at k ('الأسبوع المقبل', 'في وقت لاحق من الشهر'), or 0."""
    if words[k] not in VAGUE_STARTS:
        return 0
    return max((len(p) for p in _VAGUE if tuple(words[k:k + len(p)]) == p), default=0)


def find_dates(words: list[str], i: int, j: int, lex: Lexicon) -> list[DateExpr]:
    """Every date expression in tokens [i, j), left to right, not overlapping."""
    out = []
    k = i
    while k < j:
        expr = parse_at(words, k, lex)
        if expr is not None and expr.end <= j:
            if out and out[-1].kind == "weekday" and out[-1].end == expr.start and expr.kind != "weekday":
                out.pop()  # "يوم الجمعة 15 شباط الجاري"
            out.append(expr)
            k = max(expr.end, k + 1)
        else:
            k += 1
    return out
