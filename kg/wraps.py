"""Line breaks that wrap a sentence instead of ending it.

A newline ends a sentence (:data:`kg.arabic.SENTENCE_END`): in a page saved as text, a
headline, a dateline, a byline and each paragraph stand on lines of their own. Wire
copy, e-mailed bulletins and text taken out of a PDF are hard-wrapped instead: every
line is cut at a fixed width, wherever a word falls, so a meeting's name, its convener
and its chairs land on different lines. Read as sentence ends, those breaks lost nearly
every meeting: the development set wrapped at 60 columns scored 0.72 (chairs 0.18)
instead of 1.000.

:func:`unwrap` turns the newlines that wrap into spaces in the matching copy (the
original, and every offset, stay as they are), so sentences, datelines and headline lines
are read as the text means them; :func:`soft_breaks` finds those newlines:

* in a **hard-wrapped text**, the newlines of a paragraph: a run of lines that fill the
  width (:data:`FULL` of the longest line) and end no sentence, up to the line that ends
  one. A text is hard-wrapped when nearly all its lines (:data:`MOSTLY`) are no longer
  than :data:`WRAP_WIDTH` (a long URL or footer line does not count against it): a text
  written a paragraph per line has longer lines, so its headline, dateline and byline
  are never joined to a paragraph; in a wrapped page, lines that never reach a full
  stop (repeated headlines, menus) keep their breaks;
* in **any text**, a single newline after a word that cannot end a sentence (a
  preposition, ``برئاسة``) or before one that continues the line above (a genitive with
  ``لل``, an indefinite nationality adjective: ``برئاسة مشتركة`` / ``إيطالية أمريكية``).

The words are ``wrap_*`` in ``kg/data/words/spot.yaml``.
"""
from __future__ import annotations

import re
import unicodedata

from .arabic import Text, fold
from .data import words
from .lexicon import Lexicon
from .lines import lines_of

SPOT = words("spot")

WRAP_WIDTH = 110  # no line of a hard-wrapped text is longer (wire terminals wrap at 64-80)
FULL = 0.7  # a wrapped line fills this much of the longest: a word of 12+ letters moves down
SLACK = 12  # a paragraph's last line is no longer than the line above it, but for a long word
WIDEST = 0.9  # the width is this share of the way up the lines' widths: in text cut by printed width, one line may run long
MOSTLY = 0.9  # of a hard-wrapped text's lines are within the width: a URL or a footer may not be
HEADING_WORDS = 8  # at most so many words on a section heading's line (spot.yaml wrap_heading_verbs)
# a sentence's end, as kg.arabic.SENTENCE_END reads one, with any closing quote or bracket and
# a sign-off in brackets after it ('... أمس الأربعاء. (ومع)'); a line ending on a closing
# mark alone ('ضد تنظيم «داعش»') goes on below
_ENDS_SENTENCE = re.compile(r"[.!?\u061f\u2026][\"'»”)\]]*(?:\s*[(\[][^()\[\]\n]{1,30}[)\]])?\s*$")
_WORD = re.compile(r"[^\W\d_]+")
_FIGURE_LAST = re.compile(r"\d\s*$")  # the line ends on a figure
_LAST_WORD = re.compile(r"(?:^|\s)([^\W\d_]+)\s*$")  # the line's last token, when it is a word
# a dateline: a dash, then a short run ending in the date ('بغداد - الصباح - الاثنين 14 تشرين الثاني 2022')
_DATELINE = re.compile(r"\s[-\u2013\u2014]\s[^-\u2013\u2014]{0,32}\d\s*$")
# a list item: a bullet opening the line ('• تركيا: 5 مليارات دولار'); a dash or a number ('1) ...')
# only among other items or under a line that ends in ':'
_ITEM = re.compile(r"^\s*[" + re.escape("".join(SPOT.wrap_bullets)) + r"]\s")
_WEAK_ITEM = re.compile(r"^\s*(?:[" + re.escape("".join(SPOT.wrap_weak_bullets)) + r"]|\d{1,2}[.)])\s")


def _items(lines: list[tuple[int, str]]) -> set[int]:
    """Indexes of the lines that open a list item."""
    out = {k for k, (_, text) in enumerate(lines) if _ITEM.match(text) or _symbol_first(text)}
    weak = {k for k, (_, text) in enumerate(lines) if _WEAK_ITEM.match(text)}
    for k in sorted(weak):
        above = lines[k - 1][1].rstrip() if k else ""
        if above.endswith(":") or k - 1 in weak or k + 1 in weak or k - 1 in out:
            out.add(k)
    return out


def _symbol_first(text: str) -> bool:
    """The line opens with a pictograph or a symbol ('📊 الإجمالي ...', '⚠️ ...', '✅ ...'): a post's or a
    forwarded summary's item, never the rest of the line above."""
    first = text.lstrip()[:1]
    return bool(first) and unicodedata.category(first) == "So"


def unwrap(text: Text, lex: Lexicon) -> Text:
    """``text`` with each newline that wraps a sentence a space in its matching copy."""
    soft = soft_breaks(text.norm, lex)
    if not soft:
        return text
    norm = list(text.norm)
    for k in soft:
        norm[k] = " "
    return Text(text.original, "".join(norm), text.offsets)


def soft_breaks(norm: str, lex: Lexicon) -> set[int]:
    """Offsets in ``norm`` of the newlines that wrap a sentence (see the module)."""
    if "\n" not in norm:
        return set()
    lines = lines_of(norm)
    items = _items(lines)
    out = _wrapped(lines, items)
    for k in range(len(lines) - 1):
        (start, text), after = lines[k], lines[k + 1][1]
        if text.strip() and after.strip() and not _ENDS_SENTENCE.search(text) and k + 1 not in items \
                and (_dangles(text, after, lex) or _heads(text, after, lex)):
            out.add(start + len(text))
    return out


def _wrapped(lines: list[tuple[int, str]], items: set[int]) -> set[int]:
    """The newlines inside a hard-wrapped text's paragraphs: a run of lines that fill the
    width and end no sentence, up to a line that ends one (one line is a run only above a
    last line no longer than itself). A run that ends otherwise (at a short line, a
    dateline, a blank line or the end) is headlines or a menu, and keeps its breaks."""
    widths = [len(text.strip()) for _, text in lines]
    within = [w for w in widths if 0 < w <= WRAP_WIDTH]
    if len(within) < MOSTLY * sum(1 for w in widths if w):
        return set()  # written a paragraph per line
    widest = sorted(within)[int(WIDEST * (len(within) - 1))] if within else 0  # (a PDF's one long line is no width)
    full = [FULL * widest <= w <= WRAP_WIDTH for w in widths]
    out: set[int] = set()
    run: list[int] = []
    for k, (start, text) in enumerate(lines):
        if k in items:
            run = []  # the lines above end before a list's item
        if not text.strip():
            run = []
        elif _ENDS_SENTENCE.search(text):
            if len(run) > 1 or (run and widths[k] <= widths[k - 1] + SLACK):
                out.update(run)  # one line and a longer last: a headline over a short paragraph
            run = []
        elif full[k] and not _DATELINE.search(text):
            run.append(start + len(text))
        else:
            run = []
    return out


def _heads(text: str, after: str, lex: Lexicon) -> bool:
    """The line is a section's heading naming a meeting, and the next tells of it with no subject of
    its own: 'المؤتمر الثاني (الكويت 2)' over 'عقد في 15 يناير 2014، وافتتحه ...'."""
    heading, below = text.split(), after.split()
    return 0 < len(heading) <= HEADING_WORDS and len(below) > 1 \
        and below[0] in SPOT.wrap_heading_verbs and (below[1] in SPOT.wrap_heading_next or below[1][:1].isdigit()) \
        and lex.triggers["meeting_nouns"].match(heading, 0) is not None


def _dangles(text: str, after: str, lex: Lexicon) -> bool:
    """The line ends on a word that needs what follows, or the next begins with one that
    continues it."""
    last, first = _LAST_WORD.search(text), _WORD.match(after.lstrip())
    if last and last.group(1) in SPOT.wrap_after:
        return True
    if first is None:
        return False
    word = first.group()
    if _FIGURE_LAST.search(text) and fold(word) in lex.scales:
        return True  # 'وأعلن الاتحاد الأوروبي وحده عن 350' over 'مليون يورو.': one amount
    if word.startswith(SPOT.wrap_genitive) and len(word) > len(SPOT.wrap_genitive) + 2:
        return True
    if word.startswith(SPOT.wrap_article):
        return False
    hit = lex.trie.match([word], 0, clitics=False)
    return hit is not None and any(e.role == "adjective" for e in hit[0])
