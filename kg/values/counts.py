"""Counts of states and organisations: "75 من الدول والمنظمات", "29 دولة",
"الدول والمنظمات الـ68", "ستين دولة". Whether a count is of a meeting's
participants or of a body's members is the extractor's call; this grammar
only finds the number, the noun it counts and any hedge before it.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..arabic import stems
from ..data import words
from ..lexicon import Lexicon
from .amounts import bound_before
from .numbers import parse_number

MORPH = words("morphology")
OF_THEM_REACH = 25  # words before "70 منها" where the nouns it counts are named


@dataclass(frozen=True, slots=True)
class Count:
    value: int
    start: int
    end: int
    bound: str | None  # approximate | lower_bound | upper_bound
    of_them: bool = False  # "70 منها": a part of a count named before


def _is_count_noun(tok: str, lex: Lexicon) -> bool:
    return any(f in lex.trigger_sets["count_nouns"] for f in stems(tok))


def find_counts(words: list[str], i: int, j: int, lex: Lexicon) -> list[Count]:
    out = []
    k = i
    while k < j:
        num = parse_number(words, k, lex)
        if num is None or num.scaled or num.value != int(num.value) or not 2 <= num.value < 1000:
            k += 1
            continue
        after = num.end
        if after < j and words[after] == MORPH.min:  # "75 من الدول"
            after += 1
        noun_after = after < j and _is_count_noun(words[after], lex)
        # "الدول والمنظمات الـ68": the number after ال, the nouns before it
        noun_before = (k >= 2 and words[k - 1] == MORPH.article
                       and any(_is_count_noun(w, lex) for w in words[max(i, k - 4):k - 1]))
        # "يضم التحالف 86 دولة ومنظمة. وشارك 70 منها": 'of them', the nouns counted just before
        of_them = not noun_after and num.end < j and words[num.end] in MORPH.of_them and \
            any(_is_count_noun(w, lex) for w in words[max(0, k - OF_THEM_REACH):k])
        if of_them:
            noun_after, after = True, num.end
        if noun_after or noun_before:
            bound, start = bound_before(words, k, lex)
            end = after + 1 if noun_after else num.end
            out.append(Count(int(num.value), start, end, bound, of_them))
            k = end
        else:
            k = num.end
    return out
