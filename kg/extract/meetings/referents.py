"""Which meeting each mention names: an earlier one, a new one, or none.

Sentence by sentence, the first mention that states an event becomes the
primary meeting; a definite mention with no name refers back; a named or
indefinite mention is a new meeting when its own sentence dates it. Each
mention claims the day expressions of its stretch of the sentence, and each
meeting gets the stretches whose facts are its own (``segments``).
"""
from __future__ import annotations


from ...arabic import stems
from ...data import words
from ..analysis import Analysis, MeetingMention
from ..records import Fact, Meeting
from .background import background, event_sentence, time_after
from .names import new_meeting
from .same import match_meeting, other_day, other_edition, same_day_bare, same_days
from .stretches import fact_segments, segment_dates

MEETINGS = words("meetings")
MORPH = words("morphology")

MAX_MEETINGS = 40  # no article reports more; bounds the work on pathological input

def resolve(an: Analysis) -> None:
    """The pass: sentence by sentence, the meeting each mention names (an earlier one or a new
    one), the sentence's anchor, and the stretches of text whose facts belong to each."""
    by_sent: dict[int, list[MeetingMention]] = {}
    for m in an.meeting_mentions:
        by_sent.setdefault(m.sent, []).append(m)
    for sent in sorted(by_sent):
        if sent in an.headlines and sent not in an.live:
            continue
        ms = by_sent[sent]
        segment_dates(an, sent, ms)
        anchor = None
        for m in ms:
            if m.within:
                continue
            ent = _resolve(an, m, sent, first=anchor is None)
            if ent is None:
                continue
            if anchor is None:
                anchor = ent
            if m.dates:
                an.dated.setdefault(ent.key, []).append(m.dates)
            if m.dates or ent.created_in == sent:
                ent.event_sentences.append(sent)
            if not ent.sentences or ent.sentences[-1] != sent:  # sentences come in order
                ent.sentences.append(sent)
        fact_segments(an, sent, ms)
        for c in (m for m in ms if m.within):
            # (with nothing reported yet, 'أعلنت ... اليوم ... في إطار مؤتمر بروكسل الثالث' reports it)
            first = anchor is None and an.primary is None and event_sentence(an, sent)
            ent = match_meeting(an, c) or (new_meeting(an, c, primary=first) if _room(an) else None)
            if ent is None:
                continue
            c.entity = ent
            if anchor is not None and anchor is not ent and anchor.part_of is None:
                anchor.part_of = Fact(ent.key, an.ev(c.start, c.end, "meeting.part-of"))
        if anchor is not None:
            an.anchor[sent] = anchor
            if not anchor.sentences or anchor.sentences[-1] != sent:
                anchor.sentences.append(sent)
    for meeting in an.meetings:
        if meeting.subkind == "preparatory" and meeting.convener is None and an.primary is not None:
            meeting.convener = an.primary.convener  # the preparatory meeting of the same body
        if meeting.key in an.editions and meeting.convener is None:
            meeting.convener = an.editions[meeting.key].convener  # "الاجتماع الثالث": of the same series


def _one_before(an: Analysis, m: MeetingMention, target: Meeting) -> Meeting | None:
    """A bare or anaphoric mention: the meeting named before (``target``), unless it is dated as history
    ("بعد ستة أشهر على الاجتماع الوزاري الذي استضافه بومبيو في بروكسل في 12 تموز الماضي") or numbered
    as another of its series ("الاجتماع الثالث: واشنطن، 6-7 أكتوبر 2015"): then a meeting of its own."""
    edition = other_edition(an, m, target)
    if not other_day(an, m, target) and not (m.dates and time_after(an, m)) and not edition:
        m.entity = target
        return m.entity
    m.entity = new_meeting(an, m) if _room(an) else None  # "... التي عقدت في 8 آب 2023": another meeting
    if edition and m.entity is not None:
        an.editions[m.entity.key] = target
    return m.entity


def _told_more_exactly(an: Analysis, m: MeetingMention) -> Meeting:
    """'المملكة المتحدة تستضيف اجتماعا لشركاء التحالف' ... 'اجتماع مجموعة عمل الاتصالات التابعة للتحالف،
    الذي عقد في لندن' the same day: the reported meeting is the group's."""
    an.primary.convener = Fact(m.orgs[0], an.ev(m.start, m.end, "meeting.convener"))
    m.entity = an.primary
    return m.entity


def _part_of_primarys_body(an: Analysis, m: MeetingMention) -> bool:
    """A mention naming a part of the body the reported meeting is of (a working group of the
    Coalition), on that meeting's own day: the reported meeting, told more exactly."""
    p = an.primary
    if p is None or not m.orgs or p.convener is None or not m.dates or not same_days(an, m, p):
        return False
    entry = an.lex.entity("org", m.orgs[0])
    return entry is not None and entry.extra.get("parent") == p.convener.value


def _room(an: Analysis) -> bool:
    return len(an.meetings) < MAX_MEETINGS


def _beside(an: Analysis, m: MeetingMention, first: bool) -> Meeting | None:
    """A mention after 'على هامش': the meeting beside which something happened, a meeting of its own
    when dated ('على هامش اجتماع ... الذي بدأ الأربعاء'); or one held there ('وعلى هامش الافتتاح
    عقد مؤتمر ...'), on the day and at the place of the one reported."""
    found = match_meeting(an, m)
    if found is not None and not other_day(an, m, found) and found is not an.primary:
        m.entity = found
        return found
    aside = _held_aside(an, m)
    p = an.primary
    if p is not None and not aside and not m.dates and m.orgs and not p.name_words and p.convener is None:
        _take_name(an, p, m)  # "خلال اجتماع دولي تستضيفه ..." then "على هامش اجتماع مجموعة مكافحة تمويل ...": its name
        m.entity = p
        return p
    if (m.dates or aside) and an.primary is not None and _room(an):
        m.entity = new_meeting(an, m)
        m.entity.sidelines_of = an.primary.key if aside else None
        return m.entity
    if an.primary is None and first and m.name_words and _alone_in_sentence(an, m):
        # "[صورة] الوزير يلتقي نظيره على هامش اجتماع التحالف الدولي في مراكش": the one reported
        m.entity = new_meeting(an, m, primary=True)
        return m.entity
    return None


def _resolve(an: Analysis, m: MeetingMention, sent: int, first: bool = True) -> Meeting | None:
    if m.sidelines:
        return _beside(an, m, first)
    if an.primary is not None and m.start > 0 and an.words[m.start - 1] in MEETINGS.was_verbs \
            and an.words[m.start].endswith(MEETINGS.accusative_ending):
        m.entity = an.primary  # "كان اجتماعا مثمرا جدا": the predicate of 'was', the meeting talked of
        return m.entity
    if an.primary is not None and _indefinite(an, m):
        found = match_meeting(an, m) if m.name_words else None  # "مؤتمر إعادة إعمار العراق": named after all
        if found is not None and not other_day(an, m, found):
            m.entity = found
            return found
        if same_day_bare(an, m):  # "وشارك في اجتماع أمس ممثلو 30 دولة": the meeting reported, on its day
            m.entity = an.primary
            return an.primary
        return _new_referent(an, m, sent)
    # ("حيث ترأس جلسته الصباحية اليوم ...": its session, by the pronoun, is the meeting named before)
    anaphoric = (not m.name_words or an.words[m.start] in MEETINGS.its_sessions) and not m.orgs and m.subkind != "preparatory"
    if anaphoric:
        same = [e for e in an.meetings if e.kind == m.kind and e.subkind != "preparatory"] or \
            [e for e in an.meetings if e.subkind != "preparatory"]
        if same:
            return _one_before(an, m, an.primary if an.primary in same else same[-1])
    else:
        found = match_meeting(an, m) or _named_later(an, m)
        if found is not None and not other_day(an, m, found):
            m.entity = found
            return found
    if an.primary is None and first and event_sentence(an, sent) and not background(an, m):
        m.entity = new_meeting(an, m, primary=True)
        named = _named_before(an, m)
        if named is not None:
            _take_name(an, m.entity, named)
        return m.entity
    if _part_of_primarys_body(an, m):
        return _told_more_exactly(an, m)
    if m.dates and _room(an) and ((not anaphoric and an.primary is not None) or
                                  (an.primary is None and _dated_outright(m))):
        # (with no meeting reported yet, a recalled one counts only when its day is written out:
        # "وكان ماكرون قد أعلن ... عقب اجتماع استضافه قرب باريس في 13 ديسمبر 2017")
        m.entity = new_meeting(an, m)
        return m.entity
    p = an.primary
    bare_primary = p is not None and not p.name_words and p.convener is None
    if p is not None and not anaphoric and not m.dates and (m.kind == p.kind or bare_primary) \
            and not background(an, m) and not (m.orgs and p.convener and p.convener.value not in m.orgs):
        m.entity = p  # "وعُقد «مؤتمر أوسلو الإنساني ...» برئاسة ...": the conference reported
        if bare_primary:  # "ويترأس المؤتمر ... . ... الهدف الإنساني لاجتماع بروكسل": its name at last
            _take_name(an, p, m)
        return m.entity
    return None


def _held_aside(an: Analysis, m: MeetingMention) -> bool:
    """'وعلى هامش الافتتاح عقد مؤتمر المنظمات غير الحكومية': a meeting verb between 'على هامش ...'
    and the mention makes the mention the meeting held there, not the one it was held beside."""
    a = an.doc.sentences[m.sent][0]
    side = next((k for k in range(m.start - 1, max(a, m.start - SIDE_REACH) - 1, -1)
                 if an.lex.is_trigger("sidelines", an.words[k])), None)
    return side is not None and any(an.lex.is_trigger("held_verbs", t) for t in an.words[side + 1:m.start])


SIDE_REACH = 4  # words from 'هامش' to a meeting held on the sidelines


def _alone_in_sentence(an: Analysis, m: MeetingMention) -> bool:
    """No other meeting is named in the mention's sentence ('وعلى هامش الجمعية العامة، عقد المنتدى
    اجتماعه': the meeting is the forum's)."""
    return not any(o is not m and o.sent == m.sent for o in an.meeting_mentions)


def _dated_outright(m: MeetingMention) -> bool:
    """A day written out ('13 ديسمبر 2017', or 'يوم 24 تشرين الأول' by the article's year) or counted back
    from the article's, not a relative one ('أمس')."""
    return any(expr.kind in ("date", "day_month") or expr.rule in COUNTED_BACK for _, expr, *_ in m.dates)


COUNTED_BACK = ("date.time-since", "date.years-ago")  # 'بعد ثلاثة أسابيع على المؤتمر', 'قبل عام من اليوم'


def _named_later(an: Analysis, m: MeetingMention) -> Meeting | None:
    """'وتسلمت كندا خلال الاجتماع الرئاسة ... . وكان الاجتماع الوزاري العاشر للمنتدى قد عقد في
    نيويورك': a story cut from its middle points at its meeting by a bare noun first and names it
    later; the named mention takes over the primary meeting, which had no name nor day (or the day
    the named one is dated to: "في أعقاب اجتماعهم الذي عقد اليوم: اجتمع وزراء خارجية التحالف ... اليوم")."""
    p = an.primary
    if p is None or p.name_words or p.convener and p.convener.value not in m.orgs \
            or an.dated.get(p.key) and not same_days(an, m, p) or p.kind != m.kind \
            or m.subkind == "preparatory" or any(an.lex.is_trigger("past_meeting", t) for t in an.words[m.start:m.end]):
        return None  # (never "الاجتماعات الوزارية الثلاثة السابقة": earlier ones)
    _take_name(an, p, m)
    return p


def _named_before(an: Analysis, m: MeetingMention) -> MeetingMention | None:
    """'خلال مؤتمر أوسلو ... . وأكد أن الأمم المتحدة، التي شاركت في استضافة المؤتمر': a bare noun
    that becomes the meeting reported points back at the one named before it, when that
    mention stated nothing of its own (no day; not a past or other meeting, unless the sentence
    that makes the bare noun the meeting reported is its own)."""
    if m.name_words or m.orgs:
        return None
    named = [e for e in an.meeting_mentions if e.start < m.start and e.entity is None and e.kind == m.kind
             and (e.name_words or e.orgs) and not (e.sidelines or e.within or e.dates)
             and e.subkind != "preparatory" and (e.sent == m.sent or not background(an, e))]
    return named[-1] if named else None


def _take_name(an: Analysis, p: Meeting, m: MeetingMention) -> None:
    """The meeting ``p`` takes the name (and convener) mention ``m`` gives it."""
    named = new_meeting(an, m)
    an.meetings.remove(named)
    p.label, p.label_ev, p.name_words, p.fragment = named.label, named.label_ev, named.name_words, named.fragment
    p.convener, p.subkind = named.convener, named.subkind or p.subkind


def _indefinite(an: Analysis, m: MeetingMention) -> bool:
    """'اجتماع وزاري', 'مؤتمر للمانحين': a new referent, not the meeting already named."""
    w = an.words
    tok = w[m.start]
    if any(f.startswith(MORPH.article) for f in stems(tok)) or m.possessive or w[m.trigger_end - 1].endswith(MORPH.object_pronouns):
        return False
    before = w[max(0, m.start - 2):m.start]
    if any(t in MEETINGS.same_meeting_described for t in before):
        return False  # "وهو أول اجتماع عام للتحالف": the same meeting described
    nxt = m.trigger_end
    if nxt < len(w) and (nxt in an.doc.mention_at or an.doc.definite(nxt) and not w[nxt].startswith(MORPH.lil)
                         or w[nxt] in MEETINGS.this_words):
        return False  # "مؤتمر أوسلو", "اجتماع التحالف", "مؤتمر هذا العام": named by what follows it
    return an.lex.is_trigger("meeting_nouns", tok) and not an.lex.is_trigger("meeting_verbs", tok)


def _new_referent(an: Analysis, m: MeetingMention, sent: int) -> Meeting | None:
    """An indefinite mention is another meeting when it is dated, or held on the
    sidelines of the one reported ("وعلى هامش القمة، شهد اجتماع وزاري ...")."""
    if not _room(an):
        return None
    a, _ = an.doc.sentences[sent]
    if m.dates:  # "وسبقه أمس اجتماع لمنظمات المجتمع المدني": at the same place unless it says
        m.entity = new_meeting(an, m)
        m.entity.sidelines_of = an.primary.key
        return m.entity
    to_be_held = any(" ".join(an.words[max(a, m.start - n):m.start]) in MEETINGS.to_be_held for n in (1, 2))
    if not to_be_held and any(an.lex.is_trigger("sidelines", t) or t in MEETINGS.just_before_after
                              for t in an.words[a:m.start]):  # "على هامش القمة", "وقبيل انطلاق الجولة": that day
        meeting = new_meeting(an, m)
        meeting.sidelines_of = an.primary.key
        m.entity = meeting
        return meeting
    return None


