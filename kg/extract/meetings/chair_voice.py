"""Chairs said in the first person: 'لقد ترأسنا المؤتمر بالاشتراك مع العراق ...', 'بصفتنا رئيسين
مشاركين لهذا الاجتماع', 'برئاستنا المشتركة مع الاتحاد الأوروبي', 'مشاركة بلادي في رئاسة هذا المؤتمر
مع شركائنا في المملكة المتحدة ...'.

'We' is the state or body of the one speaking (:mod:`kg.extract.voice`); a dual co-chair ('رئيسين
مشاركين') is he and the official named beside him (the two of a joint press conference); those
joined after the phrase ('مع ...', 'بالاشتراك مع ...') chair with them.
"""
from __future__ import annotations

from ...arabic import stems
from ...data import words
from ..analysis import Analysis
from ..voice import speaker
from .chair_antecedents import Found, joined_at, person_agents
from .chair_subjects import object_end

MEETINGS = words("meetings")

BESIDE_REACH = 2  # tokens between two officials named together ('X ووزير ... Y', 'X، وY')


def we_chaired(an: Analysis, a: int, k: int, n: int, b: int):
    """The speaker's state or body, the official beside him for a dual, and those joined after."""
    p = speaker(an.doc, an.people, k)
    if p is None or p.represents is None:
        return [], None
    found: Found = [person_agents(p, *p.intro)]
    if any(f in MEETINGS.dual_co_chairs for t in an.words[k:k + n] for f in stems(t)):
        found += [person_agents(q, *q.intro) for q in _beside(an, p)[:1]]
    j = k + n
    j += j < b and an.words[j] in MEETINGS.this_words  # "في رئاسة هذا المؤتمر مع ..."
    end = object_end(an, j, b)
    found += joined_at(an, found, j, b) or joined_at(an, found, end, b)
    return found, None


def _beside(an: Analysis, p) -> list:
    """The officials introduced right before or after p, joined to him ('لويجي دي مايو ووزير
    الخارجية الأمريكي أنتوني بلينكن')."""
    return [q for q in an.people if q is not p and (0 <= q.intro[0] - p.intro[1] <= BESIDE_REACH
                                                    or 0 <= p.intro[0] - q.intro[1] <= BESIDE_REACH)]
