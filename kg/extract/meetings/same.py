"""Whether a meeting mention names a meeting already read: by its name, its edition and its days.

'مؤتمر بروكسل الأول' is not 'مؤتمر بروكسل الثالث'; a mention dated to days its antecedent
was not held on (and whose date is its own: a held verb or a line's head says so) is another
meeting; a bare mention dated to the reported meeting's own day is that meeting.
"""
from __future__ import annotations

from ...arabic import stems
from ...data import words
from ...values.numbers import parse_ordinal
from ..analysis import Analysis, MeetingMention
from ..records import Meeting
from .days import opens_line

MEETINGS = words("meetings")
MORPH = words("morphology")


def same_day_bare(an: Analysis, m: MeetingMention) -> bool:
    """A bare indefinite mention dated to the primary meeting's own day is that meeting."""
    p = an.primary
    if not (m.dates and not m.name_words and not m.orgs and m.kind == p.kind and an.dated.get(p.key)):
        return False
    return same_days(an, m, p)


def same_days(an: Analysis, m: MeetingMention, e: Meeting) -> bool:
    """The mention is dated, and only to days meeting ``e`` is dated to."""
    if not m.dates or not an.dated.get(e.key):
        return False
    lo, hi = day_span(an, e.key)
    return all(lo <= d[0][0] <= hi for d in m.dates)


def day_span(an: Analysis, key) -> tuple:
    """The first and last day a meeting is dated to (a span's end counts too)."""
    theirs = {d[0][0] for days in an.dated[key] for d in days} | \
        {d[0][1] for days in an.dated[key] for d in days if d[0][1]}
    return min(theirs), max(theirs)


HELD_PRESENT_REACH = 3  # words from 'ينعقد' to the day it names: 'ينعقد بعد غد', 'تعقد يوم الثلاثاء'
HELD_REACH = 2  # words from a held or host verb to the meeting it holds ('استضافت المنامة اجتماعها')


def other_day(an: Analysis, m: MeetingMention, e: Meeting) -> bool:
    """The mention is dated, and not to the day (or span) its antecedent is."""
    if not m.dates or not an.dated.get(e.key):
        return False
    first_date = min(d[1].start for d in m.dates)
    w = an.words
    attended = first_date < m.start and (any(an.lex.is_trigger("participation", t) or an.lex.is_trigger("held_verbs", t)
                                             for t in w[max(0, first_date - 3):first_date]) or opens_line(an, first_date))
    held = [t for t in w[max(0, m.start - HELD_REACH):first_date] if an.lex.is_trigger("held_verbs", t)
            or an.lex.is_trigger("host_verbs", t)]  # ("قد عقدت اجتماعها الأول في روما يومي 19 و20 مارس 2015")
    held = held or any(" ".join(w[i:i + 2]) in MEETINGS.convened_it for i in range(m.end, first_date - 1)) \
        or any(t in MEETINGS.held_present for t in w[max(m.end, first_date - HELD_PRESENT_REACH):first_date])
    if not attended and not held and not _held_after_day(an, m):
        return False  # "وتزامن الاجتماع مع ذكرى هجمات 11 سبتمبر 2001": the date is not the meeting's
    # (but "قد شارك الأربعاء ... في الاجتماع الوزاري المشترك": the day one took part in it)
    mine = {d[0][0] for d in m.dates}
    lo, hi = day_span(an, e.key)
    return all(not lo <= day <= hi for day in mine)


DAY_TO_HOST = 6  # words from a day to the host verb and the meeting after it ('ففي 15 يناير 2014 عادت الكويت لتستضيف المؤتمر')


def _held_after_day(an: Analysis, m: MeetingMention) -> bool:
    """'ففي 15 يناير 2014 عادت الكويت لتستضيف المؤتمر الثاني': a day, then a verb of holding or hosting
    right before the mention: the day is the mention's own."""
    end = max(d[1].end for d in m.dates)
    return end <= m.start and m.start - end <= DAY_TO_HOST and any(
        an.lex.is_trigger("held_verbs", f) or an.lex.is_trigger("host_verbs", f)
        for t in an.words[end:m.start] for f in stems(t))


def match_meeting(an: Analysis, m: MeetingMention) -> Meeting | None:
    for e in reversed(an.meetings):
        if m.subkind and e.subkind and m.subkind != e.subkind and \
                "preparatory" in (m.subkind, e.subkind):
            continue
        if m.subkind == "preparatory" and e.subkind != "preparatory":
            continue
        if e.kind != m.kind and not (m.orgs and e.convener and e.convener.value in m.orgs):
            continue
        a, b = set(m.name_words), set(e.name_words)
        if a and b and len(a & b) >= max(1, min(len(a), len(b)) // 2 + (min(len(a), len(b)) > 2)) \
                and not other_edition(an, m, e):
            return e
        if e.kind == m.kind and (edition := _edition_of(an, e)) is not None and edition == _ordinal(an, m):
            return e  # "الدورة 36 لمجلس ..." after "الدورة السادسة والثلاثين للمجلس": one edition
        if e.kind == m.kind and _named_by_its_place(an, m, e):
            return e
        if m.orgs and e.convener and e.convener.value in m.orgs and e.kind == m.kind and same_days(an, m, e) \
                and not other_edition(an, m, e):
            return e  # 'اجتمع التحالف الدولي ... الأربعاء' after 'الاجتماع الوزاري للتحالف ... في 11 مايو': its body, its day
    return None


def _named_by_its_place(an: Analysis, m: MeetingMention, e: Meeting) -> bool:
    """'وكان اجتماع روما قد انعقد برئاسة ...' after 'الاجتماع الوزاري للتحالف الذي عقد في العاصمة الإيطالية':
    an undated mention named by a city alone points at the one meeting whose first sentence (another
    than its own) places it there: the city, or 'العاصمة' and the adjective of the state it is the capital of."""
    cities = [c for x in an.doc.mentions_in(m.start, m.end) if (c := x.first("city")) is not None]
    if len(cities) != 1 or other_edition(an, m, e) or len(m.name_words) != 1 or m.dates:
        return False
    there = [x for x in an.meetings if _placed_there(an, x, cities[0].id, m)]
    return there == [e]


def _placed_there(an: Analysis, e: Meeting, city: str, m: MeetingMention) -> bool:
    if not e.sentences or e.sentences[0] == m.sent:
        return False
    lex = an.lex
    state = lex.entity("city", city).country
    capital = lex.capitals.get(state) == city
    a, b = an.doc.sentences[e.sentences[0]]
    for x in an.doc.mentions_in(a, b):
        c, s = x.first("city"), x.first("country", "adjective")
        if c is not None and c.id == city or capital and s is not None and s.id == state and _capital_before(an, x.start):
            return True
    return False


def _capital_before(an: Analysis, k: int) -> bool:
    """'العاصمة' right before token k ('في العاصمة الإيطالية')."""
    return k > 0 and any(f in MEETINGS.capital_words for f in stems(an.words[k - 1]))


def other_edition(an: Analysis, m: MeetingMention, e: Meeting) -> bool:
    """'مؤتمر بروكسل الأول' is not 'مؤتمر بروكسل الثالث': both numbered, and differently; nor is an
    unnumbered meeting 'المؤتمر الثالث' when another is numbered otherwise ('المؤتمر الثاني' read before)."""
    mine, theirs = _ordinal(an, m), _edition_of(an, e)
    if mine is not None and theirs is None:
        others = {o for x in an.meetings if x is not e and (o := _edition_of(an, x)) is not None}
        return bool(others) and mine not in others
    return mine is not None and theirs is not None and mine != theirs


def _edition_of(an: Analysis, e: Meeting) -> int | None:
    return next((o for x in an.meeting_mentions if x.entity is e and (o := _ordinal(an, x)) is not None), None)


def _ordinal(an: Analysis, m: MeetingMention) -> int | None:
    """The mention's edition number, read whole ('الحادي عشر' is 11, not 1), or in figures right after
    its noun ('الدورة 36', 'الدورة الـ41')."""
    w = an.words
    at = m.start + 1 + (m.start + 1 < m.end and w[m.start + 1] == MORPH.article)
    if at < m.end and w[at].isdigit() and len(w[at]) <= 3:
        return int(w[at])
    return next((o[0] for i in range(m.start, m.end) if (o := parse_ordinal(w, i, an.lex))), None)
