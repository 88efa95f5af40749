"""Chairs named before their phrase: the officials a 'ترأسا' or 'خلال ترؤسهما' points back to,
the state before 'بصفتها رئيسا مشاركا', the one before 'بالرئاسة المشتركة مع', and those
joined to them by 'مع' or 'إلى جانب'. The helpers the readers of :mod:`.chair_readers` share.
"""
from __future__ import annotations

from ...arabic import stems
from ...data import words
from ..analysis import Analysis
from ..records import Agent
from .agents import agents_from
from ..refs import title_referent
from .people_refs import named_last, person_at, subject_before

MEETINGS = words("meetings")
MORPH = words("morphology")
REGION_NOUNS = words("pledges").region_nouns

Found = list[tuple[list[Agent], int, int]]


def person_agents(p, i: int, j: int):
    """An official as a chair: the state or body they act for (when known) and the person."""
    return ([*([p.represents.value] if p.represents else []), Agent("person", p.key)], i, j)


def people_before(an: Analysis, lo: int, k: int) -> list:
    """The officials first named in tokens [lo, k), in the order they were named."""
    return sorted((p for p in an.people if lo <= p.intro[0] < k), key=lambda p: p.intro[0])


def joined_at(an: Analysis, found: Found, j: int, b: int) -> Found:
    """Those after a 'jointly' phrase at token j ('مع ...', 'إلى جانب ...', or after the comma that
    closes a clause there: '... رئاسة المؤتمر ...، الذي عقد اليوم ...، إلى جانب ...') not yet in found."""
    j += j < b and an.words[j] in MORPH.commas
    joint = an.trig("jointly", j) if j < b else None
    return [f for f in agents_from(an, j + joint[1], b) if f not in found] if joint else []


def subjects_before(an: Analysis, a: int, k: int) -> Found:
    """The official before 'ترأس'; before 'ترأسا' / 'ترأسوا', the two (or all) named before it."""
    many = next((MEETINGS.plural_chair_verbs[f] for f in stems(an.words[k]) if f in MEETINGS.plural_chair_verbs), None)
    if many is not None:
        lo = max(a, an.doc.sentence_of(k)[0])
        before = people_before(an, lo, k)
        if len(before) >= max(many, 2):
            return [person_agents(p, *p.intro) for p in before[-many if many else 0:]]
        if many == 2 and not before and (pair := agents_listed_before(an, lo, k, 2)) and pair[-1][2] == k:
            return pair  # "الإمارات وألمانيا تترأسان اجتماع «الاستقرار»": the two states right before
    subj = subject_before(an, a, k)
    return [person_agents(*subj)] if subj is not None else _body_before_which(an, a, k)


def _body_before_which(an: Analysis, a: int, k: int) -> Found:
    """'بيان صادر عن الاتحاد الأوروبي الذي يترأس المؤتمر': the state or body the relative pronoun right
    before the present 'chairs' points back to."""
    if k - 1 <= a or an.words[k - 1] not in MORPH.relative_pronouns or an.words[k] not in MEETINGS.present_chair_verbs:
        return []
    m = an.doc.mention_ending_at(k - 1, max(a, k - 7))
    return agents_from(an, m.start, k - 1) if m is not None else []


def plural_subject(verb: str) -> int | None:
    """How many chaired, by the verb's own ending under its object pronoun: 'ترأساه' two, 'ترأسوه'
    all (0); None for one ('ترأسه')."""
    bare = next((verb[:-len(p)] for p in sorted(MORPH.object_pronouns_singular, key=len, reverse=True)
                 if verb.endswith(p)), verb)
    return next((MEETINGS.plural_chair_verbs[f] for f in stems(bare) if f in MEETINGS.plural_chair_verbs), None)


def last_chairs(an: Analysis, k: int, many: int | None) -> Found:
    """The ``many`` officials named last before token k (introduced or named again), in its
    sentence and the one before: 'وأوضح بوريطة، في ندوة مع فيكتوريا نولاند، ... الاجتماع الذي
    ترأساه'. All of them in its sentence for 0; none for None or too few."""
    if many is None:
        return []
    chosen = named_last(an, k, across=bool(many))
    chosen = chosen[-many:] if many else chosen
    if len(chosen) >= max(many, 2):
        return [person_agents(p, *p.intro) for p in chosen]
    # "وكان وزيرا خارجية المغرب وهولندا قد ترأساه": two offices with no names, the states named last
    return agents_listed_before(an, an.doc.sentence_of(k)[0], k, many) if many == 2 else []


def chairing_of(an: Analysis, a: int, k: int, n: int, b: int):
    """'خلال ترؤسهما الاجتماع': the officials named before, as many as the pronoun says."""
    if k + n < b and an.lex.is_trigger("not_chair_objects", an.words[k + n]):
        return [], None  # "خلال ترؤسه وفد بلاده": heading a delegation
    lo = max(a, an.doc.sentence_of(k)[0])
    before = people_before(an, lo, k)
    phrase = an.words[k + n - 1]
    take = next((t for suffix, t in MEETINGS.chairing_pronoun_counts.items() if phrase.endswith(suffix)), 0)
    chosen = before[-take:] if take else before
    if not before and take == 1:  # "في مستهل ترؤسه أمس الاجتماع ...، أعلن وزير الدفاع X": the one named next
        # (or named again: 'وفي كلمته عقب تسلمه رئاسة الدورة، شكر مبيلا ...')
        nxt = next((p for j in range(k + n, an.doc.sentence_of(k)[1]) if (p := person_at(an, j))), None)
        chosen = [nxt] if nxt else []
    if not chosen and take:  # "الشكر إلى جمهورية مصر العربية ومملكة النرويج على رئاستهما": the states before
        return agents_listed_before(an, lo, k, take), None
    return [person_agents(p, *p.intro) for p in chosen], None


def agents_listed_before(an: Analysis, lo: int, k: int, many: int | None) -> Found:
    """The ``many`` states or bodies named last before token k, from lo; none if fewer. With ``many``
    None, those of the list that ends right before k ('X وY وZ،'), back to the first not joined by 'و'."""
    out: Found = []
    while many is None or len(out) < many:
        found = agent_before(an, lo, k)
        if found is None or found[0][0].kind == "person":
            return out if many is None else []
        out.insert(0, found)
        if many is None and not an.words[found[1]].startswith(MORPH.wa):
            break
        k = found[1]
    return out


def as_co_chair(an: Analysis, a: int, k: int, n: int, b: int):
    """'وقالت الكويت، بصفتها رئيسا مشاركا للمؤتمر': the one named before ('بصفتهما': the
    officials before, as chairing_of reads them); '... للمؤتمر إلى جانب الاتحاد الأوروبي': and
    those beside it."""
    if MEETINGS.as_pair_or_more in an.words[k]:
        found, _ = chairing_of(an, a, k, n, b)
    elif k + 1 < b and an.words[k + 1] in MEETINGS.co_chairs_plural:
        found = agents_listed_before(an, a, k, None)  # "دعت المملكة المتحدة ... وألمانيا، بصفتها الرؤساء المشاركين"
    else:
        before = agent_before(an, a, k)
        found = [before] if before else []
    by = _by_agent(an, k + n, b)
    if by is not None:  # "المؤتمر، المترأس بشكل مشترك من قبل فرنسا وألمانيا والاتحاد الأوروبي": those after
        return agents_from(an, by, b), None
    if not found:  # "واعتبر رئيس الاجتماع، الأمير عبد العزيز بن سعود، وزير الداخلية ...": the one named next
        found = [person_agents(p, *p.intro) for p in people_before(an, k + n, min(b, k + n + 2))[:1]]
    j = k + n + (1 if k + n < b and an.words[k + n].startswith(MORPH.li) else 0)
    noun = an.trig("meeting_nouns", j) if j < b and any(f in MEETINGS.this_words for f in stems(an.words[j - 1])) else None
    j += noun[1] if noun else 0  # "بصفته رئيسا مشاركا لهذا المؤتمر إلى جانب ..."
    j = next((i for i in range(j, min(b, j + OBJECT_TAIL + 1)) if an.trig("jointly", i)
              or not an.doc.definite(i)), j)  # ("رئيساً مشاركاً لمجموعة العمل إلى جانب ...": past its noun's words)
    if found:
        found += joined_at(an, found, j, b)
    return found, None


OBJECT_TAIL = 2  # definite words of the co-chaired body's name after its first ('لمجموعة العمل')


def _by_agent(an: Analysis, j: int, b: int) -> int | None:
    """Past 'من قبل' / 'من طرف' (by) after a passive participle ('المترأس [بشكل مشترك] من قبل'),
    where its agents start."""
    hit = an.trig("jointly", j) if j < b else None
    j += hit[1] if hit and an.words[j] != MEETINGS.with_words[0] else 0
    return j + 2 if " ".join(an.words[j:j + 2]) in MEETINGS.by_agent else None


def with_partner(an: Analysis, a: int, k: int, n: int, b: int) -> Found:
    """'بالرئاسة المشتركة مع الكويت', 'ويشارك في رئاسته مع الأمم المتحدة': those after 'مع',
    and the one named before."""
    found = agents_from(an, k + n + 1, b)
    before = agent_before(an, a, k)
    return found + [before] if found and before else found


def agent_before(an: Analysis, a: int, k: int):
    """The nearest state, organisation or official before token k in its sentence; a body in the
    genitive ('الاجتماع الوزاري للتحالف') is what meets, not who chairs."""
    lo = max(a, an.doc.sentence_of(k)[0], k - 30)
    titled = {i: t for t in an.titles for i in range(t.start, t.end) if lo <= t.start < k}
    for j in range(k - 1, lo - 1, -1):
        # (or an office said again without the name: "ورحب سمو ولي العهد رئيس الاجتماع")
        person = person_at(an, j) or (title_referent(an.people, titled[j], an.words) if j in titled else None)
        if person is not None:
            return person_agents(person, *person.intro)
        m = an.doc.mention_at.get(j)
        if m is None or an.words[j].startswith(MORPH.lil):
            continue
        if m.start > 0 and any(f in REGION_NOUNS for f in stems(an.words[m.start - 1])):
            continue  # "مؤتمر أوسلو ... بشأن نيجيريا ومنطقة بحيرة تشاد، الذي تشارك ألمانيا في رئاسته": a place
        e = m.first("country") or m.first("org")
        if e is not None:
            return [Agent("country" if e.kind == "country" else "org", e.id)], j, m.end
    return None
