"""Corrections of a pledge's figure, as live blogs and updated stories print them::

    تحديث 13:40: تصحيح - المبلغ الذي أعلنته الولايات المتحدة 147 مليون دولار وليس 138 مليونا
    كما ورد سابقا.

An amount right before 'وليس' (``corrected_not``) is the right figure and the one right
after it the wrong one: the pledge read earlier with the wrong figure takes the right
one (and its currency: '500 مليون دولار وليس 500 مليون درهم'). A wrong figure that no
pledge holds corrects nothing.
"""
from __future__ import annotations

from ...spot import Doc
from ...values.amounts import find_amounts
from ...values.numbers import parse_number
from ..records import Fact, Pledge, evidence_at
from .clauses import PLEDGES


def correct(doc: Doc, pledges: list[Pledge]) -> None:
    """Give each pledge a correction names wrong its right figure, in place."""
    w = doc.words
    for a, b in doc.sentences:
        if not any(t in PLEDGES.corrected_not for t in w[a:b]):
            continue
        for right in find_amounts(w, a, b, doc.lex):
            k = right.end
            wrong = parse_number(w, k + 1, doc.lex) if k + 1 < b and w[k] in PLEDGES.corrected_not else None
            if wrong is None:
                continue
            said = next((x for x in find_amounts(w, k + 1, b, doc.lex) if x.start == k + 1), right)
            for p in pledges:
                state = p.donor.value.id if p.donor.value.kind == "country" else None
                if p.amount.value == wrong.value and p.currency.value == said.currency_for(state):
                    ev = evidence_at(doc, right.start, right.end, "pledge.corrected")
                    p.amount, p.currency, p.bound = Fact(right.value, ev), Fact(right.currency_for(state), ev), right.bound
