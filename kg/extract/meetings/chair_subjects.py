"""Who a 'chaired' verb says chaired: its subject, after the object it chaired ('ترأس الاجتماع
الذي عقد اليوم في روما وزير الخارجية الإيطالي', 'وترأس المؤتمر، الذي عقد في ...، كل من ...') or
before the verb ('وكان خادم الحرمين الشريفين قد ترأس القمة'), and those beside it ('بشكل مشترك مع').
The readers of :mod:`.chair_readers` and :mod:`.handovers` share where such an object ends.
"""
from __future__ import annotations

from ...data import words
from ..analysis import Analysis
from .agents import agents_from, coordinated
from .implied import meets
from .chair_antecedents import Found, subjects_before
from .phrase import bare, noun_phrase
from .people_refs import heads_body, person_at

MEETINGS = words("meetings")
MORPH = words("morphology")
DATES = words("dates")


CLAUSE_REACH = 15  # tokens of a relative clause between a chair and 'بالاشتراك مع'


def object_end(an: Analysis, j: int, b: int) -> int:
    """Past the object of 'ترأس': 'أعماله', 'الاجتماع ...', 'المؤتمر، الذي عقد في ...،'."""
    w = an.words
    while j < b and w[j] in MEETINGS.chaired_objects:
        j += 1  # "ترأس أعماله", "ترأس أعمال الاجتماع"
    nxt = an.trig("meeting_nouns", j)
    if nxt:
        m = an.doc.mention_at.get(j + nxt[1])
        if an.doc.definite(j) and m is not None and not m.prefix and (m.first("org") or m.first("country")):
            return j + nxt[1]  # "ويترأس المؤتمر الاتحاد الأوروبي": a definite noun takes no genitive
        j = noun_phrase(an, j + nxt[1])[0]
        while j < b and an.words[j].startswith(MORPH.li) and \
                ((of := an.trig("meeting_nouns", j)) or bare(an.words[j]) in DATES.day_words):
            # "ترأس الجلسة الافتتاحية للمؤتمر X", "الجلسة الصباحية لليوم الختامي": the session of it
            j = noun_phrase(an, j + (of[1] if of else 1))[0]
    if j + 1 < b and w[j] in MEETINGS.place_preps and (m := an.doc.mention_at.get(j + 1)) is not None:
        j = m.end  # "... لدعم الاستجابة الإنسانية في أفغانستان، الذي عقد ..."
    elif j + 2 < b and w[j] in MEETINGS.place_preps and w[j + 1] in MEETINGS.capital_words:
        i = j + 2  # "... في العاصمة الفرنسية باريس كل من ...": the capital, its state's adjective and its name
        while i < b and (m := an.doc.mention_at.get(i)) is not None and (m.first("city") or m.first("country")):
            i = m.end
        j = i if i > j + 2 else j
    if j + 1 < b and w[j] in MORPH.commas and w[j + 1] in MORPH.relative_pronouns:
        j += 2  # "وترأس المؤتمر، الذي عقد في ...، كل من ..."
        while j < b and w[j] not in MORPH.commas:
            j += 1
    elif j < b and w[j] in MORPH.relative_pronouns:
        # "وترأس الاجتماع الذي عقد اليوم في روما وزير الخارجية الإيطالي ...": to the office or official
        at = next((i for i in range(j + 1, min(b, j + CLAUSE_REACH)) if person_at(an, i) is not None
                   or an.lex.titles.match(w, i)), None)
        j = at if at is not None else j
    return j


def subject(an: Analysis, a: int, k: int, n: int, b: int):
    """'ترأس [الاجتماع] X [بشكل مشترك مع Y]', 'سيترأس ...', 'وكان X قد ترأس ...'."""
    w, j = an.words, k + n
    if j < b and an.lex.is_trigger("not_chair_objects", w[j]):
        return [], j
    group = j < b and an.lex.is_generic_org(w[j])
    j, start = object_end(an, j, b), j
    if an.trig("meeting_nouns", start) and any(an.lex.is_trigger("past_meeting", t) for t in w[start:j]):
        return [], None  # "خلفا لنظيره المغربي ... الذي ترأس الدورة السابقة": the one before
    every = any(w[i:i + 2] == list(MORPH.each_of) for i in range(j, min(b, j + 3)))
    found = agents_from(an, j, b, limit=8 if every or group else 1, group=group)
    if found and not (every or group):
        found += coordinated(an, found[-1][2], b)
    if found and heads_body(an, found[-1][2], b):
        return [], None  # "وترأس وزير الخارجية المصري وفد بلاده": heading a delegation
    if found and not group and a_body_that_meets(an, found):
        return [], None  # "التي ترأست بشكل مشترك المنتدى العالمي ...": the body, not this meeting
    if found and _another_meeting_at(an, found[-1][2]):
        return [], None  # "قبل أن يترأس الوزير الأميركي اجتماعاً مصغراً حول سوريا": a meeting not reported
    # ("ترأس وزير الخارجية المصري سامح شكري مع الممثل الأعلى ... بوريل الاجتماع": 'مع' right after the
    # subject, the meeting after the one joined)
    with_subject = found[-1][2] if found and _object_after(an, found[-1][2], b) else None
    if not found:  # "وكان خادم الحرمين الشريفين قد ترأس ... القمة": the subject comes first
        found = subjects_before(an, a, k)
    for jj in range(j, min(b, j + 25)):
        hit2 = an.trig("jointly", jj)
        # "بشكل مشترك مع", "إلى جانب نظيره ..."; a bare 'مع' right after the object or set off by
        # a comma: "التي ترأست المؤتمر مع الأمم المتحدة", "ترأست تركيا، مع هولندا، اجتماع";
        # 'إلى جانب' a state only set off right after the subject: "ويترأس المغرب، إلى جانب ..."
        beside_subject = an.words[jj - 1] in MORPH.commas and \
            not any(an.lex.is_trigger("participation", an.words[t]) for t in range(j, jj))
        beside = jj + hit2[1] if hit2 else jj  # (or an office: "إلى جانب نظيره التركي")
        if hit2 and (hit2[1] > 1 or jj in (j, with_subject) or an.words[jj - 1] in MORPH.commas) and (
                an.words[jj] not in MEETINGS.to or person_at(an, jj + 2) or beside_subject
                or beside < b and (an.lex.is_trigger("counterpart", an.words[beside]) or an.lex.titles.match(an.words, beside))):
            found += agents_from(an, jj + hit2[1], b)
            break
    return found, None


OBJECT_REACH = 15  # words from 'مع' after a chair's subject to the meeting chaired


def _object_after(an: Analysis, j: int, b: int) -> bool:
    """A meeting is named within reach after token j, in its sentence ('... مع بوريل الاجتماع الوزاري')."""
    return any(m.start > j and m.start - j <= OBJECT_REACH and m.start < b for m in an.meeting_mentions)


def _another_meeting_at(an: Analysis, j: int) -> bool:
    """A meeting the story does not report (no meeting of its own) named at token j, right after
    the subject of 'ترأس': the one chaired."""
    return any(m.start == j and m.entity is None and not m.within for m in an.meeting_mentions)


def a_body_that_meets(an: Analysis, found: Found) -> bool:
    """The first agent found is a body that meets and is chaired (the presidency is its, standing)."""
    first = found[0][0][0]
    return first.kind == "org" and meets(an, first.id)


TERM_REACH = 8  # words after a presidency to the mark that it is a term to come


def term_to_come(an: Analysis, at: int, b: int, reach: int = TERM_REACH) -> bool:
    """'على أن تتقاسم كندا مع المغرب رئاسة المنتدى في الولاية المقبلة': the presidency at token at (or
    the verb, with a longer reach) is of a term or a meeting to come, not the meeting reported."""
    return any(an.words[j] in DATES.future_marks for j in range(at + 1, min(b, at + reach)))
