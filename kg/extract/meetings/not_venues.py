"""Place mentions in a meeting's stretch that do not say where it sat: whom it is for, a name set off
in quotes, a state that hosts it jointly from abroad.
"""
from __future__ import annotations

from ...data import words
from ..analysis import Analysis

MEETINGS = words("meetings")


FOR_WHOM_REACH = 5  # words from 'من أجل' to a place that names whom the meeting is for


def for_whom(an: Analysis, m, a: int) -> bool:
    """The place at m names whom the meeting is for ('مؤتمراً إنسانياً من أجل السكان المدنيين في غزة')."""
    w = an.words
    return any(" ".join(w[j:j + 2]) in MEETINGS.for_whom or w[j] in MEETINGS.for_whom
               for j in range(max(a, m.start - FOR_WHOM_REACH), m.start))


PURPOSE_REACH = 3  # words from the meeting's noun to the purpose after its name ('مؤتمر القاهرة الوزاري لتعزيز')


def for_purpose(an: Analysis, m, a: int) -> bool:
    """The place at m ends the purpose a meeting's name gives ('مؤتمر القاهرة الوزاري لتعزيز الاستجابة الإنسانية
    في غزة'), no other place between (not 'مؤتمر دولي لدعم لبنان في باريس': its purpose named a place, so
    Paris is where it sat)."""
    w = an.words
    for j in range(m.start - 1, max(a, m.start - FOR_WHOM_REACH) - 1, -1):
        if j in an.doc.mention_at:
            return False
        if w[j] in MEETINGS.purpose_nouns:
            return any(an.trig("meeting_nouns", i) for i in range(max(a, j - PURPOSE_REACH), j))
    return False


QUOTED_NAME_REACH = 8  # words from a meeting's noun and the quote that opens its name to a place in it


def quoted(an: Analysis, m, a: int) -> bool:
    """The place at m is inside a meeting's name set off in quotes right after its noun ('مؤتمر "الاستجابة
    الإنسانية الطارئة في غزة"'; not a quoted remark: '"ممتنون للمغرب على استضافة هذا الاجتماع"')."""
    doc, text = an.doc, an.doc.text.original
    end = doc.original_span(m.start, m.start + 1)[0]
    for j in range(m.start, max(a, m.start - QUOTED_NAME_REACH), -1):
        gap = text[doc.original_span(j - 1, j)[1]:doc.original_span(j, j + 1)[0]]
        if any(c in CLOSING for c in gap):
            return False  # ('مؤتمر «سيدر»، الذي استضافته باريس': the name closed before it)
        if any(c in OPENING for c in gap):
            if '"' in gap and text[doc.original_span(j - 1, j)[1]:end].count('"') % 2 == 0:
                return False  # (a straight quote that the words before the place close again)
            return an.trig("meeting_nouns", j - 1) is not None
    return False


OPENING = frozenset('"«“')
CLOSING = frozenset("»”")


def co_host(an: Analysis, state: str | None, m, b: int) -> bool:
    """'الذي تستضيفه الكويت بالاشتراك مع الاتحاد الأوروبي' under a Geneva dateline: a state that hosts
    jointly with another organises; where the meeting sits is the dateline's."""
    joint = an.trig("jointly", m.end) if m.end < b else None
    return joint is not None and joint[1] > 1 and an.ctx.country is not None and state != an.ctx.country
