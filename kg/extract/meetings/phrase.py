"""The name phrase after a meeting noun: how far a meeting's name runs ('اجتماع مجموعة العمل
الخاصة بالمقاتلين الإرهابيين الأجانب'), the content words and organisations in it."""
from __future__ import annotations

from ...arabic import stems
from ...data import words
from ...values.dates import VAGUE_STARTS, parse_at
from ..analysis import Analysis

MEETINGS = words("meetings")
MORPH = words("morphology")

NP_MAX = 14
_GENERIC_MODIFIERS = MEETINGS.generic_modifiers


def bare(tok: str) -> str:
    """A word's comparable core: no proclitic, no article."""
    forms = stems(tok)
    w = forms[-1] if len(forms) > 1 else tok
    for f in forms:
        if f.startswith(MORPH.article):
            w = f
            break
    return w[2:] if w.startswith(MORPH.article) and len(w) > 3 else w


TITLE_MAX = 10  # words of a meeting's title in brackets


def _closing(w: list[str], j: int) -> int | None:
    """The ')' closing the bracket at j within TITLE_MAX words, with no sentence end between."""
    for k in range(j + 1, min(len(w), j + TITLE_MAX + 2)):
        if w[k] == ")":
            return k if k > j + 1 else None
        if w[k] in (".", "("):
            return None
    return None


def noun_phrase(an: Analysis, j: int):
    """Extent of the meeting's name after its noun, its content words and organisations.

    The name runs on through adjectives (الوزاري), genitives (للتحالف, لإعادة إعمار),
    lexicon mentions and a construct chain (اجتماع مجموعة ...), and stops at
    anything else ("الاجتماع بدعوة من ...", "الاجتماع اليوم").
    """
    w, lex = an.words, an.lex
    names, orgs = [], []
    start = j
    chain = not w[j - 1].startswith(MORPH.definite_openers) if j else False  # an indefinite noun takes a genitive
    while j < len(w) and j - start < NP_MAX:
        tok = w[j]
        m = an.doc.mention_at.get(j)
        if m is not None and j == start and not chain and not m.prefix and an.doc.definite(j) \
                and (m.first("org") or m.first("country", "name")):
            break  # "ويترأس المؤتمر الاتحاد الأوروبي": a definite noun takes no genitive
        if m is not None:
            e = m.first("org")
            if e:
                orgs.append(e.id)
                names.append("org:" + e.id)
            elif place := m.first("city") or m.first("country"):
                names.append(f"{place.kind}:{place.id}")  # (the place itself: 'بروكسل' in 'مؤتمر بروكسل' and
                # in 'المؤتمر ببروكسل' alike, whatever letters its name opens with)
            j, chain = m.end, False
            continue
        if tok == "(" and (close := _closing(w, j)) is not None:
            names += [bare(t) for t in w[j + 1:close] if t[:1].isalpha() and t not in lex.function_words]
            j, chain = close + 1, False  # "مؤتمر (دعم مستقبل سوريا والمنطقة)": a bracketed title, whole
            continue
        if tok in ("(", ")") or tok == MORPH.article:
            j += 1
            continue
        if tok in MEETINGS.about and j > start:
            chain = True  # "المؤتمر الوزاري حول تعزيز ...": the subject is part of the name
            j += 1
            continue
        if step := _ordinal_step(an, j, start):
            j += step  # an ordinal read whole: "الدورة التاسعة والثلاثين", "الثانية والأربعين بعد المائة"
            continue
        if not tok[0].isalpha() or any(f in lex.function_words or f in lex.stop_verbs for f in stems(tok)) or \
                any(f in lex.weekdays for f in stems(tok)) or lex.relative_days.match(w, j) or \
                (tok in VAGUE_STARTS and parse_at(w, j, lex)):  # "اجتماعها الأسبوع الماضي"
            break
        if an.trig("chair_phrases", j) or an.trig("participation", j) or lex.titles.match(w, j) or lex.honorifics.match(w, j) \
                or an.trig("meeting_nouns", j) or lex.is_trigger("held_verbs", tok) \
                or lex.is_trigger("host_verbs", tok) or lex.is_trigger("presidency", tok):
            break  # (and "خلال الاجتماع الرئاسة المشتركة": the object of the verb before)
        genitive = tok.startswith(MORPH.li) and len(tok) > 3
        if not (tok.startswith(MORPH.article) or genitive or chain or tok in MEETINGS.about):
            break
        core = bare(tok)
        if core not in _GENERIC_MODIFIERS and core.rstrip(MORPH.accusative_alif) not in _GENERIC_MODIFIERS:
            names.append(core)
        chain = genitive or tok in MEETINGS.about or (chain and not tok.startswith(MORPH.article))
        j += 1
    while j > start and w[j - 1] == "(":
        j -= 1  # "... الإسلامية (داعش)": the bracket opened on a word the name stops before
    return j, names, orgs


def _ordinal_step(an: Analysis, j: int, start: int) -> int:
    """Tokens of an ordinal's part at j inside a name that starts at ``start``: a number word
    ('التاسعة', 'الحادي عشر'), its hundreds after its units and tens ('بعد المائة'), or its figures
    ('الدورة الـ41 لمجلس', 'الدورة 41 لمجلس')."""
    w, numbers = an.words, an.lex.number_words
    if w[j].isdigit():
        return int(j > start and w[j - 1] == MORPH.article or j == start and j + 1 < len(w) and w[j + 1].startswith(MORPH.li))
    if j == start:
        return 0
    if bare(w[j]) in numbers:
        return 1
    return 2 if bare(w[j - 1]) in numbers and " ".join(w[j:j + 2]) in MEETINGS.ordinal_hundreds else 0


def past_name_set_off(an: Analysis, j: int, b: int) -> int:
    """'الرئيسان المشاركان لمؤتمر المانحين لليمن، السويد وسويسرا': past the meeting named at j
    (after their number: 'الرؤساء المشاركين الخمسة لمؤتمر لندن، وهم') and the comma after it,
    where the names it introduces begin; j when there is none."""
    tok = an.words[j] if j < b else ""
    k = j + (tok.removeprefix(MORPH.article) in an.lex.number_words)
    hit = an.trig("meeting_nouns", k) if k < b else None
    if hit is None:
        return j
    end = noun_phrase(an, k + hit[1])[0]
    return end + 1 if end < b and an.words[end] in MORPH.commas else j

