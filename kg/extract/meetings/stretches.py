"""The stretches of a sentence each meeting mention claims: the days in it, and the stretch whose
chairs, counts and place belong to its meeting (:mod:`.referents` resolves the mentions in
between).
"""
from __future__ import annotations

import datetime as dt

from ...arabic import stems
from ...data import words
from ...values.anchor import resolve as resolve_day
from ...values.dates import find_dates
from ..analysis import Analysis, MeetingMention
from .agents import agents_from
from .days import date_heading, opens_line, written_year

MEETINGS = words("meetings")
CONTEXT = words("context")
MORPH = words("morphology")
PLEDGES = words("pledges")
SUBJECT_VERBS = ("chaired", "will-chair")  # chair verbs whose subject comes before their object


def segment_dates(an: Analysis, sent: int, ms: list[MeetingMention]) -> None:
    """Give each meeting mention the day expressions of its stretch of the sentence:
    from it to the next mention (the first one also takes what comes before it).
    A mention inside a relative clause ("الذي يعقد اجتماع ... في إطاره") or
    naming a frame ("في إطار مؤتمر") claims none."""
    a, b = an.doc.sentences[sent]
    a = max(a, an.ctx.dateline_end)
    ref = an.ctx.published.value if an.ctx.published else None
    claimants = [m for m in ms if not m.within and not relative(an, m)]
    found = find_dates(an.words, a, b, an.lex)
    if sent > 0 and claimants and not any(e.is_day for e in found) and came_during(an, sent):
        # "دعا الوزير، أمس الأربعاء، ... . جاء ذلك في كلمة ألقاها أمام الاجتماع": the day told before
        pa, pb = an.doc.sentences[sent - 1]
        found = [e for e in find_dates(an.words, max(pa, an.ctx.dateline_end), pb, an.lex) if e.is_day]
    heading = date_heading(an, sent - 1) if sent > 0 and claimants else []
    if heading and not any(e.is_day for e in found):
        found = heading  # "19 يناير – برلين" on the line above: a timeline's item and its day
    if found and (stamp := _item_stamp(an, found[0], a)) is not None:
        ref, found = stamp, found[1:]  # "16 أبريل 2024 — تعهدت فرنسا أمس ...": the item's own date
    exprs = [e for e in found if e.is_day and not _not_a_meetings_day(an, e.start)]
    for i, m in enumerate(claimants):
        lo = a if i == 0 else m.start
        hi = claimants[i + 1].start if i + 1 < len(claimants) else b
        m.segment = (lo, hi)
    for e in (e for e in found if e.kind == "vague"):
        near = min(claimants, key=lambda m: abs(e.start - m.start), default=None)
        if near is not None and _gap(near, e) <= VAGUE_REACH and not (
                e.end <= near.start and any(t in MORPH.commas for t in an.words[e.end:near.start])):
            # (but "قتل ... أواخر الشهر الماضي، وهذا أول اجتماع وزاري": another clause's time)
            near.vague = True  # ("... المؤتمر ...: وسنعلن في الأيام المقبلة عن مساهمتنا": another thing's time)
    for e in exprs:
        # the nearest mention claims it: "... بعد يوم من اجتماع تحضيري عقد يوم الاثنين",
        # "وسبقه أمس اجتماع لمنظمات المجتمع المدني"; but a day in the relative clause right after a
        # mention is that one's ("اجتماع المديرين ... الذي عقد في لاهاي في السابع من ديسمبر 2022،
        # استضافتها للاجتماع الوزاري الحالي")
        held = [m for m in claimants if m.end <= e.start
                and (_held_between(an, m.end, e.start, HELD_REACH) or _convened_between(an, m.end, e.start))
                and not any(o.start < e.start and o.end > m.end for o in claimants if o is not m)]
        near = held[-1] if held else min(claimants, key=lambda m: (
            e.start - m.end if e.start >= m.end else (_told(m) - e.end if not m.sidelines else 10 ** 6),
            m.start), default=None)  # a sidelines mention takes only the dates after it
        day_ref = ref if ref is not None or e.kind != "day_month" else written_year(an)
        r = None if near is None else _after_day_told(an, e, claimants) if e.kind == "day_after" else resolve_day(e, day_ref)
        if r:
            near.dates.append((r, e, _told(near)))
    if heading and found is not heading and (r := resolve_day(heading[0], ref)):
        claimants[0].dates = [(r, heading[0], _told(claimants[0]))]  # (the item's first meeting: the heading's day)
    # "أعلن اليوم أن الكويت تعهدت خلال المؤتمر، الذي عقد أمس": the day of the relative clause is
    # the meeting's; the one before the mention is the report's
    for m in claimants:
        if any(d[1].start >= m.end and _held_between(an, m.end, d[1].start, HELD_REACH) for d in m.dates):
            m.dates = [d for d in m.dates if d[1].start >= m.start]
        elif any(d[1].start >= m.end for d in m.dates):
            # "أعلنت السعودية، أمس الأحد، أنها ستنظم مؤتمر ... في الثاني من يونيو": the day before 'أنها'
            # is the saying's
            m.dates = [d for d in m.dates if d[1].start >= m.end or not any(
                an.words[k] in MEETINGS.that_words for k in range(d[1].end, m.start))]


def _after_day_told(an: Analysis, e, ms: list[MeetingMention]):
    """'وفي اليوم التالي': so many days from the reported meeting's day, or with none told yet, from
    the last day a meeting's mention was given before it (in an earlier sentence, or in this one)."""
    primary = an.dated.get(an.primary.key, []) if an.primary is not None else []
    told = [d for days in primary for d in days if d[1].end <= e.start] or \
        [d for lists in an.dated.values() for days in lists for d in days if d[1].end <= e.start] + \
        [d for m in ms for d in m.dates if d[1].end <= e.start]
    if not told:
        return None
    day = max(told, key=lambda d: d[1].start)[0][0]
    return day + dt.timedelta(days=e.offset), None


VAGUE_REACH = 8  # words between a meeting's mention and the unsaid time it is announced for ('الأسبوع المقبل')


def _gap(m: MeetingMention, e) -> int:
    return max(e.start - m.end, m.start - e.end, 0)


def _item_stamp(an: Analysis, e, a: int):
    """A search result's or feed item's date ('16 أبريل 2024 — ...'): a whole date opening the
    sentence's line, a dash after it. Its relative days count from it."""
    w = an.words
    if e.kind != "date" or e.start != a or e.end >= len(w) or w[e.end] not in CONTEXT.dateline_dashes \
            or not opens_line(an, e.start):
        return None
    return e.value


def _told(m: MeetingMention) -> int:
    """Where the sentence tells of the meeting: its noun, or the verb of meeting before it."""
    return m.told_at if m.told_at is not None else m.start


def came_during(an: Analysis, sent: int) -> bool:
    """'وجاء ذلك خلال الاجتماع', 'وجاء الإعلان في ...': what the sentence before told happened at it."""
    a, b = an.doc.sentences[sent]
    w = an.words
    return w[a] in MEETINGS.came_verbs and any(t in MEETINGS.during for t in w[a + 1:min(b, a + 4)])


def _not_a_meetings_day(an: Analysis, k: int) -> bool:
    """'في هجمات 11 سبتمبر 2001': the day of an attack or an event named just before it, never a
    meeting's; nor the day of a giving ('225 مليون دولار قدمتها في السادس من مايو'), nor the day an
    anniversary falls on ('في مثل هذا اليوم')."""
    before = an.words[max(0, k - VISIT_REACH):k]  # ("زيارة عمل بدأها العاهل الأردني أمس الأحد": the visit's day)
    return any(t in MEETINGS.attack_nouns or t in PLEDGES.given_already for t in an.words[max(0, k - 2):k]) \
        or k > 0 and an.words[k - 1] in MEETINGS.like_words \
        or any(t in MEETINGS.visit_began for t in before) \
        and any(f in MEETINGS.visit_nouns for t in before for f in stems(t))


VISIT_REACH = 6  # words from a visit's noun to the day it began


HELD_REACH = 12  # words from a mention to a day its 'الذي عقد في ...' clause gives


def _held_between(an: Analysis, i: int, j: int, reach: int = 6) -> bool:
    """'، الذي عقد' right after a mention, before a day: the meeting's own day follows."""
    w = an.words
    return j - i <= reach and any(w[k] in MORPH.relative_pronouns and k + 1 < j
                              and an.lex.is_trigger("held_verbs", w[k + 1]) for k in range(i, j))


CONVENED_REACH = 16  # words from a mention to a day its 'الذي دعا إليه ...' clause gives


def _convened_between(an: Analysis, i: int, j: int) -> bool:
    """'خلال الاجتماع الذي دعا إليه الرئيس الفرنسي في ضاحية ... قرب باريس يوم الأربعاء 13 ديسمبر': the one
    who called it and where, then its day."""
    w = an.words
    return j - i <= CONVENED_REACH and any(
        w[k] in MORPH.relative_pronouns and " ".join(w[k + 1:k + 3]) in MEETINGS.convened_it for k in range(i, min(i + 2, j)))


def fact_segments(an: Analysis, sent: int, ms: list[MeetingMention]) -> None:
    """The stretch of the sentence whose chairs, counts and place belong to each
    meeting: from its mention to the next mention of another meeting; a mention
    that named no meeting leaves its stretch to the one before it."""
    a, b = an.doc.sentences[sent]
    resolved = [m for m in ms if m.entity is not None and not m.within and not relative(an, m)]
    recalled = _recalled_before(an, ms, resolved[0].start) if resolved else None
    starts = [a] + [_headed_from(an, p.end, m.start) for p, m in zip(resolved, resolved[1:])]
    for i, m in enumerate(resolved):
        lo = starts[i]
        nxt = next((j for j in range(i + 1, len(resolved)) if resolved[j].entity is not m.entity), None)
        if i and resolved[i - 1].entity is m.entity:
            continue  # already covered by the earlier mention of the same meeting
        hi = starts[nxt] if nxt is not None else b
        dating = bool(m.dates) or m.entity.created_in == sent
        if i == 0 and recalled is not None:  # (the words before the recalled meeting, and those after its clause)
            an.segments.setdefault(m.entity.key, []).append((sent, lo, recalled.start, dating))
            lo = _headed_from(an, recalled.end, m.start)
        an.segments.setdefault(m.entity.key, []).append((sent, lo, hi, dating))


def _recalled_before(an: Analysis, ms: list[MeetingMention], k: int) -> MeetingMention | None:
    """A meeting recalled before token k that has no meeting of its own and a clause telling who hosted
    or held it ("ويأتي لقاء نيامي بعد الاجتماع العام الأول للمجموعة، الذي احتضنته مراكش في ماي
    الماضي ...، كما يأتي بعد لقاء ... في العاصمة النيجرية"): its words are its own, not the next
    meeting's."""
    w = an.words
    for m in reversed([m for m in ms if m.entity is None and not m.within and m.end <= k]):
        if any(j + 1 < k and w[j] in MORPH.relative_pronouns and (
                an.lex.is_trigger("host_verbs", w[j + 1]) or an.lex.is_trigger("held_verbs", w[j + 1]))
               for j in range(m.end, min(k, m.end + RECALLED_CLAUSE_REACH))):
            return m
    return None


RECALLED_CLAUSE_REACH = 5  # words from a recalled meeting to 'الذي احتضنته' ('فوق التراب الإفريقي،')


SUBJECT_REACH = 12  # words from a chair verb to the meeting it is said to have chaired


def _headed_from(an: Analysis, lo: int, k: int) -> int:
    """Where the stretch of a mention at token k starts: at a chair verb before it whose subject runs
    up to it ('وعقب الاجتماع العام، ترأس بلينكن اجتماعا وزاريا مصغرا': his is the second meeting's
    chair); else at the mention."""
    for j in range(k - 1, max(lo, k - SUBJECT_REACH) - 1, -1):
        hit = an.trig("chair_phrases", j)
        if hit and hit[0][0] in SUBJECT_VERBS:
            found = agents_from(an, j + hit[1], k)
            return j if found and found[-1][2] == k else k
    return k


def relative(an: Analysis, m: MeetingMention) -> bool:
    w = an.words  # "التي ترأست المؤتمر": who chaired it is the meeting's own fact
    return m.start >= 2 and w[m.start - 2] in MORPH.relative_pronouns and \
        an.lex.is_trigger("meeting_verbs", w[m.start - 1]) and not an.trig("chair_phrases", m.start - 1) \
        and not an.lex.is_trigger("host_verbs", w[m.start - 1]) \
        and not _body_held_it(an, m.start - 2)  # ("الكويت التي تستضيف المؤتمر": its host)


def _body_held_it(an: Analysis, rel: int) -> bool:
    """'المنتدى، الذي عقد اجتماعه الوزاري الرابع في نيويورك': a body, no meeting, held the one the
    clause names, and the clause tells where and when."""
    k = rel - 1 - (rel >= 1 and an.words[rel - 1] in MORPH.commas)
    return k >= 0 and an.lex.is_trigger("held_verbs", an.words[rel + 1]) and not an.trig("meeting_nouns", k)
