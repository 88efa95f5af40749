"""Whether a sentence states a meeting took place, and whether a mention is background (a past or
other meeting recalled, history told), for :mod:`.referents`.
"""
from __future__ import annotations

from ...arabic import is_int, stems
from ...data import words
from ...values.dates import find_dates
from ..analysis import Analysis, MeetingMention

MEETINGS = words("meetings")
MORPH = words("morphology")


def event_sentence(an: Analysis, sent: int) -> bool:
    if sent in an.eventful:
        return an.eventful[sent]
    an.eventful[sent] = result = eventful_uncached(an, sent)
    return result


def eventful_uncached(an: Analysis, sent: int) -> bool:
    a, b = an.doc.sentences[sent]
    if sent in an.live:
        return True  # "تغطية مباشرة | مؤتمر الكويت ...": it is happening as the story runs
    a = max(a, an.ctx.dateline_end)
    if any(e.is_day or e.kind == "vague" for e in find_dates(an.words, a, b, an.lex)):
        return True
    # "جاء ذلك في كلمة ألقاها أمام مؤتمر ...، الذي تترأسه الكويت": a speech at the meeting, who
    # chairs it, or a pledge made there ("وتعهدت ألمانيا ... ليصل مجموع ما جمعه مؤتمر بروكسل")
    # states it took place
    if any(m.sent == sent and _placed(an, m.end, b) for m in an.meeting_mentions):
        return True  # "الاجتماع الأول لمجلس وزراء الدفاع في الرياض": where it sat says it was held
    return any(an.lex.is_trigger("meeting_verbs", an.words[k]) or an.trig("speech", k)
               or an.trig("chair_phrases", k) or an.trig("meeting_moments", k)
               or an.lex.is_trigger("host_verbs", an.words[k])  # ("التي تستضيف المؤتمر")
               or an.lex.is_trigger("pledge_verbs_past", an.words[k])
               or any(f in MEETINGS.closing_words for f in stems(an.words[k]))  # "وبعد انتهاء جلسات مؤتمر روما"
               for k in range(a, b))


def _placed(an: Analysis, j: int, b: int) -> bool:
    """'في الرياض' (or 'بالرياض') right after a meeting's mention ending at token j."""
    k = j + (j < b and an.words[j] in MEETINGS.place_preps)
    m = an.doc.mention_at.get(k) if k < b else None
    return m is not None and m.first("city") is not None and (k > j or m.prefix.endswith(MORPH.bi))


def background(an: Analysis, m: MeetingMention) -> bool:
    a, b = an.doc.sentences[m.sent]
    w = an.words
    # words of a day ("بعد غد", "قبل قليل", "الأسبوع الماضي") say when, not "a past/other meeting";
    # "الاجتماع ...، وكان الرئيسان": a new clause after a comma, not "السابق"
    days = {k for e in find_dates(w, max(a, m.start - 6), min(b, m.end + 3), an.lex) for k in range(e.start, e.end)}
    after = list(range(m.end, min(b, m.end + 2)))
    after = after[:next((i for i, k in enumerate(after) if w[k] in MORPH.commas), len(after))]
    # (and the mention's own last words: "الاجتماعات الوزارية الثلاثة السابقة")
    near = [k for k in [*range(max(a, m.start - 4), m.start), *range(max(m.start + 1, m.end - 2), m.end), *after]
            if k not in days]
    if any(an.lex.is_trigger("past_meeting", w[k]) for k in near):
        return True
    if any(w[k] in MEETINGS.after_before and k not in days and w[k + 1] not in MEETINGS.closing_words
           and w[k + 1][:1].isalnum()  # ('قد جفت بعد، حين اجتمع': 'yet', governing nothing)
           and not an.trig("chair_phrases", k + 1) and not (an.primary is None and w[k] in MEETINGS.just_before_after)
           for k in range(max(a, m.start - 6), m.start)):
        return True  # (but "عقب اختتام مؤتمر بروكسل", "عقب ترؤسهما الاجتماع": just after the meeting reported;
        # and with none reported yet, "في مؤتمر صحفي عقده عقب اجتماع وزاري للتحالف ترأسه")
    # "وكانت المجموعة قد عقدت ...", "وسبق لها أن استضافت ..." (but "وكان الوزير قد ألقى كلمة
    # بلاده في الاجتماع" or "وكان الوزيران قد ترأسا الاجتماع": a speech at it or its chairs, as a
    # story cut from its middle recalls the meeting it reports)
    # (nor "وكانت الإمارات قد أعلنت، خلال اجتماع ...، عن مساهمة", "قد وصل ... للمشاركة في الاجتماع",
    # "وكانت نائبة الوزير قد افتتحت الاجتماع", "وكان مقر الوزارة قد احتضن أول اجتماع")
    if w[a] in MEETINGS.was_verbs and MEETINGS.qad in w[a:m.start] and not (an.primary is None and any(
            an.trig("speech", k) or an.trig("chair_phrases", k) or an.lex.is_trigger("attend_verbs", w[k])
            or an.lex.is_trigger("pledge_words", w[k]) or w[k] in MEETINGS.opened_it
            or an.lex.is_trigger("host_verbs", w[k]) for k in range(a, m.start))):
        return True
    return any(t in MEETINGS.preceded for t in w[max(a, m.start - 6):m.start]) or _in_a_past_year(an, a, b, m.start) \
        or time_after(an, m)


def time_after(an: Analysis, m: MeetingMention) -> bool:
    """'ويأتي الاجتماع بعد أكثر من ستة أشهر على الاجتماع الوزاري ...': a span of time after the
    meeting mentioned makes it an earlier one."""
    w, a, k = an.words, an.doc.sentences[m.sent][0], m.start
    on = next((n for n in (2, 1) if k - n > a and " ".join(w[k - n:k]) in MEETINGS.after_time_on), None)
    if on is None:
        return False
    lo = max(a, k - on - TIME_AFTER_REACH)
    return any(t in MEETINGS.after_before for t in w[lo:k - on]) and any(t in MEETINGS.ago_periods for t in w[lo:k - on])


TIME_AFTER_REACH = 6  # words of 'بعد أكثر من ستة أشهر' before 'على'


def _in_a_past_year(an: Analysis, a: int, b: int, k0: int) -> bool:
    """'في عام 2014 تأسس التحالف، وعقد اجتماعه الأول في بروكسل': a sentence set in a year (before
    the article's, or, when the article has no date, any year said before the mention at k0) and
    naming no day tells history ('وأقر الاجتماع ... وبإنشاء المعهد خلال عام 2014' does not)."""
    w = an.words
    pub = an.ctx.published.value.year if an.ctx.published else None
    years = [int(w[k]) for k in range(a + 1, b if pub is not None else k0) if is_int(w[k]) and len(w[k]) == 4
             and 1945 < int(w[k]) < 2100 and w[k - 1] in MEETINGS.in_year]
    if not years or pub is not None and max(years) >= pub:
        return False
    return not any(e.is_day for e in find_dates(w, a, b, an.lex))
