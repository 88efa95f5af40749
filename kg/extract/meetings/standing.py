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
    the article says it has (the caller adds them)."""
    target = an.primary
    if target is None or target.convener is None:
        return [], []
    org = an.lex.entity("org", target.convener.value)
    if org is None or org.extra.get("kind") not in GROUP_KINDS:
        return [], []
    targets = [m for m in an.meetings if m.convener and m.convener.value == target.convener.value]
    found: Found = []
    for a, b in an.doc.sentences:
        for k in range(a, b):
            if not an.lex.is_trigger("group_chair_verbs", an.words[k]):
                continue
            if k + 1 < b and an.lex.is_trigger("not_chair_objects", an.words[k + 1]):
                continue
            if _other_group(an, k + 1, b, target.convener.value):
                continue  # ("وتترأس الكويت بالشراكة مع هولندا وتركيا مجموعة عمل المقاتلين الأجانب": another's)
            found += agents_from(an, _past_clause(an, k + 1, b), b, group=True)
    return targets, found


def _other_group(an: Analysis, a: int, b: int, own: str) -> bool:
    """A working group or forum other than ``own`` is named in tokens [a, b)."""
    for m in an.doc.mentions_in(a, b):
        org = m.first("org")
        entry = an.lex.entity("org", org.id) if org is not None else None
        if entry is not None and org.id != own and entry.extra.get("kind") in GROUP_KINDS:
            return True
    return False


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
