"""A group's name in brackets after its generic noun (``تنظيم (داعش)``), or after 'so-called'
(``ما يسمى تنظيم داعش``).

Agencies write the name of an armed group between brackets (``التحالف الدولي لهزيمة تنظيم
(داعش)``); the brackets then split a lexicon name in two and the words after them read as a
person's name. In the matching copy the two brackets become spaces (one character for one, so
offsets still map to the original); a dateline's ``(كونا)`` is untouched, no such noun precedes it.
Gulf agencies write 'so-called' inside a body's name (``مجموعة عمل مكافحة تمويل ما يسمى تنظيم
داعش``): in the matching copy it becomes spaces too, before a group's noun or name only.
"""
from __future__ import annotations

import re
from functools import cache

from .arabic import Text
from .data import words

CONTEXT = words("context")
MORPH = words("morphology")


@cache
def _pattern() -> re.Pattern:
    nouns = "|".join(sorted(map(re.escape, CONTEXT.bracketed_name_nouns), key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])(?:{nouns})[ \t]+(\()[^\W\d_]+(?:[ \t][^\W\d_]+)?(\))")


def unbracket(text: Text) -> Text:
    """``text`` with the brackets round a group's name after its generic noun made spaces."""
    return _blanked(text, [(i, i + 1) for m in _pattern().finditer(text.norm) for i in (m.start(1), m.start(2))])


@cache
def _so_called() -> re.Pattern:
    said = "|".join(sorted((re.escape(p).replace("\\ ", "[ \t]+") for p in CONTEXT.so_called), key=len, reverse=True))
    names = "|".join(sorted(map(re.escape, CONTEXT.so_called_before), key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])((?:{said})[ \t]+(?:{re.escape(MORPH.bi)})?)(?:{names})(?![^\W\d_])")


def so_called(text: Text) -> Text:
    """``text`` with 'ما يسمى' (and a 'ب' after it) before a group's noun or name made spaces."""
    return _blanked(text, [m.span(1) for m in _so_called().finditer(text.norm)])


def _blanked(text: Text, spans: list[tuple[int, int]]) -> Text:
    """``text`` with the matching copy's characters in ``spans`` made spaces, one for one, so offsets
    still map to the original."""
    if not spans:
        return text
    norm = list(text.norm)
    for a, b in spans:
        norm[a:b] = " " * (b - a)
    return Text(text.original, "".join(norm), text.offsets)
