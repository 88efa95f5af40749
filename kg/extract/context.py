"""What an article says about itself: dateline city, agency and publication date.

Arabic wire copy opens with a dateline: ``الكويت - 13 - 2 (كونا) --``,
``القاهرة فى 4 مايو /أ ش أ/``, ``الرياض 19 ذو القعدة 1444 هـ الموافق 08 يونيو 2023 م واس``,
or a byline block (``واشنطن - مازن العبدالله`` then ``الخميس 23 مارس 2017``).
The publication date comes from metadata when the reader had any, else from
the dateline; a dateline with no year is completed by the weekday the text
names (``اليوم الثلاثاء``).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..spot import Doc
from ..values.dates import find_dates, infer_year, parse_at
from .records import Evidence, Fact

HEAD_TOKENS = 45  # the dateline lives in the first lines of an article
DEFAULT_FLOOR = 2001  # ctkg's subject: counter-terrorism coalitions, 2001 on


@dataclass
class Context:
    published: Fact | None
    city: str | None
    city_ev: Evidence | None
    country: str | None  # the dateline's state
    agency: str | None
    home: str | None  # whose offices an unqualified title names: the agency's state, else the dateline's
    dateline_end: int  # first token after the dateline


def _ev(doc: Doc, i: int, j: int, rule: str, conf: float) -> Evidence:
    s, e = doc.original_span(i, j)
    return Evidence(s, e, doc.tokens[i].sent, rule, conf)


def _parse_iso(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def read_context(doc: Doc, meta_published: str | None = None) -> Context:
    lex = doc.lex
    words = doc.words
    head = min(len(words), HEAD_TOKENS)

    # Dateline city: a city (or city-state) in the opening lines next to a dash,
    # a date or the start of a line.
    city = city_ev = None
    for m in doc.mentions:
        if m.start >= head:
            break
        e = m.first("city")
        if e is None:
            continue
        before = words[m.start - 1] if m.start else "\n"
        after = words[m.end] if m.end < len(words) else ""
        line_start = m.start == 0 or doc.text.norm[doc.tokens[m.start - 1].end:doc.tokens[m.start].start].count("\n")
        if line_start or before in ("-", "،") or after in ("-", "،", "في", "فى") or after.isdigit():
            city, city_ev = e.id, _ev(doc, m.start, m.end, f"dateline.city:{e.id}", 0.9)
            break
    country = lex.entity("city", city).country if city else None

    # Agency: in the head, or the sign-off lines at the end.
    agency = None
    tail = max(head, len(words) - 12)
    for k in [*range(head), *range(tail, len(words))]:
        hit = lex.agencies.match(words, k, clitics=False)
        if hit and (k == 0 or words[k - 1] in ("(", "/", "-", "م", "،") or k + hit[1] < len(words)
                    and words[k + hit[1]] in (")", "/", "-")):
            agency = hit[0][0]
            break

    # Publication date
    published = None
    meta = _parse_iso(meta_published)
    dateline_end = 0
    if meta:
        published = Fact(meta, Evidence(0, 0, 0, "published.metadata", 1.0))
    exprs = find_dates(words, 0, head, lex)
    full = next((e for e in exprs if e.kind == "date"), None)
    if full is not None:
        dateline_end = full.end
        if published is None:
            published = Fact(full.value, _ev(doc, full.start, full.end, f"published.{full.rule}", 0.95))
    else:
        guess = _partial_dateline(doc, head, exprs)
        if guess is not None:
            value, i, j, rule = guess
            dateline_end = j
            if published is None and value is not None:
                published = Fact(value, _ev(doc, i, j, rule, 0.8))
    home = lex.agency_country.get(agency) if agency else None
    return Context(published, city, city_ev, country, agency, home or country, dateline_end)


def _partial_dateline(doc: Doc, head: int, exprs):
    """A dateline with day and month but no year: 'الكويت - 13 - 2', 'القاهرة فى 4 مايو'."""
    lex, words = doc.lex, doc.words
    day = month = None
    span = None
    dm = next((e for e in exprs if e.kind == "day_month"), None)
    if dm is not None:
        day, month, span = dm.day, dm.month, (dm.start, dm.end)
    else:
        for k in range(min(head, 15) - 4):
            if (words[k + 1].isdigit() and words[k + 3].isdigit() and words[k] == "-" and words[k + 2] == "-"
                    and 1 <= int(words[k + 1]) <= 31 and 1 <= int(words[k + 3]) <= 12):
                day, month, span = int(words[k + 1]), int(words[k + 3]), (k + 1, k + 4)
                break
    if span is None:
        return None
    weekday = _first_weekday(doc, span[1])
    years = [int(t) for t in words if t.isdigit() and len(t) == 4]
    founded = [lex.entity(e.kind, e.id).extra.get("founded") for m in doc.mentions for e in m.entries
               if e.kind == "org"]
    floor = max([f for f in founded if isinstance(f, int)], default=DEFAULT_FLOOR)
    year = infer_year(day, month, weekday, years, floor, dt.date.today().year)
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
