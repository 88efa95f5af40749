"""The lines of a matching copy, and a matching copy rebuilt from its spans in another order.

Text taken out of a PDF or a post is read line by line (:mod:`kg.pages`, :mod:`kg.columns`,
:mod:`kg.wraps`); a page's footnotes and a side column move after the story in the matching
copy, each character keeping its offset in the original.
"""
from __future__ import annotations

import re

from .arabic import Text

_LINE = re.compile(r"[^\n]*")


def lines_of(norm: str) -> list[tuple[int, str]]:
    """(start, line) for each line of ``norm``, its newline left out."""
    return [(m.start(), m.group()) for m in _LINE.finditer(norm) if m.start() == 0 or norm[m.start() - 1] == "\n"]


def rejoin(text: Text, main: list[tuple[int, int]], side: list[tuple[int, int]]) -> Text:
    """The matching copy of ``main`` then a blank line then ``side``, each character with its offset."""
    norm, offsets = [], []
    for a, b in main:
        norm.append(text.norm[a:b])
        offsets.extend(text.offsets[a:b])
    at = offsets[-1] if offsets else 0
    norm.append("\n\n")
    offsets.extend([at, at])
    for a, b in side:
        chunk = text.norm[a:b]
        norm.append(chunk if chunk.endswith("\n") else chunk + "\n")
        offsets.extend(text.offsets[a:b])
        if not chunk.endswith("\n"):
            offsets.append(text.offsets[b - 1] if b > a else at)
    offsets.append(text.offsets[-1])
    return Text(text.original, "".join(norm), tuple(offsets))
