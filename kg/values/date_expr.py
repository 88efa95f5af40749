"""A date expression as the grammar reads it, before it meets the article's date."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class DateExpr:
    start: int  # token span
    end: int
    kind: str  # date | day_month | relative | weekday | day_after | month | vague (a future span: no day)
    rule: str
    value: dt.date | None = None  # a full date (kind date)
    end_value: dt.date | None = None  # last day of a range
    day: int | None = None
    month: int | None = None
    end_day: int | None = None
    offset: int | None = None  # relative days (day_after: from the day told before)
    weekday: int | None = None  # 0 = Monday
    direction: str | None = None  # past | future, for weekdays and for a month a word after says is past or next
    year_offset: int | None = None  # a day and month "من العام الماضي": the year before the article's
    month_offset: int | None = None  # a day of the article's month (0), the next (1) or the last (-1)

    @property
    def is_day(self) -> bool:
        return self.kind not in ("month", "vague")
