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

MORPH = words("morphology")


def group_chairs(an: Analysis) -> tuple[list[Meeting], Found]:
    """'وتتولى الكويت رئاسة المجموعة بالاشتراك مع تركيا وهولندا': a working group's or
    forum's standing co-chairs chair its meetings. The group's meetings, and the co-chairs
    the article says it has (the caller adds them). The group is the reported meeting's
    convener, or the one the clause is said of ('مجموعة عمل ...، التي تتشارك رئاستها ...')."""
    own = an.primary.convener.value if an.primary is not None and an.primary.convener else None
    found: Found = []
    group = own if _is_group(an, own) else None
    for a, b in an.doc.sentences:
        for k in range(a, b):
            if not an.lex.is_trigger("group_chair_verbs", an.words[k]):
                continue
            if k + 1 < b and an.lex.is_trigger("not_chair_objects", an.words[k + 1]):
                continue
            said_of = group or _group_before(an, a, k)
            if said_of is None or _other_group(an, k + 1, b, said_of):
                continue  # ("وتترأس الكويت بالشراكة مع هولندا وتركيا مجموعة عمل المقاتلين الأجانب": another's)
            group = said_of
            found += agents_from(an, _past_clause(an, k + 1, b), b, group=True)
    if group is None:
        return [], []
    return [m for m in an.meetings if m.convener and m.convener.value == group], found


GROUP_BEFORE = 12  # words from a group's name to the relative clause that says who chairs it


def _group_before(an: Analysis, a: int, k: int) -> str | None:
    """The working group or forum named just before token k in its sentence."""
    for m in reversed(an.doc.mentions_in(max(a, k - GROUP_BEFORE), k)):
        org = m.first("org")
        if org is not None and _is_group(an, org.id):
            return org.id
    return None


def _is_group(an: Analysis, org_id: str | None) -> bool:
    entry = an.lex.entity("org", org_id) if org_id else None
    return entry is not None and entry.extra.get("kind") in GROUP_KINDS


def _other_group(an: Analysis, a: int, b: int, own: str) -> bool:
    """A working group or forum other than ``own`` is named in tokens [a, b)."""
    return any((org := m.first("org")) is not None and org.id != own and _is_group(an, org.id)
               for m in an.doc.mentions_in(a, b))


GROUP_KINDS = ("working_group", "forum")


def _past_clause(an: Analysis, j: int, b: int) -> int:
    """'ويترأس المجموعة، التي أنشئت أواخر عام 2021 ...، كل من ...': past the group's noun and a
    relative clause set off by commas after it."""
    w = an.words
    k = j + (j < b and an.lex.is_generic_org(w[j]))
    if k + 1 < b and w[k] in MORPH.commas and w[k + 1] in MORPH.relative_pronouns:
        close = next((i for i in range(k + 2, b) if w[i] in MORPH.commas), None)
        if close is not None:
            return close + 1
    return j
