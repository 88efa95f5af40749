"""Money amounts: a number, a scale and a currency, to a value in units of an ISO 4217 code.

    200 مليون دولار أمريكي -> 200000000 USD     ملياري دولار -> 2000000000 USD
    مليار ونصف المليار دولار -> 1500000000 USD   بـ400 مليون يورو -> 400000000 EUR
    3 ملايين دينار كويتي -> 3000000 KWD         أكثر من 100 مليون دولار -> 100000000, lower bound

A bare دينار/ريال/درهم is resolved later from the donor's state (``bare``).
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..arabic import stems
from ..data import words as word_lists
from ..lexicon import Lexicon
from .numbers import parse_number

NUMBERS = word_lists("numbers")


@dataclass(frozen=True, slots=True)
class Amount:
    value: Decimal
    currency: str | None
    start: int
    end: int
    bound: str | None = None  # approximate | lower_bound | upper_bound
    bare: dict | None = None  # the currency spec when only a bare name was given
    stated: bool = False  # a bare figure in the currency the text states for its figures ('المبالغ بالدولار')

    def currency_for(self, country: str | None) -> str | None:
        if self.bare and country and country in self.bare["by_country"]:
            return self.bare["by_country"][country]
        return self.currency


def bound_before(words: list[str], k: int, lex: Lexicon) -> tuple[str | None, int]:
    """A hedge right before token k ('نحو', 'أكثر من', ...): (kind, its first token)."""
    for s in range(max(0, k - 4), k):
        hit = lex.approx_words.match(words, s)
        if hit and s + hit[1] == k:
            return hit[0][0], s
    return None, k


def currency_at(words: list[str], j: int, lex: Lexicon):
    """Currency at token j: (code, end, bare spec or None)."""
    if j >= len(words):
        return None
    for form in stems(words[j]):
        spec = lex.currencies.get(form)
        if spec is None:
            continue
        end = j + 1
        if end < len(words):
            q = words[end]
            if q in spec["qualifiers"]:
                return spec["qualifiers"][q], end + 1, None
        bare = spec if spec["by_country"] else None
        return spec["code"], end, bare
    return None


def find_amounts(words: list[str], i: int, j: int, lex: Lexicon) -> list[Amount]:
    out = []
    k = i
    while k < j:
        num = parse_number(words, k, lex)
        if num is None:
            k += 1
            continue
        cur = currency_at(words, num.end, lex)
        start = k
        if cur is None and k > 0 and (words[k - 1] in ("$", "€", "£") or words[k - 1].isascii() and words[k - 1].isalpha()):
            # (a symbol or a code before the figure: '$500 مليون', 'USD 100 million'; the amount starts there)
            cur = currency_at(words, k - 1, lex)
            cur, start = ((cur[0], num.end, cur[2]), k - 1) if cur else (None, k)
        if cur is None and num.scaled and num.end + 1 < j and words[num.end] == NUMBERS.giver_from:
            cur = currency_at(words, num.end + 1, lex)  # "ملياران من الدولارات", "500 مليون من الدولارات الأمريكية"
        if cur is None and out and num.scaled and _elided(words, num.end, j, lex):
            cur = (out[-1].currency, num.end, out[-1].bare)  # "... 500 مليون يورو وفرنسا بـ200 مليون،"
        if cur is not None and cur[1] <= j and num.value > 0:  # no one pledges nothing: '0 دولار' is a misread
            code, end, bare = cur
            bound, _ = bound_before(words, start, lex)
            out.append(Amount(num.value, code, start, end, bound, bare))
            k = end
        else:
            k = num.end
    return out


def _elided(words: list[str], k: int, j: int, lex: Lexicon) -> bool:
    """After a scaled figure, the end of a clause, or its giver ('منها 110 ملايين من باريس'):
    its currency was said just before."""
    if k >= j:
        return True
    nxt = words[k]
    if nxt in NUMBERS.giver_from and k + 1 < j:
        hit = lex.trie.match(words, k + 1, clitics=False)
        return hit is not None and any(e.kind in ("country", "org") or e.kind == "city" and lex.capital_state(e.id)
                                       for e in hit[0])
    return not nxt[:1].isalnum() or nxt in NUMBERS.elided_currency_next
