"""A meeting's first and last day, from the day expressions its mentions claim.

A span when the sentence says the meeting started, ended or ran on ('انطلق ... ويستمر
إلى الغد', 'اختتم اليوم ... الذي انطلق الاثنين', 'على مدى ثلاثة أيام'); otherwise the day
said nearest its mention. A day said where a journey to the meeting is told is the
journey's, and counts last. On a page with no date, a day said without its year takes the year the
text writes (:func:`written_year`); a timeline's or a digest's date heading dates the item under
it (:func:`date_heading`).
"""
from __future__ import annotations

import datetime as dt

from ...arabic import is_int, stems
from ...data import words
from ...values.dates import find_dates
from ..analysis import Analysis
from ..records import Fact, Meeting

MEETINGS = words("meetings")

_SPANNING = MEETINGS.spanning
_CLOSING = MEETINGS.closing
_DURATION_VERBS = MEETINGS.duration_verbs
_DURATION_UNITS = MEETINGS.duration_units


def journey(an: Analysis, k: int) -> bool:
    """The meeting mentioned at token k is where a journey told before it in its sentence goes ('وصل ...
    إلى العاصمة التونسية ... للمشاركة في أعمال الدورة'): a day said there is the journey's."""
    a, _ = an.doc.sentence_of(k)
    return any(f in MEETINGS.arrival_verbs for t in an.words[a:k] for f in stems(t))


def date_of(an: Analysis, meeting: Meeting, days: list) -> None:
    """First and last day from the day expressions one mention claims: a span when
    the sentence says the meeting started, ended or ran on (انطلق ... ويستمر إلى
    الغد, اختتم اليوم ... الذي انطلق الاثنين); otherwise its one day."""
    a, b = an.doc.sentence_of(days[0][1].start)
    spanning = len(days) > 1 and any(f in _SPANNING for k in range(a, b) for f in stems(an.words[k]))
    if not spanning:  # the day said nearest the meeting's mention
        days = [min(days, key=lambda d: abs(d[1].start - d[2]))]
    first = min(days, key=lambda d: d[0][0])
    last_day = max((d[0][1] or d[0][0]) for d in days)
    start, e = first[0][0], first[1]
    a, b = an.doc.sentence_of(e.start)
    # (or another sentence on the meeting: "اختتم اليوم ... . وعقد المؤتمر، الذي استمر يومين ...")
    duration = _duration(an, a, b) or next(
        (d for sent in meeting.sentences if (d := _duration(an, *an.doc.sentences[sent]))), None)
    closing = any(f in _CLOSING for k in range(a, b) for f in stems(an.words[k]))
    if duration and last_day == start:
        if closing:
            start = start - dt.timedelta(days=duration - 1)
        else:
            last_day = start + dt.timedelta(days=duration - 1)
    meeting.date = Fact(start, an.ev(e.start, e.end, f"meeting.{e.rule}"))
    if last_day > start:
        meeting.end_date = Fact(last_day, an.ev(e.start, e.end, "meeting.date-range"))


def _duration(an: Analysis, a: int, b: int) -> int | None:
    w = an.words
    for k in range(a, b - 1):
        if any(f in _DURATION_VERBS for f in stems(w[k])) or w[k] in MEETINGS.duration_openers:
            k += k + 2 < b and w[k + 1] in MEETINGS.proceedings  # ('واستمرت أعماله ثلاثة أيام')
            nxt = w[k + 1]
            if nxt in _DURATION_UNITS and _DURATION_UNITS[nxt]:
                return _DURATION_UNITS[nxt]
            if nxt == MEETINGS.over and k + 2 < b and w[k + 2] in _DURATION_UNITS:
                return _DURATION_UNITS[w[k + 2]]
            n = int(nxt) if is_int(nxt) else int(an.lex.number_words.get(nxt, (None, 0))[1])
            if n and k + 2 < b and w[k + 2] in MEETINGS.days:
                return n  # "على مدى 3 أيام", "على مدى ثلاثة أيام"
    return None


def opens_line(an: Analysis, k: int) -> bool:
    """Token k opens its sentence, past a bullet: where a timeline's line gives its day ('- 3 ديسمبر
    2014 | بروكسل: أول اجتماع وزاري ...'), the day of the meeting the line reports."""
    s, _ = an.doc.sentence_of(k)
    return k == s + (an.words[s] in MEETINGS.line_marks)


def written_year(an: Analysis) -> dt.date | None:
    """With no date on the page, the year of a day said without one ('احتضنت الكويت يوم 13 فبراير')
    is the year of the dates written out in full in the text ('من 12 إلى 14 فبراير 2018') when they
    all fall in one year; as that year's last day, the reference a day and a month resolve against."""
    if an.written_year is None:
        years = {e.value.year for a, b in an.doc.sentences
                 for e in find_dates(an.words, max(a, an.ctx.dateline_end), b, an.lex) if e.kind == "date"}
        year = years.pop() if len(years) == 1 else None if years else _header_year(an)
        an.written_year = dt.date(year, 12, 31) if year else False
    return an.written_year or None


HEADER_LINES = 3  # the lines of a page's title block, where a newsletter or a report names its month or year


def _header_year(an: Analysis) -> int | None:
    """With no date written out in full, the year a page's title block gives with a month: a
    newsletter's 'نشرة «جسور» الشهرية – تشرين الثاني/نوفمبر 2019' (a bare year, 'التقرير السنوي 2019',
    is not read: a title names other years too)."""
    w = an.words
    for a, b in an.doc.sentences[:HEADER_LINES]:
        month = next((e for e in find_dates(w, a, b, an.lex) if e.kind == "month"), None)
        if month is not None:
            return int(w[month.end - 1])
    return None


HEADING_PLACE_WORDS = 2  # words of a place the lexicon may not know after a date heading's mark ('13 يناير – بو')


def _past_item_number(an: Analysis, a: int, b: int) -> int:
    """Past a list's mark or number ('•', '1-', '2.') and a weekday at the start of a line."""
    w, k = an.words, a
    if k + 1 < b and is_int(w[k]) and w[k + 1] in MEETINGS.line_marks + MEETINGS.item_number_marks:
        k += 2
    k += k < b and w[k] in MEETINGS.line_marks
    return k + (k < b and w[k] in an.lex.weekdays)


def date_heading(an: Analysis, sent: int) -> list:
    """'19 يناير – برلين', '1- الأحد 19 جانفي – برلين', '1) روما – أمس' on a line of its own above a
    timeline's or a digest's item: the day it gives, when the line holds nothing else but a number,
    a weekday, a mark and a place."""
    a, b = an.doc.sentences[sent]
    a = max(a, an.ctx.dateline_end)
    w, pub = an.words, an.ctx.published
    if a >= b or (pub is not None and pub.ev.sentence is not None and sent <= pub.ev.sentence):
        return []  # (the page's own date line dates the page, not the item under it)
    found = [e for e in find_dates(w, a, b, an.lex) if e.is_day]
    if len(found) != 1:
        return []
    k, unknown, marked = _past_item_number(an, a, b), 0, False
    if found[0].kind not in ("date", "day_month") and not (is_int(w[a]) and k > a):
        return []  # (a day told relative to the page only under a numbered item: '1) روما – أمس', never 'عمان - الغد')
    while k < b:
        m = an.doc.mention_at.get(k)
        if k == found[0].start:
            k = found[0].end
        elif w[k] in MEETINGS.line_marks or not w[k][:1].isalnum():
            k, marked = k + 1, True
        elif w[k] in an.lex.weekdays:  # ('1. واشنطن – الخميس 14 نونبر', '■ الجمعة 12 نوفمبر')
            k += 1
        elif m is not None and (m.first("city") or m.first("country")):
            k = m.end
        elif marked and unknown < HEADING_PLACE_WORDS and k > found[0].start:  # (a place after the mark, known or not)
            k, unknown = k + 1, unknown + 1
        else:
            return []
    return found
