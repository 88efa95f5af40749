"""Words glued by a lost space: ``فيالكويت``, ``الكويتوالولايات``, ``للتحالفبالرياض``; a hashtag's (``#مؤتمر_بروكسل``).

Pages copied from the web lose spaces between words. A long word that is no
word ctkg knows is split where its right part opens with the article (bare or
behind a clitic: ال, وال, بال, لل) and both parts are known words — a lexicon
word (a state, city, organisation, title, trigger word) or a function word on
the left. Requiring both sides known keeps names (``عبدالله``) whole. The split
inserts a space in the matching copy only; offsets still map to the original.
"""
from __future__ import annotations

import re
from functools import cache

from .arabic import Text, stems
from .data import words
from .lexicon import Lexicon
from .trie import PhraseTrie

MORPH = words("morphology")
CONTEXT = words("context")

_LONG_WORD = re.compile(r"[^\W\d_]{6,}")
MIN_LEFT = 4  # a shorter left part is a name's first half ('عبد', 'أبو') unless a function word


def _trie_words(trie: PhraseTrie, out: set[str]) -> None:
    stack = [trie.root]
    while stack:
        node = stack.pop()
        for key, child in node.items():
            if isinstance(key, str) and isinstance(child, dict):
                out.add(key)
                stack.append(child)


@cache
def vocabulary(lex: Lexicon) -> frozenset[str]:
    """Every word of the lexicon's phrases (states, cities, bodies, titles, trigger lists)."""
    out: set[str] = set()
    for trie in (lex.trie, lex.titles, lex.months, *lex.triggers.values()):
        _trie_words(trie, out)
    out |= set(lex.function_words) | set(lex.stop_verbs)
    return frozenset(w for w in out if len(w) > 1)


def _known(word: str, vocab: frozenset[str]) -> bool:
    return any(f in vocab for f in stems(word))


def _split(word: str, vocab: frozenset[str]) -> int | None:
    """Where a glued word splits (index of the right part), or None."""
    if _known(word, vocab):
        return None
    for opener in CONTEXT.glue_openers:
        i = word.find(opener, 2)
        while i > 0:
            left, right = word[:i], word[i:]
            if (left in CONTEXT.glue_left_words or len(left) >= MIN_LEFT and _known(left, vocab)) \
                    and len(right) > len(opener) + 1 and _known(right, vocab):
                return i
            i = word.find(opener, i + 1)
    return None


_HASHTAG = re.compile(r"#(?=[^\W\d_])|(?<=[^\W\d_])_(?=[^\W\d_])")


def unhash(text: Text) -> Text:
    """A hashtag's words read as words: '#باريس' as 'باريس', '#مؤتمر_بروكسل' as 'مؤتمر بروكسل' (each
    mark a space in the matching copy, so every offset stays)."""
    if "#" not in text.norm and "_" not in text.norm:
        return text
    return Text(text.original, _HASHTAG.sub(" ", text.norm), text.offsets)


def unglue(text: Text, lex: Lexicon) -> Text:
    """``text`` with a space put back inside each glued word (the original is untouched); a hashtag's
    words apart (:func:`unhash`)."""
    text = unhash(text)
    vocab = vocabulary(lex)
    cuts = []
    for m in _LONG_WORD.finditer(text.norm):
        at = _split(m.group(), vocab)
        if at is not None:
            cuts.append(m.start() + at)
    if not cuts:
        return text
    norm, offsets, prev = [], [], 0
    for c in cuts:
        norm += [text.norm[prev:c], " "]
        offsets += [*text.offsets[prev:c], text.offsets[c]]
        prev = c
    norm.append(text.norm[prev:])
    offsets += text.offsets[prev:]
    return Text(text.original, "".join(norm), tuple(offsets))
