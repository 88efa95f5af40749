"""Pledges in a table pasted from a page, a row per giver and cells between bars::

    المبالغ بالدولار الأمريكي ما لم يذكر خلاف ذلك.
    الجهة المانحة | المبلغ | طبيعة المساهمة
    تركيا | 5.000.000.000 | قروض وتسهيلات ائتمانية
    قطر | مليار | قروض واستثمارات
    ألمانيا | 500 مليون يورو | -

A table is two or more lines in a row that hold a bar (``table_bar``); it lists
pledges when a leading word of a list (``list_heads``: 'المانحة', 'التعهدات') is in
it or in the line before it. A row is an item when a cell is wholly a state, body
or capital and the next cell holds its amount. An amount with no currency of its
own takes the one the text states for its figures ('المبالغ بالدولار', 'المبلغ
(باليورو)': ``stated_currency``); with none stated, the row is passed over rather
than given a guessed currency. Rows of totals and needs name no giver in their
first cell ('الإجمالي المعلن | نحو 30 مليار دولار'), so they are no items.
"""
from __future__ import annotations

from collections.abc import Iterator

from ...spot import Doc
from ...values.amounts import Amount, find_amounts
from ...values.numbers import parse_number
from .clauses import recalled_year
from .donors import giver
from .lists import PLEDGES, leads, stated_amount, stated_currency


def tabled(doc: Doc, year: int | None, taken: set[int]) -> Iterator[tuple]:
    """(amount, (agent, rule, token), sentence, (a, b)) for each pledge of a table not in ``taken``."""
    tables = _tables(doc)
    stated = stated_currency(doc) if tables else None  # (read once, whatever the tables)
    for rows in tables:
        first = doc.sentences[rows[0]][0]
        lead_from = doc.sentences[rows[0] - 1][0] if rows[0] > 0 else first
        if not any(leads(t) for t in doc.words[lead_from:doc.sentences[rows[-1]][1]]):
            continue
        for sent in rows:
            a, b = doc.sentences[sent]
            found = _row(doc, a, b, stated)
            if found is None or found[0].start in taken or recalled_year(doc.lex, doc.words, a, found[0].start, year):
                continue
            amt, m = found
            agent = giver(doc.lex, m)
            if agent is not None:
                yield amt, (agent, "pledge.donor-tabled", m.start), sent, (a, b)


def _tables(doc: Doc) -> list[list[int]]:
    """Runs of two or more lines in a row that hold a bar, by sentence."""
    out: list[list[int]] = []
    run: list[int] = []
    for sent, (a, b) in enumerate([*doc.sentences, (0, 0)]):
        if b > a and PLEDGES.table_bar in doc.words[a:b]:
            run.append(sent)
            continue
        if len(run) >= 2:
            out.append(run)
        run = []
    return out


def _cells(doc: Doc, a: int, b: int) -> list[tuple[int, int]]:
    bars = [j for j in range(a, b) if doc.words[j] == PLEDGES.table_bar]
    return list(zip([a, *(j + 1 for j in bars)], [*bars, b]))


def _row(doc: Doc, a: int, b: int, stated) -> tuple[Amount, object] | None:
    """(amount, giver's mention) of a row whose cell is wholly a giver and whose next cell holds a figure."""
    cells = _cells(doc, a, b)
    for (s, e), nxt in zip(cells, cells[1:]):
        m = doc.mention_at.get(s)
        if m is None or m.end != e or m.prefix:
            continue
        amt = _amount(doc, nxt, stated)
        return (amt, m) if amt is not None else None
    return None


def _amount(doc: Doc, cell: tuple[int, int], stated) -> Amount | None:
    """The cell's amount: with its own currency, or a bare figure in the currency the text states."""
    s, e = cell
    own = find_amounts(doc.words, s, e, doc.lex)
    if own:
        return own[0]
    num = next((n for k in range(s, e) if (n := parse_number(doc.words, k, doc.lex)) is not None), None)
    if stated is None or num is None or num.end != e:
        return None
    return stated_amount(doc, num, stated)
