"""References back: a generic noun to the organisation it stands for, a bare office to its holder,
an honorific pronoun ('سموه') to the official it means.

``التحالف`` after the Global Coalition was named, ``الحلف`` after NATO;
``وزير الخارجية الأمريكي`` with no name after it, after Rex Tillerson was
introduced with that office.
"""
from __future__ import annotations

from ..arabic import fold, stems
from ..data import words
from ..spot import Doc
from .records import Agent, Person

MORPH = words("morphology")
MEETINGS = words("meetings")


def generic_org_at(doc: Doc, k: int) -> str | None:
    """The organisation the word at token k refers back to when it is a generic noun for one, with any
    clitic ('الاتحاد', 'للمجموعة', 'وللتحالف')."""
    for f in stems(doc.words[k]):
        if f in doc.lex.generic_org_words and (org := focus_org(doc, f, k)):
            return org
    return None


def focus_org(doc: Doc, generic_word: str, before: int) -> str | None:
    """The organisation a generic noun ('التحالف', 'الحلف') refers back to: the last
    one named before it that the noun can stand for, else the first named after."""
    ids = set(doc.lex.generic_org_words.get(generic_word, []))
    best = None
    for start, oid in _org_mentions(doc):
        if oid in ids:
            if start < before:
                best = oid
            elif best is None:
                return oid
    return best


def _org_mentions(doc: Doc) -> list[tuple[int, str]]:
    """(token, id) of each organisation named; a body's part names its parent too ('الأمانة العامة
    لمجلس التعاون' is the council's: a later 'المجلس' refers to the council)."""
    cached = getattr(doc, "_orgs", None)
    if cached is None:
        cached = []
        for m in doc.mentions:
            org = m.first("org")
            if org is not None:
                cached.append((m.start, org.id))
                entry = doc.lex.entity("org", org.id)
                if entry is not None and entry.extra.get("parent"):
                    cached.append((m.start, entry.extra["parent"]))
        doc._orgs = cached
    return cached


def title_referent(people: list[Person], t, words: list[str]) -> Person | None:
    """'وزير الخارجية الأمريكي' with no name: the official of that office and state named before; of
    several, the one whose office shares the most words with it ('رئيس الجمهورية' is the one introduced
    so, not 'رئيس بوركينا فاسو' named after him), the last of a tie."""
    best, most = None, 0
    heads = set(t.position.split()) - {MORPH.article}
    for p in people:
        if p.intro[0] >= t.start or p.position is None:
            continue
        shared = len(heads & set(words[p.intro[0]:p.intro[1]]))
        if not shared or shared < most:
            continue
        if t.country and not (p.represents and p.represents.value == Agent("country", t.country)):
            continue
        best, most = p, shared
    return best


def last_named(p: Person, a: int, k: int) -> int | None:
    """Where official p was last introduced or named again in tokens [a, k), if he was."""
    return max((s for s, _ in [p.intro, *p.mentions] if a <= s < k), default=None)


def last_person(people: list[Person], a: int, k: int) -> Person | None:
    """The official introduced or named again last in tokens [a, k) (the first of a tie)."""
    named = [(at, p) for p in people if (at := last_named(p, a, k)) is not None]
    return max(named, key=lambda x: x[0])[1] if named else None


def titled_state(titles: list, a: int, k: int) -> Agent | None:
    """'وتعهد وزير الخارجية الأمريكي بتقديم': the state of an office named without a name in [a, k)."""
    found = [t for t in titles if a <= t.start < k and t.country]
    return Agent("country", found[-1].country) if found else None


def own_state(people: list[Person], titles: list, sent_start: int, j: int, words: list[str]) -> Agent | None:
    """'بلاده' at token j: the state of the official whose sentence it is, else of an office named
    without a name in the sentence (with its state, or held by one named before: 'وأعلن الأمير ...
    تبرع بلاده'), else of the last official named before it ("وقال الوزير السعودي ... . وأعلن دعم
    بلاده ...")."""
    speaker = last_person(people, sent_start, j)
    if speaker and speaker.represents:
        return speaker.represents.value
    office = titled_state(titles, sent_start, j)  # ("وكان أمير الكويت قد افتتح المؤتمر بإعلان تبرع بلاده")
    if office:
        return office
    held = [p for t in titles if sent_start <= t.start < j and (p := title_referent(people, t, words))]
    if held and held[-1].represents:
        return held[-1].represents.value
    earlier = last_person(people, 0, sent_start)
    return earlier.represents.value if earlier and earlier.represents else None


def honoured_in(w: list[str], people: list[Person], p: int) -> Person | None:
    """The person an honorific pronoun at token p points back to ('سموه', 'جلالته', 'معاليه'): the last
    one introduced before it with a word of that honorific's class, else the last one."""
    cls = _HONOUR_CLASSES.get(w[p], frozenset())
    before = sorted((q for q in people if q.intro[0] < p), key=lambda q: q.intro[0])
    marked = [q for q in before if cls & set(w[max(0, q.intro[0] - 2):q.intro[1]])]
    pick = marked or before
    return pick[-1] if pick else None


_HONOUR_CLASSES = {k: frozenset(fold(x) for x in v) for k, v in MEETINGS.honorific_pronouns.items()}
