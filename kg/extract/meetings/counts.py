"""How many took part in a meeting, and member counts of a body stated in passing.
"""
from __future__ import annotations


from ...arabic import stems
from ...data import words
from ...values.counts import find_counts
from ..analysis import Analysis
from ..records import Fact, Meeting, OrgFact
from ..refs import focus_org

MEETINGS = words("meetings")
MORPH = words("morphology")
GATHER_REACH = 5  # words between a meeting noun and the 'يضم' it is the subject of
PART_AFTER = 4  # words from a count to a verb of taking part after it ('ثلاثين دولة ومنظمة دولية شاركت')
OUT_OF_REACH = 6  # ... and the words of 'من أصل 84 عضوا في التحالف' between them


def find(an: Analysis) -> None:
    """The pass: how many took part in each meeting, and member counts stated in passing."""
    for meeting in an.meetings:
        for _, a, b, _ in an.segments.get(meeting.key, []):
            if meeting.participant_count is None:
                count(an, meeting, max(a, an.ctx.dateline_end), b)

def count(an: Analysis, meeting: Meeting, a: int, b: int) -> None:
    w, lex = an.words, an.lex
    counts = find_counts(w, a, b, lex)
    if not counts:
        return
    candidates, partial, subsets = [], False, []
    for c in counts:
        window = range(max(a, c.start - 10), c.start)
        if any(an.trig("chair_phrases", k) for k in range(max(a, c.start - 3), c.start)):
            continue  # "برئاسة خمس جهات": the chairs, not the participants
        if candidates and (c.of_them or any(an.trig("count_subset", k) for k in range(max(a, c.start - 4), c.start))):
            subsets.append(c)
            continue  # "مشاركة 80 ...، من بينها أزيد من أربعين دولة", "، 20 منها": part of the count before
        if any(an.trig("count_out_of", k) for k in range(max(a, c.start - 2), c.start)):
            continue  # "مشاركة 73 دولة من أصل 84 دولة ومنظمة عضوا": the whole, not those there
        member = _membership(an, a, c.start)
        # ("73 دولة من أصل 84 عضوا في التحالف حضرت": past the whole it is a part of)
        after = PART_AFTER + (OUT_OF_REACH if an.trig("count_out_of", c.end) else 0)
        part = any(lex.is_trigger("participation", w[k]) for k in window) or \
            any(lex.is_trigger("count_holders", w[k]) for k in range(max(a, c.start - 3), c.start)) or \
            any(lex.is_trigger("participation", w[k]) for k in range(c.end, min(b, c.end + after)))
        # ("تعهدت نحو ثلاثين دولة ومنظمة دولية شاركت الاثنين في المؤتمر")
        if member:
            _member_fact(an, a, c)
            continue
        if not part:
            continue
        if c.bound in ("lower_bound", "upper_bound") or \
                any(an.trig("count_part_of", k) for k in range(max(a, c.start - 3), c.start)):
            partial = True  # "أكثر من 50 دولة", "ممثلين عن معظم الدول الـ83": not how many took part
            continue
        candidates.append(c)
    if partial or len({c.value for c in candidates}) != 1:
        return
    c = candidates[0]
    for other in counts:  # "وفود 27 دولة عربية وإفريقية، و5 دول أوروبية", "66 دولة و32 منظمة": a sum
        first, second = (c, other) if other.start >= c.end else (other, c)
        if other is not c and other not in subsets and first.end <= second.start <= first.end + 8 and \
                any(t == MORPH.wa or (t.startswith(MORPH.wa) and len(t) > 1) for t in w[first.end:second.start + 1]):
            return
    if any(an.trig("count_plus", k) for k in range(c.end, min(b, c.end + 4))) or _and_another(an, c.end, b):
        return  # "18 دولة عربية إلى جانب ممثلين عن الجامعة", "29 دولة والاتحاد الأوروبي": to be added up
    rule = "count.participants-approximate" if c.bound else "count.participants"
    meeting.participant_count = Fact(c.value, an.ev(c.start, c.end, rule))


def _and_another(an: Analysis, j: int, b: int) -> bool:
    """'29 دولة والاتحاد الأوروبي': a state or body joined by 'and' right after the count."""
    m = an.doc.mention_at.get(j) if j < b else None
    return m is not None and m.prefix.startswith(MORPH.wa) and bool(m.first("org") or m.first("country", "name"))


def _membership(an: Analysis, a: int, k: int) -> bool:
    w = an.words
    for j in range(a, k):
        hit = an.trig("membership", j)
        if not hit:
            continue
        after = w[j + hit[1]:j + hit[1] + 2]
        if any(t in MEETINGS.delegates for t in after) or _gathered_by_meeting(an, a, j, j + hit[1]):
            continue
        return True
    return False


def _gathered_by_meeting(an: Analysis, a: int, j: int, after: int) -> bool:
    """'اجتماعا في لندن اليوم يضم وزراء من 21 دولة': the subject of 'يضم' is a meeting (within a
    few words before it, in its clause), so it says who the meeting gathers, not a body's
    membership ('ويضم التحالف 85 دولة': a body after the verb is its subject)."""
    if after < len(an.words) and _body_at(an, after):
        return False
    for k in range(j - 1, max(a, j - GATHER_REACH) - 1, -1):
        if _body_at(an, k) or an.words[k] in MORPH.commas:
            return False  # "أول اجتماع وزاري للتحالف، الذي يضم 84 عضوا": the body nearer the verb
        if an.trig("meeting_nouns", k):
            return True
    return False


def _body_at(an: Analysis, k: int) -> bool:
    m = an.doc.mention_at.get(k)
    return (m is not None and m.first("org") is not None) or an.lex.is_generic_org(an.words[k])


def _member_fact(an: Analysis, a: int, c) -> None:
    org = None
    for m in an.doc.mentions_in(a, c.start):
        if m.first("org"):
            org = m.first("org").id
    if org is None:
        for k in range(a, c.start):
            for f in stems(an.words[k]):
                if f in an.lex.generic_org_words:
                    org = focus_org(an.doc, f, k) or org
    if org:
        an.org_facts.append(OrgFact(org, "memberCount", c.value,
                                      an.ev(c.start, c.end, "count.members")))
