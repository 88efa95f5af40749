"""A working group's or forum's standing co-chairs, who chair its meetings.

"وتتولى الكويت رئاسة المجموعة بالاشتراك مع تركيا وهولندا": said anywhere in the
article, in the present tense, of the body whose meeting is reported.
"""
from __future__ import annotations

from ...data import words
from ..analysis import Analysis
from ..records import Meeting
from .agents import agents_from
from .chair_antecedents import Found
from .chair_subjects import TERM_REACH, term_to_come

MORPH = words("morphology")


def own_group(an: Analysis, meeting: Meeting) -> str | None:
    """The working group or forum a meeting is of: its convener, else the first one named in its
    first stretch ('اجتمع في أنقرة ... في إطار مجموعة العمل الخاصة بالمقاتلين الإرهابيين الأجانب')."""
    convener = meeting.convener.value if meeting.convener else None
    if is_group(an, convener):
        return convener
    segs = an.segments.get(meeting.key)
    if not segs:
        return None
    _, a, b, _ = segs[0]
    return next((org.id for m in an.doc.mentions_in(a, b) if (org := m.first("org")) and is_group(an, org.id)), None)


def another_groups(an: Analysis, own: str | None, k: int) -> bool:
    """A chair phrase at token k in a relative clause on a group named right before it, not the
    meeting's own ('... ومنها مجموعة مكافحة تمويل "داعش" التي تتشارك في رئاستها الولايات المتحدة ...';
    not '... للمنتدى العالمي، الذي يعقد على مدى يومين برئاسة مشتركة': the meeting's clause)."""
    w = an.words
    if own is None or k < 2 or w[k - 1] not in MORPH.relative_pronouns:
        return False
    named = _group_mention_before(an, an.doc.sentence_of(k)[0], k - 1)
    # (nor the forum the meeting's group belongs to: '... غرب أفريقيا التابعة للمنتدى العالمي ...، الذي ترأسه')
    entry = an.lex.entity("org", own)
    theirs = (own, entry.extra.get("parent") if entry else None)
    return named is not None and named.first("org").id not in theirs and not any(t[:1].isalpha() for t in w[named.end:k - 1])


def group_chairs(an: Analysis) -> tuple[list[Meeting], Found]:
    """'وتتولى الكويت رئاسة المجموعة بالاشتراك مع تركيا وهولندا': a working group's or
    forum's standing co-chairs chair its meetings. The group's meetings, and the co-chairs
    the article says it has (the caller adds them). The group is the reported meeting's
    convener, or the one the clause is said of ('مجموعة عمل ...، التي تتشارك رئاستها ...')."""
    own = an.primary.convener.value if an.primary is not None and an.primary.convener else None
    found: Found = []
    group = own if is_group(an, own) else None
    for a, b in an.doc.sentences:
        for k in range(a, b):
            if not an.lex.is_trigger("group_chair_verbs", an.words[k]):
                continue
            if k + 1 < b and an.lex.is_trigger("not_chair_objects", an.words[k + 1]) or _leads_a_delegation(an, a, k):
                continue
            said_of = group or group_before(an, a, k)
            if said_of is None or _other_group(an, k + 1, b, said_of) or term_to_come(an, k, b, 2 * TERM_REACH):
                continue  # ("وتترأس الكويت بالشراكة مع هولندا وتركيا مجموعة عمل المقاتلين الأجانب": another's)
            group = said_of
            subject = an.doc.mention_ending_at(k, max(a, k - SUBJECT_WORDS))  # "أن مصر تتولى بالاشتراك مع ..."
            found += (agents_from(an, subject.start, k) if subject is not None and subject.first("country", "name") else []) \
                + agents_from(an, _past_clause(an, k + 1, b), b, group=True)
    if group is None:
        return [], []
    return [m for m in an.meetings if m.convener and m.convener.value == group], found


def _leads_a_delegation(an: Analysis, a: int, k: int) -> bool:
    """'بحضور وفد مصري يقوده السفير ...': the verb says who leads a delegation named just before it."""
    return any(an.lex.is_trigger("not_chair_objects", t) for t in an.words[max(a, k - 2):k])


SUBJECT_WORDS = 4  # words of a state's name right before the group's chair verb ('أن المملكة المغربية تتولى')
GROUP_BEFORE = 12  # words from a group's name to the relative clause that says who chairs it


def group_before(an: Analysis, a: int, k: int) -> str | None:
    """The working group or forum named just before token k in its sentence."""
    m = _group_mention_before(an, a, k)
    return m.first("org").id if m is not None else None


def _group_mention_before(an: Analysis, a: int, k: int):
    """The mention of a working group or forum last named in tokens [a, k), within GROUP_BEFORE of k."""
    return next((m for m in reversed(an.doc.mentions_in(max(a, k - GROUP_BEFORE), k))
                 if (org := m.first("org")) is not None and is_group(an, org.id)), None)


def is_group(an: Analysis, org_id: str | None) -> bool:
    entry = an.lex.entity("org", org_id) if org_id else None
    return entry is not None and entry.extra.get("kind") in GROUP_KINDS


def _other_group(an: Analysis, a: int, b: int, own: str) -> bool:
    """A working group or forum other than ``own`` is named in tokens [a, b)."""
    return any((org := m.first("org")) is not None and org.id != own and is_group(an, org.id)
               for m in an.doc.mentions_in(a, b))


GROUP_KINDS = ("working_group", "forum")


def _past_clause(an: Analysis, j: int, b: int) -> int:
    """'ويترأس المجموعة، التي أنشئت أواخر عام 2021 ...، كل من ...': past the group's noun and a
    relative clause set off by commas after it."""
    w = an.words
    while j < b and an.lex.is_trigger("group_chair_filler", w[j]) and not an.lex.is_generic_org(w[j]):
        j += 1  # ('رئاسة المجموعة، التي ...')
    k = j + (j < b and an.lex.is_generic_org(w[j]))
    if k + 1 < b and w[k] in MORPH.commas and w[k + 1] in MORPH.relative_pronouns:
        close = next((i for i in range(k + 2, b) if w[i] in MORPH.commas), None)
        if close is not None:
            return close + 1
    if k < b and w[k] in MORPH.relative_pronouns:  # "وتتولى رئاسة المجموعة التي أنشئت مطلع العام الماضي كل من ..."
        each = next((i for i in range(k + 1, min(b, k + CLAUSE_WORDS)) if w[i:i + 2] == list(MORPH.each_of)), None)
        if each is not None:
            return each + 2
    return j


CLAUSE_WORDS = 10  # words of a relative clause on the group before 'كل من' and its chairs
