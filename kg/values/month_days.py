"""A day of the month the article is in, or the month before or after it: 'في 15 من الشهر الجاري',
'20 الشهر المقبل'. The month comes from the article's date (:mod:`kg.values.anchor`)."""
from __future__ import annotations

from ..data import words

DATES = words("dates")
MORPH = words("morphology")


def day_of_relative_month(tokens: list[str], k: int) -> tuple[int, int] | None:
    """(end token, month offset) of 'DAY [من] الشهر الجاري/المقبل/الماضي' starting at the day k."""
    j = k + 1
    if j < len(tokens) and tokens[j] == MORPH.min:
        j += 1
    if j + 1 < len(tokens) and tokens[j] in DATES.month_nouns and tokens[j + 1] in DATES.month_offsets:
        return j + 2, DATES.month_offsets[tokens[j + 1]]
    return None
