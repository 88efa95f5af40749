"""Days of date expressions: an expression resolved against the article's date, and the year of a
dateline that gives only a day and a month.

Parsing (:mod:`kg.values.dates`) never depends on when it runs; this is where a
relative day ('أمس', 'يوم الأربعاء المقبل', '4 مايو') meets the article's day.
"""
from __future__ import annotations

import datetime as dt

from .date_expr import DateExpr
from .dates import safe_date as _safe_date


def resolve(expr: DateExpr, ref: dt.date | None) -> tuple[dt.date, dt.date | None] | None:
    """(first day, last day or None) of an expression, against the article date."""
    if expr.kind == "date":
        return expr.value, expr.end_value
    if ref is None:
        return None
    if expr.kind == "relative" and expr.year_offset:  # "في مثل هذا اليوم من العام الماضي"
        d = _safe_date(ref.year + expr.year_offset, ref.month, ref.day)
        return (d, None) if d else None
    if expr.kind == "relative":
        return ref + dt.timedelta(days=expr.offset), None
    if expr.kind == "weekday":
        delta = (ref.weekday() - expr.weekday) % 7
        if expr.direction == "future":
            ahead = (expr.weekday - ref.weekday()) % 7 or 7
            return ref + dt.timedelta(days=ahead), None
        if expr.direction == "past" and delta == 0:
            delta = 7
        return ref - dt.timedelta(days=delta), None
    if expr.kind == "month_day":  # "في 15 من الشهر الجاري"
        months = ref.month - 1 + expr.month_offset
        d = _safe_date(ref.year + months // 12, months % 12 + 1, expr.day)
        return (d, None) if d else None
    if expr.kind == "day_month":
        year = ref.year
        d = _safe_date(year + (expr.year_offset or 0), expr.month, expr.day)
        if expr.year_offset is None and d and expr.direction == "future" and d < ref:
            d = _safe_date(year + 1, expr.month, expr.day)  # "يوم 23 فبراير المقبل" told in December
        elif expr.year_offset is None and d and (d > ref + dt.timedelta(days=60) or expr.direction == "past" and d > ref):
            d = _safe_date(year - 1, expr.month, expr.day)  # ("15 فبراير الماضي" told in January)
        if d is None:
            return None
        e = _safe_date(d.year, expr.month, expr.end_day) if expr.end_day else None
        return d, e if e and e > d else None
    return None


def infer_year(day: int, month: int, weekday: int | None, years_in_text: list[int],
               floor: int, ceiling: int, terms: list = (), earliest: int | None = None,
               horizon: int | None = None) -> int | None:
    """The year of a dateline that gives only day and month ("الكويت - 13 - 2").

    With the weekday the text names, the candidates are the years in which that
    day falls on it; those in which most of the well-known officials the text names
    (``terms``: each one's years of office) were in office are kept; the one nearest
    the latest year the text mentions wins (ties go to the later year), or, when the
    text names no year, the earliest one from ``floor`` (the founding of the bodies it
    names) on. When more of those officials served together before the floor (from
    ``earliest`` on) than in any year after it, and the text names no year after it, the
    latest such year wins: 'بان كي مون' with the Emir of Kuwait on a Wednesday 30 January is
    2013, not 2019. A text that names no year but one things run until (``horizon``: 'حزمة تمتد
    حتى عام 2027') is of the latest candidate before it.
    """
    def fits(lo: int) -> list[int]:
        return [y for y in range(lo, ceiling + 1)
                if (d := _safe_date(y, month, day)) and (weekday is None or d.weekday() == weekday)]
    candidates = fits(floor)
    if weekday is not None and terms and len(fits(min(floor, earliest or floor))) > 1:
        every = fits(min(floor, earliest or floor))
        serving = {y: sum(any(a <= y <= (b or ceiling) for a, b in t) for t in terms) for y in every}
        most = max(serving.values())
        below = not any(y >= floor for y in years_in_text)  # (a year the text names after the floor: after it)
        candidates = [y for y in candidates if serving[y] == most] or \
            ([max(y for y in every if serving[y] == most)] if below else candidates)
    if not candidates:
        return None
    recent = [y for y in years_in_text if floor <= y <= ceiling + 2]
    if recent:
        target = max(recent)
        if weekday is None:
            return target if target in candidates else None
        return min(candidates, key=lambda y: (abs(y - target), -y))
    if weekday is None:
        return None
    before = [y for y in candidates if horizon is not None and y < horizon]
    return before[-1] if before else candidates[0]
