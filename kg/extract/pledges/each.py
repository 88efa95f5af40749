"""Several givers who each give the same amount, or amounts given in the order of their givers.

'وتعهدت كل من الكويت والإمارات وتركيا بمئتي مليون دولار', 'وتعهدت الكويت والإمارات بـ100 مليون
دولار لكل منهما', 'بواقع نصف مليار دولار لكل من السعودية والإمارات' (each of them gives it), and
'فرنسا وألمانيا والاتحاد الأوروبي ... 110 ملايين يورو و244 مليون يورو و350 مليون يورو على التوالي'
(the amounts in the givers' order).
"""
from __future__ import annotations

from ...data import words
from ...spot import Doc
from ..records import Agent
from .donors import giver

PLEDGES = words("pledges")
MORPH = words("morphology")


def not_a_giver(doc: Doc, m) -> bool:
    """A state named after a preposition ('بـ', 'لـ', 'في'): where or for whom, not who gives."""
    w = doc.words
    return m.prefix.endswith((MORPH.bi, MORPH.li)) or (m.start > 0 and w[m.start - 1] in PLEDGES.place_preps)


def each_follows(doc: Doc, j: int, b: int) -> bool:
    """'لكل منهما' right after an amount: each of the givers before it gives that much."""
    hit = doc.lex.triggers["pledge_each"].match(doc.words, j) if j < b else None
    return hit is not None


def each_of(doc: Doc, at: int, start: int, amt=None) -> list[tuple]:
    """'وتعهدت كل من الكويت والإمارات وتركيا بمئتي مليون دولار', 'وتعهدت الكويت والإمارات بـ100 مليون
    دولار لكل منهما': the giver named at token ``at`` ends a list 'كل من' opens (or the amount ``amt``
    is each one's), and each of the others gives the same: (agent, token) for each of them."""
    m = doc.mention_at.get(at)
    chain = []
    while m is not None and m.prefix.startswith(MORPH.wa):
        m = doc.mention_ending_at(m.start, max(start, m.start - 6))
        if m is None or not_a_giver(doc, m):
            return []
        chain.insert(0, m)
    each = amt is not None and each_follows(doc, amt.end, doc.sentence_of(amt.start)[1])
    if not chain or not each and (chain[0].start < start + 2 or
                                  doc.words[chain[0].start - 2:chain[0].start] != list(MORPH.each_of)):
        return []
    return [(agent, g.start) for g in chain if (agent := giver(doc.lex, g) or _by_adjective(g)) is not None]


def _by_adjective(m) -> Agent | None:
    """'النظامين السعودي والإماراتي ... لكل منهما': a state named by its adjective in a list of givers."""
    e = m.first("country", "adjective")
    return Agent("country", e.id) if e is not None else None


def each_after(doc: Doc, at: int, b: int) -> list[tuple]:
    """'بواقع نصف مليار دولار لكل من السعودية والإمارات': the giver named at token ``at`` after 'لكل
    من' opens a list, and each of the others joined to it by 'و' gives the same: (agent, token) for
    each of them."""
    w = doc.words
    if at < 2 or _bare_each(w[at - 2]) != MORPH.each_of[0] or w[at - 1] != MORPH.each_of[1]:
        return []
    out, m = [], doc.mention_at.get(at)
    while m is not None and (nxt := doc.mention_at.get(m.end)) is not None and nxt.end <= b \
            and nxt.prefix.startswith(MORPH.wa) and not not_a_giver(doc, nxt):
        agent = giver(doc.lex, nxt)
        if agent is not None:
            out.append((agent, nxt.start))
        m = nxt
    return out


def _bare_each(tok: str) -> str:
    """'لكل' or 'كل': the word for 'each' without its preposition."""
    return tok[1:] if tok.startswith(MORPH.li) and len(tok) > 2 else tok


def respective(doc: Doc, amounts: list, a: int, b: int) -> list[tuple]:
    """'فرنسا وألمانيا والاتحاد الأوروبي ... 110 ملايين يورو و244 مليون يورو و350 مليون يورو على
    التوالي': (amount, (agent, rule, token)) for each giver named before the amounts, in order,
    when their numbers match."""
    w = doc.words
    r = next((j for j in range(a, b - 1) if f"{w[j]} {w[j + 1]}" in PLEDGES.respectively), None)
    mine = [amt for amt in amounts if amt.start < r] if r is not None else []
    if len(mine) < 2:
        return []
    givers = [(agent, m.start) for m in doc.mentions_in(a, mine[0].start)
              if not not_a_giver(doc, m) and (agent := giver(doc.lex, m)) is not None]
    if len(givers) != len(mine):
        return []
    return [(amt, (agent, "pledge.donor-respectively", at)) for amt, (agent, at) in zip(mine, givers)]
