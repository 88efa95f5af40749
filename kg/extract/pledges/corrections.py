"""Corrections of a pledge's figure, as live blogs and updated stories print them::

    تحديث 13:40: تصحيح - المبلغ الذي أعلنته الولايات المتحدة 147 مليون دولار وليس 138 مليونا
    كما ورد سابقا.

An amount right before 'وليس' (``corrected_not``) is the right figure and the one right
after it the wrong one; after 'والصحيح' (``corrected_is``: 'ورد ... أن مساهمة ألمانيا 125 مليون
دولار، والصحيح 125 مليون يورو') the figure before is the wrong one. The pledge read earlier
with the wrong figure takes the right one (and its currency). A wrong figure that no pledge
holds corrects nothing.
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
        if not any(t in PLEDGES.corrected_not or t in PLEDGES.corrected_is for t in w[a:b]):
            continue
        amounts = find_amounts(w, a, b, doc.lex)
        for i, right in enumerate(amounts):
            k = right.end
            if k + 1 < b and w[k] in PLEDGES.corrected_not and (wrong := parse_number(w, k + 1, doc.lex)) is not None:
                said = next((x for x in amounts if x.start == k + 1), right)
                _replace(doc, pledges, (wrong.value, said), right)
            elif i > 0 and right.start >= 2 and w[right.start - 1] in PLEDGES.corrected_is or \
                    i > 0 and right.start >= 3 and w[right.start - 2] in PLEDGES.corrected_is:
                _replace(doc, pledges, (amounts[i - 1].value, amounts[i - 1]), right)  # "... 125 مليون دولار، والصحيح 125 مليون يورو"


def _replace(doc: Doc, pledges: list[Pledge], wrong: tuple, right) -> None:
    """The pledge read with the wrong figure (value, and the amount its currency was said with) takes the right one."""
    value, said = wrong
    for p in pledges:
        state = p.donor.value.id if p.donor.value.kind == "country" else None
        if p.amount.value == value and p.currency.value == said.currency_for(state):
            ev = evidence_at(doc, right.start, right.end, "pledge.corrected")
            p.amount, p.currency, p.bound = Fact(right.value, ev), Fact(right.currency_for(state), ev), right.bound
