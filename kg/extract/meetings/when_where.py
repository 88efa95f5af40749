"""When and where a meeting was held, from the stretches of text that are its own.

Its days are read by :mod:`.days`, a state's name that is also a city's by :mod:`.homonyms`. The
place is a city after a preposition or a host verb, a capital, a state after a meeting verb, or the
city of a timeline's date heading above the item.
"""
from __future__ import annotations

from ...arabic import stems
from ...data import words
from ...values.dates import find_dates
from ..analysis import Analysis
from .days import date_heading, date_of, journey, opens_line
from .homonyms import dateline_word, homonym
from .not_venues import co_host, for_purpose, for_whom, quoted
from .stretches import came_during
from ..records import Fact, Meeting

MEETINGS = words("meetings")
MORPH = words("morphology")
DATES = words("dates")




def find(an: Analysis) -> None:
    """The pass: each meeting's days and place, read from the stretches of text that are its own."""
    an.undated |= {m.entity.key for m in an.meeting_mentions if m.vague and m.entity is not None}
    for meeting in an.meetings:
        # (a journey's day last: "وصل ... اليوم الثلاثاء ... للمشاركة في أعمال الدورة ... . ومن المقرر أن
        # تنطلق أعمال الدورة غدا الأربعاء")
        for days in sorted(an.dated.get(meeting.key, []), key=lambda d: journey(an, d[0][2])):
            if meeting.date is None:
                date_of(an, meeting, days)
        undated = not an.dated.get(meeting.key)  # (a meeting no mention dates: any of its stretches)
        hosts_read = False
        for sent, a, b, dating in an.segments.get(meeting.key, []):
            if meeting.country is None and not meeting.virtual and (dating or undated):
                # (a live page's headline above its date line names the meeting and where: 'تغطية مباشرة |
                # اجتماع وزراء التحالف ... في واشنطن')
                _place(an, meeting, a if sent in an.live else max(a, an.ctx.dateline_end), b)
            if meeting.country is None and not meeting.virtual and not hosts_read:
                hosts_read = True  # (the same for every stretch: read once)
                _host_before(an, meeting)
            if meeting.country is None and not meeting.virtual and dating and sent > 0 and date_heading(an, sent - 1):
                _heading_place(an, meeting, *an.doc.sentences[sent - 1])  # ("19 يناير – برلين" above its item)
            if meeting.country is None and not meeting.virtual and sent > 0 and came_during(an, sent):
                # "أعلن ... أمس الجمعة في نيويورك ... . وجاء الإعلان خلال الاجتماع": the sentence before
                _place(an, meeting, max(an.doc.sentences[sent - 1][0], an.ctx.dateline_end), an.doc.sentences[sent - 1][1])


def _place(an: Analysis, meeting: Meeting, a: int, b: int) -> None:
    if any(an.trig("virtual", k) and not _joined_remotely(an, a, k) for k in range(a, b)) \
            and not any(an.trig("in_person", k) for k in range(a, b)):
        meeting.virtual = True
        return
    best = None  # (priority, country, rule, mention)
    for m in an.doc.mentions_in(a, b):
        cand = None if _earlier_event(an.words, m.end, b) else _candidate(an, m, a, b)
        if cand and (best is None or cand[0] < best[0]):
            best = (*cand, m)
    if best is None:
        _hosted_at_home(an, meeting, a, b)
        return
    _set_place(an, meeting, m=best[3], cid=best[1], rule=best[2])


def _heading_place(an: Analysis, meeting: Meeting, a: int, b: int) -> None:
    """A timeline's date heading in tokens [a, b) ('19 يناير – برلين') places the item under it: its
    first city, or the state after a city the lexicon lacks ('الاثنين 13 يناير – بو (فرنسا)'), or a
    city after a preposition there."""
    for m in an.doc.mentions_in(a, b):
        city, state = m.first("city"), m.first("country", "name")
        if not m.prefix and (city or state):
            cid = an.lex.entity("city", city.id).country if city else state.id
            return _set_place(an, meeting, m, cid, "meeting.place-heading")
        cand = None if _earlier_event(an.words, m.end, b) else _candidate(an, m, a, b)
        if cand and cand[2] == "meeting.place-city":
            return _set_place(an, meeting, m, cand[1], cand[2])


def _set_place(an: Analysis, meeting: Meeting, m, cid: str, rule: str) -> None:
    meeting.country = Fact(cid, an.ev(m.start, m.end, rule))
    if m.first("city"):
        meeting.city = Fact(m.first("city").id, an.ev(m.start, m.end, rule))


def _candidate(an: Analysis, m, a: int, b: int) -> tuple[int, str, str] | None:
    """What a place mention in a meeting's stretch says of where it sat: (priority, state, rule);
    a city after a preposition, a host verb or 'العاصمة' first."""
    w, lex = an.words, an.lex
    if for_whom(an, m, a) or quoted(an, m, a) or for_purpose(an, m, a):
        return None  # ('من أجل السكان المدنيين في غزة', 'مؤتمر "الاستجابة الإنسانية الطارئة في غزة"')
    prev = w[m.start - 1] if m.start > a else ""
    prep = m.prefix.endswith(MORPH.bi) and prev not in MEETINGS.concerning or prev in MEETINGS.place_preps or \
        (prev.startswith(MORPH.wa) and prev[1:] in MEETINGS.place_preps) or \
        _after_line_date(an, m, a) or _after_line_head(an, m, a) or _where_after(an, m, b)
    # ("وفي واشنطن،", "- 3 ديسمبر 2014 | بروكسل: ...", "• الاجتماع الأول: روما، 19-20 مارس 2015")
    capital_of = any(f in MEETINGS.capital_words for f in stems(prev)) or \
        (m.start >= 2 and any(f in MEETINGS.the_capital for f in stems(w[m.start - 2])))  # "بالعاصمة المغربية الرباط"
    host = any(an.lex.is_trigger("host_verbs", w[j]) and not _hosted_others(an, j)
               for j in range(max(a, m.start - 2), m.start)) or \
        (m.end < b and an.lex.is_trigger("host_verbs", w[m.end]) and w[m.end].endswith(MORPH.object_pronouns)) or \
        (m.end + 1 < b and w[m.end] == MEETINGS.that_words[0] and an.lex.is_trigger("host_verbs", w[m.end + 1])) or \
        (m.end + 2 < b and w[m.end] in MORPH.relative_pronouns and an.lex.is_trigger("host_verbs", w[m.end + 1])
         and bool(an.trig("meeting_nouns", _past_days(an, m.end + 2, b))))
    # ("وسبق للكويت أن استضافت المؤتمر الأول": the state that had hosted it;
    # and "الكويت التي تستضيف المؤتمر": the state the relative clause says hosts the meeting,
    # never "الأردن التي تستضيف اللاجئين"; or "المؤتمر الذي دعت إليه باريس واستضافته": hosted it)
    city, country = homonym(an, m, a, b)
    city = city or dateline_word(an, m)  # "تستضيفه عمان" under "عمان ... (بترا)": Amman, not Oman
    adjective = m.first("country", "adjective")
    if host and co_host(an, country.id if country else lex.entity("city", city.id).country if city else None, m, b):
        host = False
    if city and (prep or host or capital_of):
        return 0, lex.entity("city", city.id).country, "meeting.place-city"
    if adjective and capital_of:  # "في العاصمة السعودية" (also a name)
        return 1, adjective.id, "meeting.place-capital"
    if adjective and _seat_of(an, a, m.start):
        return 1, adjective.id, "meeting.place-seat"
    seat = an.lex.seat_state(org.id) if (org := m.first("org")) else None
    if seat and _seat_of(an, a, m.start):  # "بمقر الأمانة العامة لجامعة الدول العربية"
        return 1, seat, "meeting.place-seat"
    if host and (country or city) and (not country or country.role == "name" or _hosting_adjective(an, m)):
        return 2, country.id if country else lex.entity("city", city.id).country, "meeting.place-host"
    if country and country.role == "name" and prep and _held_before(an, a, m.start):
        return 3, country.id, "meeting.place-state"
    if (country or city) and _destination(an, m, a, b):
        return 2, country.id if country else lex.entity("city", city.id).country, "meeting.place-destination"
    if adjective and adjective.role == "adjective" and _hosting_institution(an, m, a):
        return 2, adjective.id, "meeting.place-host"
    return None


def _hosting_adjective(an: Analysis, m) -> bool:
    """'وباستضافة كويتية': an indefinite nationality adjective right after a hosting noun is the host;
    so is the city's after a host verb ('التي احتضنتها المدينة الأردنية')."""
    w, k = an.words, m.start
    return k > 0 and an.lex.is_trigger("host_verbs", w[k - 1]) and not an.doc.definite(k) or \
        k > 1 and w[k - 1] in MEETINGS.host_city_nouns and an.lex.is_trigger("host_verbs", w[k - 2])


def _where_after(an: Analysis, m, b: int) -> bool:
    """'عاد ... من جنيف، حيث شارك يوم الثلاثاء الماضي في المؤتمر': a place 'حيث' (where) refers back to."""
    j = m.end + (m.end < b and an.words[m.end] in MORPH.commas)
    return j < b and an.words[j] in MEETINGS.where_words


def _after_line_date(an: Analysis, m, a: int) -> bool:
    """'- 3 ديسمبر 2014 | بروكسل: أول اجتماع ...': a timeline's line, its day first, then a mark and the
    city the line's meeting sat in."""
    if m.start < a + 2 or m.prefix or an.words[m.start - 1] not in MEETINGS.line_marks:
        return False
    s, _ = an.doc.sentence_of(m.start)
    return any(e.end == m.start - 1 and e.is_day and opens_line(an, e.start)
               for e in find_dates(an.words, s, m.start - 1, an.lex))


def _after_line_head(an: Analysis, m, a: int) -> bool:
    """'• الاجتماع الثالث: واشنطن، 6-7 أكتوبر 2015': a list's line opens with its meeting, then a mark
    and the city it sat in."""
    if m.start < a + 2 or m.prefix or an.words[m.start - 1] not in MEETINGS.line_marks:
        return False
    return any(x.end == m.start - 1 and opens_line(an, x.start) for x in an.meeting_mentions)


def _host_before(an: Analysis, meeting: Meeting) -> None:
    """'والبحرين التي احتضنت في التاسع من تشرين الثاني الماضي اجتماعا': the host named in the
    relative clause right before a mention of the meeting (in the stretch of the mention before) or
    before 'قد' and the verb, or the city a host verb has right before it ('استضافت المنامة اجتماعها')."""
    w = an.words
    for mm in (x for x in an.meeting_mentions if x.entity is meeting):
        a = an.doc.sentences[mm.sent][0]
        host = an.doc.mention_ending_at(mm.start, max(a, mm.start - 4))  # "استضافت المنامة اجتماعها الحادي عشر"
        if host is not None and host.start > a and an.lex.is_trigger("host_verbs", w[host.start - 1]) and host.first("city"):
            meeting.country = Fact(an.lex.entity("city", host.first("city").id).country,
                                   an.ev(host.start, host.end, "meeting.place-host"))
            return
        for verb in range(max(a + 2, mm.start - HOST_REACH - 8), mm.start):
            # (or 'قد': "وكانت باريس قد استضافت في مثل هذا اليوم من العام الماضي مؤتمرا مماثلا")
            if (w[verb - 1] in MORPH.relative_pronouns or w[verb - 1] == MEETINGS.qad) and \
                    an.lex.is_trigger("host_verbs", w[verb]) and _past_days(an, verb + 1, mm.start + 1) == mm.start:
                m = an.doc.mention_ending_at(verb - 1, max(a, verb - 6))
                city, country = homonym(an, m, a, mm.end) if m is not None else (None, None)
                state = (country is not None and m.first("country", "name")) or city  # ('عمّان': the city)
                if state is not None:
                    cid = state.id if state.kind == "country" else an.lex.entity("city", state.id).country
                    meeting.country = Fact(cid, an.ev(m.start, m.end, "meeting.place-host"))
                    return


def _past_days(an: Analysis, j: int, b: int) -> int:
    """Past a day said right at token j ('في الثامن والعشرين من تشرين الأول الماضي')."""
    w, k = an.words, j + (an.words[j] in DATES.in_words)
    end = next((e.end for e in find_dates(w, k, min(b, k + HOST_REACH + 6), an.lex) if e.start == k and e.is_day), None)
    return j if end is None else end + (end < b and w[end] in an.lex.past_markers)  # ("... الأول الماضي")


def _hosted_others(an: Analysis, j: int) -> bool:
    """'لثلاثة مؤتمرات استضافتها الكويت': the host verb at j hosted the meetings named in the plural
    right before it, not the one reported."""
    return j > 0 and any(f in MEETINGS.plural_meetings for f in stems(an.words[j - 1]))


def _hosting_institution(an: Analysis, m, a: int) -> bool:
    """'واستضافت وزارة الخارجية الألمانية [يومي 6 و7 أكتوبر] الاجتماع': a host verb, an
    institution the adjective gives a state, and the meeting after it (past its days)."""
    w = an.words
    verb = next((j for j in range(m.start - 1, max(a, m.start - HOST_REACH) - 1, -1)
                 if an.lex.is_trigger("host_verbs", w[j])), None)
    if verb is None:  # (or after it: "وكان مقر وزارة الخارجية الأميركية قد احتضن أول اجتماع")
        after = m.end + (m.end < len(w) and w[m.end] == MEETINGS.qad)
        return after < len(w) and an.lex.is_trigger("host_verbs", w[after]) and \
            any(an.trig("meeting_nouns", j) for j in range(after + 1, min(len(w), after + 3)))
    if any(w[j] in MORPH.commas for j in range(verb, m.start)):
        return False
    j = m.end + (m.end < len(w) and w[m.end] in DATES.day_of)  # (past the days: "يومي 6 و7 أكتوبر")
    j = next((e.end for e in find_dates(w, j, min(len(w), j + HOST_REACH + 4), an.lex) if e.start == j), j)
    return j < len(w) and bool(an.trig("meeting_nouns", j))


HOST_REACH = 4  # words from a host verb to the adjective of the institution hosting


def _destination(an: Analysis, m, a: int, b: int) -> bool:
    """'وصل ... إلى الأردن للمشاركة في المؤتمر': where one travelled to take part."""
    w = an.words
    return m.start > a and w[m.start - 1] in MEETINGS.destination_preps and \
        any(f in MEETINGS.arrival_verbs for t in w[a:m.start - 1] for f in stems(t)) and \
        any(t in MEETINGS.taking_part for t in w[m.end:min(b, m.end + 3)])


def _earlier_event(w: list[str], k: int, b: int) -> bool:
    """'في لندن قبل عام', 'في لندن العام الماضي': a place followed by a time past is an earlier event's."""
    nxt = w[k:min(b, k + 2)]
    return len(nxt) == 2 and (nxt[0] == MEETINGS.ago and nxt[1] in MEETINGS.ago_periods
                              or nxt[0] in DATES.past_periods and nxt[1] in DATES.past_marks)


def _hosted_at_home(an: Analysis, meeting: Meeting, a: int, b: int) -> None:
    """'المؤتمر الذي استضافته البلاد أمس': a host verb, then the outlet's home word."""
    w = an.words
    for k in range(a, b - 1):
        state = an.ctx.home_for(w[k + 1], an.lex) if w[k + 1] in MEETINGS.home_state_words else None
        if state and an.lex.is_trigger("host_verbs", w[k]):
            meeting.country = Fact(state, an.ev(k, k + 2, "meeting.place-host"))
            return


REMOTE_REACH = 6  # tokens between 'took part' / 'a speech' and 'by video'


def _joined_remotely(an: Analysis, a: int, k: int) -> bool:
    """'فيما شارك عبر الفيديو كل من ...', 'ألقى كلمة عبر تقنية الفيديو': someone took part or spoke by
    video, or part of it was held so ('وجرت معظم جلساته عبر الاتصال المرئي'); the meeting still had a place."""
    def took_part(j: int) -> bool:
        return an.lex.is_trigger("participation", an.words[j]) or bool(an.trig("speech", j)) \
            or an.words[j] in MEETINGS.followed_remotely or an.words[j] in MEETINGS.partly_remote
    lo = max(a, k - REMOTE_REACH)
    end = k + an.trig("virtual", k)[1]  # ("ويعقد في جنيف بصيغة افتراضية في معظمه": mostly, after it)
    if any(t.startswith(tuple(MEETINGS.partly_remote)) for t in an.words[end:end + 2]):
        return True
    # (or one named at length right after such a word: "فيما يشارك الرئيس الفرنسي إيمانويل ماكرون
    # في الأشغال عبر تقنية الاتصال المرئي")
    return any(took_part(j) for j in range(lo, k)) or any(
        lo <= p.intro_end <= k and any(took_part(j) for j in range(max(a, p.intro[0] - 2), p.intro[0]))
        for p in an.people)


def _seat_of(an: Analysis, a: int, k: int) -> bool:
    """'في مقر وزارة الخارجية الأمريكية': the seat of a body, just before its adjective at k."""
    w = an.words
    for j in range(k - 1, max(a, k - 4) - 1, -1):
        if w[j] in MEETINGS.seat_words:
            return w[j].startswith(MORPH.bi) or (j > a and w[j - 1] in MEETINGS.place_preps)  # بمقر, في مقر
    return False


def _held_before(an: Analysis, a: int, k: int) -> bool:
    """'عقد في الكويت', 'الاجتماع ... في الكويت': the place follows a meeting verb or noun."""
    for j in range(max(a, k - 5), k):
        if an.lex.is_trigger("meeting_verbs", an.words[j]) or an.trig("meeting_nouns", j):
            return True
    return False
