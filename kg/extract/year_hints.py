"""What a text says of its own year without writing it in its dateline: the years it names, the
founding of the bodies it names (no earlier), the years it implies ('الدورة الـ78 للجمعية العامة'),
and the years in office of the well-known officials it names. They date a dateline that gives only
a day and a month (:func:`kg.values.anchor.infer_year`).
"""
from __future__ import annotations

from ..arabic import is_int, stems
from ..data import words
from ..spot import Doc

CONTEXT = words("context")

# A dateline without a year is read as the earliest fitting year from the founding of
# the Global Coalition (ctkg's subject) or of the bodies the article names, unless
# the text says otherwise.
DEFAULT_FLOOR = 2014
# ... and the text's own hints of its year reach below that floor no further than 2001: the
# coalitions ctkg follows (GCTF 2011, the Global Coalition 2014, IMCTC 2015) answer the attacks
# of that year, and an earlier hint is a misread founding ('ثلاثة أعوام على قيامه' of another body)
EARLIEST_HINT = 2001


def text_years(doc: Doc) -> tuple[list[int], int]:
    """The years the text names or implies, and the earliest year it can be from."""
    lex, w = doc.lex, doc.words
    hints = year_hints(doc)
    years = [int(t) + _shift(w, k) for k, t in enumerate(w) if is_int(t) and len(t) == 4 and not _horizon(w, k)
             and not _range_end(w, k)] + hints
    founded = [lex.entity(e.kind, e.id).extra.get("founded") for m in doc.mentions for e in m.entries
               if e.kind == "org"]
    # what the text implies of its own year ('الدورة السادسة والستين للجمعية العامة': 2011) goes
    # below the floor, down to EARLIEST_HINT
    floor = min([max([f for f in founded if isinstance(f, int)] + [DEFAULT_FLOOR])] +
                [h for h in hints if h >= EARLIEST_HINT])
    era = [CONTEXT.era_words[f] for t in w for f in stems(t) if f in CONTEXT.era_words]
    floor = max([floor, *era])  # ("جائحة كورونا": not before 2020)
    return years, floor


def horizon_year(doc: Doc) -> int | None:
    """The earliest year the text says things run until ('حتى عام 2027'), if any."""
    w = doc.words
    return min((int(t) for k, t in enumerate(w) if is_int(t) and len(t) == 4 and _horizon(w, k)), default=None)


def office_terms(doc: Doc) -> list[tuple[tuple[int, int | None], ...]]:
    """The terms of office of each well-known official the text names ('أنتوني بلينكن' 2015-2017
    and 2021-2025), once each."""
    lex, w = doc.lex, doc.words
    seen: dict[str, tuple] = {}
    k = 0
    while k < len(w):
        hit = lex.officials.match(w, k)
        if hit is None:
            k += 1
            continue
        for ident in hit[0]:
            seen.setdefault(ident, lex.official_info[ident].terms)
        k += hit[1]
    return list(seen.values())


def _shift(words: list[str], k: int) -> int:
    """'العام المقبل 2024' says the story is of the year before; 'العام الماضي 2022', of the year after."""
    if k < 2 or words[k - 2] not in CONTEXT.year_nouns:
        return 0
    return -1 if words[k - 1] in CONTEXT.next_year_words else 1 if words[k - 1] in CONTEXT.last_year_words else 0


def _range_end(words: list[str], k: int) -> bool:
    """'للفترة 2023-2025': the year a range of years runs to is not the story's."""
    return k >= 2 and words[k - 1] in CONTEXT.dateline_dashes and is_int(words[k - 2]) and len(words[k - 2]) == 4


def _horizon(words: list[str], k: int) -> bool:
    """'حتى عام 2020', 'بحلول 2030': a year things run until, not the year the story is in."""
    before = [t for t in words[max(0, k - 2):k] if t not in CONTEXT.year_nouns]
    return bool(before) and before[-1] in CONTEXT.horizon_words


_ORDINALS = CONTEXT.ordinals
_FOUNDING = CONTEXT.founding
_YEARS = CONTEXT.years


def year_hints(doc: Doc) -> list[int]:
    """Years a text implies without writing them, to date a dateline that has none:
    'الدورة الـ78 للجمعية العامة' (1945 + 78), 'الذكرى العاشرة لتأسيسه' and 'بعد مرور
    ثلاثة أعوام على قيامه' (the body's founding year + N), '2014، أي قبل ثماني سنوات'."""
    from ..values.numbers import parse_number, parse_ordinal

    lex, w = doc.lex, doc.words
    out = []
    for k, tok in enumerate(w):
        num = parse_number(w, k, lex)
        n = int(num.value) if num and num.value == int(num.value) and not num.scaled else None
        nxt = w[num.end:num.end + 3] if num else []
        session = n, nxt
        if num is None and (ordinal := parse_ordinal(w, k, lex)):  # "الدورة السادسة والستين"
            session = ordinal[0], w[ordinal[1]:ordinal[1] + 3]
        if session[0] and 1 <= session[0] < 120 and k >= 1 and CONTEXT.of_the_assembly in session[1] \
                and any(t in CONTEXT.session_nouns for t in w[max(0, k - 2):k]):
            out.append(1945 + session[0])
        if tok in _ORDINALS and k >= 1 and w[k - 1] in CONTEXT.anniversary and \
                k + 1 < len(w) and w[k + 1] in _FOUNDING:
            founded = _founded_near(doc, k)
            if founded:
                out.append(founded + _ORDINALS[tok])
        if n and n < 60 and nxt[:1] and nxt[0] in _YEARS and len(nxt) >= 3 and nxt[1] in CONTEXT.since_preps \
                and nxt[2] in _FOUNDING:
            founded = _founded_near(doc, k)
            if founded:
                out.append(founded + n)
        if n and n < 60 and nxt[:1] and nxt[0] in _YEARS and k >= 2 and w[k - 1] == CONTEXT.before and w[k - 2] == CONTEXT.that_is:
            before = [int(t) for t in w[max(0, k - 6):k] if is_int(t) and len(t) == 4]
            if before:
                out.append(before[-1] + n)
    return out


def _founded_near(doc: Doc, k: int) -> int | None:
    """The founding year of the body a sentence is about ('التحالف' resolved to the last named)."""
    a, b = doc.sentence_of(k)
    best = None
    for m in doc.mentions:
        if m.start >= b:
            break
        e = m.first("org")
        if e is not None:
            founded = doc.lex.entity("org", e.id).extra.get("founded")
            if isinstance(founded, int) and (m.start >= a or best is None):
                best = founded
    return best
