"""Who shares a meeting's chair by a verb before 'في رئاسة' / 'في الرئاسة المشتركة': the sharing
verb's subject, the official it takes as its object, those set beside them, and those after the
phrase ('... في رئاسة الاجتماع إلى جانب الولايات المتحدة'). A reader of :mod:`.chair_readers`.
"""
from __future__ import annotations

from ...data import words
from ..analysis import Analysis
from .agents import agents_from
from .chair_antecedents import Found, agent_before, joined_at, person_agents
from .chair_subjects import CLAUSE_REACH, object_end
from .people_refs import antecedent, person_at

MORPH = words("morphology")

SHARERS_REACH = 15  # words from the sharing verb to 'في رئاسة', officials' titles and names not counted


def _reach_back(an: Analysis, lo: int, k: int, reach: int) -> int:
    """The first token of the ``reach`` words before k, an official's introduction counting as none
    ('شاركت وكيلة وزارة الخارجية للشؤون السياسية فيكتوريا نولاند اليوم وزير الشؤون الخارجية ...
    ناصر بوريطة في رئاسة': two long offices between the verb and the phrase)."""
    j = k
    while j > lo and reach > 0:
        j -= 1
        reach -= person_at(an, j) is None
    return j


def sharers(an: Analysis, a: int, k: int, n: int, b: int):
    """'شاركت دولة الإمارات، إلى جانب ألمانيا والولايات المتحدة، في الرئاسة المشتركة لاجتماع':
    the sharing verb's subject and those beside it, before the phrase."""
    lo = _reach_back(an, max(a, an.doc.sentence_of(k)[0]), k, SHARERS_REACH)
    verb = next((i for i in range(k - 1, lo - 1, -1) if an.lex.is_trigger("share_verbs", an.words[i])), None)
    if verb is None:
        return [], None
    found = agents_from(an, verb + 1, k + 1)  # (k + 1: the home word "المملكة" right before the phrase)
    found += [f for f in _beside(an, found[-1][2] if found else verb + 1, k) + _shared_with(an, found, k) if f not in found]
    if found and verb >= 2 and an.words[verb - 1] in MORPH.relative_pronouns and an.words[verb - 2] in MORPH.commas:
        ante = agent_before(an, lo, verb - 1)  # "الاتحاد الأوروبي، الذي شارك الكويت في رئاسة المؤتمر": both
        found += [ante] if ante and ante[2] == verb - 2 and ante not in found else []
    if not found and verb + 1 == k:  # "وشارك في رئاسة الاجتماع، إلى جانب المغرب، كل من ..."
        j = object_end(an, k + n, b)
        while j < b and (an.words[j] in MORPH.commas or an.trig("jointly", j)):
            j += an.trig("jointly", j)[1] if an.trig("jointly", j) else 1
        ante = antecedent(an, lo, verb)  # "موغيريني، التي شاركت في رئاسة المؤتمر مع الأمم المتحدة"
        found = ([person_agents(ante, *ante.intro)] if ante else []) + agents_from(an, j, b)
    else:  # "وشاركت المملكة في ترؤس الاجتماع إلى جانب الولايات المتحدة": and the one beside it
        j = object_end(an, k + n, b)
        j += 1 if j < b and an.words[j] in MORPH.commas else 0
        found += joined_at(an, found, j, b) or _set_off_partner(an, found, k + n, b)
    return found, None


def _shared_with(an: Analysis, found: Found, k: int) -> Found:
    """'شاركت وكيلة الوزارة نولاند اليوم وزير الخارجية ناصر بوريطة في رئاسة': the official the
    sharing verb takes as its object, right after its subject (a day word between), shares it."""
    if not found:
        return []
    j = found[-1][2]
    day = an.lex.relative_days.match(an.words, j)
    j += day[1] if day else (j < k and an.words[j] in an.lex.weekdays)
    p = person_at(an, j)
    return [person_agents(p, *p.intro)] if p is not None and p.intro[0] == j and p.intro_end <= k else []


def _set_off_partner(an: Analysis, found: Found, j: int, b: int) -> Found:
    """'في رئاسة الاجتماع الذي احتضنته مراكش، إلى جانب وزير الخارجية المغربي': the one beside,
    set off by a comma after the object's relative clause."""
    at = next((k for k in range(j, min(b, j + CLAUSE_REACH)) if an.words[k - 1] in MORPH.commas and an.trig("jointly", k)), None)
    return joined_at(an, found, at, b) if at is not None else []


def _beside(an: Analysis, p: int, k: int) -> Found:
    """'تشارك بلادنا اليوم، إلى جانب تركيا وهولندا، في رئاسة': those beside the subject, set off
    before the phrase at k (read even when the subject is a word ctkg cannot resolve)."""
    for j in range(p, k):
        joint = an.trig("jointly", j)
        if joint and an.words[j - 1] in MORPH.commas:
            return agents_from(an, j + joint[1], k)
    return []
