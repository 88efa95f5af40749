"""Whose words a first person is: 'بلادي', 'ترأسنا', 'بصفتنا رئيسين مشاركين'.

Inside a quotation, the official a verb of saying brings in right after it closes when it opens its
sentence ('«...»، قال الوزير ...'), else the one its sentence (or the attribution line before it)
names before it ('وقال سموه: "نحن في المملكة ..."'), else the one brought in after it; on a
transcript's line that opens with an official and a colon ('الوزير دي مايو: ...'), that official;
elsewhere the text's own voice, the official it introduces first if that is before the word (a
speech printed whole, an interview's answers; not an op-ed's guest).
"""
from __future__ import annotations

from functools import lru_cache

from ..data import words
from ..spot import Doc
from .records import Person
from .refs import last_named, last_person

MEETINGS = words("meetings")

LABEL_REACH = 8  # words before the colon of a transcript's speaker label ('الوزير دي مايو:')
SAID_REACH = 3  # words between a quotation's end and the verb of saying that brings its speaker in


@lru_cache(maxsize=32)
def _quotations(text: str) -> tuple[tuple[int, int], ...]:
    """(open, close) character offsets of the quotations in ``text``; one never closed runs to its end."""
    spans, open_, close = [], None, ""
    for i, ch in enumerate(text):
        if open_ is None and ch in MEETINGS.quote_pairs:
            open_, close = i, MEETINGS.quote_pairs[ch]
        elif open_ is not None and ch == close:
            spans.append((open_, i))
            open_ = None
    if open_ is not None:
        spans.append((open_, len(text)))
    return tuple(spans)


def _quotation(doc: Doc, j: int) -> tuple[int, int] | None:
    """(first, after last) token of the quotation holding token j, if it is quoted."""
    at = doc.tokens[j].start
    for s, e in _quotations(doc.text.norm):
        if s < at < e:
            return doc.token_from(s + 1), doc.token_from(e)
    return None


def _brought_in_after(doc: Doc, people: list[Person], end: int) -> Person | None:
    """'«...»، قال وزير الخارجية X': the official a verb of saying right after a quotation names."""
    for k in range(end, min(len(doc.words), end + SAID_REACH)):
        if doc.lex.triggers["speech_verbs"].match(doc.words, k):
            named = [(at, p) for p in people if (at := last_named(p, k + 1, k + 1 + LABEL_REACH)) is not None]
            return min(named, key=lambda x: x[0])[1] if named else None
    return None


def _labelled(doc: Doc, people: list[Person], j: int) -> Person | None:
    """The official a transcript's line opens with, before its colon ('الوزير بلينكن: ...')."""
    text = doc.text.norm
    line_start = text.rfind("\n", 0, doc.tokens[j].start) + 1
    colon = text.find(":", line_start, doc.tokens[j].start)
    if colon < 0:
        return None
    a, c = doc.token_from(line_start), doc.token_from(colon)
    return last_person(people, a, c) if 0 < c - a <= LABEL_REACH else None


def _quoted(doc: Doc, people: list[Person], first: int, end: int) -> Person | None:
    """Who speaks a quotation of tokens [first, end): the official its sentence names before it
    (or the sentence before, when it opens its own: 'نص الكلمة التي ألقاها X:' then the speech), else
    the one a verb of saying names right after it."""
    if first >= len(doc.tokens):
        return None
    sent = doc.tokens[first].sent
    opens = doc.sentences[sent][0] == first
    from_ = doc.sentences[sent - 1][0] if opens and sent > 0 else doc.sentences[sent][0]
    after = _brought_in_after(doc, people, end)
    return (after if opens else None) or last_person(people, from_, first) or after


def speaker(doc: Doc, people: list[Person], j: int, text_voice: bool = True) -> Person | None:
    """The official whose words the first person at token j is in (``text_voice`` False: only a
    quotation's or a transcript line's, for words a paper also says of its own state: 'بلادنا')."""
    quoted = _quotation(doc, j)
    if quoted is not None:
        return _quoted(doc, people, *quoted)
    first = min(people, key=lambda p: p.intro[0], default=None) if text_voice else None
    first = first if first is not None and first.intro[0] < j else None  # (named before it: not an op-ed's later guest)
    return _labelled(doc, people, j) or first
