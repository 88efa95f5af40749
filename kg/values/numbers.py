"""A small grammar for numbers written in digits, in words, or both.

    200            -> 200          ٢٠٠ (folded to 200)    10,000 -> 10000    10 000 000 -> 10000000
    1.5 مليار      -> 1500000000   ملياري -> 2000000000   خمسة مليارات -> 5000000000
    مليار ونصف المليار -> 1500000000   نصف مليار -> 500000000
    ثلاثة وعشرين   -> 23           مائة وخمسين -> 150     الـ68 -> 68

Works on folded tokens (see :mod:`kg.arabic`) and returns how many tokens the
number spans, so amounts and counts can look at what follows it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from ..arabic import is_int, stems
from ..data import words
from ..lexicon import Lexicon

MORPH = words("morphology")
NUMBERS = words("numbers")

_DIGITS = re.compile(r"^\d+(?:[.,]\d+)*$")
_SEP = re.compile(r"[.,]")
_SINGLE_GROUP = re.compile(r"^\d{1,3}[.,]\d{3}$")
IMPLAUSIBLE = Decimal(10) ** 12  # no sum these texts tell reaches a trillion: '1,738 مليار' is 1.738 billion


@dataclass(frozen=True, slots=True)
class Number:
    value: Decimal
    start: int  # token index
    end: int
    words: bool  # written (at least partly) in words
    scaled: bool  # carries a scale word (مليون, مليار ...)


def digits_value(tok: str) -> Decimal | None:
    """'10,000' -> 10000; '1.5' -> 1.5; '1,5' -> 1.5; '1.000.000' -> 1000000."""
    if is_int(tok) and len(tok) <= 24:
        return Decimal(tok)
    if len(tok) > 24 or not _DIGITS.match(tok):
        return None  # no amount or count has more digits than this
    groups = _SEP.split(tok)
    seps = _SEP.findall(tok)
    try:
        if not seps:
            return Decimal(tok)
        if len(seps) > 1 and len(set(seps)) == 1 and all(len(g) == 3 for g in groups[1:]):
            return Decimal("".join(groups))  # 1.000.000 / 1,000,000
        if len(set(seps)) == 2:  # 1,234.5 or 1.234,5: the last separator is the decimal one
            dec = seps[-1]
            whole, frac = tok.rsplit(dec, 1)
            return Decimal(re.sub(r"[.,]", "", whole) + "." + frac)
        if seps[0] == "," and len(groups[1]) == 3:
            return Decimal("".join(groups))  # 10,000
        return Decimal(groups[0] + "." + groups[1])  # 1.5, 1,5, 575.4
    except InvalidOperation:
        return None


def _egyptian_decimal(words: list[str], i: int, d: Decimal) -> tuple[Decimal, int, bool]:
    """'2ر3' (tokens 2, ر, 3) is 3.2 as Egyptian papers write it; a bracketed '(100)' is 100."""
    n = len(words)
    if i + 2 < n and words[i + 1] == NUMBERS.egyptian_decimal and is_int(words[i]) and is_int(words[i + 2]):
        return Decimal(f"{words[i + 2]}.{words[i]}"), i + 3, False
    if i + 1 < n and words[i + 1] in NUMBERS.brackets_close and i > 0 and words[i - 1] in NUMBERS.brackets_open:
        return d, i + 2, False
    return d, i + 1, False


def _is_group(tok: str) -> bool:
    return len(tok) == 3 and is_int(tok)


def _groups_end(words: list[str], i: int) -> int:
    """Past the thousands groups a space separates, as Maghrebi and French-style copy writes
    them ('10 000 000'): a number of one to three digits, then groups of three."""
    j = i + 1
    if is_int(words[i]) and len(words[i]) <= 3:
        while j < len(words) and _is_group(words[j]):
            j += 1
    return j


def _inside_groups(words: list[str], i: int) -> bool:
    """Token i is a later group of a number written '10 000 000', not a number of its own."""
    return i > 0 and _is_group(words[i]) and is_int(words[i - 1]) and len(words[i - 1]) <= 3


def _word(lex: Lexicon, tok: str):
    for form in stems(tok):
        if form in lex.number_words:
            return form, lex.number_words[form]
    return None, None


def _small(words: list[str], i: int, lex: Lexicon) -> tuple[Decimal | None, int, bool]:
    """A number below a thousand in words, or any digit string. -> (value, next i, in words)"""
    n = len(words)
    if i < n:
        d = digits_value(words[i])
        if d is not None:
            j = _groups_end(words, i)
            if j > i + 1:
                return Decimal("".join(words[i:j])), j, False
            return _egyptian_decimal(words, i, d)
    total, j, seen = Decimal(0), i, False
    while j < n:
        k, tok = j, words[j]
        if seen:  # later parts are joined by و: "خمسة وعشرين", "مائة و خمسين"
            if tok == MORPH.wa and j + 1 < n:
                k, tok = j + 1, words[j + 1]
            elif tok.startswith(MORPH.wa) and len(tok) > 2:
                tok = tok[1:]
            else:
                break
        _, hit = _word(lex, tok)
        if hit is None:
            break
        group, value = hit
        total += Decimal(int(value))
        j = k + 1
        seen = True
        if group == "units" and j < n and words[j] in NUMBERS.teen:  # teens
            total += 10
            j += 1
    return (total, j, True) if seen else (None, i, False)


def could_start(tok: str, lex: Lexicon) -> bool:
    return is_int(tok[:1]) or any(f in lex.number_starts for f in stems(tok))


def parse_number(words: list[str], i: int, lex: Lexicon) -> Number | None:
    """The number starting at token ``i``, or None."""
    n = len(words)
    if i >= n or not could_start(words[i], lex) or _inside_groups(words, i):
        return None
    value, j, in_words = _small(words, i, lex)
    fraction = None
    if value is None:
        for form in stems(words[i]):
            if form in lex.fractions:
                fraction = Decimal(str(lex.fractions[form]))
                j = i + 1
                in_words = True
                break
    scaled = False
    if j < n and _scale(lex, words[j]) is not None:
        scale, form = _scale(lex, words[j])
        base = value if value is not None else fraction
        if base is None:
            base = Decimal(2) if form == "dual" else Decimal(1)
            in_words = True
        if base * scale >= IMPLAUSIBLE and j == i + 1 and _SINGLE_GROUP.match(words[i]):
            base = Decimal(_SEP.sub(".", words[i]))  # "1,738 مليار يورو": a decimal comma, not thousands
        value = base * scale
        j += 1
        scaled = True
        # ... ونصف المليار / ونصف / و200 مليون
        if j < n and words[j] in NUMBERS.joiners or (j < n and words[j].startswith(NUMBERS.and_half)):
            k = j + 1 if words[j] == MORPH.wa else j
            if k < n and (words[k] in NUMBERS.half):
                value += scale / 2
                j = k + 1
                if j < n and _scale(lex, words[j]) and _scale(lex, words[j])[0] == scale:
                    j += 1
            elif words[j] == MORPH.wa and k < n:
                rest = parse_number(words, k, lex)
                if rest is not None and rest.scaled and rest.value < scale:
                    value += rest.value
                    j = rest.end
        elif j < n and words[j].startswith(MORPH.wa) and len(words[j]) > 2:  # "مليارين ومئتي مليون"
            rest = parse_number([words[j][1:], *words[j + 1:j + 4]], 0, lex)
            if rest is not None and rest.scaled and rest.value < scale:
                value += rest.value
                j += rest.end
    elif fraction is not None:
        return None  # "نصف" alone is not an amount
    if value is None:
        return None
    return Number(value, i, j, in_words, scaled)


def _scale(lex: Lexicon, tok: str):
    for form in stems(tok):
        if form in lex.scales:
            value, kind = lex.scales[form]
            return Decimal(str(int(value))), kind
    return None


def parse_ordinal(words: list[str], i: int, lex: Lexicon) -> tuple[int, int] | None:
    """The ordinal at token ``i`` and the token after it: 'السادسة والستين' (66), 'الأربعين'
    (40), 'الحادية عشرة' (11), 'الثامنة' (8); None when there is none."""
    n = len(words)
    if i >= n:
        return None
    if words[i] in lex.ordinal_tens:
        return lex.ordinal_tens[words[i]], i + 1
    unit = lex.ordinal_units.get(words[i])
    if unit is None:
        return None
    j = i + 1
    if j < n and words[j] in NUMBERS.teen:
        return unit + 10, j + 1
    if j < n and words[j].startswith(MORPH.wa) and words[j][1:] in lex.ordinal_tens:
        return unit + lex.ordinal_tens[words[j][1:]], j + 1
    return unit, j

