"""Spotting: an article's tokens, sentences and lexicon mentions.

The :class:`Doc` built here is what every later stage reads: tokens of the
normalised text (each with its offsets), sentence boundaries, and the
mentions of states, organisations, cities and armed groups that the lexicons
find. Offsets are into the normalised copy; :meth:`Doc.original_span` maps
them back to the article as written.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import partial
from typing import NamedTuple

from .arabic import SENTENCE_END, TOKEN, Text, is_int, normalise, stems
from .columns import uncolumn
from .data import words
from .lexicon import Lexicon, load
from .lexicon_records import Entry
from .unbracket import so_called, unbracket
from .unglue import unglue
from .memory import gc_paused
from .pages import unpage
from .wraps import unwrap

MORPH = words("morphology")
SPOT = words("spot")
LEXICON = words("lexicon")

# A "sentence" of more tokens than this is cut (at punctuation where it can be):
# every per-sentence step stays bounded on pathological input.
MAX_SENTENCE = 250
_SENTENCE_END = SENTENCE_END
_PREP_BEFORE_PLACE = SPOT.place_preps


class Token(NamedTuple):
    text: str  # folded form
    start: int  # offsets into the normalised text
    end: int
    sent: int
    i: int


@dataclass(frozen=True, slots=True)
class Mention:
    """A lexicon match: tokens [start, end) and what they may mean."""

    start: int
    end: int
    entries: tuple[Entry, ...]
    prefix: str = ""  # proclitic glued to the first token (و, ب, ل ...)

    def first(self, kind: str, role: str | None = None) -> Entry | None:
        for e in self.entries:
            if e.kind == kind and (role is None or e.role == role):
                return e
        return None

    @property
    def kinds(self) -> set[str]:
        return {e.kind for e in self.entries}


_BREAK = re.compile(r"[ \t]*\n\s*")


def one_line(text: str) -> str:
    """Text of a span that a wrapped line break runs through, on one line (kg.wraps)."""
    return _BREAK.sub(" ", text) if "\n" in text else text


@dataclass
class Doc:
    text: Text
    tokens: list[Token]
    sentences: list[tuple[int, int]]  # token ranges
    mentions: list[Mention]
    lex: Lexicon
    mention_at: dict[int, Mention] = field(default_factory=dict)
    _starts: list[int] | None = None
    _orgs: list | None = None
    _words: list[str] | None = None
    _token_starts: list[int] | None = None

    @property
    def words(self) -> list[str]:
        """The tokens' folded words, built once (passes read it inside loops)."""
        if self._words is None:
            self._words = [t.text for t in self.tokens]
        return self._words

    def original_span(self, i: int, j: int) -> tuple[int, int]:
        """Original-text offsets of tokens [i, j)."""
        if j <= i:
            s = self.text.to_original(self.tokens[i].start, self.tokens[i].start)[0]
            return s, s
        return self.text.to_original(self.tokens[i].start, self.tokens[j - 1].end)

    def surface(self, i: int, j: int) -> str:
        s, e = self.original_span(i, j)
        return one_line(self.text.original[s:e])

    def as_folded(self, i: int) -> bool:
        """Token i is written exactly as its folded form: no 'ة', hamza or madda that folding took away
        ('دوره' his role, not 'دورة'; 'تراس' the name, not 'ترأس')."""
        return self.surface(i, i + 1) == self.words[i]

    def definite(self, i: int) -> bool:
        """Token i carries the article ال as written: a bare alef, not the hamza of a
        name (أليكس, إليزابيث fold to ال... too). A proclitic may precede it."""
        word = self.surface(i, i + 1)
        return word.startswith(MORPH.definite_prefixes)

    def sentence_of(self, i: int) -> tuple[int, int]:
        return self.sentences[self.tokens[i].sent]

    def sentence_span(self, sent: int) -> tuple[int, int]:
        a, b = self.sentences[sent]
        return self.original_span(a, b)

    def token_from(self, offset: int) -> int:
        """The first token that starts at or after character ``offset`` of the matching copy (``len(tokens)``
        past the last), by bisection over the tokens' starts, built once."""
        if self._token_starts is None:
            self._token_starts = [t.start for t in self.tokens]
        return bisect_left(self._token_starts, offset)

    def mentions_in(self, i: int, j: int) -> list[Mention]:
        """Mentions within tokens [i, j), found by bisection (mentions are in order)."""
        if self._starts is None:
            self._starts = [m.start for m in self.mentions]
        lo = bisect_left(self._starts, i)
        hi = bisect_left(self._starts, j)
        return [m for m in self.mentions[lo:hi] if m.end <= j]

    def mention_ending_at(self, j: int, lo: int) -> Mention | None:
        """The first mention that starts at or after token ``lo`` and ends right at token j."""
        return next((m for m in self.mentions_in(lo, j) if m.end == j), None)


def tokenize(text: Text) -> tuple[list[Token], list[tuple[int, int]]]:
    norm = text.norm
    bounds = [m.end() for m in _SENTENCE_END.finditer(norm)]
    bounds.append(len(norm) + 1)
    matches = list(TOKEN.finditer(norm))
    words = [m.group() for m in matches]
    starts = [m.start() for m in matches]
    sents: list[int] = []
    sentences: list[tuple[int, int]] = []
    sent = sent_start = b = 0
    next_bound = bounds[0]
    for idx, start in enumerate(starts):
        if start >= next_bound:
            while start >= bounds[b]:
                b += 1
            next_bound = bounds[b]
            if idx > sent_start:
                sentences.append((sent_start, idx))
                sent, sent_start = sent + 1, idx
        elif idx - sent_start >= MAX_SENTENCE - 50 and (idx - sent_start >= MAX_SENTENCE or not words[idx][0].isalnum()):
            sentences.append((sent_start, idx))
            sent, sent_start = sent + 1, idx
        sents.append(sent)
    if len(words) > sent_start:
        sentences.append((sent_start, len(words)))
    # built in C: a million tokens of punctuation must not cost a Python call each
    make = partial(tuple.__new__, Token)
    tokens = list(map(make, zip(words, starts, [m.end() for m in matches], sents, range(len(words)))))
    return tokens, sentences


def spot(original: str, lex: Lexicon | None = None) -> Doc:
    """Normalise, tokenise and find lexicon mentions in an article text."""
    lex = lex or load()
    text = so_called(unwrap(unglue(unbracket(uncolumn(unpage(normalise(original)))), lex), lex))
    with gc_paused():  # tokens and mentions are tuples; the collector would rescan them all, again and again
        return _spot(text, lex)


def _spot(text: Text, lex: Lexicon) -> Doc:
    tokens, sentences = tokenize(text)
    words = [t.text for t in tokens]
    mentions: list[Mention] = []
    i = 0
    while i < len(words):
        hit = lex.trie.match(words, i) if words[i][0].isalpha() else None
        if hit:
            entries, n, prefix = hit
            entries = tuple(e for e in entries if _licensed(e, tokens, words, i, n, prefix, lex, text.norm))
            if entries:
                mentions.append(Mention(i, i + n, entries, prefix))
                i += n
                continue
        i += 1
    doc = Doc(text, tokens, sentences, mentions, lex)
    doc.mention_at = {m.start: m for m in mentions}
    return doc


def _licensed(entry: Entry, tokens: list[Token], words: list[str], i: int, n: int, prefix: str,
              lex: Lexicon, norm: str) -> bool:
    """Ambiguous names (a city that is also a word) count only after a
    preposition, after 'city of' / 'the capital', or opening a dateline."""
    prev = words[i - 1] if i > 0 else ""
    if n == 1 and words[i] in LEXICON.ambiguous_adjectives and any(s in LEXICON.adjective_after for s in stems(prev)):
        return False  # "دعم مالي": the adjective (financial), not the country
    if not entry.ambiguous:
        return True
    nxt = words[i + n] if i + n < len(words) else ""
    if lex.months.match(words, i) and (is_int(nxt) or nxt in ("(", "/") or is_int(prev)):
        return False  # "آب (أغسطس)", "12 آب 2014": the month, not the city
    if prefix.endswith(MORPH.bi) or prefix.endswith(MORPH.li):
        return True
    line_start = i == 0 or "\n" in norm[tokens[i - 1].end:tokens[i].start]
    if line_start and (nxt in SPOT.dateline_marks or is_int(nxt)):
        return True  # a dateline: "جدة - ماجد الحربي", "عمّان ١٥ تشرين الثاني (بترا)"
    return i > 0 and any(s in _PREP_BEFORE_PLACE for s in stems(prev))
