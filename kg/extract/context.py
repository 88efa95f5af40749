"""What an article says about itself: dateline city, agency and publication date.

Arabic wire copy opens with a dateline: ``الكويت - 13 - 2 (كونا) --``,
``القاهرة فى 4 مايو /أ ش أ/``, ``الرياض 19 ذو القعدة 1444 هـ الموافق 08 يونيو 2023 م واس``,
or a byline block (``واشنطن - مازن العبدالله`` then ``الخميس 23 مارس 2017``).
The publication date is read by :mod:`.published`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..arabic import fold, is_int, is_pictograph
from ..data import words
from ..rules import with_param
from ..spot import Doc
from ..values.dates import find_dates
from .published import line_of, published_date
from .records import Evidence, Fact, evidence_at

CONTEXT = words("context")
FIRST_PERSON_HOME = words("meetings").first_person_home
HOME_WORD_HEADS = words("meetings").home_word_heads

HEAD_TOKENS = 45  # the dateline lives in the first lines of an article


@dataclass
class Context:
    published: Fact | None
    city: str | None
    city_ev: Evidence | None
    country: str | None  # the dateline's state
    agency: str | None
    home: str | None  # whose offices an unqualified title names: the agency's state, else the dateline's
    dateline_end: int  # first token after the dateline
    outlet: str | None = None  # the agency's, paper's or account's own state (never the dateline's)
    named_states: frozenset[str] = frozenset()  # every state the text names, by name or adjective
    city_start: int = -1  # the dateline city's first token

    @staticmethod
    def called_so(word: str, country: str, lex) -> bool:
        """Whether a home word ('المملكة') can stand for ``country`` (one of its names opens with it)."""
        head = HOME_WORD_HEADS.get(word)
        return bool(head) and head in lex.entity("country", country).extra.get("name_heads", ())

    def home_for(self, word: str, lex) -> str | None:
        """The state a home word stands for: 'المملكة', 'الدولة' the outlet's (else the dateline's),
        if that state is called so ('المملكة' is never Kuwait: none of its names opens with it);
        'بلادنا' only the outlet's own (a dateline abroad is no one's 'our country')."""
        state = self.outlet if word in FIRST_PERSON_HOME else self.home
        head = HOME_WORD_HEADS.get(word)

        def called_so(c: str) -> bool:
            return self.called_so(word, c, lex)
        if state and head and not called_so(state) and self.country and called_so(self.country):
            return self.country  # (a Yemeni agency's 'المملكة' under a Riyadh dateline: the dateline's kingdom)
        if head and (state is None or not called_so(state)):
            # a cut excerpt, or an Omani paper's 'المملكة' about a conference: the one state it names called so
            called = [c for c in self.named_states if called_so(c)]
            return called[0] if len(called) == 1 else None
        return state


def read(an) -> None:
    """The pass: the dateline's city, agency and the publication date."""
    an.ctx = read_context(an.doc, an.article.published)


def read_context(doc: Doc, meta_published: str | None = None) -> Context:
    lex = doc.lex
    words = doc.words
    head = min(len(words), HEAD_TOKENS)

    # Dateline city: a city (or city-state) in the opening lines next to a dash,
    # a date or the start of a line.
    city = city_ev = None
    city_end, city_start = 0, -1
    published, dateline_end = published_date(doc, head, meta_published)
    for m in doc.mentions:
        if m.start >= head:
            break
        e = m.first("city")
        if e is None or (published is not None and dateline_end and m.start >= dateline_end
                         and is_int(words[line_of(doc, m.start)[0]])):
            continue  # ('19 يناير – برلين' below the page's own date: a timeline's item, no dateline)
        before = words[m.start - 1] if m.start else "\n"
        after = words[m.end] if m.end < len(words) else ""
        line_start = _line_start(doc, m.start)
        # (a city after a word mid-line, "... في مراكش، الذي", is where something is, not a dateline;
        # one opening a line and followed on it by a word, "الكويت تشارك في ...", a headline)
        if line_start and _opens_a_sentence(doc, m.end):
            continue
        if line_start or before in CONTEXT.dateline_city_after or \
                (before in CONTEXT.dateline_city_bars and _ends_line(doc, m.end)) or \
                (not before[:1].isalpha() and (after in CONTEXT.dateline_city_before or is_int(after))):
            city, city_ev, city_end = e.id, evidence_at(doc, m.start, m.end, with_param("dateline.city", e.id)), m.end
            city_start = m.start
            break
    if city is None and (late := _under_headlines(doc, head)):
        city, city_end, city_start = late.first("city").id, late.end, late.start
        city_ev = evidence_at(doc, late.start, late.end, with_param("dateline.city", city))
    country = lex.entity("city", city).country if city else None

    agency, agency_at = _agency(doc, head)
    if city_ev is not None and agency_at is not None:
        dateline_end = max(dateline_end, _after_city_agency(doc, city_end, agency_at))
    home = lex.agency_country.get(agency) if agency else None
    home = home or _paper_state(doc, dateline_end) or _account_state(doc)
    named = frozenset(e.id for m in doc.mentions for e in m.entries if e.kind == "country")
    return Context(published, city, city_ev, country, agency, home or country, dateline_end, home, named, city_start)


PRINT_HEAD_TOKENS = 110  # a print page's header, kicker, headline and subtitles above its dateline
HEADLINE_TOKENS = 30  # a line longer than this is the story's, no headline
BYLINE_TOKENS = 6  # what a print dateline's line holds after its mark ('«الشرق الأوسط»', 'من أحمد ...')


def _under_headlines(doc: Doc, head: int):
    """'جدة: «الشرق الأوسط»', 'الرياض - «الجزيرة»', 'بروكسل - من أحمد المنشاوي': a print page's dateline
    line under its header and headlines, past the head: a city opening a short line, a mark after it,
    no number on the line, and only short lines above it."""
    words = doc.words
    for m in doc.mentions_in(head, min(len(words), PRINT_HEAD_TOKENS)):
        a, b = line_of(doc, m.start)
        if m.first("city") is None or a != m.start or m.end >= b or words[m.end] not in CONTEXT.print_dateline_marks \
                or b - m.end - 1 > BYLINE_TOKENS or any(any(c.isdigit() for c in t) for t in words[m.end:b]):
            continue
        k = 0
        while k < a:
            lo, hi = line_of(doc, k)
            if hi - lo > HEADLINE_TOKENS:
                return None  # (a paragraph of the story above it: a city the story names on a line of its own)
            k = hi
        return m
    return None


def _line_start(doc: Doc, k: int) -> bool:
    """Token k opens its line, but for a post's pictographs before it ('📌 جدة | انطلاق ...')."""
    return all(all(map(is_pictograph, t)) for t in doc.words[line_of(doc, k)[0]:k])


def _ends_line(doc: Doc, k: int) -> bool:
    """The token before k ends its line (or the text)."""
    toks = doc.tokens
    return k >= len(toks) or "\n" in doc.text.norm[toks[k - 1].end:toks[k].start]


def _opens_a_sentence(doc: Doc, k: int) -> bool:
    """The word after a city at a line's start is on its line and is a word, not a dateline's
    mark, date or agency: 'الكويت تشارك في رئاسة مؤتمر بروكسل' (a headline)."""
    words = doc.words
    if _ends_line(doc, k):
        return False
    after, m = words[k], doc.mention_at.get(k)
    return after[:1].isalpha() and after not in CONTEXT.dateline_city_before and \
        not doc.lex.agencies.match(words, k, clitics=False) and not doc.lex.months.match(words, k) \
        and not (m is not None and m.first("city"))  # ('الكويت ـ بغداد / الصباح': two cities)


def _agency(doc: Doc, head: int) -> tuple[str | None, tuple[int, int] | None]:
    """The agency in the head, or the sign-off lines at the end, and its tokens."""
    words, lex = doc.words, doc.lex
    tail = max(head, len(words) - 12)
    for k in [*range(head), *range(tail, len(words))]:
        hit = lex.agencies.match(words, k, clitics=False)
        if hit and (k == 0 or words[k - 1] in CONTEXT.agency_after or k + hit[1] < len(words)
                    and words[k + hit[1]] in (")", "/", "-")):
            return hit[0][0], (k, k + hit[1])
    return None, None


DATED_GAP = 6  # tokens between a dateline's city and its agency: 'في 28 مايو /'


def _only_a_day_between(doc: Doc, i: int, k: int) -> bool:
    """Tokens [i, k) hold no word but a day and month ('برلين في 28 مايو / وام /' under a page's own
    date line) and the marks a dateline puts around them."""
    dates = [e for e in find_dates(doc.words, i, k, doc.lex) if e.kind in ("day_month", "date")]
    inside = {t for e in dates for t in range(e.start, e.end)}
    return all(t in inside or not doc.words[t][:1].isalpha() or doc.words[t] in CONTEXT.dateline_city_before
               for t in range(i, k)) and (k - i <= 2 or bool(dates))


def _after_city_agency(doc: Doc, city_end: int, agency: tuple[int, int]) -> int:
    """The first token after a dateline of a city and its agency with no date ('الكويت
    (الأناضول)', 'بغداد / واع', 'الكويت - كونا -'), 0 when the agency is not right after
    the city: what follows is the article's first sentence, the header is not part of it."""
    words = doc.words
    k, end = agency
    if not 0 <= k - city_end <= DATED_GAP or not _only_a_day_between(doc, city_end, k):
        return 0
    while end < len(words) and words[end] in CONTEXT.agency_closers:
        end += 1
    return end


HEAD_CHARS = 160  # where a dateline's «paper» is looked for
HEAD_LINES = 4
ACCOUNT_LINE = 12  # tokens of an account's name line


def _paper_state(doc: Doc, dateline_end: int) -> str | None:
    """'روما - «البيان»': the state of a newspaper named between guillemets in the head."""
    text = doc.text.original
    head = text[:max(HEAD_CHARS, doc.original_span(0, dateline_end)[1] if dateline_end else 0)]
    for open_, close in CONTEXT.outlet_quotes.items():
        at = head.find(open_)
        while at >= 0:
            end = head.find(close, at + 1)
            if end < 0:
                break
            state = CONTEXT.outlet_papers.get(fold(head[at + 1:end].strip()))
            if state:
                return state
            at = head.find(open_, end + 1)
    return _paper_in_head_line(head)


def _account_state(doc: Doc) -> str | None:
    """'وزارة الخارجية - دولة الكويت', 'السفارة الأمريكية في دمشق': a ministry's or an embassy's
    own post names its state on its first line (never the state after 'في')."""
    if not doc.words:
        return None
    a, b = line_of(doc, 0)
    if b - a > ACCOUNT_LINE or not any(t in CONTEXT.account_words for t in doc.words[a:b]):
        return None
    for m in doc.mentions_in(a, b):
        if m.start > 0 and doc.words[m.start - 1] in CONTEXT.account_place_preps:
            continue
        if m.first("org") is not None and m.first("country") is None:
            return None  # ("بعثة الاتحاد الأوروبي إلى سوريا": a body's account, of no state)
        e = m.first("country")
        if e is not None:
            return e.id
    return None


def _paper_in_head_line(head: str) -> str | None:
    """'الكويت – عكاظ', 'القبس | الخميس 16 يناير 2014', 'عكاظ (واشنطن)', 'اليوم السابع': a paper named as a
    part of a head line the line's dashes, bars, slashes or brackets set apart, or as the whole line."""
    for line in head.splitlines()[:HEAD_LINES]:
        parts = [p.strip().strip(CONTEXT.name_quotes).strip() for p in re.split(r"[-|/:()]", fold(line))]
        # ('الكويت - عكاظ', 'القبس | ...', 'عكاظ (واشنطن)', 'باريس - "النهار"'; or a line that is the name alone)
        for part in parts:
            state = CONTEXT.outlet_papers.get(part)
            if state:
                return state
    return None
