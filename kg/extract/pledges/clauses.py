"""Where a pledge's clause starts, and the clauses whose money is no pledge.

A total (مجموع التعهدات), an estimate, a conversion or a history (منذ, قدمت
خلالها) is no one donor's pledge; neither is a part of a pledge just read
(``50 مليون دولار، منها 30 مليونا للعراق و20 مليونا لسوريا``: one pledge of 50
million, the rest says whom it is for).
"""
from __future__ import annotations

from ...arabic import is_int
from ...data import words
from ...spot import Doc
from ..records import Fact, Person, evidence_at

MORPH = words("morphology")
MEETINGS = words("meetings")
PLEDGES = words("pledges")
DATES = words("dates")

_CLAUSE_BREAKS = PLEDGES.clause_breaks
_QUOTES = ('"', "»", "”")


def clause_start(w: list[str], a: int, k: int) -> int:
    """Where the clause of token k starts: after the last clause word or comma before it."""
    start = a
    for j in range(a, k):
        if w[j] in _CLAUSE_BREAKS or w[j] == MORPH.comma or (j + 1 < k and f"{w[j]} {w[j + 1]}" in _CLAUSE_BREAKS):
            start = j + 1
    return start


def statement_start(w: list[str], a: int, k: int) -> int:
    """As clause_start, but a relative clause set off by commas is an aside the statement runs
    past: 'أن إجمالي التعهدات ...، الذي استضافته الكويت، تجاوز 2.4 مليار' is a total from
    'إجمالي' on."""
    start, aside = a, False
    for j in range(a, k):
        if w[j] in _CLAUSE_BREAKS or (j + 1 < k and f"{w[j]} {w[j + 1]}" in _CLAUSE_BREAKS):
            start, aside = j + 1, False
        elif w[j] == MORPH.comma and j + 1 < k and w[j + 1] in MORPH.relative_pronouns:
            aside = True
        elif w[j] == MORPH.comma:
            start = start if aside else j + 1
            aside = False
    return start


def excluded(lex, before: list[str], after: list[str], named: bool = False) -> bool:
    """A total, estimate, conversion or history rather than one donor's pledge. With a giver
    named right after the amount (``named``: 'من بين التعهدات 100 مليون جنيه من بريطانيا'), the
    word 'التعهدات' only says it is one of the pledges."""
    not_pledge, value, highlights = lex.triggers["not_pledge"], lex.triggers["pledge_value"], lex.triggers["pledge_highlights"]
    i = 0
    while i < len(before):
        of_value = value.match(before, i) or highlights.match(before, i)
        if of_value:  # "مساعدات تبلغ قيمتها": what the gift is worth; "أبرز التعهدات": each giver's own
            i += of_value[1]
            continue
        today = next((n for n in _EARLIER_TODAY if " ".join(before[i:i + n]) in PLEDGES.earlier_today), 0)
        if today:  # "في وقت سابق من اليوم": earlier today, at the meeting, not in the past
            i += today
            continue
        hit = not_pledge.match(before, i)
        if hit and not (named and " ".join(before[i:i + hit[1]]) in PLEDGES.pledge_nouns) \
                and not (before[i] in PLEDGES.amounts_to and _own_gift(lex, before[:i])):
            return True  # (but "مساهمتها ... تبلغ 1.44 مليار": what its own gift is worth)
        i += 1
    after = after[:next((i for i, t in enumerate(after) if t in MORPH.commas or t in _CLAUSE_BREAKS), len(after))]
    if after[:1] and after[0] in PLEDGES.excluded_next or after[1:2] and after[0] in _QUOTES and after[1] in PLEDGES.excluded_next:
        return True
    if " ".join(after[:2]) in PLEDGES.last_year:
        return True  # "التي ساهمت بنحو 1,2 مليار دولار العام الماضي": given a year before
    if after[:1] and after[0] in PLEDGES.announced_it and after[1:2] and after[1] in PLEDGES.announced_earlier:
        return True  # "حزمة بخمسة ملايين جنيه أعلنتها مطلع الأسبوع": told before, elsewhere
    return any(t in PLEDGES.excluded or t in PLEDGES.given_already for t in after)  # (in its clause: not "أخرى، ليصل
    # إجمالي ...", nor the next sentence)


_EARLIER_TODAY = sorted({len(p.split()) for p in PLEDGES.earlier_today}, reverse=True)


def _own_gift(lex, before: list[str]) -> bool:
    """'مساهمتها', 'مساهمة بلاده': a giver's own gift named before 'تبلغ'."""
    return any(t in PLEDGES.own_gifts for t in before) or \
        any(t in PLEDGES.gift_nouns and lex.is_trigger("own_country", u) for t, u in zip(before, before[1:]))


def many_givers(lex, w: list[str], a: int, k: int) -> bool:
    """'تعهّد المانحون ... تقديم 6,4 مليارات دولار', 'إن الدول المشاركة تعهدت بأكثر من 2.4 مليار': the
    pledging verb before the amount has many givers for its subject (a total). Only a verb of the
    amount's own clause counts ('تعهد المانحون بـ 6 مليارات، فيما أعلنت ألمانيا عن 1.2 مليار')."""
    a = max([a] + [j + 1 for j in range(a, k) if w[j] in _CLAUSE_BREAKS])
    verb = max((j for j in range(a, k) if lex.is_trigger("pledge_verbs_past", w[j]) or w[j] in PLEDGES.plural_pledge_verbs
                or lex.is_trigger("pledge_verbs", w[j])), default=None)  # ("وستسهم الدول الأعضاء ... بنحو 900 مليون")
    if verb is None:
        return False
    if w[verb] in PLEDGES.plural_pledge_verbs:
        return True  # "أن 14 مانحا تعهدوا بتقديم 458 مليون دولار", "أن المشاركين جمعوا 800 مليون": the verb's own plural
    givers = lex.triggers["many_givers"]
    after = givers.match(w, verb + 1, clitics=False) if verb + 1 < k else None  # the subject after the verb
    before = [j for j in range(max(a, verb - 3), verb) if (hit := givers.match(w, j, clitics=False)) and j + hit[1] == verb
              and not (j > a and w[j - 1] in PLEDGES.one_of_them)]  # ("أكبر المانحين بتعهد": one giver)
    return bool(after or before)  # (never 'نقل للمشاركين تعهد بلاده': to the participants)


def joint_givers(doc: Doc, a: int, amt) -> bool:
    """'أعلنت المملكة العربية السعودية ودولة الإمارات ودولة الكويت، اليوم، تقديم مليار و250 مليون دولار':
    two or more states or bodies joined by 'و' right after a pledging verb, the amount a few words on,
    with no 'كل من' before them nor 'لكل منها' after it, give it together: their sum."""
    w, lex, k = doc.words, doc.lex, amt.start
    if amt.end < len(w) and lex.triggers["pledge_each"].match(w, amt.end):
        return False
    verbs = [j for j in range(a, k) if lex.is_trigger("pledge_verbs_past", w[j]) or lex.is_trigger("pledge_words", w[j])]
    return any(w[v + 1:v + 3] != list(MORPH.each_of) and (end := _chain_after(doc, v + 1, k)) and k - end <= JOINT_REACH
               for v in verbs)


JOINT_REACH = 5  # words from the last of the givers to the amount: '، اليوم، تقديم'


def _chain_after(doc: Doc, j: int, k: int) -> int | None:
    """The end of two or more states or bodies joined by 'و' from token j, or None."""
    chain, at = 0, j
    for m in doc.mentions_in(j, k):
        joined = chain == 0 or m.prefix.startswith(MORPH.wa) or doc.words[m.start - 1].startswith(MORPH.wa)
        if m.start - at > 1 or not joined or not (m.first("country", "name") or m.first("org", "name")):
            break
        chain, at = chain + 1, m.end
    return at if chain >= 2 else None


def recalled(lex, w: list[str], a: int, k: int, since_from: int | None = None) -> bool:
    """'مذكّراً بأن الكويت ... ساهمت خلاله بملياري دولار': a recollection opened earlier in the sentence;
    'أن الكويت خصصت منذ وقوع الانفجار ... 11 مليون دولار', 'ومنذ عام 2011، قدم ...': given since, not pledged
    (a 'since' read from ``since_from`` on: not one an amount told as history before it has closed, '...
    قدمت منذ 2023 أكثر من 400 مليون دولار، معلنا تقديم 200 مليون دولار إضافية')."""
    lo = a if since_from is None else since_from
    return any(lex.is_trigger("pledge_recalled", w[j]) for j in range(a, k)) or any(
        w[j] == PLEDGES.since and j > a and w[j - 1] in PLEDGES.given_verbs or
        w[j] in (PLEDGES.since, MORPH.wa + PLEDGES.since) and _a_year_at(w, j + 1, k)  # "ومنذ عام 2011، قدم"
        for j in range(lo, k))


def told_as_past(w: list[str], a: int, b: int, k: int) -> bool:
    """'وكانت النرويج قد تعهدت بـ750 مليون كرونة في مؤتمر ... العام الماضي': a sentence opening with
    'وكانت ... قد' before the amount at k and a time past after it tells what was pledged before."""
    return w[a] in MEETINGS.was_verbs and MEETINGS.qad in w[a + 1:k] and \
        any(w[j] in DATES.past_periods and w[j + 1] in DATES.past_marks for j in range(k, b - 1))


def had_given(w: list[str], a: int, k: int) -> bool:
    """'بعدما كانت قدمت نحو 20,7 مليون يورو': 'كان' and a verb of giving right before the amount at k
    (past 'نحو'): what was given before, not pledged."""
    return any(w[j] in MEETINGS.was_verbs and w[j + 1] in PLEDGES.given_verbs for j in range(max(a, k - HAD_REACH), k - 1))


HAD_REACH = 4  # words from 'كانت قدمت' to its amount: 'نحو', 'مبلغ'


def given_since(w: list[str], a: int, k: int, b: int) -> bool:
    """'أن المملكة قدمت أكثر من 6.7 مليار دولار في شكل دعم إنساني للشعب السوري منذ بدء الأزمة': a verb of
    giving right before the amount at k and 'منذ' later in its clause: what was given since, not pledged."""
    if not any(f in PLEDGES.given_verbs for j in range(max(a, k - HAD_REACH), k) for f in (w[j], _no_wa(w[j]))):
        return False
    for j in range(k, min(b, k + SINCE_REACH)):
        if w[j] in MORPH.commas or w[j] == ".":
            return False
        if w[j] == PLEDGES.since or " ".join(w[j:j + 2]) in PLEDGES.years_past:
            return True
    return False


def _no_wa(tok: str) -> str:
    return tok[1:] if tok.startswith(MORPH.wa) and len(tok) > 3 else tok


SINCE_REACH = 12  # words from the amount to the 'منذ' that makes it history


def _a_year_at(w: list[str], j: int, k: int) -> bool:
    j += j < k and w[j] in PLEDGES.year_preps
    return j < k and is_int(w[j]) and len(w[j]) == 4


def recalled_year(lex, w: list[str], a: int, k: int, year: int | None) -> bool:
    """'وفي عام 2016 قدمت الكويت 300 مليون دولار' in a 2019 article, 'قدمت في أغسطس الماضي' or 'في
    أغسطس 2018': history, not a pledge."""
    if any(w[j] in DATES.past_marks and (w[j - 1] in DATES.past_periods or _month_ends_at(lex, w, j))
                               for j in range(max(a, 1), k)):
        return True  # ("في نوفمبر/ تشرين الثاني الماضي": a month of two words)
    if year is None:
        return False
    return any(is_int(w[j]) and len(w[j]) == 4 and 1945 < int(w[j]) < year
               and (w[j - 1] in PLEDGES.year_preps or lex.months.match(w, j - 1)  # "في أغسطس 2018"
                    or w[j - 1] == PLEDGES.aside_close and lex.months.match(w, j - 2))  # "في أغسطس (آب) 2018"
               for j in range(max(a, 1), k))


def _month_ends_at(lex, w: list[str], j: int) -> bool:
    """A month's name ends right before token j ('أغسطس', 'تشرين الثاني')."""
    return any((m := lex.months.match(w, i)) and i + m[1] == j for i in range(max(0, j - 2), j))


def opens_breakdown(lex, w: list[str], a: int, k: int) -> bool:
    """'منها' / 'من بينها' between the last amount and this one: a part of that pledge."""
    parts = lex.triggers["pledge_breakdown"]
    return any(parts.match(w, j) and j + parts.match(w, j)[1] <= k for j in range(a, k))


def new_clause(w: list[str], a: int, k: int) -> bool:
    """A new clause ('فيما', 'كما', a full stop) between tokens a and k."""
    return any(w[j] in _CLAUSE_BREAKS for j in range(a, k))


def ends_breakdown(lex, w: list[str], a: int, k: int) -> bool:
    """A new clause ('فيما', 'كما', a full stop) or a new pledge verb ends a breakdown."""
    return any(w[j] in _CLAUSE_BREAKS or lex.is_trigger("pledge_words", w[j]) for j in range(a, k))


def in_purpose(lex, w: list[str], a: int, k: int) -> bool:
    """A mention after a pledge word and a purpose ('لدعم ...') names whom it is for; not past 'أن'
    opening what was announced ('أعلن خلال مؤتمر ... لدعم مستقبل سوريا ...، أن ألمانيا ستقدم')."""
    last_pledge = max((j for j in range(a, k) if lex.is_trigger("pledge_words", w[j])), default=None)
    if last_pledge is None:
        return False
    that = max((j for j in range(last_pledge, k) if w[j] in PLEDGES.that), default=last_pledge)
    return any(t in PLEDGES.purpose for t in w[that:k])


def purpose(doc: Doc, j: int, b: int) -> Fact | None:
    w = doc.words
    if j >= b:
        return None
    first = w[j]
    if not (first.startswith(MORPH.li) and len(first) > 3 or first in PLEDGES.aid
            or (first == MORPH.fi and j + 1 < b and w[j + 1] in PLEDGES.form_of)):
        return None
    end = j
    while end < b and end - j < 16 and w[end] not in PLEDGES.purpose_ends and w[end] not in PLEDGES.whereas:
        end += 1
    return Fact(doc.surface(j, end).strip(), evidence_at(doc, j, end, "pledge.purpose"))


ASIDE_REACH = 4  # words after a comma before the relative pronoun of an aside ('، خلال هذا اللقاء الذي نظمته ...،')


def asides(w: list[str], a: int, k: int) -> set[int]:
    """The tokens of relative clauses set off by commas in [a, k) ('، التي استضافت المؤتمر ...،', '، خلال
    هذا اللقاء الذي نظمته بالشراكة كل من ...،')."""
    out: set[int] = set()
    j = a
    while j < k - 1:
        rel = next((i for i in range(j + 1, min(k, j + 2 + ASIDE_REACH)) if w[i] in MORPH.relative_pronouns
                    or w[i] in MORPH.commas), None) if w[j] in MORPH.commas else None
        if rel is not None and w[rel] in MORPH.relative_pronouns:
            end = next((i for i in range(j + 2, k) if w[i] in MORPH.commas), None)
            if end is None:
                break  # (an aside still open at the amount is no aside)
            out.update(range(j, end))
            j = end
        j += 1
    return out


def only_aside(p: Person, aside: set[int], a: int, k: int) -> bool:
    """Every time ``p`` is named in tokens [a, k), it is inside an aside."""
    spans = [s for s, _ in [p.intro, *p.mentions] if a <= s < k]
    return bool(spans) and all(s in aside for s in spans)
