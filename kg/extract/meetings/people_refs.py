"""The officials a chair phrase points to without naming them again: the one at a token,
the one a relative pronoun or an honorific pronoun ('سموه') refers back to, the subject
named just before a verb; and whether an official heads a delegation rather than a meeting.
"""
from __future__ import annotations

from ...data import words
from ..analysis import Analysis
from ..records import Person
from ..refs import honoured_in, last_named, title_referent

MEETINGS = words("meetings")
MORPH = words("morphology")


def person_at(an: Analysis, k: int) -> Person | None:
    """The official introduced at token k, or named there again ('ترأس السوداني ...')."""
    if an.person_index is None:  # token -> person: introductions first, then later mentions
        intro: dict[int, Person] = {}
        named: dict[int, Person] = {}
        for p in an.people:
            for t in range(*p.intro):
                intro.setdefault(t, p)
            for s, e in p.mentions:
                for t in range(s, e):
                    named.setdefault(t, p)
        an.person_index = (intro, named)
    return an.person_index[0].get(k) or an.person_index[1].get(k)


def antecedent(an: Analysis, lo: int, k: int) -> Person | None:
    """'فيديريكا موغيريني، التي شاركت في رئاسة المؤتمر': the official a relative pronoun right
    before token k refers back to (named just before it, a comma between at most)."""
    w = an.words
    if k - 1 < lo or w[k - 1] not in MORPH.relative_pronouns:
        return None
    end = k - 2 if k - 2 >= lo and w[k - 2] in MORPH.commas else k - 1
    return next((p for p in an.people if lo <= p.intro[0] and p.intro_end == end), None)


DELEGATION_REACH = 8  # words of further titles between an official and the delegation he heads


def heads_body(an: Analysis, j: int, b: int) -> bool:
    """'ترأس X ... حاكم دبي «رعاه الله» وفد الدولة': a delegation (or government) word a few words
    after the official at j, past more of his titles, with no comma or meeting noun between (or
    right after the comma that closes his titles: '... وزير الداخلية، وفد دولة قطر')."""
    w = an.words
    for i in range(j, min(b, j + DELEGATION_REACH)):
        if an.lex.is_trigger("not_chair_objects", w[i]):
            return True
        if w[i] in MORPH.commas:
            close = next((c for c in range(i + 2, min(b, i + DELEGATION_REACH)) if w[c] in MORPH.commas), None)
            if close is not None and any(an.lex.titles.match(w, t) or w[t] in an.lex.date_starts
                                         for t in range(i + 1, close)):
                i = close  # his titles set off by commas: "سعود بن صقر القاسمي، عضو المجلس ... حاكم ...، وفد الدولة";
                # or the day: "ترأس وزير الخارجية X، اليوم الأربعاء، وفد العراق"
            return i + 1 < b and an.lex.is_trigger("not_chair_objects", w[i + 1])
        if an.trig("meeting_nouns", i):
            return False
    return False


def honoured(an: Analysis, p: int) -> Person | None:
    """The person an honorific pronoun at token p points back to ('سموه', 'جلالته', 'معاليه'):
    the last one introduced before it with a word of that honorific's class, else the last one."""
    return honoured_in(an.words, an.people, p)


def subject_before(an: Analysis, a: int, k: int):
    """The official named, or referred to by office, in the ten words before token k (a long
    title may start further back: 'نائب وزير الخارجية السعودي المهندس وليد بن عبدالكريم الخريجي')."""
    lo = max(a, k - 10)
    refs = [(p.intro[0], p, p.intro[0], p.intro[1]) for p in an.people if a <= p.intro[0] < k and p.intro[1] > lo]
    refs += [(s, p, s, e) for p in an.people for s, e in p.mentions if lo <= s < k]
    for t in an.titles:
        if lo <= t.start < k:
            p = title_referent(an.people, t, an.words)
            if p is not None:
                refs.append((t.start, p, t.start, t.end))
    if not refs:
        return None
    _, p, i, j = max(refs, key=lambda r: r[0])
    return p, i, j


def named_last(an: Analysis, k: int, across: bool) -> list[Person]:
    """The officials introduced or named again before token k in its sentence (and, ``across``,
    the sentence before), in the order of their last naming."""
    a = an.doc.sentence_of(k)[0]
    lo = an.doc.sentence_of(a - 1)[0] if across and a > 0 else a
    last = {p.key: (at, p) for p in an.people if (at := last_named(p, lo, k)) is not None}
    return [p for _, p in sorted(last.values(), key=lambda x: x[0])]
