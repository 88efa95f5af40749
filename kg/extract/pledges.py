"""Pledges: money a state or organisation commits, with donor, amount and currency.

An amount of money is a pledge when its sentence carries a pledge word
(تعهد, ستقدم, تخصيص, مساهمة ...) and its own clause is not a total, an
estimate, a conversion or a history (حصيلة, مجموعها, احتياجات, أي ما يعادل,
منذ ...). The donor is the state or organisation named nearest before the
amount within its clause; failing that, ``بلاده`` (the speaker's state), a
capital standing for its state (واشنطن), or the state of the official
announcing it.
"""
from __future__ import annotations

from ..arabic import stems
from ..data import words
from ..spot import Doc
from ..values.amounts import find_amounts
from .analysis import Analysis
from .context import Context
from .records import Agent, Evidence, Fact, Meeting, Person, Pledge, evidence
from .refs import focus_org

MORPH = words("morphology")
PLEDGES = words("pledges")

_CLAUSE_BREAKS = PLEDGES.clause_breaks


def _ev(doc: Doc, i: int, j: int, rule: str) -> Evidence:
    s, e = doc.original_span(i, max(j, i + 1))
    return evidence(s, e, doc.tokens[i].sent, rule)


def find(an: Analysis) -> None:
    """The pass: money committed, by whom, at which meeting."""
    an.pledges = find_pledges(an.doc, an.ctx, an.people, an.meetings, an.anchor)


def find_pledges(doc: Doc, ctx: Context, people: list[Person], meetings: list[Meeting],
                 anchor: dict[int, Meeting]) -> list[Pledge]:
    lex, w = doc.lex, doc.words
    out: list[Pledge] = []
    primary = next((m for m in meetings if m.primary), None)
    for sent, (a, b) in enumerate(doc.sentences):
        amounts = find_amounts(w, a, b, lex)
        if not amounts:
            continue
        if not any(lex.is_trigger("pledge_words", w[k]) for k in range(a, b)):
            continue
        seg_start = a
        for i, amt in enumerate(amounts):
            nxt = amounts[i + 1] if i + 1 < len(amounts) else None
            if nxt and nxt.start - amt.end == 1 and w[amt.end] in PLEDGES.up_to and nxt.currency == amt.currency:
                continue  # "لترتفع من خمسين مليون يورو إلى مائة مليون يورو": the pledge is the second
            clause = _clause_start(w, seg_start, amt.start)
            after = w[amt.end:min(b, amt.end + 4)]
            if _excluded(lex, w[clause:amt.start], after):
                seg_start = amt.end
                continue
            donor = _donor(doc, ctx, people, clause, seg_start, amt.start, a)
            seg_start = amt.end
            if donor is None:
                continue
            agent, rule, dk = donor
            currency = amt.currency_for(agent.id if agent.kind == "country" else ctx.country)
            if currency is None:
                continue
            amount_ev = _ev(doc, amt.start, amt.end, f"pledge.amount-{amt.bound}" if amt.bound else "pledge.amount")
            if any(p.donor.value == agent and p.amount.value == amt.value and p.currency.value == currency
                   for p in out):
                continue
            pledge = Pledge(
                donor=Fact(agent, _ev(doc, dk, dk + 1, rule)),
                amount=Fact(amt.value, amount_ev),
                currency=Fact(currency, _ev(doc, amt.start, amt.end,
                                            "pledge.currency-by-donor" if amt.bare else "pledge.currency")),
                bound=amt.bound)
            announcer = _announcer(people, agent, a, amt.start)
            if announcer:
                pledge.announced_by = Fact(announcer.key, _ev(doc, a, amt.end, "pledge.announced-by"))
            meeting = anchor.get(sent) or primary
            if meeting is not None:
                pledge.meeting = Fact(meeting.key, _ev(doc, a, b, "pledge.at-meeting"))
            purpose = _purpose(doc, amt.end, b)
            if purpose:
                pledge.purpose = purpose
            out.append(pledge)
    return out


_PLACE_PREPS = PLEDGES.place_preps
_PURPOSE = PLEDGES.purpose


def _in_purpose(lex, w: list[str], a: int, k: int) -> bool:
    """A mention after a pledge word and a purpose ('لدعم ...') names whom it is for."""
    last_pledge = max((j for j in range(a, k) if lex.is_trigger("pledge_words", w[j])), default=None)
    if last_pledge is None:
        return False
    return any(t in _PURPOSE for t in w[last_pledge:k])


def _clause_start(w: list[str], a: int, k: int) -> int:
    start = a
    for j in range(a, k):
        if w[j] in _CLAUSE_BREAKS or w[j] == MORPH.comma or (j + 1 < k and f"{w[j]} {w[j + 1]}" in _CLAUSE_BREAKS):
            start = j + 1
    return start


def _excluded(lex, before: list[str], after: list[str]) -> bool:
    """A total, estimate, conversion or history rather than one donor's pledge."""
    not_pledge = lex.triggers["not_pledge"]
    for i in range(len(before)):
        if not_pledge.match(before, i):
            return True
    return any(t in PLEDGES.excluded for t in after)


def _donor(doc: Doc, ctx: Context, people: list[Person], clause: int, seg: int, k: int, sent_start: int):
    """(Agent, rule, token) of who gives the money at token k."""
    lex, w = doc.lex, doc.words
    start = max(seg, sent_start)
    in_titles = {i for p in people if p.intro[1] > start and p.intro[0] < k for i in range(p.intro[0], p.intro[1])}
    best = None
    for m in doc.mentions_in(start, k):
        if m.start in in_titles:
            continue
        if m.prefix.endswith(MORPH.bi) and m.first("city") or (m.start > 0 and w[m.start - 1] in _PLACE_PREPS):
            continue  # a place ("في سوريا", "داخل سوريا"), not a giver
        if _in_purpose(lex, w, start, m.start):
            continue  # "بتقديم 5 مليارات لدعم السوريين داخل سوريا": who is helped, not who gives
        e = m.first("country", "name") or m.first("org")
        if e is None and m.first("city"):
            city = lex.entity("city", m.first("city").id)
            after = w[m.end:m.end + 2]
            if city.extra.get("capital") and (any(lex.is_trigger("pledge_words", t) for t in after)
                                               or (m.start > 0 and w[m.start - 1] in PLEDGES.that)):
                best = (Agent("country", city.country), "pledge.donor-capital", m.start)  # "أن واشنطن ستقدم"
            continue
        if e is not None:
            ident = e.id
            if e.kind == "org":
                ident = lex.entity("org", e.id).extra.get("acts_for") or e.id
            best = (Agent("country" if e.kind == "country" else "org", ident), "pledge.donor", m.start)
    if best:
        return best
    # "100 مليون دولار من المملكة العربية السعودية": the giver after the amount
    for m in doc.mentions_in(k + 1, k + 7):
        if w[m.start - 1] in (MORPH.min,) or m.prefix == MORPH.min:
            e = m.first("country", "name") or m.first("org")
            if e is not None:
                ident = (lex.entity("org", e.id).extra.get("acts_for") or e.id) if e.kind == "org" else e.id
                return Agent("country" if e.kind == "country" else "org", ident), "pledge.donor-after", m.start
    # "مضاعفة مساهمة الاتحاد": a generic word for a body named before

    for j in range(k - 1, start - 1, -1):
        for f in stems(w[j]):
            if f in lex.generic_org_words and not _in_purpose(lex, w, start, j):
                org = focus_org(doc, f, j)
                if org:
                    ident = lex.entity("org", org).extra.get("acts_for") or org
                    return Agent("org", ident), "pledge.donor-generic", j
    # "أن بلاده ستقدم": the state of the official who says it
    for j in range(k - 1, start - 1, -1):
        if lex.is_trigger("own_country", w[j]):
            speaker = _last_person(people, sent_start, j)
            if speaker and speaker.represents:
                return speaker.represents.value, "pledge.donor-own-country", j
    return None


def _last_person(people: list[Person], a: int, k: int) -> Person | None:
    found = None
    for p in people:
        spans = [p.intro, *p.mentions]
        if any(a <= s < k for s, _ in spans):
            found = p if found is None or max(s for s, _ in spans if s < k) > max(
                s for s, _ in [found.intro, *found.mentions] if s < k) else found
    return found


def _announcer(people: list[Person], donor: Agent, a: int, k: int) -> Person | None:
    p = _last_person(people, a, k)
    if p and p.represents and p.represents.value == donor:
        return p
    return None


def _purpose(doc: Doc, j: int, b: int) -> Fact | None:
    w = doc.words
    if j >= b:
        return None
    first = w[j]
    if not (first.startswith(MORPH.li) and len(first) > 3 or first in PLEDGES.aid
            or (first == MORPH.fi and j + 1 < b and w[j + 1] in PLEDGES.form_of)):
        return None
    end = j
    while end < b and end - j < 16 and w[end] not in PLEDGES.purpose_ends and w[end] not in PLEDGES.whereas:
        end += 1
    s, e = doc.original_span(j, end)
    return Fact(doc.text.original[s:e].strip(), _ev(doc, j, end, "pledge.purpose"))
