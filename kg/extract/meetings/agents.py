"""Lists of agents after a chair phrase: states, bodies and people ('X و Y و Z'); the agents
named without a name are read in :mod:`.implied`.
"""
from __future__ import annotations

from ...arabic import is_int, stems
from ...data import words
from ..analysis import Analysis
from ..records import Agent, Person
from ..refs import generic_org_at
from .implied import Step, implied, joins, meets
from .people_refs import honoured, person_at

MEETINGS = words("meetings")
OFFICIALS = words("officials")
MORPH = words("morphology")


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
        step = _named(an, p) or _passed_over(an, p, out) or implied(an, p, b) or _group_word(an, p, group)
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
        return Step(None, m.end)  # "الرؤساء المشاركون لمجموعة ...، وهم": the group they chair
    agents = [Agent(*an.lex.acting_for(e.id)) if e.kind == "org" else Agent("country", e.id)]
    return Step((agents, p, m.end), m.end, fresh=True)


def _capital(an: Analysis, m):
    """'برئاسة مشتركة لكل من الرياض وواشنطن': a capital in the list stands for its state (never
    'بالرياض' or 'للرياض', a place); _END for any other name."""
    city = m.first("city")
    if city is None or m.prefix.endswith((MORPH.bi, MORPH.li)):
        return _END
    agent = an.lex.capital_agent(city.id)  # ('ترأسته باريس وبرلين وبروكسل': Brussels is the EU)
    if not agent:
        return _END
    return Step(([Agent(*agent)], m.start, m.end), m.end, fresh=True)


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
    capacity = _in_capacity_of(an, end)  # (the body he chairs for; as a person he would count as his state's)
    agents = [capacity] if capacity else \
        [*([person.represents.value] if person.represents else []), Agent("person", person.key)]
    return Step((agents, p, end), max(end, p + 1), fresh=True)


CAPACITY_REACH = 5  # words from 'بصفته' to the body whose office it names


def _in_capacity_of(an: Analysis, end: int) -> Agent | None:
    """'الرئيس النيجري محمدو إيسوفو بصفته الرئيس الدوري للمجموعة': he chairs for the body his capacity
    names (a body's name, or its generic noun for the one named before), not for his state."""
    w = an.words
    if end >= len(w) or w[end] not in OFFICIALS.capacity:
        return None
    for j in range(end + 1, min(len(w), end + 1 + CAPACITY_REACH)):
        if any(f in OFFICIALS.session_words for f in stems(w[j])):
            return None  # "بصفته رئيس الدورة الحالية للمجلس الوزاري": his state's turn at the session's head
        m = an.doc.mention_at.get(j)
        if m is not None and (e := m.first("org")) is not None:
            return Agent(*an.lex.acting_for(e.id))
        if org := generic_org_at(an.doc, j):
            return Agent(*an.lex.acting_for(org))
    return None


def _government_of(an: Analysis, p: int) -> bool:
    """'الحكومتان البريطانية والصومالية': a government's noun before a state's adjective, which names it."""
    m = an.doc.mention_at.get(p + 1)
    return an.words[p] in MEETINGS.government_nouns and m is not None and m.first("country", "adjective") is not None


def _passed_over(an: Analysis, p: int, out: list) -> Step | None:
    """Words between agents: fillers, 'نظيره', honorifics, a title before a name said again,
    'jointly' once one is named, and before the first, the day ("ترأس الاجتماع اليوم وزير ...")."""
    w, lex, tok = an.words, an.lex, an.words[p]
    if tok in MEETINGS.agent_list_fillers or _pair_mark(an, p, out) or lex.is_trigger("counterpart", tok) \
            or lex.honorifics.match(w, p) or _government_of(an, p):
        return Step(None, p + 1)
    title = lex.titles.match(w, p)
    named = person_at(an, p + title[1]) if title and lex.title_info[title[0][0]].get("definite") else None
    if named is not None and any(s == p + title[1] for s, _ in named.mentions):
        return Step(None, p + title[1])  # "وترأس الاجتماع الوزير جنتيلوني": 'the minister' before a name said again
    joint = an.trig("jointly", p)
    if joint and out and " ".join(w[p:p + joint[1]]) not in MEETINGS.and_in_partnership:
        return Step(None, p + joint[1])  # (not 'برئاسة السعودية وبالشراكة مع الأمم المتحدة': a partner)
    if not out:
        rel = lex.relative_days.match(w, p)
        if rel or any(f in lex.weekdays for f in stems(tok)):
            return Step(None, p + (rel[1] if rel else 1))
        if " ".join(w[p:p + 2]) in MEETINGS.this_time:
            return Step(None, p + 2)  # "وتشارك في رئاسته هذا العام فنلندا"
        if tok in MEETINGS.delegates_of:  # "الذي ترأسه مندوبون عن إيطاليا والولايات المتحدة"
            return Step(None, p + 1 + (p + 1 < len(w) and w[p + 1] == MEETINGS.of_about))
        comprising = next((n for n in (2, 1) if " ".join(w[p:p + n]) in MEETINGS.comprising), 0)
        if comprising:  # "برئاسة مشتركة تضم الكويت والعراق والاتحاد الأوروبي"
            return Step(None, p + comprising)
        if tok in MEETINGS.partners_of:  # "في رئاسة هذا المؤتمر مع شركائنا في المملكة المتحدة ..."
            return Step(None, p + 1 + (p + 1 < len(w) and w[p + 1] in MEETINGS.partners_in))
    return None


def _pair_mark(an: Analysis, p: int, out: list) -> bool:
    """'برئاسة سعودية - أمريكية مشتركة': a dash between two states of one list."""
    return bool(out) and an.words[p] in MEETINGS.agent_pair_marks and p + 1 in an.doc.mention_at


def _group_word(an: Analysis, p: int, group: bool) -> Step | None:
    tok = an.words[p]
    if group and (an.lex.is_trigger("group_chair_filler", tok)
                  or an.lex.is_generic_org(tok)):
        return Step(None, p + 1)
    return None


def _countable(an: Analysis, tok: str) -> bool:
    """A number, a counted noun or another word a list of agents may hold before its names."""
    lex = an.lex
    return (is_int(tok) or any(f in lex.number_words or f in lex.trigger_sets["count_nouns"] for f in stems(tok))
            or tok in MEETINGS.agent_list_skips or tok.startswith(MORPH.wa) and tok[1:] in MEETINGS.agent_list_skips)


def coordinated(an: Analysis, p: int, b: int) -> list[tuple[list[Agent], int, int]]:
    """Agents joined by 'and' to the one ending at p: "ترأست المملكة المتحدة والعراق",
    "ترأس الاجتماع وزير الخارجية السعودي ...، ووزير الخارجية الأمريكي ...",
    "... ونظيره الأمريكي ...". A verb after the 'and' ("وحضره") ends the list."""
    w, out = an.words, []
    while p < b and len(out) < 7:
        q = p + 1 if w[p] in MORPH.commas else p
        if q >= b or not (w[q].startswith(MORPH.wa) and (w[q] == MORPH.wa or joins(an, q))):
            break
        nxt = agents_from(an, q, b, limit=1)
        if not nxt or nxt[0][1] > q + 1:
            break
        out += nxt
        p = nxt[0][2]
    return out
