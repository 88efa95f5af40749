"""Pledges listed donor by donor, with no verb of giving of their own.

Coverage of a donors' conference often sums the pledges up as a list::

    وجاءت أبرز التعهدات على النحو التالي: السعودية 1.5 مليار دولار، والكويت ملياري دولار
    وتوزعت تعهدات الدول المانحة كالآتي:
    - الكويت: 2 مليار دولار
    1- الولايات المتحدة: 380 مليون دولار
    وكانت أكبر التعهدات من تركيا (5 مليارات دولار) والكويت (ملياري دولار)

    وتصدرت المتعهدين واشنطن بـ507 ملايين دولار تلتها الكويت المضيفة بـ500 مليون

An item is a state, body or capital with its amount right after it (a colon, a
bracket, a dash, 'بـ', 'نحو', 'أكثر من' or a definite adjective between:
``list_fillers``); with 'لكل منهما' after the amount, each of two givers gives it.
Items count when a word of pledging leads the list (``list_heads`` in
words/pledges.yaml) and the list is opened after it (a colon, ``كالتالي``), on
the same line or, for a bulleted list, on the lines that follow (or anywhere in a
bulleted block, when one of its lines leads: 'إجمالي التعهدات'); the bracket and
'بـ' forms need only the leading word before them in their sentence. The word
``التعهدات`` makes money a conference total elsewhere (:mod:`.clauses`); here,
each item's amount is its donor's. A bulleted item's bare figure ('- اليابان: ٤١٫٢ مليون') is in
the currency the text states for its figures ('كالآتي (بالدولار الأميركي):'); a body named
right after 'طلبته' (what it asked for) is no item.
"""
from __future__ import annotations

from collections.abc import Iterator

from ...arabic import is_int, stems
from ...data import words
from ...spot import Doc
from ...values.amounts import Amount, bound_before, currency_at, find_amounts
from ...values.numbers import parse_number
from ..published import line_of
from .clauses import recalled_year
from .donors import giver
from .each import each_follows, not_a_giver

PLEDGES = words("pledges")
MORPH = words("morphology")
MEETINGS = words("meetings")


def listed(doc: Doc, year: int | None, taken: set[int]) -> Iterator[tuple]:
    """(amount, (agent, rule, token), sentence, (a, b)) for each listed pledge not in ``taken``."""
    led = False  # the lines before opened a list that goes on
    blocks = _led_blocks(doc)
    stated = stated_currency(doc) if blocks else None  # "كالآتي (بالدولار الأميركي): - اليابان: 41.2 مليون"
    for sent, (a, b) in enumerate(doc.sentences):
        opened = _opened_at(doc, a, b)
        amounts = find_amounts(doc.words, a, b, doc.lex) or \
            (bare_amounts(doc, a, b, stated) if stated and sent in blocks else [])
        bulleted = (led or sent in blocks) and _item_line(doc, a, b, amounts)
        start = opened if opened is not None else a
        for amt in amounts:
            if amt.start in taken or amt.start < start:
                continue
            if not (opened is not None or bulleted or _bracketed(doc, a, amt) or _tallied(doc, a, amt)
                    or _only_items(doc, a, b, amounts)):
                continue
            for found in _item(doc, amt, year, (start, b)):
                yield amt, found, sent, (a, b)
        led = (opened is not None and _ends_open(doc, b)) or bulleted


def _led_blocks(doc: Doc) -> set[int]:
    """The sentences of bulleted blocks that a leading word heads or closes ('• تركيا: 5 مليارات
    دولار ... • إجمالي التعهدات: نحو 30 مليار دولار'): each bullet line may be an item."""
    out: set[int] = set()
    block: list[int] = []
    for sent, (a, b) in enumerate([*doc.sentences, (0, 0)]):
        if b > a and (_bullet(doc.words, a, b) or _colon_item(doc, a, b)):
            block.append(sent)
            continue
        first = block[0] - 1 if block else -1
        lines = block + ([first] if first >= 0 else []) + ([0] if len(block) > 1 else [])
        # (or the text's title over two items or more: 'إنفوغراف | من تعهد بماذا في "بروكسل 5"؟')
        if any(leads(t) for s in lines for t in doc.words[slice(*doc.sentences[s])]):
            out.update(block)
        block = []
    return out | _live_blog(doc)


def _colon_item(doc: Doc, a: int, b: int) -> bool:
    """'ألمانيا: 1.738 مليار يورو، ...': a line that opens with a state or body and a colon, as a fact box's
    line of an infographic does, with no bullet."""
    m = doc.mention_at.get(a)
    return m is not None and m.end < b and doc.words[m.end] == ":" and giver(doc.lex, m) is not None


def _live_blog(doc: Doc) -> set[int]:
    """A live blog's entries, each opening with its time ('12:10 - الاتحاد الأوروبي: 350 مليون يورو'):
    all of them may be items when the blog pledges anywhere ('تعلن', 'تتعهد', 'التعهدات')."""
    timed = [s for s, (a, b) in enumerate(doc.sentences) if _timed(doc.words, a, b)]
    if len(timed) < LIVE_BLOG_ENTRIES:
        return set()
    words_ = doc.words[doc.sentences[timed[0]][0]:doc.sentences[timed[-1]][1]]
    return set(timed) if any(leads(t) or doc.lex.is_trigger("pledge_words", t) for t in words_) else set()


LIVE_BLOG_ENTRIES = 3  # timed lines that make a text a live blog


def _opened_at(doc: Doc, a: int, b: int) -> int | None:
    """Where a list of pledges opens in [a, b): after the opener that follows a leading word."""
    w = doc.words
    head = next((j for j in range(a, b) if leads(w[j])), None)
    if head is None:
        return a + 2 if _answers_a_lead(doc, a, b) else None
    opened = next((j + 1 for j in range(head + 1, b) if w[j] in PLEDGES.list_openers), None)
    if opened is None or any(w[j] in PLEDGES.list_history for j in range(a, opened)):
        return None  # "أكبر المانحين منذ 2014:": what was given, not pledged
    if w[opened - 2] in PLEDGES.place_preps:
        return None  # "ستذهب التعهدات إلى: العراق ...": whom it goes to
    return opened


def _answers_a_lead(doc: Doc, a: int, b: int) -> bool:
    """'س: ما أبرز التعهدات الأخرى؟' then 'ج: الإمارات 300 مليون دولار ...': a Q&A box's answer to a
    question that leads a list opens it after its label."""
    w = doc.words
    if b - a < 3 or w[a:a + 2] != list(MEETINGS.answer_label) or a == 0:
        return False
    qa, qb = doc.sentence_of(a - 1)
    return w[qb - 1] in MEETINGS.question_marks and any(leads(t) for t in w[qa:qb])


def leads(tok: str) -> bool:
    return any(f in PLEDGES.list_heads for f in stems(tok))


def _ends_open(doc: Doc, b: int) -> bool:
    """The line ends on its opener ('كالآتي:'): the items are the lines below."""
    return doc.words[b - 1] in PLEDGES.list_openers


def _item_line(doc: Doc, a: int, b: int, amounts: list) -> bool:
    """'- الكويت: 2 مليار دولار': a bullet or a donor first (after 'كل من': '- كل من مالي
    والنيجر: ... لكل منها'), and an amount."""
    w = doc.words
    first = a + _bullet(w, a, b)
    if w[first:first + 2] == list(MORPH.each_of):
        first += 2
    if first < b and amounts and amounts[0].start == first and _pointed_giver(doc, amounts[0], b) is not None:
        return True  # "• 350 مليون يورو ⬅️ الاتحاد الأوروبي": the amount, then its giver
    return first < b and first in doc.mention_at and any(amt.start >= first for amt in amounts)


def _only_items(doc: Doc, a: int, b: int, amounts: list) -> bool:
    """'• برلين 125 مليون يورو ولندن 160 مليون جنيه إسترليني': a line of nothing but two or more givers,
    each with its amount (a headline's or a bullet's list, no verb of its own)."""
    if len(amounts) < 2 or line_of(doc, a) != (a, b):
        return False
    w, p = doc.words, a + _bullet(doc.words, a, b)
    for amt in amounts:
        m = doc.mention_at.get(p)
        if m is None or giver(doc.lex, m) is None:
            return False
        p = m.end + (m.end < amt.start and w[m.end] in PLEDGES.list_fillers)
        if p != amt.start:
            return False
        p = amt.end
    return p == b


def _pointed_giver(doc: Doc, amt, b: int):
    """The mention of the giver an arrow or a mark points to right after a line's first amount."""
    k = amt.end
    if k + 1 < b and doc.words[k] in PLEDGES.giver_after_marks:
        m = doc.mention_at.get(k + 1)
        if m is not None and not not_a_giver(doc, m):
            return m
    return None


def _bullet(w: list[str], a: int, b: int) -> int:
    """The tokens of a line's bullet: '-', '•' (1), a number and its mark: '1-', '2.', '3)' (2), or a
    live blog entry's time: '17:10 -' (3 or 4)."""
    if w[a] in PLEDGES.list_bullets:
        return 1
    if _timed(w, a, b):
        return 3 + (a + 3 < b and w[a + 3] in PLEDGES.list_bullets)
    return 2 if a + 1 < b and is_int(w[a]) and len(w[a]) <= 2 and w[a + 1] in PLEDGES.number_marks else 0


def _timed(w: list[str], a: int, b: int) -> bool:
    """The line opens with a time: '17:10'."""
    return a + 2 < b and is_int(w[a]) and len(w[a]) <= 2 and w[a + 1] == PLEDGES.time_mark \
        and is_int(w[a + 2]) and len(w[a + 2]) == 2


def _bracketed(doc: Doc, a: int, amt) -> bool:
    """'من تركيا (5 مليارات دولار)' after a leading word in the sentence."""
    k = amt.start
    return k > a and doc.words[k - 1] == "(" and any(leads(t) for t in doc.words[a:k - 1])


def _tallied(doc: Doc, a: int, amt) -> bool:
    """'وتصدرت المتعهدين واشنطن بـ507 ملايين دولار تلتها الكويت بـ500 مليون', 'وتصدرت السعودية قائمة
    المانحين بمبلغ 150 مليون دولار': a giver with its amount after 'بـ' or 'بمبلغ', in a sentence a
    leading word opens."""
    k = amt.start
    return k > a and (doc.words[k - 1] in (MORPH.bi, *PLEDGES.by_sum) or doc.words[k].startswith(MORPH.bi)) and \
        any(leads(t) for t in doc.words[a:k])


def _item(doc: Doc, amt, year: int | None, span: tuple[int, int]) -> list:
    """The donor right before the amount, if it is an item of the list (in [start, b)); with
    'لكل منهما' after the amount ('السعودية والدنمارك: 100 مليون دولار لكل منهما'), each of those
    joined by 'و' before it."""
    w, (start, b) = doc.words, span
    j = amt.start
    while j - 1 >= start and amt.start - j < ITEM_GAP and \
            (_between_giver_and_amount(doc, j - 1) or w[j - 1] == PLEDGES.aside_close):
        j -= 1
        if w[j] == PLEDGES.aside_close:  # "• الاتحاد الأوروبي (من الميزانية المشتركة): 2 مليار يورو"
            j = next((i for i in range(j - 1, max(start, j - ASIDE_MAX) - 1, -1) if w[i] == PLEDGES.aside_open), j)
    m = doc.mention_ending_at(j, max(start, j - 8))
    if m is None and j == amt.start and doc.sentence_of(j)[0] + _bullet(w, *doc.sentence_of(j)) == j:
        m = _pointed_giver(doc, amt, b)  # ("• 350 مليون يورو ⬅️ الاتحاد الأوروبي")
    if m is None or not_a_giver(doc, m) or any(t in PLEDGES.asked_for for t in w[max(start, m.start - 2):m.start]):
        return []  # "للعراق 200 مليون", "في سوريا": whom it is for, where; "الذي طلبته الأمم المتحدة (...)"
    if any(t in PLEDGES.excluded for t in w[amt.end:min(b, amt.end + 4)]) or recalled_year(doc.lex, w, start, amt.start, year):
        return []
    givers = [m]
    while givers[0].prefix.startswith(MORPH.wa) and each_follows(doc, amt.end, b):  # "بوركينا فاسو ومالي والنيجر"
        before = doc.mention_ending_at(givers[0].start, max(start, givers[0].start - 6))
        if before is None or not_a_giver(doc, before):
            break
        givers.insert(0, before)
    agents = [(giver(doc.lex, g), g.start) for g in givers]
    return [(agent, "pledge.donor-listed", at) for agent, at in agents if agent is not None]


ASIDE_MAX = 6  # words of a bracketed aside between a listed giver and its amount
ITEM_GAP = 5  # words between a listed giver and its amount: "الكويت المضيفة بـ500", ": أكثر من 596", "، البلد المضيف:"


def _between_giver_and_amount(doc: Doc, k: int) -> bool:
    """A list's mark, 'بـ', 'نحو' or a definite adjective not in the lexicon ('المضيفة')."""
    tok = doc.words[k]
    return tok in PLEDGES.list_marks or tok in PLEDGES.list_fillers or \
        (doc.definite(k) and k not in doc.mention_at and not any(m.start < k < m.end for m in doc.mentions_in(max(0, k - 4), k + 4)))


MIN_BARE = 10_000  # a bare figure under this in a cell or an item is no sum of money ('2018', '12')


def stated_currency(doc: Doc):
    """The currency a text states for its figures: 'المبالغ بالدولار الأمريكي', 'المبلغ (باليورو)',
    'كالآتي (بالدولار الأميركي):'."""
    w = doc.words
    for k, tok in enumerate(w):
        if tok not in PLEDGES.stated_currency and tok != PLEDGES.aside_open:
            continue
        for j in range(k + 1, min(len(w), k + 3)):
            if w[j].startswith(PLEDGES.stated_by) and (cur := currency_at(w, j, doc.lex)) is not None:
                return cur
    return None


def bare_amounts(doc: Doc, a: int, b: int, stated) -> list[Amount]:
    """The figures of line [a, b) that name no currency ('- اليابان: ٤١٫٢ مليون'), in the one the
    text states for its figures (stated_amount)."""
    out, k = [], a
    while k < b:
        num = parse_number(doc.words, k, doc.lex)
        if num is None or num.end > b:
            k += 1
            continue
        amt = stated_amount(doc, num, stated) if currency_at(doc.words, num.end, doc.lex) is None else None
        if amt is not None:
            out.append(amt)
        k = num.end
    return out


def stated_amount(doc: Doc, num, stated) -> Amount | None:
    """A bare figure read as money in the currency the text states for its figures (``stated``, as
    stated_currency gives it): only a scaled one or one of MIN_BARE or more."""
    if not (num.scaled or num.value >= MIN_BARE):
        return None
    return Amount(num.value, stated[0], num.start, num.end, bound_before(doc.words, num.start, doc.lex)[0], stated=True)
