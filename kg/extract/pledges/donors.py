"""Who gives the money: the state or body that is the pledge verb's subject.

In order: the state or organisation named nearest before the amount in its
clause (never a place, a recipient, a host, a conference's name or the
dateline); the outlet's own state for ``المملكة``/``الدولة``; a ministry, bank
or agency with a nationality adjective (``بنك التصدير والاستيراد الأمريكي``);
the giver after the amount (``من السعودية``); a generic noun for a body named
before (``الاتحاد``); ``بلاده``; the official whose clause it is (``وتعهد أمير
قطر ... بتقديم``).
"""
from __future__ import annotations

from ...arabic import stems
from ...data import words
from ...spot import Doc, Mention
from ..context import Context
from ..records import Agent, Person
from ..refs import focus_org, last_person, own_state, titled_state
from ..voice import speaker
from .announcers import announced_by, clause_official, official_after, participle_official
from .clauses import asides, clause_start, in_purpose, only_aside

MORPH = words("morphology")
PLEDGES = words("pledges")
HOME = words("meetings").home_state_words
HOME_FIRST = words("meetings").first_person_home


def _agent(lex, e) -> Agent:
    if e.kind == "org":
        return Agent(*lex.acting_for(e.id))
    return Agent("country", e.id)


def _named_entry(m: Mention):
    """The state or body a mention names (not a nationality adjective), if any."""
    return m.first("country", "name") or next((x for x in m.entries if x.kind == "org" and x.role != "adjective"), None)


def giver(lex, m: Mention) -> Agent | None:
    """The giver a mention names: 'السعودية 1.5 مليار دولار' in a list of pledges, 'واشنطن بـ507
    ملايين دولار' (a capital, for its state)."""
    e = _named_entry(m)
    if e is not None:
        return _agent(lex, e)
    city = m.first("city")
    state = lex.capital_state(city.id) if city is not None else None
    return Agent("country", state) if state else None


def _not_giver(doc: Doc, ctx: Context, m: Mention) -> bool:
    """A place, a recipient, a host, a conference's name or the dateline: never the giver."""
    w = doc.words
    before = w[m.start - 1] if m.start > 0 else ""
    if m.start < ctx.dateline_end:
        return True
    thanked = m.start > 1 and w[m.start - 2 + (m.prefix != "")] in PLEDGES.thanks  # "الشكر إلى فرنسا على فتحها خط ائتمان"
    if where_or_whom(doc, m) and not thanked or m.prefix.endswith(MORPH.bi) and m.first("city") or before in PLEDGES.about_preps:
        return True  # "في سوريا", "داخل سوريا", "للعراق" (whom it is for), "حول سوريا"
    if before.startswith(MORPH.li) and len(before) > 3 and before not in doc.lex.function_words:
        return True  # "لعمليات الأمم المتحدة", "لوكالات الأمم المتحدة": the genitive of whom it is for
    if any(f in PLEDGES.region_nouns for f in stems(before)):
        return True  # "بحيرة تشاد", "شعب اليمن": a place or people named after the state
    if before in PLEDGES.give_to_verbs and m.start > 1 and w[m.start - 2] in PLEDGES.that_it:
        return True  # "قال البنك الدولي إنه سيقرض لبنان": the object of lending (its subject said before)
    return any(f in PLEDGES.meeting_nouns for f in stems(before)) or _hosted_by(w, m.start, doc)


def where_or_whom(doc: Doc, m: Mention) -> bool:
    """A state named as where the money goes or whom it is for ('في تركيا', 'لسوريا'), not as a giver."""
    return m.prefix.endswith(MORPH.li) or m.start > 0 and doc.words[m.start - 1] in PLEDGES.place_preps


def _with_amount(w: list[str], j: int, k: int) -> bool:
    """'واشنطن بـ507 ملايين دولار': the amount follows the name, after 'بـ'."""
    return (j == k - 1 and w[j] == MORPH.bi) or (j == k and w[k].startswith(MORPH.bi))


def _hosted_by(w: list[str], j: int, doc: Doc | None = None) -> bool:
    """'الذي يستضيفه الاتحاد الأوروبي': the host of the meeting named at j, not a giver; 'الذي نظمه
    الاتحاد الأوروبي والأمم المتحدة': nor the one joined to it."""
    if j > 0 and any(f in PLEDGES.host_verbs for f in stems(w[j - 1])):
        return True
    if any(t in PLEDGES.organised_by for t in w[max(0, j - ORGANISED_REACH):j]):
        return True  # "بتنظيم مشترك بين فرنسا وألمانيا والاتحاد الأوروبي": the organisers
    if doc is None or j == 0 or not w[j].startswith(MORPH.wa):
        return False
    before = doc.mention_ending_at(j, max(0, j - 6))
    return before is not None and _hosted_by(w, before.start, doc)


ORGANISED_REACH = 3  # words from 'بتنظيم' to the first organiser: 'مشترك بين'


def _institution(doc: Doc, m: Mention) -> bool:
    """'الحكومة الألمانية', 'بنك التصدير والاستيراد الأمريكي': an adjective naming a state's body
    (never 'للحكومة العراقية', the body the money goes to); 'و' or 'ف' may be glued to it ('فالحكومة الألمانية')."""
    for tok in doc.words[max(0, m.start - 4):m.start]:
        if tok in PLEDGES.institutions or tok[:1] in MORPH.conjunctions and tok[1:] in PLEDGES.institutions:
            return True
    return False


def _gift_of(doc: Doc, m: Mention, k: int) -> bool:
    """'المساهمة البريطانية بـ1.2 مليار', 'الدعم الياباني: 350 مليون': the money named, the adjective
    saying whose, the amount at k right after (never 'المساعدات الأمريكية لليمن ... إلى 350 مليون')."""
    return 0 < m.start and k - m.end <= GIFT_REACH and any(f in PLEDGES.gift_nouns for f in stems(doc.words[m.start - 1]))


GIFT_REACH = 2  # words between 'المساهمة الألمانية' and its amount: 'البالغة', ':', 'بـ'


def gift_before(doc: Doc, k: int) -> bool:
    """'وتصدر التعهد السعودي البالغ نصف مليار دولار قائمة المانحين': the amount at k is a gift a
    nationality adjective right before it says whose; it states a pledge with no verb of giving."""
    return any((m.first("country", "adjective") or m.first("org", "adjective")) and _gift_of(doc, m, k)
               for m in doc.mentions_in(max(0, k - GIFT_REACH - 3), k))


def named_giver(doc: Doc, ctx: Context, in_titles: set[int], start: int, k: int):
    """The last state, body or home-state word before token k that can be a giver."""
    lex, w = doc.lex, doc.words
    best = None
    aside = asides(w, start, k)  # "أن الكونفدرالية السويسرية، التي استضافت المؤتمر مع ... الأمم المتحدة، ستسهم"
    for m in doc.mentions_in(start, k):
        if m.start in in_titles or m.start in aside or _not_giver(doc, ctx, m) or in_purpose(lex, w, start, m.start):
            continue
        e = _named_entry(m)
        if e is None and m.first("country", "adjective") and (_institution(doc, m) or _gift_of(doc, m, k)):
            best = (Agent("country", m.first("country", "adjective").id), "pledge.donor-institution", m.start)
            continue
        if e is None and m.first("org", "adjective") and _gift_of(doc, m, k):  # "المساهمة الأوروبية البالغة"
            best = (_agent(lex, m.first("org", "adjective")), "pledge.donor-institution", m.start)
            continue
        if e is None and m.first("city"):
            agent = lex.capital_agent(m.first("city").id)
            after = w[m.end:m.end + 2]
            prev = w[m.start - 1] if m.start > 0 else ""
            if agent and (any(lex.is_trigger("pledge_words", t) for t in after)
                          or prev in PLEDGES.that or lex.is_trigger("pledge_words", prev)
                          or _with_amount(w, m.end, k)):
                # "أن واشنطن ستقدم", "وأعلنت لندن عن 75 مليون جنيه"
                best = (Agent(*agent), "pledge.donor-capital", m.start)
            continue
        if e is not None:
            best = (_agent(lex, e), "pledge.donor", m.start)
    home = _home_word(doc, ctx, in_titles, start, k)
    if home is not None and (best is None or home[2] > best[2]):
        return home
    return best


def _home_word(doc: Doc, ctx: Context, in_titles: set[int], start: int, k: int):
    """'تقديم المملكة 150 مليون دولار' in a Saudi outlet: the outlet's own state gives (in a clip or
    another state's paper, the one state named that is called so: ``Context.home_for``)."""
    w = doc.words
    for j in range(k - 1, max(start, ctx.dateline_end) - 1, -1):
        if w[j] in HOME and j not in in_titles and j not in doc.mention_at and j + 1 not in doc.mention_at \
                and (j == 0 or w[j - 1] not in PLEDGES.place_preps):
            state = ctx.home_for(w[j], doc.lex)
            if state and not ctx.home and not any(m.start < j and (c := m.first("country")) and c.id == state
                                                  for m in doc.mentions):
                return None  # (with no home, only a kingdom named before: not Sweden named later)
            # ('وزير الخارجية بالمملكة العربية السعودية ... تقديم المملكة' in a Bahraini paper: the one named)
            named = _called_so_before(doc, ctx, j, "name")
            if not named and not (ctx.home and ctx.called_so(w[j], ctx.home, doc.lex)):
                named = _called_so_before(doc, ctx, j, "adjective")  # ("أعلن فيه وزير الخارجية السعودي
                # ... مساهمة المملكة" in an Emirati paper under a Brussels dateline: not Belgium)
            state = named[-1] if named else state
            return (Agent("country", state), "pledge.donor-home", j) if state else None
    return None


def _called_so_before(doc: Doc, ctx: Context, j: int, role: str) -> list[str]:
    """The states named (or by their adjective) in the sentence before the home word at j that it may mean."""
    return [c.id for m in doc.mentions_in(doc.sentence_of(j)[0], j)
            if (c := m.first("country", role)) and ctx.called_so(doc.words[j], c.id, doc.lex)]


EQUIVALENT_MAX = 10  # words of a bracketed equivalent after an amount: '(نحو 1,2 مليار دولار)'


def giver_after(doc: Doc, j: int):
    """'... 60 مليون دولار من قطر', 'مليار يورو (نحو 1,2 مليار دولار) مقدمة من ألمانيا', 'نصف مليار دولار
    لكل من السعودية والإمارات' (the first; each.each_after gives the others): (Agent,
    rule, token) of the giver named with 'من' right after the amount ending at token j (past
    its equivalent in brackets and 'مقدمة')."""
    w = doc.words
    if j < len(w) and w[j] == "(":
        j = next((k + 1 for k in range(j + 1, min(len(w), j + EQUIVALENT_MAX)) if w[k] == ")"), j)
    m = pledged_by(doc, j)  # ("110 ملايين يورو تعهدت بها فرنسا": the verb's subject)
    if m is not None:
        return None if pledged_jointly(doc, j) else _named_after(doc.lex, m)
    j += 1 if j < len(w) and (w[j] in PLEDGES.given_by or w[j] == MORPH.li + MORPH.each_of[0]) else 0  # ("لكل من")
    j += 2 if w[j:j + 3] == [MORPH.min, *MORPH.each_of] else 0  # ("4 مليارات دولار من كل من السعودية و...")
    m = doc.mention_at.get(j + 1) if j < len(w) and w[j] == MORPH.min else doc.mention_at.get(j)
    if m is None or not (m.prefix == MORPH.min or m.start == j + 1):
        return None
    return _named_after(doc.lex, m)


def pledged_by(doc: Doc, j: int) -> Mention | None:
    """The giver named as the subject of a verb of pledging whose object is the amount ending at
    token j ('قدمتها اليابان', 'تعهدت بها فرنسا', 'أما 160 مليون جنيه فرصدتها بريطانيا')."""
    w = doc.words
    n = 1 if j < len(w) and any(f in PLEDGES.pledged_it for f in stems(w[j])) else \
        2 if j + 1 < len(w) and f"{w[j]} {w[j + 1]}" in PLEDGES.pledged_with_it else 0
    m = doc.mention_at.get(j + n) if n else None
    return m if m is not None and not m.prefix else None


def pledged_jointly(doc: Doc, j: int) -> bool:
    """'200 مليون يورو تعهد بها الاتحاد الأوروبي والدول الأعضاء فيه': the amount ending at token j is
    pledged by its giver and others together (a joint sum, no one giver's)."""
    m, w = pledged_by(doc, j), doc.words
    return m is not None and m.end < len(w) and w[m.end].startswith(MORPH.wa) and (
        m.end in doc.mention_at or doc.lex.triggers["many_givers"].match(w, m.end) is not None)


def _named_after(lex, m: Mention):
    """(Agent, rule, token) of the state, body or capital ('110 ملايين من باريس') a mention after
    the amount names, if any."""
    agent = giver(lex, m)
    return (agent, "pledge.donor-after", m.start) if agent is not None else None


def donor(doc: Doc, ctx: Context, speakers: tuple[list[Person], list], seg: int, amt, sent_start: int,
          skip: frozenset[int] = frozenset()):
    """(Agent, rule, token) of who gives the money ``amt``; ``speakers``: the people and the
    offices named without a name (``وزير الخارجية البريطاني``); ``skip``: the tokens of the
    meetings' names ('أمام اجتماع وزراء التحالف الدولي': no giver)."""
    lex, w, k = doc.lex, doc.words, amt.start
    people, titles = speakers
    start = max(seg, sent_start)
    # "و60 مليون دولار من قطر": a giver named right after the amount is its own, whoever came before
    best = giver_after(doc, amt.end)
    if best:
        return best
    in_titles = {i for p in people if p.intro[1] > start and p.intro[0] < k for i in range(p.intro[0], p.intro[1])}
    # ('و380 مليونا أعلنها وزير الخارجية الأميركي': the one who announced it, not a giver told before)
    best = announced_by(doc, people, amt.end) or named_giver(doc, ctx, in_titles | skip, start, k)
    own = _own_country(doc, speakers, sent_start, start, k)
    if best and own and own[2] > best[2]:
        return own  # "... بحيرة تشاد، إذ أعلن وزير الخارجية النرويجي ... أن بلاده ستقدم": the nearer says
    if best and (nearer := official_after(doc, people, start, best[2], k)):
        return nearer  # "أما 160 مليون جنيه فرصدتها بريطانيا ...، فيما أعلن وزير ... الألماني X مساهمة بقيمة"
    if best:
        return best
    # "100 مليون دولار من المملكة العربية السعودية": the giver after the amount
    for m in doc.mentions_in(k + 1, k + 7):
        found = _named_after(lex, m) if w[m.start - 1] == MORPH.min or m.prefix == MORPH.min else None
        if found:
            return found
    # "مضاعفة مساهمة الاتحاد": a generic word for a body named before, in the amount's clause
    # (not "... أن التحالف «أثبت قدرته»، فيما أعلن بلينكن عن تقديم ...")
    for j in range(k - 1, clause_start(w, start, k) - 1, -1):
        for f in stems(w[j]):
            if f in lex.generic_org_words and not in_purpose(lex, w, start, j) and not w[j].startswith((MORPH.li, MORPH.bi)) \
                    and not _hosted_by(w, j) and not (j > 0 and w[j - 1] in PLEDGES.place_preps):  # "في التحالف"
                speaker = last_person(people, start, k)  # "أعلن رئيس المفوضية الأوروبية ... أن الاتحاد سيضيف": his own
                rep = speaker.represents.value if speaker and speaker.represents else None
                org = rep.id if rep and rep.kind == "org" and rep.id in lex.generic_org_words[f] else focus_org(doc, f, j)
                if org:
                    return Agent(*lex.acting_for(org)), "pledge.donor-generic", j
    if own:
        return own
    # "وتعهد أمير قطر الشيخ تميم ... بتقديم مليار دولار": the official whose clause it is
    speaker = clause_official(doc.words, people, start, k) or participle_official(doc.words, people, sent_start, start, k)
    if speaker and speaker.represents:
        return speaker.represents.value, "pledge.donor-official", speaker.intro[0]
    office = titled_state(titles, start, k)
    return (office, "pledge.donor-official", start) if office else None


def _own_country(doc: Doc, speakers: tuple[list[Person], list], sent_start: int, start: int, k: int):
    """'أن بلاده ستقدم': (the state of the official who says it, rule, token), from the last such
    word before token k."""
    people, titles = speakers
    for j in range(k - 1, start - 1, -1):
        if doc.lex.is_trigger("own_country", doc.words[j]):
            aside = asides(doc.words, sent_start, j)  # (not one named in a clause set off before it:
            # "أعلن بلينكن في الجلسة، التي شارك في رئاستها مع ... فيصل بن فرحان، أن بلاده ستقدم")
            own = own_state([p for p in people if not only_aside(p, aside, sent_start, j)], titles, sent_start, j, doc.words)
            if own:
                return own, "pledge.donor-own-country", j
        if doc.lex.is_trigger("own_country_first", doc.words[j]):
            # "فإنني أعلن تبرع بلادي بمبلغ": the state of the one speaking ('بلادنا' outside a quotation: the paper's)
            p = speaker(doc, people, j, text_voice=not any(f in HOME_FIRST for f in stems(doc.words[j])))
            if p is not None and p.represents is not None:
                return p.represents.value, "pledge.donor-first-person", j
    return None
