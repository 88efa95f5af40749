"""Two columns of a PDF page run together, line by line, in text taken out of it.

A bulletin or a press release laid out in two columns comes out of a PDF (``pdftotext
-layout``, a viewer's copy) as one line per printed line: the story's words, a wide gap,
then the side box's words (``تعهد المانحون اليوم بتقديم 2.6 مليار دولار    حقائق وأرقام``).
Read so, every sentence of the story is cut by the box's words on every line.

:func:`uncolumn` moves the side column's words to the end of the matching copy, under a
blank line, so the story reads through and the box reads as a paragraph of its own; every
character keeps its original offset (the original is untouched). A text has two columns
when at least :data:`MIN_LINES` lines carry a gap of :data:`GAP` spaces or more after at
least :data:`LEFT_MIN` characters of text: a table's gap follows a short cell (a donor's
name), a column's a line of prose. Within that run of lines, a line that opens with such a
gap holds the side column alone.
"""
from __future__ import annotations

import re

from .arabic import Text
from .lines import lines_of, rejoin

GAP = 3  # spaces between the columns (a sentence never has so many)
LEFT_MIN = 35  # characters of the story's column before the gap (a table's first cell is shorter)
MIN_LINES = 3  # lines with such a gap make a two-column text
_GAP = re.compile(r"\S( {%d,})(?=\S)" % GAP)


def _split_at(line: str) -> tuple[int, int] | None:
    """Where the story's column ends and the side column starts in ``line``, or None."""
    m = _GAP.search(line)
    if m is None or m.start(1) < LEFT_MIN:
        return None
    return m.start(1), m.end(1)


def uncolumn(text: Text) -> Text:
    """``text`` with a second column's words moved after the first's, in its matching copy."""
    norm = text.norm
    if "   " not in norm:
        return text
    lines = lines_of(norm)
    cuts = {k: at for k, (_, line) in enumerate(lines) if (at := _split_at(line)) is not None}
    if len(cuts) < MIN_LINES:
        return text
    for k in range(min(cuts), max(cuts) + 1):  # a line of the side column alone ('    المساعدة')
        line = lines[k][1]
        if k not in cuts and line.startswith(" " * GAP) and line.strip():
            cuts[k] = (0, len(line) - len(line.lstrip(" ")))
    main: list[tuple[int, int]] = []  # spans of norm, in reading order
    side: list[tuple[int, int]] = []
    for k, (start, line) in enumerate(lines):
        end = start + len(line) + (start + len(line) < len(norm))  # the line and its newline
        if k not in cuts:
            main.append((start, end))
            continue
        left, right = cuts[k]
        if left:  # (the story's words and the line's newline; nothing of a line of the box alone)
            main += [(start, start + left), (start + len(line), end)]
        side.append((start + right, end))
    return rejoin(text, main, side)
