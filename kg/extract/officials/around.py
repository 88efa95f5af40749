"""What the sentence around an official says of whom he acts for, when his office does not.

Counterpart, delegation and 'representing' phrases (``ونظيره التركي``, ``وفد من جامعة
الدول العربية برئاسة``, ``ممثلا عن``); a state named before him (``ألمانيا ... وزير
خارجيتها``) or whose speech he gives (``كلمة مصر``); the official he stands in for
(``نيابة عن``); the capacity he acts in (``بصفته رئيسا للاتحاد الأفريقي``); a nearby
nationality adjective.
"""
from __future__ import annotations

from ...arabic import SHADDA, stems
from ...data import words
from ..analysis import Analysis
from ..records import Person
from ..refs import last_person, own_state
from .positions import represented_by
from .tokens import PUNCT_CONTINUE

OFFICIALS = words("officials")
MEETINGS = words("meetings")
SPEECH_REACH = 4  # words after "كلمة مصر" where another official would make it theirs
HEADS_REACH = 5  # words between an official and 'ترأس وفد ...' after him


def from_context(an: Analysis, person: Person):
    """Counterpart, delegation and 'body headed by' constructions around the introduction."""
    doc, lex, w = an.doc, an.lex, an.words
    a = person.intro[0]
    sent_start = doc.sentence_of(a)[0]
    window = range(max(sent_start, a - 6), a)
    # "ونظيره التركي X" / "نظيرته الكندية، وزيرة ... X"
    for k in window:
        if lex.is_trigger("counterpart", w[k]):
            m = doc.mention_at.get(k + 1)
            if m and m.first("country", "adjective"):
                return "country", m.first("country", "adjective").id, "represents.counterpart"
    by = _represented_by_before(an, sent_start, a)
    if by:
        return by
    heads = _heads_body_before(an, sent_start, a) or _took_part_by_delegation(an, sent_start, a)
    if heads:
        return heads
    # "فيما تمثل الولايات المتحدة مساعدة وزير الخزانة X", "ويمثل المملكة ... X": the state it names
    for k in reversed(range(max(sent_start, a - 10), a)):  # (the nearest: '... ومثّل ألمانيا X، فيما مثّل الدولة Y')
        if w[k] not in OFFICIALS.represent_verbs and not _bare_represents(an, k):
            continue
        m = doc.mention_at.get(k + 1)
        if m is not None and m.first("country", "name") and m.end <= a:
            return "country", m.first("country", "name").id, "represents.representing"
        if w[k + 1] in MEETINGS.home_state_words and (home := an.ctx.home_for(w[k + 1], an.lex)):
            return "country", home, "represents.representing"  # ('مثّل الدولة' in Berlin: the Emirates)
    if (attended := _attended_for(an, sent_start, a)) is not None:
        return "country", attended, "represents.representing"
    # "X وزير الخارجية قد ترأس وفد دولة قطر", "وترأس رئيس الحكومة X وفد لبنان": the delegation
    # he heads, named after him
    end = person.intro_end
    verb_before = any(an.trig("chair_phrases", i) for i in range(max(sent_start, a - 2), a))
    for k in range(end, min(len(w), end + HEADS_REACH)):
        if lex.is_trigger("not_chair_objects", w[k]) and (an.trig("chair_phrases", k - 1) or k == end and verb_before):
            for m in doc.mentions_in(k + 1, min(len(w), k + 4)):
                state = m.first("country", "name") or (m.start == k + 1 and m.first("country", "adjective"))
                if state:  # ('ترأست ... فيكتوريا نولاند الوفد الأمريكي': its adjective right after it)
                    return "country", state.id, "represents.heads-body"
    # "X ممثلا عن دولة ..." after the name
    end = person.tokens[1]
    for k in range(end, min(len(w), end + 3)):
        if w[k] in OFFICIALS.representing and k + 2 < len(w):
            for m in doc.mentions_in(k + 1, k + 5):
                e = m.first("country") or m.first("org")
                if e:
                    return e.kind, e.id, "represents.representing"
    return None


def _bare_represents(an: Analysis, k: int) -> bool:
    """'فيما مثّل الدولة ...': the bare 'مثل' as the verb (with its shadda, or after a clause's opener)."""
    if an.words[k] != OFFICIALS.represent_bare:
        return False
    s, e = an.doc.original_span(k, k + 1)
    return SHADDA in an.doc.text.original[s:e] or k > 0 and an.words[k - 1] in OFFICIALS.represent_bare_after


def _represented_by_before(an: Analysis, sent_start: int, a: int):
    """'برئاسة مملكة البحرين ممثلة في وزير العدل X': the state or body right before 'ممثلة في/ب'."""
    k = next((k for k in (a - 2, a - 1) if k > sent_start and represented_by(an, k) == a - k), None)
    m = an.doc.mention_ending_at(k, sent_start) if k is not None else None
    e = m and (m.first("org") or m.first("country", "name"))
    return (e.kind, e.id, "represents.represented-by") if e else None


def _heads_body_before(an: Analysis, sent_start: int, a: int):
    """'وفد من جامعة الدول العربية برئاسة X', 'الحكومة العراقية برئاسة X', 'وترأس الوفد المغربي X':
    the body or state of the delegation or government named before the official at token a;
    'فترأست وفد بلاده X' after another official: the state of the one whose country it is."""
    doc, w = an.doc, an.words
    for k in reversed(range(max(sent_start, a - 8), a)):
        if not an.lex.is_trigger("not_chair_objects", w[k]) or any(p.intro[0] <= k < p.intro_end for p in an.people):
            continue  # (not another's office: 'ورئيس الحكومة الإيطالية باولو جنتيلوني ورئيس مجلس الوزراء X')
        for m in doc.mentions_in(k + 1, a):
            for e in m.entries:
                if e.kind == "org":
                    return "org", e.id, "represents.heads-body"
                if e.kind == "country" and e.role in ("name", "adjective"):
                    return "country", e.id, "represents.heads-body"
        if k + 1 < a and an.lex.is_trigger("own_country", w[k + 1]):
            own = own_state(an.people, an.titles, sent_start, k + 1, an.words)
            if own is not None:
                return own.kind, own.id, "represents.heads-body"
        return None
    return None


def _took_part_by_delegation(an: Analysis, sent_start: int, a: int):
    """'وشاركت جامعة الدول العربية في الاجتماع بوفد ترأسه ... X': the body or state that took part
    by a delegation headed by the official at token a (named after the verb of taking part)."""
    w, doc = an.words, an.doc
    k = next((k for k in range(max(sent_start, a - 3), a - 1) if w[k] in OFFICIALS.by_delegation
              and an.trig("chair_phrases", k + 1)), None)
    if k is None:
        return None
    verb = next((v for v in reversed(range(max(sent_start, k - DELEGATION_REACH), k))
                 if w[v] in OFFICIALS.attended_verbs), None)
    for m in doc.mentions_in(verb + 1, k) if verb is not None else ():
        e = m.first("org") or m.first("country", "name")
        if e:
            return e.kind, e.id, "represents.heads-body"
    return None


DELEGATION_REACH = 10  # words from the verb of taking part to 'بوفد'


def _attended_for(an: Analysis, sent_start: int, a: int) -> str | None:
    """'وحضر الاجتماع عن العراق وزير الخارجية X ووزير الدفاع Y': the state after 'عن' that a verb of
    attending opens, when no other state is named between it and the official at token a."""
    w, doc = an.words, an.doc
    for k in range(max(sent_start, a - ATTENDED_REACH), a):
        m = doc.mention_at.get(k + 1) if w[k] == OFFICIALS.attended_for else None
        if m is None or not m.first("country", "name") or m.end > a or \
                not any(t in OFFICIALS.attended_verbs for t in w[max(sent_start, k - 3):k]):
            continue
        if not any(x.first("country") or x.first("org") for x in doc.mentions_in(m.end, a)):
            return m.first("country", "name").id
    return None


ATTENDED_REACH = 12  # words from 'عن' and its state to the last official it introduces


def named_before(an: Analysis, person: Person, possessed: bool):
    """'ألمانيا ..., إذ أعلن وزير خارجيتها' (the state the pronoun points to) and
    'وفي كلمة المملكة العربية السعودية ... شدد وزير الخارجية' (whose speech it is)."""
    doc, w = an.doc, an.words
    a = person.intro[0]
    sent_start = doc.sentence_of(a)[0]
    before = [m for m in doc.mentions_in(sent_start, a) if m.first("country", "name")]
    if possessed:  # (or the official named nearer: "ويترأسه المستشارة أنغيلا ميركل ووزير خارجيتها هايكو ماس")
        near = max((p for p in an.people if sent_start <= p.intro[0] and p.intro_end <= a and p is not person),
                   key=lambda p: p.intro_end, default=None)
        if near is not None and (not before or near.intro_end > before[-1].end):
            # (whose state, if known; never a state named before them: "مؤتمر برلين حول ليبيا ...")
            # ("الأمين العام للأمم المتحدة ... ومبعوثه الخاص إلى ليبيا": the UN's)
            return (near.represents.value.kind, near.represents.value.id, "represents.possessive") \
                if near.represents else None
        bodies = [m for m in doc.mentions_in(sent_start, a) if m.first("country", "name") or _body(m)]
        if bodies and _body(bodies[-1]):  # "جامعة الدول العربية، التي مثلها أمينها العام نبيل العربي"
            return "org", _body(bodies[-1]).id, "represents.possessive"
        if before:
            return "country", before[-1].first("country", "name").id, "represents.possessive"
    for m in before:
        if m.start > 0 and any(f in OFFICIALS.speech_of for f in stems(w[m.start - 1])):
            return "country", m.first("country", "name").id, "represents.speech-of"
    spans = [(person.intro[0], person.tokens[1]), *person.mentions]
    return next(filter(None, (_speech_of_state(an, person, a, end) for a, end in spans)), None)


def _body(m):
    """The organisation a mention names (not by an adjective), if any."""
    return next((e for e in m.entries if e.kind == "org" and e.role != "adjective"), None)


def _speech_of_state(an: Analysis, person: Person, a: int, end: int):
    """'وألقى كلمة الدولة في المؤتمر معالي X' (the outlet's own state) and 'وكان الوزير X قد ألقى
    كلمة العراق' (the speech named after the speaker, later in the sentence, unless another
    official is named before it or right after it: 'وألقى كلمة مصر الوزير Y' is Y's); the
    official is introduced, or named again ('أن يلقي الوزير شكري كلمة مصر'), at tokens [a, end)."""
    doc, w, home = an.doc, an.words, an.ctx.home
    sent_start = doc.sentence_of(a)[0]
    others = {q.intro[0] for q in an.people if q is not person}
    starts = others | {t.start for t in an.titles if t.start >= end}
    stop = min([doc.sentence_of(a)[1]] + [i for i in others if i >= end and not _in_aside(w, i)])
    for k in [*range(sent_start, a), *range(end, stop)]:
        if k + 1 >= len(w) or not any(f in OFFICIALS.speech_of for f in stems(w[k])):
            continue
        m = doc.mention_at.get(k + 1)
        tail = m.end if m is not None else k + 2
        if k >= end and any(tail <= i < tail + SPEECH_REACH for i in starts):
            continue  # "ألقى كلمة مصر الوزير ...": someone else's
        if m is not None and m.first("country", "name") and (k >= end or m.end <= a):
            return "country", m.first("country", "name").id, "represents.speech-of"
        if home and w[k + 1] in MEETINGS.home_state_words:
            return "country", home, "represents.speech-of"
    return None


CAPACITY_REACH = 3  # words between a name and 'بصفته', and between it and the body


def in_capacity(an: Analysis, person: Person) -> str | None:
    """'الرئيس السنغالي ماكي سال بصفته رئيسا للاتحاد الأفريقي': the body he acts for in the
    capacity said right after his name, over the state his title names."""
    w, end = an.words, person.intro_end
    for k in range(end, min(len(w), end + CAPACITY_REACH)):
        if w[k] in OFFICIALS.capacity:
            for m in an.doc.mentions_in(k + 1, min(len(w), k + 2 + CAPACITY_REACH)):
                if m.first("org"):
                    return m.first("org").id
            return None
    return None


def _in_aside(w: list[str], i: int) -> bool:
    """Token i is inside an aside a comma and 'بحضور' or 'برفقة' open just before it."""
    for k in range(i - 1, max(0, i - 6), -1):
        if w[k] in PUNCT_CONTINUE:
            return False
        if w[k] in OFFICIALS.aside_openers:
            return w[k - 1] in PUNCT_CONTINUE
    return False


def on_behalf(an: Analysis, person: Person):
    """'ألقاها وزير الداخلية التونسي X نيابة عن الرئيس Y', 'إذ تنوب X، وكيلة وزير الخارجية الأمريكي، عن
    وزير الخارجية Y': Y is of the state the official speaking or standing in for him acts for (the
    last one named before it in the sentence)."""
    w, a = an.words, person.intro[0]
    sent_start = an.doc.sentence_of(a)[0]
    stands_in = a > 0 and w[a - 1] == OFFICIALS.attended_for and any(w[k] in OFFICIALS.stands_in for k in range(sent_start, a))
    if not stands_in and not any(w[k] in OFFICIALS.on_behalf for k in range(max(sent_start, a - 3), a)):
        return None
    # (the one introduced or named again last before him: "السيدة نولاند حضرت نيابة عن وزير الخارجية Y")
    speaker = last_person([q for q in an.people if q.represents is not None], sent_start, a)
    agent = speaker.represents.value if speaker else None
    if agent is not None and agent.kind == "country":
        return "country", agent.id, "represents.on-behalf"
    return None


def nearby_adjective(an: Analysis, person: Person) -> str | None:
    """'الاستراتيجية الأمريكية التي أعلنها الرئيس باراك أوباما': a nationality adjective
    shortly before a bare title, not part of someone else's title."""
    doc = an.doc
    a = person.intro[0]
    sent_start = doc.sentence_of(a)[0]
    others = {i for p in an.people if p is not person for i in range(p.intro[0], p.intro[1])}
    near = doc.mentions_in(max(sent_start, a - 8), a)
    for i in range(len(near) - 1, -1, -1):
        m = near[i]
        if m.start not in others:
            e = m.first("country", "adjective")
            if e and not e.ambiguous:
                # (not one of a pair, 'تحت الرئاسة المشتركة المصرية النرويجية': a joint thing's, no one's)
                paired = any(o.first("country", "adjective") and 0 <= m.start - o.end <= 1
                             for o in near[max(0, i - 1):i])
                return None if paired else e.id
    return None
