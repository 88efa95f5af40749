"""Whom each official acts for: from the office first, then from the sentence around it.

The office's nationality adjective (``وزير الخارجية الأمريكي``), organisation
(``الأمين العام لحلف شمال الأطلسي``) or state come first; then counterpart,
delegation and 'representing' phrases; then a generic noun's organisation,
``البلاد`` for the outlet's state, a state whose speech it is, a nearby
adjective, where the office is, and finally the dateline's state.
"""
from __future__ import annotations

from ...arabic import fold
from ...data import words
from ...spot import Doc
from ..analysis import Analysis, PositionInfo
from ..context import Context
from ..records import Agent, Evidence, Fact, Person, evidence, evidence_at
from ..refs import focus_org
from .around import from_context, in_capacity, named_before, nearby_adjective, on_behalf
from .monarchs import monarch_state, reigns
from .tokens import PUNCT_CONTINUE, possessed_title

OFFICIALS = words("officials")
MORPH = words("morphology")


def assign(an: Analysis) -> None:
    """The pass: decide whom every official found acts for."""
    for p in an.people:
        represent(an, p, an.ctx)


def announcers(an: Analysis) -> None:
    """The pass after pledges: an official who announced a state's pledge, and acts for no one
    the officials pass could tell but the dateline's state, acts for that state ('• السعودية: مليار
    ونصف المليار دولار، أعلنها وزير الخارجية عادل الجبير' under a Kuwaiti dateline)."""
    for pledge in an.pledges:
        by = pledge.announced_by and next((p for p in an.people if p.key == pledge.announced_by.value), None)
        agent = pledge.donor.value
        # (a body's pledge only over the dateline's guess: 'الاتحاد الأوروبي: ٤٠٠ مليون يورو، أعلنتها ...')
        if by and (agent.kind == "country" and (by.represents is None or by.placed_by_dateline)
                   or agent.kind == "org" and by.placed_by_dateline):
            by.represents = Fact(agent, evidence_at(an.doc, by.intro[0], by.intro_end, "represents.announced-pledge"))


def represent(an: Analysis, person: Person, ctx: Context) -> None:
    """Decide whom ``person`` acts for, from the position first, then the context."""
    doc = an.doc
    info = an.info.get(person.key, PositionInfo())
    intro_ev = _ev(doc, *person.intro)

    def fact(kind, ident, rule):
        person.represents = Fact(Agent(kind, ident), evidence(intro_ev.start, intro_ev.end,
                                                               intro_ev.sentence, rule))

    capacity = in_capacity(an, person)
    if capacity:
        return fact("org", capacity, "represents.capacity")
    if info.adjectives:
        return fact("country", info.adjectives[0][0], "represents.position-adjective")
    if info.orgs or info.implied:  # (a body the office names before the one its title implies)
        return fact("org", (info.orgs or info.implied)[0][0], "represents.position-organisation")
    if info.countries:
        return fact("country", info.countries[0][0], "represents.position-state")
    context = from_context(an, person)
    if context:
        return fact(*context)
    if info.generic:
        word, tok = info.generic[0]
        org = focus_org(doc, word, tok)
        if org:  # ("رئيسة المفوضية": the Commission acts for the Union, as its full name does)
            return fact(*an.lex.acting_for(org), "represents.generic-organisation")
    body = _office_body(an, person)
    if body:
        return fact("org", body, "represents.office-body")
    joined = None if info.located else _joined_office(an, person)  # ("... ، ووزير الشؤون الإنسانية في النيجر X")
    if joined:
        return fact("country", joined, "represents.joined-office")
    if info.the_country and ctx.home:
        return fact("country", ctx.home, "represents.the-country")
    possessed = info.possessed or (person.intro[0] > 0 and an.words[person.intro[0] - 1] in OFFICIALS.its_envoy) \
        or possessed_title(an, person.intro[0])
    named = named_before(an, person, possessed) or on_behalf(an, person)
    if named:
        return fact(*named)
    nearby = nearby_adjective(an, person)
    if nearby:
        return fact("country", nearby, "represents.nearby-adjective")
    if info.located:
        return fact("country", info.located[0][0], "represents.position-location")
    if reigns(person):  # "جلالة الملك عبدالله الثاني" under a Rome dateline: a kingdom's king
        state = monarch_state(an, person, ctx.home)
        return fact("country", state, "represents.monarchy" if state != ctx.home else "represents.dateline-default") \
            if state else None
    before = _office_set_off_before(an, person)
    if before:  # ("قال ممثل الولايات المتحدة، مساعد وزير الخارجية ... ديفيد شينكر")
        return fact("country", before, "represents.office-before")
    if ctx.home:
        return fact("country", ctx.home, "represents.dateline-default")
    return None


def _office_set_off_before(an: Analysis, person: Person) -> str | None:
    """'ممثل الولايات المتحدة، مساعد وزير الخارجية ... X': an office with no name that names a state,
    set off by a comma right before his own: the same man's, and that state's."""
    a = person.intro[0]
    if a < 1 or an.words[a - 1] not in PUNCT_CONTINUE:
        return None
    return next((t.country for t in an.titles if t.end == a - 1 and t.country), None)


def _office_body(an: Analysis, person: Person) -> str | None:
    """'مفوض المساعدات الإنسانية كريستوس ستيليانيديس' in a text that names the European Commission,
    'الأمين العام أنطونيو غوتيريش' in one that names the UN: an office only some bodies have
    (titles.yaml 'bodies') is of the last of them the text names before it, else the first after."""
    bodies = an.lex.title_info.get(person.title_id, {}).get("bodies") if person.title_id else None
    if not bodies:
        return None
    named = [(m.start, acting[1]) for m in an.doc.mentions for e in m.entries[:1] if e.kind == "org"
             and (acting := an.lex.acting_for(e.id))[1] in bodies]
    before = [body for start, body in named if start < person.intro[0]]
    return before[-1] if before else next((body for _, body in named), None)


def _joined_office(an: Analysis, person: Person) -> str | None:
    """'وزير الخارجية الأمريكي جون كيري ووزير الدفاع آشتون كارتر': an office joined by 'و' right
    after an official whose own office names a state is of that state."""
    a = person.intro[0]
    if not an.words[a].startswith(MORPH.wa) or not an.lex.titles.match(an.words, a):
        return None
    end = a - (a > 0 and an.words[a - 1] in PUNCT_CONTINUE)  # (a list: "X، ووزيرة التنمية الدولية Y")
    before = next((p for p in an.people if p is not person and p.intro_end == end), None)
    r = before.represents if before else None
    if r is None or r.value.kind != "country" or r.ev.rule not in OWN_OFFICE or _heads_government(before) and _heads_government(person):
        return None  # (a state has one head of government: 'ورئيس الحكومة الإيطالية X ورئيس مجلس الوزراء Y')
    return r.value.id


def _heads_government(p: Person) -> bool:
    return p.position is not None and fold(p.position.value).startswith(tuple(OFFICIALS.heads_of_government))


OWN_OFFICE = ("represents.position-adjective", "represents.position-state", "represents.joined-office")


def _ev(doc: Doc, i: int, j: int) -> Evidence:
    s, e = doc.original_span(i, j)
    return Evidence(s, e, doc.tokens[i].sent, "", 0.0)
