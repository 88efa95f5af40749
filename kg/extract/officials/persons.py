"""Who is the same person in one article: officials indexed by the words of their names, a name
that holds another or is held in it (not a father's name inside a son's), and later mentions by
surname alone.
"""
from __future__ import annotations

from ...arabic import stems
from ...data import words
from ..analysis import Analysis
from ..records import Person
from .tokens import CONNECTORS

MORPH = words("morphology")
OFFICIALS = words("officials")


def _overlaps(an: Analysis, words) -> dict[int, int]:
    """Index of each person sharing a name word with ``words`` -> how many they share
    (an index, so that matching a name never scans every official found so far)."""
    shared: dict[int, int] = {}
    for t in set(words):
        for i in an.by_word.get(t, ()):
            shared[i] = shared.get(i, 0) + 1
    return shared


def same_person(an: Analysis, words) -> Person | None:
    """The first person found whose name holds all of ``words`` or is held in them, unless the
    shorter name is the longer one's father's ('سلمان بن عبدالعزيز' in 'محمد بن سلمان بن عبدالعزيز')."""
    n = len(set(words))
    hits = [i for i, c in sorted(_overlaps(an, words).items()) if (c == n or c == an.name_sizes[i])
            and not _fathers_name(list(words), an.people[i].name_words)]
    return an.people[hits[0]] if hits else None


def _fathers_name(a: list[str], b: list[str]) -> bool:
    """One name of two words or more the other's after a filial word ('بن'), not from its start."""
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if len(short) < 2 or short[0] == long_[0]:
        return False
    return any(long_[j] == short[0] and long_[j - 1] in OFFICIALS.filial for j in range(1, len(long_)))


def index_person(an: Analysis, person: Person, i: int, old_words=()) -> None:
    for t in set(old_words):
        an.by_word[t].discard(i)
    for t in set(person.name_words):
        an.by_word.setdefault(t, set()).add(i)
    size = len(set(person.name_words))
    if i < len(an.name_sizes):
        an.name_sizes[i] = size
    else:
        an.name_sizes.append(size)


def known_person(an: Analysis, span: tuple[int, int]) -> Person | None:
    words = [t for t in an.words[span[0]:span[1]] if t not in CONNECTORS]
    n = len(set(words))
    first = min((i for i, c in _overlaps(an, words).items() if c == n), default=None)
    return an.people[first] if first is not None else None


def surname_mentions(an: Analysis) -> None:
    """Later mentions by surname alone: 'وقال تيلرسون'."""
    where: dict[str, list[int]] = {}
    for t in an.doc.tokens:
        for f in stems(t.text):
            where.setdefault(f, []).append(t.i)
    for p in an.people:
        last = p.name_words[-1]
        if len(last) < 4 or last in an.lex.stopwords:
            continue
        # ('لويجي دي مايو': 'دي مايو', the particle with it; 'مايو' alone is May)
        particle = p.name_words[-2] if len(p.name_words) > 2 and p.name_words[-2] in OFFICIALS.surname_particles else None
        for i in sorted(set(where.get(last, []))):
            if i >= p.tokens[1] and not particle:
                p.mentions.append((i, i + 1))
            elif i >= p.tokens[1] and an.words[i - 1] in (particle, MORPH.wa + particle):
                p.mentions.append((i - 1, i + 1))
