"""Pledges: money a state or organisation commits, with donor, amount and currency.

An amount of money is a pledge when its sentence carries a pledge word
(تعهد, ستقدم, تخصيص, مساهمة ...) and its own clause is not a total, an
estimate, a conversion, a history or a part of the pledge just read
(:mod:`.clauses`). The donor is the clause's giver (:mod:`.donors`); a clause
with a pledge verb and no giver of its own (``كما ستخصص 10 ملايين جنيه
إضافية``) keeps the giver of the pledge just before it.
"""
from __future__ import annotations

from ...data import words
from ...spot import Doc
from ...values.amounts import find_amounts
from ..analysis import Analysis
from ..context import Context
from ..records import Fact, Meeting, Person, Pledge, evidence_at
from .clauses import (PLEDGES, clause_start, ends_breakdown, excluded, given_since, had_given, joint_givers, many_givers,
                      new_clause, opens_breakdown, purpose, recalled, recalled_year, statement_start, told_as_past)
from .corrections import correct
from .announcers import announced_after, announced_by, announcer
from .donors import donor, gift_before, giver, giver_after, pledged_by, pledged_jointly, where_or_whom
from .each import each_after, each_of, respective
from .lists import listed
from .similar import similar
from .tables import tabled

MORPH = words("morphology")
REST_REACH = 2  # tokens from 'والباقي' to the amount it is ('والباقي (500 مليون دولار)')
EACH_OF_RULES = ("pledge.donor", "pledge.donor-institution")  # givers a list may end ('النظامين السعودي والإماراتي')


def find(an: Analysis) -> None:
    """The pass: money committed, by whom, at which meeting."""
    an.pledges = find_pledges(an.doc, an.ctx, an.people, an.meetings, an.anchor, an.titles)


def find_pledges(doc: Doc, ctx: Context, people: list[Person], meetings: list[Meeting],
                 anchor: dict[int, Meeting], titles: list | None = None) -> list[Pledge]:
    lex = doc.lex
    out: list[Pledge] = []
    primary = next((m for m in meetings if m.primary), None)
    named = _in_meeting_names(doc, meetings)
    year = ctx.published.value.year if ctx.published else None
    last = None  # (sentence, donor, amount's end) of the pledge read last, for a clause without a giver
    used: set[int] = set()  # the amounts read as pledges, by token
    read: list = []  # ... and the amounts themselves, in order

    def add(found, amt, sent: int, a: int, b: int) -> bool:
        pledge = _pledge(doc, ctx, people, found, amt, (a, b))
        if pledge is None:
            return False
        meeting = anchor.get(sent) or primary
        if meeting is not None:
            pledge.meeting = Fact(meeting.key, evidence_at(doc, a, b, "pledge.at-meeting"))
        out.append(pledge)
        used.add(amt.start)
        read.append(amt)
        return True

    about_giving = _about_giving(doc)
    for sent, (a, b) in enumerate(doc.sentences):
        amounts = find_amounts(doc.words, a, b, lex)
        giving = any(lex.triggers["pledge_words"].match(doc.words, k) for k in range(a, b))  # (of one word or more)
        also = last is not None and last[0] == sent - 1 and doc.words[a] in PLEDGES.also  # "كما جاءت 147 مليون دولار من ..."
        if not amounts or not (giving or also or _tells_pledges(doc, a, b, amounts, about_giving)):
            continue
        if giving and (each := respective(doc, amounts, max(a, ctx.dateline_end), b)):  # "... و244 مليونا على التوالي"
            for amt, found in each:
                add(found, amt, sent, a, b)
            continue
        told_of = anchor.get(sent)
        earlier = told_of is not None and not told_of.primary and told_of.date is not None  # ("أعلن ... خلاله")
        for amt, seg_start in _pledged_amounts(doc, amounts, a, year, named, earlier, people):
            if not giving and giver_after(doc, amt.end) is None and not gift_before(doc, amt.start) \
                    and not announced_by(doc, people, amt.end):
                continue  # "من بين التعهدات 100 مليون جنيه من بريطانيا": only with its giver named
            clause = clause_start(doc.words, seg_start, amt.start)
            # ("... ستخصص 88 مليون جنيه ... في سوريا والعراق، إضافة إلى 16 مليون جنيه": the same giver's)
            found = (_in_addition(doc, amt.start) and giver_after(doc, amt.end) is None
                     and _coordinated(doc, last, sent, seg_start, clause, amt)) or \
                donor(doc, ctx, (people, titles or []), seg_start, amt, a, frozenset(named)) or \
                _carried(doc, last, sent, clause, amt.start) or _coordinated(doc, last, sent, seg_start, clause, amt)
            if found is not None and add(found, amt, sent, a, b):
                last = (sent, found, amt.end)
                others = each_of(doc, found[2], seg_start, amt) if found[1] in EACH_OF_RULES else \
                    each_after(doc, found[2], b) if found[1] == "pledge.donor-after" else ()
                for agent, at in others:
                    add((agent, "pledge.donor-each", at), amt, sent, a, b)  # "كل من الكويت والإمارات وتركيا"
    for amt, found, sent, (a, b) in [*listed(doc, year, used), *tabled(doc, year, used)]:
        add(found, amt, sent, a, b)
    in_order = sorted(zip(read, out), key=lambda x: x[0].start)  # (amount, its pledge)
    for sent, (a, b) in enumerate(doc.sentences):  # "قبل أن تعلن كل من السعودية والإمارات مبلغا مماثلا"
        for amt, found in similar(doc, a, b, in_order, people):
            add(found, amt, sent, a, b)
    correct(doc, out)  # "المبلغ ... 147 مليون دولار وليس 138 مليونا كما ورد سابقا"
    return _distinct(out, {m.key: m for m in meetings})


def _about_giving(doc: Doc) -> bool:
    """The text speaks of pledges or donors somewhere ('مؤتمرات المانحين لسوريا في سطور')."""
    return any(t in PLEDGES.pledge_nouns or t in PLEDGES.list_heads for t in doc.words)


def _tells_pledges(doc: Doc, a: int, b: int, amounts: list, about_giving: bool) -> bool:
    """A sentence with no pledge verb tells pledges by a pledge noun, a giver right by an amount, or
    (in a text about pledges: a timeline of donor conferences) a total broken down ('3.8 مليار دولار،
    منها 500 مليون من الكويت')."""
    w = doc.words
    return any(w[k] in PLEDGES.pledge_nouns for k in range(a, b)) \
        or any(gift_before(doc, amt.start) or pledged_by(doc, amt.end) for amt in amounts) \
        or about_giving and len(amounts) > 1 and opens_breakdown(doc.lex, w, a, amounts[-1].start) \
        and not _item_of_giver(doc, a, amounts[0].start)


def _item_of_giver(doc: Doc, a: int, k: int) -> bool:
    """'• الاتحاد الأوروبي: €1.1 مليار، منها 500 مليون يورو من المفوضية': the amount at k is a list item's,
    its giver named right before it; the parts are that giver's."""
    j = k
    while j > a and not doc.words[j - 1][:1].isalnum():
        j -= 1
    return any(m.end == j and giver(doc.lex, m) is not None and not any(t[:1].isalnum() for t in doc.words[a:m.start])
               for m in doc.mentions_in(a, j))


def _in_meeting_names(doc: Doc, meetings: list[Meeting]) -> set[int]:
    """Tokens of the meetings' names as first written: 'المؤتمر الدولي الثاني للمانحين' names a
    conference, it says nothing of a total."""
    out: set[int] = set()
    for m in meetings:
        ev_ = m.label_ev
        if ev_.sentence is None or ev_.sentence >= len(doc.sentences):
            continue
        a, b = doc.sentences[ev_.sentence]
        out.update(j for j in range(a, b) if ev_.start <= doc.original_span(j, j + 1)[0] < ev_.end)
    return out


def _pledged_amounts(doc: Doc, amounts: list, a: int, year: int | None, named: set[int] = frozenset(),
                     earlier: bool = False, people: list[Person] = ()):
    """The amounts of one sentence that are pledges, each with where its stretch starts (``earlier``:
    the sentence tells of an earlier meeting it dates, whose pledges are told as past)."""
    lex, w = doc.lex, doc.words
    seg_start, parts, total, told_past = a, False, False, False
    end = doc.sentence_of(a)[1]  # (what follows the amount in its own sentence: not 'منذ 20 ساعة' below it)
    for i, amt in enumerate(amounts):
        nxt = amounts[i + 1] if i + 1 < len(amounts) else None
        if nxt and nxt.start - amt.end == 1 and w[amt.end] in PLEDGES.up_to and nxt.currency == amt.currency:
            continue  # "لترتفع من خمسين مليون يورو إلى مائة مليون يورو": the pledge is the second
        # its own giver named after it ("بينها 1,7 مليار يورو من ألمانيا"): no part of the one before
        # ("600 مليون دولار من الولايات المتحدة، نصفها ...، و430 مليون يورو من ألمانيا")
        own_giver = giver_after(doc, amt.end) is not None or announced_by(doc, people, amt.end) is not None
        if _share_of(doc, seg_start, amt.start):  # "..., تبلغ حصة فرنسا منها 110 ملايين يورو": France's own
            yield amt, seg_start
            seg_start, parts = amt.end, False
            continue
        if not total and not own_giver and (
                parts and not ends_breakdown(lex, w, seg_start, amt.start) or
                i > 0 and opens_breakdown(lex, w, seg_start, amt.start) and not new_clause(w, seg_start, amt.start)
                or i > 0 and any(t in PLEDGES.rest_words for t in w[max(seg_start, amt.start - REST_REACH):amt.start])):
            parts = True  # "منها 30 مليون دولار للعراق و20 مليون دولار لسوريا": parts of the one before
            # (until a new clause: "بينها 25 مليونا لكورونا، فيما أعلنت بريطانيا 160 مليون جنيه")
            seg_start = amt.end
            continue
        # (parts of a total are each a giver's: "تعهدات بلغت 7 مليارات، من بينها 560 مليون يورو من
        # الاتحاد الأوروبي"; the giver after the amount says whose, and none says it is no pledge)
        parts = False
        clause = statement_start(w, seg_start, amt.start)
        before = [w[j] for j in range(clause, amt.start) if j not in named]
        past = not earlier and (recalled_year(lex, w, clause, amt.start, year) or recalled(lex, w, a, amt.start, seg_start if told_past else None)
                                or told_as_past(w, a, end, amt.start) or had_given(w, clause, amt.start)
                                or given_since(w, clause, amt.start, end))
        if past or excluded(lex, before, w[amt.end:min(amt.end + 4, end)], own_giver) \
                or ((many_givers(lex, w, a, amt.start) or joint_givers(doc, a, amt)) and not own_giver) \
                or pledged_jointly(doc, amt.end):
            seg_start, total, told_past = amt.end, True, past
            continue
        total = total and opens_breakdown(lex, w, seg_start, amt.start)
        yield amt, seg_start
        seg_start = amt.end


def _share_of(doc: Doc, a: int, k: int) -> bool:
    """'حصة فرنسا منها' right before the amount at k: a giver's share of a total, its own pledge."""
    w = doc.words
    j = k - (k > a and w[k - 1] in PLEDGES.of_it)
    m = doc.mention_ending_at(j, max(a, j - 4))
    return m is not None and m.start > a and w[m.start - 1] in PLEDGES.share_nouns and bool(m.first("country") or m.first("org"))


def _carried(doc: Doc, last, sent: int, clause: int, k: int):
    """'وأعلنت بريطانيا عن تقديم ...، كما ستخصص 10 ملايين جنيه إضافية': the giver just named."""
    if last is None or sent - last[0] > 1:
        return None
    verb = next((j for j in range(clause, k) if doc.lex.is_trigger("pledge_verbs", doc.words[j])), None)
    if verb is None:
        return None
    return last[1][0], "pledge.donor-carried", verb


def _coordinated(doc: Doc, last, sent: int, seg: int, clause: int, amt):
    """'أن المملكة ستقدم مليار دولار في شكل قروض و500 مليون دولار لدعم الصادرات': an amount
    joined by 'and' to the pledge just read, in its clause, or after 'إضافة إلى', is the same giver's."""
    w, k = doc.words, amt.start
    besides = _in_addition(doc, k)
    if last is None or last[0] != sent or k == 0:
        return None
    if besides:  # "ستسهم بثلاثين مليون يورو ...، إضافة إلى 400 مليون يورو من القروض"
        return last[1][0], "pledge.donor-coordinated", k - besides
    # ("30 مليون يورو في صورة منح ...، و400 مليون يورو في صورة قروض": after a comma too, with no one else named)
    after_comma = k >= 2 and w[k - 2] in MORPH.commas and seg == last[2] and not any(
        (m.first("country") or m.first("org")) and not where_or_whom(doc, m)
        for m in doc.mentions_in(seg, k))  # (never after a part of it; "لإعادة الإعمار في تركيا، و108 ملايين")
    if (clause != seg and not after_comma) or w[k - 1] != MORPH.wa:
        return None
    agent, _, _ = last[1]
    return agent, "pledge.donor-coordinated", k - 1


ADDITION_FILLERS = 2  # words of a package between "إضافة إلى" and its amount ("حزمة بقيمة")


def _in_addition(doc: Doc, k: int) -> int:
    """The words of 'إضافة إلى' right before token k, or before a package's words there ('إضافة إلى حزمة
    بقيمة 108 ملايين يورو'): how many back it starts (0 if none)."""
    w, j = doc.words, k
    while j > 0 and k - j < ADDITION_FILLERS and w[j - 1] in PLEDGES.addition_fillers:
        j -= 1
    return next((k - j + n for n in (2, 3) if j >= n and " ".join(w[j - n:j]) in PLEDGES.in_addition), 0)


def _pledge(doc: Doc, ctx: Context, people: list[Person], found, amt, sentence: tuple[int, int]) -> Pledge | None:
    agent, rule, dk = found
    currency = amt.currency_for(agent.id if agent.kind == "country" else ctx.country)
    if currency is None:
        return None
    pledge = Pledge(
        donor=Fact(agent, evidence_at(doc, dk, dk + 1, rule)),
        amount=Fact(amt.value, evidence_at(doc, amt.start, amt.end,
                                           f"pledge.amount-{amt.bound}" if amt.bound else "pledge.amount")),
        currency=Fact(currency, evidence_at(doc, amt.start, amt.end,
                                            _currency_rule(amt))),
        bound=amt.bound)
    a, b = sentence
    w = doc.words  # (a headline's '..' joins two clauses: "الإمارات تخصص 500 مليون دولار.. أعلنها الوزير ...")
    on = doc.sentence_of(b)[1] if b < len(w) and w[b - 2:b] == [".", "."] else b
    by = announcer(people, w, agent, a, amt.start) or announced_after(people, w, agent, amt.end, on)
    if by:
        pledge.announced_by = Fact(by.key, evidence_at(doc, a, amt.end, "pledge.announced-by"))
    what = purpose(doc, amt.end, b)
    if what:
        pledge.purpose = what
    return pledge


def _currency_rule(amt) -> str:
    return "pledge.currency-by-donor" if amt.bare else "pledge.currency-stated" if amt.stated else "pledge.currency"


def _distinct(pledges: list[Pledge], meetings: dict[str, Meeting]) -> list[Pledge]:
    """One pledge per giver, amount and currency (a headline and its story say it twice), at each
    meeting (a timeline's 500 million from Kuwait in 2014 and in 2015 are two)."""
    out: list[Pledge] = []
    for p in pledges:
        if not any(q.donor.value == p.donor.value and q.amount.value == p.amount.value
                   and q.currency.value == p.currency.value and not _other_days(p, q, meetings) for q in out):
            out.append(p)
    return out


def _other_days(p: Pledge, q: Pledge, meetings: dict[str, Meeting]) -> bool:
    """The two pledges are told at meetings dated to other days."""
    a, b = (meetings.get(x.meeting.value) if x.meeting else None for x in (p, q))
    return a is not None and b is not None and a.date is not None and b.date is not None and a.date.value != b.date.value
