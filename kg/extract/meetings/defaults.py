"""What a meeting's own text leaves open, taken from elsewhere, and meetings that never got a day.

A meeting on the sidelines of another takes its host's day and place; the
article's primary meeting takes the publication date; a city in the meeting's
own name (``مؤتمر أوسلو``) or the dateline gives its place. A meeting still
without a day (a conference named only as the frame of another) is dropped.
"""
from __future__ import annotations

from ...data import words
from ...values.anchor import resolve
from ...values.dates import find_dates
from ..analysis import Analysis
from ..records import Fact, Meeting, evidence
from .names import readable


MEETINGS = words("meetings")
LEAD_MIN = 8  # tokens of the story's first sentence, after the dateline


def fill(an: Analysis) -> None:
    """The pass: defaults for every meeting, in the order they were found (a host before its sidelines)."""
    for meeting in an.meetings:
        _fill(an, meeting)
        readable(an, meeting)


def _fill(an: Analysis, meeting: Meeting) -> None:
    host = next((x for x in an.meetings if x.key == getattr(meeting, "sidelines_of", None)), None)
    if meeting.date is None and host is not None and host.date is not None:
        meeting.date = Fact(host.date.value, evidence(host.date.ev.start, host.date.ev.end,
                                                      host.date.ev.sentence, "meeting.date-of-host"))
    if meeting.country is None and host is not None and host.country is not None and not meeting.virtual:
        meeting.country = Fact(host.country.value, evidence(host.country.ev.start, host.country.ev.end,
                                                            host.country.ev.sentence, "meeting.place-of-host"))
    if meeting.date is None and meeting.primary and an.ctx.published is not None \
            and meeting.key not in an.undated:  # "الأسبوع المقبل": announced, its day unsaid
        _date_of_lead(an, meeting)
        if meeting.date is None:
            _date_with_its_place(an, meeting)
        if meeting.date is None:
            pub = an.ctx.published
            meeting.date = Fact(pub.value, evidence(pub.ev.start, pub.ev.end, pub.ev.sentence,
                                                    "meeting.date-of-article"))
    if meeting.country is None and not meeting.virtual:
        _place_in_name(an, meeting)
    if meeting.country is None and not meeting.virtual and meeting.primary:
        _place_in_headline(an, meeting)
    if meeting.country is None and not meeting.virtual and an.ctx.country and (meeting.primary or meeting.date):
        ev = an.ctx.city_ev
        meeting.country = Fact(an.ctx.country, evidence(ev.start, ev.end, ev.sentence,
                                                          "meeting.place-dateline"))


def _date_of_lead(an: Analysis, meeting: Meeting) -> None:
    """'ناقش وزراء التحالف، أمس، في الرياض ... . وأعلن المشاركون في ختام الاجتماع': the day of
    the story's first sentence, when that sentence names no other meeting."""
    lead = next((i for i, (a, b) in enumerate(an.doc.sentences)
                 if b - max(a, an.ctx.dateline_end) >= LEAD_MIN and i not in an.headlines),
                None)  # (not the rest of a date line, nor a headline)
    if lead is None or any(m.sent == lead and m.entity is not None and m.entity.key != meeting.key
                           for m in an.meeting_mentions):
        return
    a, b = an.doc.sentences[lead]
    for e in find_dates(an.words, max(a, an.ctx.dateline_end), b, an.lex):
        day = resolve(e, an.ctx.published.value) if e.is_day else None
        if day is not None:
            meeting.date = Fact(day[0], an.ev(e.start, e.end, "meeting.date-of-lead"))
            return


PLACE_DAY_REACH = 3  # words between a city and the day said with it ('في جنيف يوم الثلاثاء', 'وفي روما أمس')


def _date_with_its_place(an: Analysis, meeting: Meeting) -> None:
    """'من يتابع ما جرى في جنيف يوم الثلاثاء ... . فقد انعقد في قصر الأمم مؤتمر المانحين': a comment's
    hook tells the day with the meeting's city, and the meeting is named after it undated."""
    first = meeting.sentences[0] if meeting.sentences else None
    for sent, (a, b) in enumerate(an.doc.sentences):
        if first is None or sent > first:
            return
        if sent in an.headlines or any(m.sent == sent and m.entity is not None and m.entity is not meeting
                                       for m in an.meeting_mentions):
            continue
        for e in find_dates(an.words, max(a, an.ctx.dateline_end), b, an.lex):
            day = resolve(e, an.ctx.published.value) if e.is_day else None
            if day is not None and _city_beside(an, meeting, a, b, e):
                meeting.date = Fact(day[0], an.ev(e.start, e.end, "meeting.date-with-place"))
                return


def _city_beside(an: Analysis, meeting: Meeting, a: int, b: int, e) -> bool:
    """A city of the meeting's state is said within a few words of the day expression ``e``."""
    for m in an.doc.mentions_in(max(a, e.start - PLACE_DAY_REACH - 1), min(b, e.end + PLACE_DAY_REACH)):
        city = m.first("city")
        if city is not None and (meeting.country is None or an.lex.entity("city", city.id).country == meeting.country.value):
            return True
    return False


def _place_in_name(an: Analysis, meeting: Meeting) -> None:
    """'قمة وارسو', 'مؤتمر أوسلو', 'اجتماع نيامي': a city in the meeting's own name."""
    s, e = meeting.label_ev.start, meeting.label_ev.end
    for m in an.doc.mentions:
        ms, me = an.doc.original_span(m.start, m.end)
        if ms >= s and me <= e and m.first("city"):
            _set_place(an, meeting, m, "meeting.place-in-name")
            return
        if ms >= e:
            return


HEADLINE_PLACE_REACH = 5  # words from the meeting noun of a headline to 'في' and its city


def _place_in_headline(an: Analysis, meeting: Meeting) -> None:
    """'مباشر | مؤتمر المانحين لسوريا في لندن', 'متابعة | مؤتمر باريس الإنساني للسودان': the city the
    headline puts the story's meeting in, or names it by, when the story itself says no place."""
    for sent in sorted(an.headlines):
        a, b = an.doc.sentences[sent]
        for k in range(a, b):
            hit = an.trig("meeting_nouns", k)
            if not hit:
                continue
            named = an.doc.mention_at.get(k + hit[1])  # the city right after the noun: its name
            if named is not None and not named.prefix and named.first("city"):
                _set_place(an, meeting, named, "meeting.place-headline")
                return
            for j in range(k + 1, min(b - 1, k + HEADLINE_PLACE_REACH)):
                m = an.doc.mention_at.get(j + 1)
                if an.words[j] in MEETINGS.place_preps and m is not None and m.first("city"):
                    _set_place(an, meeting, m, "meeting.place-headline")
                    return
            return  # (only the headline's first meeting)
    for sent in sorted(an.headlines):  # "الجزائر توقع في تونس على اتفاقيتين": a headline naming no meeting
        if _place_in_plain_headline(an, meeting, *an.doc.sentences[sent]):
            return


def _place_in_plain_headline(an: Analysis, meeting: Meeting, a: int, b: int) -> bool:
    """The one place a headline that names no meeting says something happened 'في': where the
    story's meeting sat, when the story says no place."""
    said = [an.doc.mention_at.get(j + 1) for j in range(a, b - 1) if an.words[j] in MEETINGS.place_preps]
    said = [m for m in said if m is not None and (m.first("city") or m.first("country", "name"))]
    if len(said) != 1:
        return False
    if said[0].first("city"):
        _set_place(an, meeting, said[0], "meeting.place-headline")
    else:
        m = said[0]
        meeting.country = Fact(m.first("country", "name").id, an.ev(m.start, m.end, "meeting.place-headline"))
    return True


def _set_place(an: Analysis, meeting: Meeting, m, rule: str) -> None:
    """The meeting sat in the city mention ``m`` names, and in its state."""
    city = m.first("city")
    meeting.country = Fact(an.lex.entity("city", city.id).country, an.ev(m.start, m.end, rule))
    meeting.city = Fact(city.id, an.ev(m.start, m.end, rule))


def drop_undated(an: Analysis) -> None:
    """The pass: drop meetings that never got a day (a conference named only as the frame
    of another, "في إطار مؤتمر ...", with no date of its own); who chaired the frame chaired the
    meeting held within it, when nothing else says who did."""
    keep = [m for m in an.meetings if m.date is not None or m.primary]
    dropped = {m.key: m for m in an.meetings if m not in keep}
    for m in keep:
        if m.part_of and m.part_of.value in dropped:
            frame = dropped[m.part_of.value]
            if not m.chairs:  # ("الاجتماع الوزاري لمؤتمر بروكسل السابع ... الاتحاد الأوروبي الذي يترأس المؤتمر")
                m.chairs = frame.chairs
            m.part_of = None
    an.meetings = keep
