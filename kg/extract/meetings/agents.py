"""Lists of agents after a chair phrase: states, bodies and people ('X و Y و Z').
"""
from __future__ import annotations

from typing import NamedTuple

from ...arabic import is_int, stems
from ...data import words
from ..analysis import Analysis
from ..officials.positions import position_at
from ..records import Agent, Person
from ..refs import focus_org, own_state
from .people_refs import honoured, named_last, person_at

MEETINGS = words("meetings")
OFFICIALS = words("officials")
MORPH = words("morphology")


class _Step(NamedTuple):
    """What one token of an agent list is: the agents it names (with their tokens), if any,
    and where the list goes on."""

    found: tuple[list[Agent], int, int] | None
    next: int
    fresh: bool = False  # an agent named outright: the words skipped are counted from zero again


_END = object()  # a word that ends the list


def agents_from(an: Analysis, p: int, b: int, limit: int = 8, group: bool = False) -> list[tuple[list[Agent], int, int]]:
    """Agents listed from token p: states, organisations, people ('X و Y و Z').
    With ``group``, the words of 'تتولى رئاسة المجموعة بالاشتراك مع' are skipped too.
    Each token is read by the steps below in turn: an agent named there, a word passed
    over, an agent implied (the home state, 'البلدين', an office without a name), a
    group's word; else up to three numbers or counted nouns are skipped."""
    out: list[tuple[list[Agent], int, int]] = []
    skips = 0
    while p < b and len(out) < limit:
        step = _named(an, p) or _passed_over(an, p, out) or _implied(an, p, b) or _group_word(an, p, group)
        if step is _END:
            break
        if step is None:
            if skips < 3 and _countable(an, an.words[p]):
                p, skips = p + 1, skips + 1
                continue
            break
        if step.found:
            out.append(step.found)
        p = step.next
        if step.fresh:
            skips = 0
    return out


def _named(an: Analysis, p: int):
    """An official (or an honorific pronoun for one), a state or a body named at token p;
    _END for any other lexicon name."""
    person = person_at(an, p)
    if person is not None or an.words[p] in MEETINGS.honorific_pronouns:
        return _person(an, p, person)
    m = an.doc.mention_at.get(p)
    if m is None:
        return None
    e = m.first("country") or m.first("org")
    if e is None:
        return _capital(an, m)
    if e.kind == "org" and m.prefix.endswith(MORPH.li) and meets(an, e.id):
        return _Step(None, m.end)  # "الرؤساء المشاركون لمجموعة ...، وهم": the group they chair
    agents = [Agent(*an.lex.acting_for(e.id)) if e.kind == "org" else Agent("country", e.id)]
    return _Step((agents, p, m.end), m.end, fresh=True)


def _capital(an: Analysis, m):
    """'برئاسة مشتركة لكل من الرياض وواشنطن': a capital in the list stands for its state (never
    'بالرياض' or 'للرياض', a place); _END for any other name."""
    city = m.first("city")
    if city is None or m.prefix.endswith((MORPH.bi, MORPH.li)):
        return _END
    agent = an.lex.capital_agent(city.id)  # ('ترأسته باريس وبرلين وبروكسل': Brussels is the EU)
    if not agent:
        return _END
    return _Step(([Agent(*agent)], m.start, m.end), m.end, fresh=True)


def _person(an: Analysis, p: int, person: Person | None):
    """The official at token p, with the state they act for; "وترأس سموه الاجتماع": the
    prince named before."""
    end = p + 1
    if person is None:
        person = honoured(an, p)
    elif person.intro[0] <= p < person.intro[1]:
        end = person.intro_end
    else:
        end = next(e for s, e in person.mentions if s <= p < e)
    if person is None:
        return _END
    agents = [*([person.represents.value] if person.represents else []), Agent("person", person.key)]
    return _Step((agents, p, end), max(end, p + 1), fresh=True)


def _passed_over(an: Analysis, p: int, out: list) -> _Step | None:
    """Words between agents: fillers, 'نظيره', honorifics, a title before a name said again,
    'jointly' once one is named, and before the first, the day ("ترأس الاجتماع اليوم وزير ...")."""
    w, lex, tok = an.words, an.lex, an.words[p]
    if tok in MEETINGS.agent_list_fillers or _pair_mark(an, p, out) or lex.is_trigger("counterpart", tok) \
            or lex.honorifics.match(w, p):
        return _Step(None, p + 1)
    title = lex.titles.match(w, p)
    named = person_at(an, p + title[1]) if title and lex.title_info[title[0][0]].get("definite") else None
    if named is not None and any(s == p + title[1] for s, _ in named.mentions):
        return _Step(None, p + title[1])  # "وترأس الاجتماع الوزير جنتيلوني": 'the minister' before a name said again
    joint = an.trig("jointly", p)
    if joint and out:
        return _Step(None, p + joint[1])
    if not out:
        rel = lex.relative_days.match(w, p)
        if rel or any(f in lex.weekdays for f in stems(tok)):
            return _Step(None, p + (rel[1] if rel else 1))
        if " ".join(w[p:p + 2]) in MEETINGS.this_time:
            return _Step(None, p + 2)  # "وتشارك في رئاسته هذا العام فنلندا"
        if tok in MEETINGS.delegates_of:  # "الذي ترأسه مندوبون عن إيطاليا والولايات المتحدة"
            return _Step(None, p + 1 + (p + 1 < len(w) and w[p + 1] == MEETINGS.of_about))
        if tok in MEETINGS.partners_of:  # "في رئاسة هذا المؤتمر مع شركائنا في المملكة المتحدة ..."
            return _Step(None, p + 1 + (p + 1 < len(w) and w[p + 1] in MEETINGS.partners_in))
    return None


def _pair_mark(an: Analysis, p: int, out: list) -> bool:
    """'برئاسة سعودية - أمريكية مشتركة': a dash between two states of one list."""
    return bool(out) and an.words[p] in MEETINGS.agent_pair_marks and p + 1 in an.doc.mention_at


def _implied(an: Analysis, p: int, b: int) -> _Step | None:
    """Agents named without a name: the outlet's own state, 'البلدين', 'بلاده' (the speaker's),
    an office alone."""
    home = next((f for f in stems(an.words[p]) if f in MEETINGS.home_state_words), None)
    if home and an.ctx.home_for(home, an.lex) and p + 1 < b and \
            (p + 1 not in an.doc.mention_at or an.words[p + 1].startswith(MORPH.wa)):
        # WAM's "الدولة", SPA's "المملكة", "تحت الرئاسة المشتركة لبلادنا وإيطاليا"
        return _Step(([Agent("country", an.ctx.home_for(home, an.lex))], p, p + 1), p + 1)
    pair = _the_two_states(an, p)
    if pair:
        return _Step((pair, p, p + 1), p + 1)
    counted = _the_parties(an, p)
    if counted:
        return _Step((counted, p, p + 2), p + 2)
    government = _government_of(an, p, b)
    if government:
        return government
    if an.words[p] in MEETINGS.their_two_countries or an.words[p] in MEETINGS.the_two_officials:
        # "كيري ونظيره التركي ... الذي تتولى بلادهما رئاسته", "وترأس الرئيسان جلسات المؤتمر"
        two = _the_two_officials(an, p)
        return _Step((two, p, p + 1), p + 1) if two else None
    if an.lex.is_trigger("own_country", an.words[p]):  # "الاجتماع الذي ترأسته بلاده مع تركيا"
        own = own_state(an.people, an.titles, an.doc.sentence_of(p)[0], p)
        return _Step(([own], p, p + 1), p + 1) if own else None
    body = _body_referred(an, p)
    if body:  # "الذي شارك في رئاسته الاتحاد والأمم المتحدة": the Union named before
        return _Step(([body], p, p + 1), p + 1)
    if _chaired_body_word(an, p):  # "الرؤساء المشاركون للمجموعة فهم ...": the group they chair
        return _Step(None, p + 1)
    office = _office_agents(an, p)
    if office:
        return _Step(office, office[2])
    return None


def _government_of(an: Analysis, p: int, b: int) -> _Step | None:
    """'والحكومة الأفغانية', 'حكومتي سويسرا والسويد': a state's government stands for the state."""
    if p + 1 >= b or not any(f in MEETINGS.government_nouns for f in stems(an.words[p])):
        return None
    m = an.doc.mention_at.get(p + 1)
    e = m.first("country") if m is not None and not m.prefix else None
    return _Step(([Agent("country", e.id)], p, m.end), m.end, fresh=True) if e else None


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


def _group_word(an: Analysis, p: int, group: bool) -> _Step | None:
    tok = an.words[p]
    if group and (an.lex.is_trigger("group_chair_filler", tok)
                  or an.lex.is_generic_org(tok)):
        return _Step(None, p + 1)
    return None


def _countable(an: Analysis, tok: str) -> bool:
    """A number, a counted noun or another word a list of agents may hold before its names."""
    lex = an.lex
    return (is_int(tok) or any(f in lex.number_words or f in lex.trigger_sets["count_nouns"] for f in stems(tok))
            or tok in MEETINGS.agent_list_skips or tok.startswith(MORPH.wa) and tok[1:] in MEETINGS.agent_list_skips)


def _office_agents(an: Analysis, p: int):
    """'وزير الخارجية الأمريكي' with no name after it: the state or body the office is of."""
    title = an.lex.titles.match(an.words, p)
    if not title or person_at(an, p) is not None:
        return None
    end, info = position_at(an, p, title[1])
    pair = next((_the_two_states(an, i) for i in range(p, end) if _the_two_states(an, i)), None)
    where = next((i for i in range(p, end) if an.words[i] in OFFICIALS.before_in), end)  # "... في العاصمة البلجيكية"
    agents = pair or [Agent("country", c) for c, i in info.adjectives + info.countries if i < where] or \
        [Agent("org", o) for o, _ in info.orgs]
    if not agents and title[0][0] in MEETINGS.home_offices and an.ctx.home and not info.generic:
        agents = [Agent("country", an.ctx.home)]  # "الذي ترأسه ولي العهد وزير الدفاع" in SPA's copy
    return (agents, p, end) if agents else None


def coordinated(an: Analysis, p: int, b: int) -> list[tuple[list[Agent], int, int]]:
    """Agents joined by 'and' to the one ending at p: "ترأست المملكة المتحدة والعراق",
    "ترأس الاجتماع وزير الخارجية السعودي ...، ووزير الخارجية الأمريكي ...",
    "... ونظيره الأمريكي ...". A verb after the 'and' ("وحضره") ends the list."""
    w, out = an.words, []
    while p < b and len(out) < 7:
        q = p + 1 if w[p] in MORPH.commas else p
        if q >= b or not (w[q].startswith(MORPH.wa) and (w[q] == MORPH.wa or _joins(an, q))):
            break
        nxt = agents_from(an, q, b, limit=1)
        if not nxt or nxt[0][1] > q + 1:
            break
        out += nxt
        p = nxt[0][2]
    return out


def _joins(an: Analysis, q: int) -> bool:
    """Token q is 'و' glued to an agent: a state or body, an official, a title or an honorific
    ('ومعالي وزير خارجية ...'), 'نظيره', a state's government ('والحكومة الأفغانية')."""
    m = an.doc.mention_at.get(q)
    if m is not None:
        return m.prefix.startswith(MORPH.wa) and bool(m.first("country") or m.first("org"))
    return person_at(an, q) is not None or bool(an.lex.titles.match(an.words, q)) or \
        bool(an.lex.honorifics.match(an.words, q)) or an.lex.is_trigger("counterpart", an.words[q]) or \
        _government_of(an, q, len(an.words)) is not None


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