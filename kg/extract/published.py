"""The page's publication date: from metadata when the reader had any, else from the dateline.

A header date stands in a header shape (a date line alone, or after a city, an outlet or a
byline at the start of a line); a dateline with no year is completed by the weekday the
text names (``اليوم الثلاثاء``) and the years the text implies; with no dateline, a first
sentence that dates its 'today' dates the page.
"""
from __future__ import annotations

import datetime as dt
import re
from email.utils import parsedate_to_datetime

from ..arabic import is_int, stems
from ..data import words
from ..spot import Doc
from ..values.anchor import infer_year
from ..values.dates import find_dates, parse_at
from .records import Fact, evidence, evidence_at
from .year_hints import EARLIEST_HINT, horizon_year, office_terms, text_years

CONTEXT = words("context")
# a post's stamp line under its text ('4:18 م · 9 أغسطس 2020'): a clock time, then a mark before the date
_MARKS = "".join(re.escape(m) for m in CONTEXT.post_stamp_marks)
POST_STAMP = re.compile(rf"(?m)^\s*\d{{1,2}}:\d{{2}}[^\n{_MARKS}]{{0,6}}[{_MARKS}]")
MORPH = words("morphology")

DATELINE_PREFIX_MAX = 9  # tokens on a line before its date: 'بغداد - الصباح الجديد - الاثنين'
STORY_SENTENCE = 8  # tokens of a sentence of the story, closing mark included (a headline is shorter or unclosed)
DATE_HEAD_TOKENS = 80  # its date may sit under a page's navigation and share lines


def _meta_date(value: str | None, lex) -> dt.date | None:
    """The date a reader's metadata gives, in whatever form a feed wrote it: ISO
    ('2018-02-13T10:00:00Z'), RSS's RFC 2822 ('Tue, 13 Feb 2018 10:00:00 GMT'), or any form
    the article text's own date grammar reads ('13/02/2018', 'الثلاثاء 13 فبراير 2018')."""
    value = (value or "").strip()[:100]
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    from ..spot import spot  # the metadata string read as text

    words = spot(value, lex).words
    return next((e.value for e in find_dates(words, 0, len(words), lex) if e.kind == "date"), None)


def published_date(doc: Doc, head: int, meta_published: str | None) -> tuple[Fact | None, int]:
    """The publication date (metadata first, else the dateline's) and the first token after the dateline."""
    lex, words = doc.lex, doc.words
    published = None
    meta = _meta_date(meta_published, lex)
    if meta:
        published = Fact(meta, evidence(0, 0, 0, "published.metadata"))
    found = find_dates(words, 0, min(len(words), DATE_HEAD_TOKENS), lex)
    exprs = [e for e in found if _header_date(doc, e)]
    # (a single day before a span: 'حصيلة نشاطات الأسبوع (19 – 25 جانفي 2020) ... الجزائر في 25 جانفي 2020')
    full = next((e for e in exprs if e.kind == "date" and e.end_value is None), None) or \
        next((e for e in exprs if e.kind == "date"), None)
    full = _gregorian_beside(exprs, full)
    if full is not None:
        if published is None:
            published = Fact(full.value, evidence_at(doc, full.start, full.end, f"published.{full.rule}"))
        return published, (0 if _after_body(doc, full.start) else full.end)
    guess = _partial_dateline(doc, head, exprs)
    if guess is not None:
        value, i, j, rule = guess
        if published is None and value is not None:
            published = Fact(value, evidence_at(doc, i, j, rule))
        return published or _labelled(doc), j  # ("باريس (أ ف ب) - نشرت في: 15/04/2024")
    if published is None:
        published = _labelled(doc) or _today_dated(doc, found) or _closing_line(doc)
    return published, 0


HIJRI_PAIR = 4  # tokens between a Hijri date and the Gregorian one it is given with ('هـ - 15 مارس 2019')


def _gregorian_beside(exprs: list, full):
    """'الجمعة - 9 رجب 1440 هـ - 15 مارس 2019 مـ': the Gregorian date given beside a Hijri one is the
    page's (a Hijri day converts a day off where the month was sighted)."""
    if full is None or full.rule != "date.hijri":
        return full
    return next((e for e in exprs if e.kind == "date" and e.rule != "date.hijri"
                 and 0 <= e.start - full.end <= HIJRI_PAIR), full)


LABELLED_REACH = 6  # words between a publication-date label and its date ('نشر في : 2019 - 02 - 06')
_LABELS = sorted({tuple(label.split()) for label in CONTEXT.published_labels}, key=len, reverse=True)
_LABEL_STARTS = {label[0] for label in _LABELS}


def _labelled(doc: Doc) -> Fact | None:
    """'تاريخ النشر: 2021/08/28' under the story: a page's labelled publication date, wherever it stands."""
    w = doc.words
    for k in range(len(w)):
        if w[k] not in _LABEL_STARTS:
            continue
        label = next((lab for lab in _LABELS if tuple(w[k:k + len(lab)]) == lab), None)
        if label is None:
            continue
        end = _past_weekday_and_time(doc, k + len(label))  # ('تاريخ النشر : الخميس 16:05 8-6-2023')
        date = next((e for e in find_dates(w, end, min(len(w), end + LABELLED_REACH), doc.lex) if e.kind == "date"), None)
        if date is not None:
            return Fact(date.value, evidence_at(doc, k, date.end, "published.labelled"))
    return None


CLOSING_PREFIX_MAX = 6  # words before a closing line's date: 'صدر في مراكش بتاريخ', 'قصر بيان ،'


def _closing_line(doc: Doc) -> Fact | None:
    """'روما، 28 حزيران/يونيو 2021', 'صدر في مراكش بتاريخ 11 ماي 2022': a statement's last line
    says where and when it was issued, which dates the page when nothing at its head does (a
    place and a few words before the date, nothing after it, no verb of a story)."""
    w = doc.words
    if not w:
        return None
    a, b = line_of(doc, len(w) - 1)
    dates = [e for e in find_dates(w, a, b, doc.lex) if e.kind == "date" and e.end_value is None]
    if not dates or dates[0].start - a > CLOSING_PREFIX_MAX or any(t[:1].isalnum() for t in w[dates[-1].end:b]):
        return None
    if any(any(f in doc.lex.stop_verbs or f in CONTEXT.sentence_words for f in stems(t)) for t in w[a:dates[0].start]):
        return None
    return Fact(dates[-1].value, evidence_at(doc, a, dates[-1].end, "published.closing-line"))


def _past_weekday_and_time(doc: Doc, j: int) -> int:
    """Past a colon, a weekday and a time ('16 : 05') right at token j."""
    w = doc.words
    j += j < len(w) and w[j] == CONTEXT.time_mark
    j += j < len(w) and any(f in doc.lex.weekdays for f in stems(w[j]))
    if j + 2 < len(w) and is_int(w[j]) and w[j + 1] == CONTEXT.time_mark and is_int(w[j + 2]) and len(w[j + 2]) == 2:
        j += 3
    return j


def _after_body(doc: Doc, k: int) -> bool:
    """The date at token k stands under a sentence of the story ('عقد الوزراء اجتماعهم
    اليوم.' then '14/02/2018 10:37'): a footer that dates the page, not a dateline that
    the story follows."""
    first, w = line_of(doc, k)[0], doc.words
    norm = doc.text.norm
    if first > 0 and POST_STAMP.match(norm, norm.rfind("\n", 0, doc.tokens[first].start) + 1, doc.tokens[k].start):
        return True  # ("... #مؤتمر_دعم_لبنان" then "4:18 م · 9 أغسطس 2020": the post's stamp)
    return any(b <= first and b - a >= STORY_SENTENCE and w[b - 1] in CONTEXT.story_ends and w[b - 2] not in CONTEXT.story_ends
               for a, b in doc.sentences)  # (never a headline's "...")


def _today_dated(doc: Doc, exprs) -> Fact | None:
    """No dateline, but the first sentence dates its 'today': 'انطلقت اليوم الأحد 12 مارس 2023
    أعمال ...' (or 'أمس الأحد 11 مارس': the day after)."""
    for rel, full in zip(exprs, exprs[1:]):
        gap = doc.words[rel.end:full.start]
        if rel.kind == "relative" and full.kind == "date" and all(t in CONTEXT.today_date_joiners for t in gap):
            day = full.value - dt.timedelta(days=rel.offset)
            return Fact(day, evidence_at(doc, rel.start, full.end, "published.today-dated"))
    return None


def line_of(doc: Doc, k: int) -> tuple[int, int]:
    """Tokens [first, last) of the line token ``k`` is on."""
    norm, toks = doc.text.norm, doc.tokens
    lo = norm.rfind("\n", 0, toks[k].start) + 1
    hi = norm.find("\n", toks[k].end)
    hi = len(norm) if hi < 0 else hi
    a = k
    while a > 0 and toks[a - 1].start >= lo:
        a -= 1
    b = k + 1
    while b < len(toks) and toks[b].end <= hi:
        b += 1
    return a, b


def _header_date(doc: Doc, e) -> bool:
    """A date in a header shape: a date line alone, or after a city, an outlet or a byline at
    the start of a line, and closing it or followed by a dash, a bracket, an agency or a time
    ('الرياض، 3 مارس 2020 (واس) -', 'نشر في الصباح يوم 14 - 02 - 2018'). A date inside a
    sentence ('أعلنت الوزارة أن الاجتماع سيعقد في 15 مارس') is the event's, not the page's."""
    lex, words = doc.lex, doc.words
    a, b = line_of(doc, e.start)
    if e.kind == "date" and e.end_value is None and (_place_date(doc, e, b) or _title_date(doc, e, a, b)):
        return True  # "البيان الختامي للمؤتمر ... (باريس، 15 نيسان/أبريل 2024)": a statement's heading
    a = max((k + 1 for k in range(a, e.start) if words[k] in CONTEXT.header_bars), default=a)
    # (a print page's header: 'القدس العربي | السنة الرابعة والثلاثون - العدد 10962 | الخميس 12 أيار/مايو 2022')
    before = words[a:e.start]
    if len(before) > DATELINE_PREFIX_MAX:
        return False
    for k in range(a, e.start):
        if any(f in lex.stop_verbs or f in CONTEXT.sentence_words for f in stems(words[k])) \
                or lex.is_trigger("meeting_verbs", words[k]) or lex.triggers["meeting_nouns"].match(words, k):
            return False
    if e.end >= b or (a == 0 and e.kind == "date" and _opens_text(doc, before)):
        return True
    nxt = words[e.end]
    return nxt in CONTEXT.dateline_date_before or is_int(nxt) or \
        lex.agencies.match(words, e.end, clitics=False) is not None


def _place_date(doc: Doc, e, b: int) -> bool:
    """'(باريس، 15 نيسان/أبريل 2024)': a city and a full date alone in brackets, or set off by a dash
    at the end of a title's line ('المؤتمر الدولي لدعم شعب لبنان - باريس، 24 تشرين الأول/أكتوبر
    2024'); one day only (a span '(الكويت، 12 - 14 فبراير 2018)' is the event's, not the page's)."""
    w, k = doc.words, e.start - (doc.words[e.start - 1] in MORPH.commas if e.start else 0)
    city = doc.mention_ending_at(k, max(0, k - 3))
    if city is None or city.first("city") is None or city.start == 0:
        return False
    if w[city.start - 1] == "(":
        return e.end < len(w) and w[e.end] == ")"
    return w[city.start - 1] in CONTEXT.dateline_dashes and e.end >= b


def _title_date(doc: Doc, e, a: int, b: int) -> bool:
    """'ماذا قالت الصحف؟ – الثلاثاء 14 سبتمبر 2021': a full date closing the text's first line, set off
    by a dash (a weekday may come between): the page's title and its date."""
    w, k = doc.words, e.start
    k -= k > a and w[k - 1] in doc.lex.weekdays
    return a == 0 and e.end >= b and k > a and w[k - 1] in CONTEXT.dateline_dashes


def _opens_text(doc: Doc, before: list[str]) -> bool:
    """A full date in a text's first line is the page's, though the line runs on (a page run
    onto one line: 'روما - «وكالات» - الثلاثاء 29 يونيو 2021 التحالف ...'), when a dateline's
    dash comes before it, or nothing but a weekday."""
    return any(t in CONTEXT.dateline_dashes for t in before) or \
        all(not t[0].isalpha() or t in doc.lex.weekdays for t in before)


def _numeric_day_month(doc: Doc, k: int) -> bool:
    """'(خبر موسع) الكويت - 13 - 2 (كونا)': '- day - month' from token k, with no more words before
    it on its line than a dateline has (on a line under a headline too); or a city, then
    'day-month' and the agency's bracket or dash ('برلين 28-10 (وكالة) -'); or a weekday and 'day-month' on a
    line of their own (a radio bulletin's 'الإثنين 15-4')."""
    w = doc.words
    city = doc.mention_ending_at(k + 1, max(0, k - 3))
    opens = w[k] == "-" or (city is not None and city.first("city") is not None and k + 4 < len(w)
                            and w[k + 4] in ("(", "-")) \
        or (w[k] in doc.lex.weekdays and line_of(doc, k) == (k, k + 4))  # a line 'الإثنين 15-4' alone
    return (opens and w[k + 2] == "-" and is_int(w[k + 1]) and is_int(w[k + 3])
            and 1 <= int(w[k + 1]) <= 31 and 1 <= int(w[k + 3]) <= 12 and k - line_of(doc, k)[0] <= DATELINE_PREFIX_MAX)


def _partial_dateline(doc: Doc, head: int, exprs):
    """A dateline with day and month but no year: 'الكويت - 13 - 2', 'القاهرة فى 4 مايو'."""
    words = doc.words
    day = month = None
    span = None
    dm = next((e for e in exprs if e.kind == "day_month"), None)
    if dm is not None:
        day, month, span = dm.day, dm.month, (dm.start, dm.end)
    else:
        k = next((k for k in range(min(head, len(words)) - 4) if _numeric_day_month(doc, k)), None)
        if k is not None:
            day, month, span = int(words[k + 1]), int(words[k + 3]), (k + 1, k + 4)
    if span is None:
        return None
    weekday = _first_weekday(doc, span[1])
    years, floor = text_years(doc)
    terms = office_terms(doc) if weekday is not None else ()  # (they only narrow a weekday's candidates)
    year = infer_year(day, month, weekday, years, floor, dt.date.today().year, terms, EARLIEST_HINT, horizon_year(doc))
    if year is None:
        return None, span[0], span[1], "published.dateline-no-year"
    rule = "published.dateline-weekday" if weekday is not None else "published.dateline-year-in-text"
    return dt.date(year, month, day), span[0], span[1], rule


def _first_weekday(doc: Doc, start: int) -> int | None:
    """The weekday of 'today' as the text names it: 'اليوم الثلاثاء'."""
    lex, words = doc.lex, doc.words
    for k in range(start, min(len(words), start + 400)):
        e = parse_at(words, k, lex)
        if e is not None and e.kind == "relative" and e.weekday is not None:
            return (e.weekday - e.offset) % 7
    return None
