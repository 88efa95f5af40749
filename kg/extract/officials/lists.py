"""Officials listed under one plural office, each after the state they act for.

    كما شارك وزراء خارجية السعودية فيصل بن فرحان، وتركيا مولود تشاوش أوغلو، وإيران ...
    وحضر القمة رؤساء مالي إبراهيم بوبكر كيتا، والنيجر محمدو يوسفو ...
    برئاسة مشتركة لوزيري خارجية إيطاليا لويجي دي مايو والولايات المتحدة أنتوني بلينكن

Each item is a state's name (or its adjective: 'رؤساء هذه الدول: المالي X، والنيجري Y'),
then a name of two words or more; the items after the
first open with 'و'. An office said once, before the first item's adjective, reads the same way:

    وحضر القمة الرئيس النيجيري غودلاك جوناثان، والأوغندي يويري موسيفيني، والتنزاني جاكايا كيكويتي

Each person is introduced with the office as written and the state before them (the words are
``plural_*`` in words/officials.yaml).
"""
from __future__ import annotations

from ...arabic import stems
from ...data import words
from ..analysis import Analysis, PositionInfo
from .introductions import make_person
from .names import name_at
from .tokens import PUNCT_CONTINUE

MORPH = words("morphology")
OFFICIALS = words("officials")

MAX_ITEMS = 12


def find(an: Analysis) -> None:
    """The pass: the people of each list under a plural office, and of each list whose office is said
    once ('الرئيس النيجيري غودلاك جوناثان، والأوغندي يويري موسيفيني، والتنزاني جاكايا كيكويتي')."""
    w = an.words
    k = an.ctx.dateline_end
    while k < len(w):
        office = _plural_office(an, k)
        k = _items(an, k, office) if office else k + 1
    for p in list(an.people):
        info = an.info.get(p.key)
        title = an.lex.titles.match(w, p.intro[0]) if p.title_id and info and info.adjectives else None
        if title and p.intro[1] == p.tokens[1]:  # the office, its state's adjective, the name: nothing after
            _items(an, p.intro[0], (p.title_id, title[1]), after=p.tokens[1])


def _plural_office(an: Analysis, k: int) -> tuple[str, int] | None:
    """(title id, tokens) of 'وزراء خارجية', 'رؤساء', 'لوزيري خارجية' at k."""
    w = an.words
    for n in (2, 1):
        phrase = " ".join(w[k:k + n])
        title = next((OFFICIALS.plural_offices[f] for f in stems(phrase) if f in OFFICIALS.plural_offices), None)
        if title:
            end = k + n
            if end < len(w) and w[end] in OFFICIALS.plural_portfolios:
                end += 1
            return title, end - k
    return None


def _items(an: Analysis, k: int, office: tuple[str, int], after: int | None = None) -> int:
    """Introduce each 'state name' item after the office at k (or, ``after`` the first one named with
    it, each item after that one); where the list ends."""
    w, (title_id, n) = an.words, office
    j, found = (k + n, 0) if after is None else (after, 1)
    while j < len(w) and j < k + n + 4 and w[j] in OFFICIALS.plural_list_openers:
        j += 1  # "رؤساء هذه الدول: المالي ..."
    while j < len(w) and found < MAX_ITEMS:
        at = j + 1 if found and w[j] in PUNCT_CONTINUE else j
        m = an.doc.mention_at.get(at)
        state = m.first("country", "name") or m.first("country", "adjective") if m is not None else _held_back(an, at)
        prefix = m.prefix if m is not None else w[at][:1]
        if state is None or (found and not (prefix.startswith(MORPH.wa) or w[at - 1] == MORPH.wa)):
            break
        span = name_at(an, m.end if m is not None else at + 1)
        if span is None or span[1] - span[0] < 2:
            break
        if span[0] not in an.introduced:  # (the first may be read already: 'لوزيري خارجية إيطاليا ...')
            info = PositionInfo(**{"countries" if state.role == "name" else "adjectives": [(state.id, at)]})
            make_person(an, span, k, k + n, info, title_id, span[0], position_start=k, intro_start=at)
        j, found = span[1], found + 1
    return max(j, k + 1)


def _held_back(an: Analysis, k: int):
    """'والمالي إبراهيم أبو بكر كيتا' in such a list: a nationality adjective the spotter holds back
    as an everyday word (مالي: Malian, financial) is the state here."""
    hit = an.lex.trie.match(an.words, k)
    entry = next((e for e in hit[0] if e.kind == "country" and e.role == "adjective"), None) if hit and hit[1] == 1 else None
    return entry if entry is not None and entry.ambiguous else None

