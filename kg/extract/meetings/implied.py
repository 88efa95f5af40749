"""Agents a chair phrase names without a name: the outlet's own state ('المملكة'), 'البلدين', 'الجهات
الثلاث', a state's government, 'بلاده', a body's generic noun, an office alone ('وزير الخارجية
الأمريكي'); and what joins the next agent to a list ('و' before a state, an official or an office).
"""
from __future__ import annotations

from typing import NamedTuple

from ...arabic import stems
from ...data import words
from ..analysis import Analysis
from ..officials.positions import position_at
from ..records import Agent
from ..refs import focus_org, own_state
from .people_refs import named_last, person_at

MEETINGS = words("meetings")
OFFICIALS = words("officials")
MORPH = words("morphology")


class Step(NamedTuple):
    """What one token of an agent list is: the agents it names (with their tokens), if any,
    and where the list goes on."""

    found: tuple[list[Agent], int, int] | None
    next: int
    fresh: bool = False  # an agent named outright: the words skipped are counted from zero again


def implied(an: Analysis, p: int, b: int) -> Step | None:
    """Agents named without a name: the outlet's own state, 'البلدين', 'بلاده' (the speaker's),
    an office alone."""
    home = next((f for f in stems(an.words[p]) if f in MEETINGS.home_state_words), None)
    if home and an.ctx.home_for(home, an.lex) and p + 1 < b and \
            (p + 1 not in an.doc.mention_at or an.words[p + 1].startswith(MORPH.wa)):
        # WAM's "الدولة", SPA's "المملكة", "تحت الرئاسة المشتركة لبلادنا وإيطاليا"
        return Step(([Agent("country", an.ctx.home_for(home, an.lex))], p, p + 1), p + 1)
    pair = _the_two_states(an, p)
    if pair:
        return Step((pair, p, p + 1), p + 1)
    counted = _the_parties(an, p)
    if counted:
        return Step((counted, p, p + 2), p + 2)
    government = government_of(an, p, b)
    if government:
        return government
    if an.words[p] in MEETINGS.their_two_countries or an.words[p] in MEETINGS.the_two_officials:
        # "كيري ونظيره التركي ... الذي تتولى بلادهما رئاسته", "وترأس الرئيسان جلسات المؤتمر"
        two = _the_two_officials(an, p)
        return Step((two, p, p + 1), p + 1) if two else None
    if an.lex.is_trigger("own_country", an.words[p]):  # "الاجتماع الذي ترأسته بلاده مع تركيا"
        own = own_state(an.people, an.titles, an.doc.sentence_of(p)[0], p, an.words)
        return Step(([own], p, p + 1), p + 1) if own else None
    body = _body_referred(an, p)
    if body:  # "الذي شارك في رئاسته الاتحاد والأمم المتحدة": the Union named before
        return Step(([body], p, p + 1), p + 1)
    if _chaired_body_word(an, p):  # "الرؤساء المشاركون للمجموعة فهم ...": the group they chair
        return Step(None, p + 1)
    office = _office_agents(an, p)
    if office:
        return Step(office, office[2])
    return None


def government_of(an: Analysis, p: int, b: int) -> Step | None:
    """'والحكومة الأفغانية', 'حكومتي سويسرا والسويد': a state's government stands for the state."""
    if p + 1 >= b or not any(f in MEETINGS.government_nouns for f in stems(an.words[p])):
        return None
    m = an.doc.mention_at.get(p + 1)
    e = m.first("country") if m is not None and not m.prefix else None
    return Step(([Agent("country", e.id)], p, m.end), m.end, fresh=True) if e else None


def _the_two_officials(an: Analysis, p: int) -> list[Agent]:
    """The states of the two officials named last before token p, in its sentence or the one before."""
    states = [q.represents.value for q in named_last(an, p, across=True)[-2:] if q.represents]
    return states if len(states) == 2 and states[0] != states[1] else []


def _body_referred(an: Analysis, p: int) -> Agent | None:
    """A generic noun for a body named elsewhere in the article ('الاتحاد', 'الحلف'), not in the
    genitive of a meeting ('للتحالف')."""
    tok = an.words[p]
    if tok.startswith((MORPH.li, MORPH.bi)) or not an.lex.is_generic_org(tok):
        return None
    form = next(f for f in stems(tok) if f in an.lex.generic_org_words)
    org = focus_org(an.doc, form, p)
    return Agent(*an.lex.acting_for(org)) if org else None


def meets(an: Analysis, org_id: str) -> bool:
    """A body that meets and is chaired (a coalition, forum or working group): what a chair
    phrase names as chaired, never a chair."""
    return an.lex.entity("org", org_id).extra.get("kind") in MEETINGS.chaired_bodies


def _chaired_body_word(an: Analysis, p: int) -> bool:
    """'للمجموعة', 'للمنتدى': a body that meets, named by its generic noun after 'ل'."""
    tok = an.words[p]
    if not tok.startswith(MORPH.li):
        return False
    ids = {i for f in stems(tok) for i in an.lex.generic_org_words.get(f, [])}
    return any(meets(an, i) for i in ids)


def _office_agents(an: Analysis, p: int):
    """'وزير الخارجية الأمريكي' with no name after it: the state or body the office is of."""
    title = an.lex.titles.match(an.words, p)
    if not title or person_at(an, p) is not None:
        return None
    end, info = position_at(an, p, title[1])
    end = next((i for i in range(p + title[1], end) if _another_agent(an, i, info)), end)
    pair = next((_the_two_states(an, i) for i in range(p, end) if _the_two_states(an, i)), None)
    where = next((i for i in range(p, end) if an.words[i] in OFFICIALS.before_in), end)  # "... في العاصمة البلجيكية"
    agents = pair or [Agent("country", c) for c, i in info.adjectives + info.countries if i < where] or \
        [Agent("org", o) for o, i in info.orgs if i < end]
    if not agents and title[0][0] in MEETINGS.home_offices and an.ctx.home and not info.generic:
        agents = [Agent("country", an.ctx.home)]  # "الذي ترأسه ولي العهد وزير الدفاع" in SPA's copy
    return (agents, p, end) if agents else None


def _another_agent(an: Analysis, i: int, info) -> bool:
    """Token i, inside an office's phrase, opens the next agent joined by 'و': a state or body
    ("الأمين العام للأمم المتحدة والسويد"), or another office once this one has said whose it is
    ("أمير الكويت والأمين العام للأمم المتحدة"; but "نائب رئيس الوزراء ووزير الخارجية الكويتي" is one)."""
    if i in an.doc.mention_at:
        return joins(an, i)
    title = an.lex.titles.match(an.words, i)
    return bool(title) and MORPH.wa in title[2] and any(t < i for _, t in info.adjectives + info.countries + info.orgs)


def joins(an: Analysis, q: int) -> bool:
    """Token q is 'و' glued to an agent: a state or body, an official, a title or an honorific
    ('ومعالي وزير خارجية ...'), 'نظيره', a state's government ('والحكومة الأفغانية')."""
    m = an.doc.mention_at.get(q)
    if m is not None:
        return m.prefix.startswith(MORPH.wa) and bool(m.first("country") or m.first("org"))
    return person_at(an, q) is not None or bool(an.lex.titles.match(an.words, q)) or \
        bool(an.lex.honorifics.match(an.words, q)) or an.lex.is_trigger("counterpart", an.words[q]) or \
        government_of(an, q, len(an.words)) is not None


def _the_parties(an: Analysis, p: int) -> list[Agent] | None:
    """'الجهات الثلاث', 'الدول الأربع': the last so many states and bodies named before token p."""
    w = an.words
    if p + 1 >= len(w) or not any(f in MEETINGS.the_parties for f in stems(w[p])):
        return None
    n = an.lex.number_words.get(w[p + 1].removeprefix(MORPH.article))
    if n is None or n[0] != "units" or not 2 < n[1] < 10:
        return None
    return _last_named(an, p, int(n[1]), bodies=True)


def _last_named(an: Analysis, p: int, many: int, bodies: bool) -> list[Agent] | None:
    """The last ``many`` distinct states (and bodies, with ``bodies``) named before token p, in order."""
    seen: list[Agent] = []
    for m in reversed(an.doc.mentions_in(max(0, p - 200), p)):
        e = m.first("country") or (m.first("org") if bodies else None)
        agent = None if e is None else Agent(*an.lex.acting_for(e.id)) if e.kind == "org" else Agent("country", e.id)
        if agent is not None and agent not in seen:
            seen.append(agent)
        if len(seen) == many:
            return list(reversed(seen))
    return None


def _the_two_states(an: Analysis, p: int) -> list[Agent] | None:
    """'البلدين' / 'الدولتين': the last two states named before token p."""
    if not any(f in MEETINGS.the_two_states for f in stems(an.words[p])):
        return None
    return _last_named(an, p, 2, bodies=False)
