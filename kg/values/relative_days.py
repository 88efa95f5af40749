"""Days said relative to the article: 'أمس الأربعاء', 'اليوم', 'يوم الاثنين الماضي', and the year
words after a day and month ('من العام الماضي')."""
from __future__ import annotations

from ..arabic import is_int, stems
from ..data import words
from ..lexicon import Lexicon
from .date_expr import DateExpr

DATES = words("dates")
MORPH = words("morphology")

_NOT_TODAY_AFTER = DATES.not_today_after


def relative_day(words: list[str], k: int, lex: Lexicon) -> DateExpr | None:
    """Relative days, optionally with the weekday named: "أمس الأربعاء", "اليوم الثلاثاء", "قبل قليل"."""
    n = len(words)
    rel = lex.relative_days.match(words, k)
    if not rel:
        return None
    offset, used = rel[0][0], rel[1]
    j = k + used
    if offset == 0 and k > 0 and _in_word(words[k - 1]) and j < n and words[j] in DATES.following:
        shift = DATES.days_after.get(words[j])  # "وفي اليوم التالي": from the day told before, not the article's
        return DateExpr(k - 1, j + 1, "day_after", "date.day-after", offset=shift) if shift else None
    if offset == 0 and j < n and words[j] in _NOT_TODAY_AFTER:
        return None
    if offset == 0 and k > 0 and any(f in DATES.today_of for f in stems(words[k - 1])):
        return None  # "افتتحنا حلقة اليوم بالاجتماع ...": today's programme, not the day of what it tells
    if offset == -1 and j < n and words[j] in DATES.not_yesterday_after:
        return None
    weekday = None
    if j < n and words[j] in lex.weekdays:
        weekday, j = lex.weekdays[words[j]], j + 1
    elif j + 2 < n and words[j] in DATES.weekday_brackets and words[j + 1] in lex.weekdays \
            and words[j + 2] == DATES.weekday_brackets[words[j]]:
        weekday, j = lex.weekdays[words[j + 1]], j + 3  # Xinhua's 'اليوم (الثلاثاء)', MENA's 'اليوم /الأربعاء/'
    years = relative_year(words, j) if offset == 0 else None  # "في مثل هذا اليوم من العام الماضي"
    if years is not None:
        return DateExpr(k - (k > 0 and words[k - 1] == DATES.like), j + years[1], "relative", "date.relative-year",
                        offset=0, year_offset=years[0])
    start = k - 1 if k > 0 and words[k - 1] in DATES.day_parts else k
    if start < k and start > 0 and words[start] == DATES.noon and words[start - 1] in DATES.noon_sides:
        start -= 1  # "بعد ظهر اليوم"
    return DateExpr(start, j, "relative", "date.relative", offset=offset, weekday=weekday)


def _in_word(w: str) -> bool:
    return w in DATES.in_words or (w.startswith(MORPH.wa) and w[len(MORPH.wa):] in DATES.in_words)


def weekday_at(words: list[str], k: int, lex: Lexicon) -> DateExpr | None:
    """Weekdays: "يوم الاثنين الماضي", "الخميس المقبل"."""
    n = len(words)
    for form in stems(words[k]):
        # (a bare name only as written after 'يوم': 'يوم واحد' is one day, not 'and Sunday')
        if form in lex.weekdays and (form.startswith(MORPH.article)
                                     or (form == words[k] and k > 0 and words[k - 1] == DATES.day)):
            j = k + 1
            direction = None
            if j < n and words[j] in lex.past_markers:
                direction, j = "past", j + 1
            elif j < n and words[j] in lex.future_markers:
                direction, j = "future", j + 1
            start = k - 1 if k > 0 and words[k - 1] in DATES.day_words else k
            return DateExpr(start, j, "weekday", "date.weekday", weekday=lex.weekdays[form],
                            direction=direction)
    return None


# "من العام الماضي", "من السنة المقبلة", "من هذا العام" after a day and month (folded forms)
_YEAR_NOUNS = DATES.year_nouns
_YEAR_OFFSETS = DATES.year_offsets


def years_ago(words: list[str], k: int, lex: Lexicon) -> DateExpr | None:
    """'قبل عام من اليوم', 'قبل عامين بالتمام': this day, so many years before the article's."""
    if words[k] != DATES.years_ago_before:
        return None
    for n in (1, 2):
        years = DATES.years_ago.get(" ".join(words[k + 1:k + 1 + n]))
        j = k + 1 + n
        exact = next((m for m in (3, 2, 1) if j + m <= len(words) and " ".join(words[j:j + m]) in DATES.years_ago_exact), 0)
        if years and exact:
            return DateExpr(k, j + exact, "relative", "date.years-ago", offset=0, year_offset=-years)
    return None


def time_since(words: list[str], k: int, lex: Lexicon) -> DateExpr | None:
    """'بعد ثلاثة أسابيع على المؤتمر': the meeting named after it sat so many days before the article's."""
    if words[k] != DATES.since_before or k + 2 >= len(words):
        return None
    days, j = DATES.since_duals.get(words[k + 1]), k + 2
    if days is None:
        count = int(words[k + 1]) if is_int(words[k + 1]) else lex.number_words.get(words[k + 1], ("", None))[1]
        unit = DATES.since_units.get(words[k + 2])
        if not count or unit is None or not 0 < count <= SINCE_MAX:
            return None
        days, j = int(count) * unit, k + 3
    if j + 1 >= len(words) or words[j] not in DATES.since_after or not lex.triggers["meeting_nouns"].match(words, j + 1):
        return None  # (the time since a meeting: not 'بعد أسبوعين على مقتل زعيم التنظيم', told of another day)
    return DateExpr(k, j, "relative", "date.time-since", offset=-days)


SINCE_MAX = 12  # days or weeks counted back ('بعد ثلاثة أسابيع'); longer spans are rarely exact


def relative_year(words: list[str], j: int) -> tuple[int, int] | None:
    """(years from the article's, tokens used) of "من العام الماضي" at token j."""
    if j + 2 < len(words) and words[j] == MORPH.min:
        if words[j + 1] in _YEAR_NOUNS and words[j + 2] in _YEAR_OFFSETS:
            return _YEAR_OFFSETS[words[j + 2]], 3
        if words[j + 1] == DATES.this and words[j + 2] in _YEAR_NOUNS:
            return 0, 3
    return None
