"""'قبل أن تعلن كل من السعودية والإمارات مبلغا مماثلا': a pledge of the same amount as the one
read just before, by the givers the clause names.
"""
from __future__ import annotations

from dataclasses import replace

from ...data import words
from ...spot import Doc
from .clauses import clause_start
from .donors import giver

PLEDGES = words("pledges")
MORPH = words("morphology")
_PHRASES = sorted({tuple(p.split()) for p in PLEDGES.similar_amount}, key=len, reverse=True)


def similar(doc: Doc, a: int, b: int, read: list, people: list = ()) -> list[tuple]:
    """(amount, (agent, rule, token)) for each giver of 'مبلغا مماثلا' in sentence [a, b), with the
    amount of the last pledge read before it (``read``: (amount, pledge) in order), or of the one
    whose giver it names ('مبلغا مماثلا للمبلغ الإماراتي'), when a word of pledging says they give
    it; with no state or body named, the official who announced it ('فيما أعلنت وزيرة الدولة
    الإماراتية ... مبلغا مماثلا') gives it for whom he acts."""
    w = doc.words
    at = next(((k, len(p)) for k in range(a, b) for p in _PHRASES if tuple(w[k:k + len(p)]) == p), None)
    whose = _whose(doc, at[0] + at[1], b) if at else None
    last_amount = next((x for x, pledge in reversed(read) if x.start < at[0]
                        and (whose is None or pledge.donor.value.id == whose)), None) if at else None
    if last_amount is None or not any(doc.lex.is_trigger("pledge_words", t) for t in w[a:at[0]]):
        return []
    k, n = at
    amount = replace(last_amount, start=k, end=k + n)
    lo = clause_start(w, a, k)
    givers = [m for m in doc.mentions_in(lo, k) if not m.prefix.endswith((MORPH.li, MORPH.bi)) and giver(doc.lex, m) is not None]
    if givers:
        return [(amount, (giver(doc.lex, m), "pledge.donor-similar", m.start)) for m in givers]
    said = [p for p in people if lo <= p.intro[0] < k and p.represents is not None]
    return [(amount, (said[-1].represents.value, "pledge.donor-similar", said[-1].intro[0]))] if said else []


def _whose(doc: Doc, j: int, b: int) -> str | None:
    """'(مماثلا) للمبلغ الإماراتي', 'لما قدمته الكويت': the giver whose sum it is like."""
    if j + 1 >= b or doc.words[j] not in PLEDGES.like_whose:
        return None
    m = doc.mention_at.get(j + 1) or doc.mention_at.get(j + 2)  # (past the verb of 'لما قدمته')
    e = m.first("country") if m is not None and m.end <= b else None
    return e.id if e is not None else None
