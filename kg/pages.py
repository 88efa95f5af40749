"""A PDF's page furniture in text taken out of it: running heads, page numbers, footnotes.

A ministry's bulletin or a conference report pasted from a PDF carries, at every page break,
the page's number (``صفحة 3 من 7``, ``3``), the next page's running head (``وزارة الداخلية |
النشرة الأمنية | العدد 29``) and the page's footnotes under a rule (``_____``, ``² Counter-ISIL
Finance Group ...``); each of them cuts the sentence that runs across the break.

:func:`unpage` takes them out of the matching copy: the repeats of a running head (its first
time stays: it may name the publisher), the page-number lines, and, once a text shows such
furniture, the lines that hold a page's number alone; the footnotes and their rule move to the
end, under a blank line (the lines under a rule, up to the page's other furniture or a blank
line). Every character keeps its original offset; the original is untouched.
The page words are ``page_words`` in ``kg/data/words/spot.yaml``.
"""
from __future__ import annotations

import re

from .arabic import Text
from .data import words
from .lines import lines_of, rejoin

SPOT = words("spot")

HEAD_MIN = 12  # characters of a line repeated as a running head (a short repeated line may be anything)
_NUMBER = re.compile(r"\d{1,3}")
_RULE = re.compile(r"[_\-=]{5,}")
_PAGE_OF = re.compile(r"(?:%s)\s*\d{1,3}\s*(?:%s|/)\s*\d{1,3}" % ("|".join(map(re.escape, SPOT.page_words)),
                                                             "|".join(map(re.escape, SPOT.page_of))))


def unpage(text: Text) -> Text:
    """``text`` without a PDF's page furniture in its matching copy, its footnotes at the end."""
    norm = text.norm
    lines = lines_of(norm)
    kinds = _furniture([line.strip() for _, line in lines])
    if not kinds:
        return text
    main: list[tuple[int, int]] = []
    side: list[tuple[int, int]] = []
    for k, (start, line) in enumerate(lines):
        end = start + len(line) + (start + len(line) < len(norm))
        kind = kinds.get(k)
        if kind is None:
            main.append((start, end))
        elif kind == "note":
            side.append((start, end))
    return rejoin(text, main, side)


def _furniture(lines: list[str]) -> dict[int, str]:
    """Line index -> 'drop' (a running head's repeat, a page number) or 'note' (a footnote, its rule),
    when the text shows a page break: a page-number line ('صفحة 3 من 7'), or a repeated head right
    under a number alone on its line (a page's foot, then the next page's head)."""
    numbers = {k for k, line in enumerate(lines) if _NUMBER.fullmatch(line)}
    seen: set[str] = set()
    repeats = set()
    for k, line in enumerate(lines):
        if len(line) >= HEAD_MIN and line in seen:
            repeats.add(k)
        seen.add(line)
    out = {k: "drop" for k, line in enumerate(lines) if _PAGE_OF.fullmatch(line)}
    if not out and not any(0 < k - n <= PAGE_BREAK for k in repeats for n in numbers):
        return {}
    out.update({k: "drop" for k in repeats | numbers})
    note = False  # under a rule, up to the page's number or a blank line: footnotes
    for k, line in enumerate(lines):
        if _RULE.fullmatch(line):
            out[k], note = "note", True
        elif note and line and k not in out:
            out[k] = "note"  # (its mark, '¹', is dropped with the other invisible marks)
        else:
            note = False
    return out


PAGE_BREAK = 2  # lines from a page's number down to the next page's running head
