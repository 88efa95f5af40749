"""Merge rules: when two local nodes of different articles are one meeting, one official,
one pledge (``same_*``), what each rule reads of a node (its features) and the blocks
that bring candidate pairs together without comparing every pair."""
from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from decimal import Decimal
from functools import lru_cache
from itertools import combinations

from ..arabic import fold
from ..data import words as data_words
from ..iris import mint, person_name_part
from .locals import Local

_GENERIC = data_words("resolve").generic_meeting_words  # folded: "مؤتمر" now matches


# -- meetings ------------------------------------------------------------------------------
def one(loc: Local, f: str):
    v = loc.attrs.get(f)
    return min(v) if v else None


def _span(loc: Local) -> tuple[dt.date, dt.date] | None:
    d = one(loc, "date")
    if d is None:
        return None
    start = dt.date.fromisoformat(d[:10])
    e = one(loc, "end")
    end = dt.date.fromisoformat(e[:10]) if e else start
    return start, max(start, end)


def _words(loc: Local) -> set[str]:
    words = set()
    for label in loc.attrs.get("label", ()):
        words |= {w for w in fold(label).split() if w not in _GENERIC and len(w) > 2}
    return words


def _meeting_features(loc: Local) -> tuple:
    return (_span(loc), one(loc, "country"), one(loc, "convener"), _words(loc),
            frozenset(loc.attrs.get("chair", ())), stated(loc))


def stated(loc: Local) -> tuple[bool, bool]:
    """Whether a report says who chaired the meeting (a state or a body; a person alone is not
    compared, as the same official is named differently across outlets) and how many took part."""
    return any(not c.startswith(_PERSON) for c in loc.attrs.get("chair", ())), bool(loc.attrs.get("count"))


_PERSON = mint("person", "").value  # the IRIs of officials (kg.iris mints them)


def same_meeting(a: Local, b: Local) -> bool:
    """Two articles' reports of one meeting: close days, one place, one body or name, and either
    both say who chaired it or neither does (and the same for a participant count). A merged
    meeting holds the union of its reports' chairs and counts, so a report that names no chair
    merged with one that does would be read as naming them: on five reports of each of nine
    events, chairs scored 0.42 merged so and 0.61 kept apart. Such reports stay two nodes of
    the same day and place."""
    return _same_event(a, b) and a.feat[5] == b.feat[5]


def _same_event(a: Local, b: Local) -> bool:
    if a.graph == b.graph:
        return False
    sa, ca, va, wa, ha, _ = a.feat
    sb, cb, vb, wb, hb, _ = b.feat
    if sa is None or sb is None:
        return False
    close = (sa[0] <= sb[1] and sb[0] <= sa[1]) or abs((sa[0] - sb[0]).days) <= 1
    if not close:
        return False
    if ca and cb and ca != cb:
        return False
    if va and vb:
        return va == vb and (a.kind == b.kind or sa[0] == sb[0])
    if a.kind != b.kind:
        return False
    if (va or vb) and not (ca and cb):
        return False
    same_day = sa[0] == sb[0]
    if not wa or not wb:  # a generic name ('اجتماع', 'المؤتمر'): the same only if the chairs agree too
        return same_day and bool(ca and cb) and bool(ha & hb)
    return bool(wa & wb) and (same_day or len(wa & wb) >= 2)


# -- officials -------------------------------------------------------------------------------
def _name_words(loc: Local) -> list[str]:
    return _spelling(tuple(_iri_words(loc.local)))


@lru_cache(maxsize=None)
def _spelling(words_: tuple[str, ...]) -> list[str]:
    """A name's words as one person is spelt across outlets: folded (hamza, ى/ي, ة/ه),
    'عبد الله' written as one word, the article of a family name left out (الصبيح, صبيح)."""
    out: list[str] = []
    for w in (fold(x) for x in words_):
        if out and out[-1] in _JOINERS:
            out[-1] += w
            continue
        out.append(w)
    return [w[len(_ARTICLE):] if w.startswith(_ARTICLE) and len(w) - len(_ARTICLE) >= 3 else w for w in out]


@lru_cache(maxsize=None)
def _iri_words(iri: str) -> list[str]:
    from urllib.parse import unquote

    return unquote(person_name_part(iri)).split("-")


_PARTICLES = frozenset(data_words("resolve").name_particles)
_JOINERS = data_words("resolve").name_joiners
_ARTICLE = data_words("morphology").article


def _near(a: str, b: str) -> bool:
    """Equal up to one edit (insertion, deletion, substitution or swap of neighbours), for
    words of five letters or more."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < 5:  # short names one edit apart differ (كانغ, وانغ)
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _person_features(loc: Local) -> tuple:
    words = _name_words(loc)
    return one(loc, "rep"), words, frozenset(words) - _PARTICLES


def same_person(a: Local, b: Local) -> bool:
    if a.local == b.local:
        return True
    ra, wa, sa = a.feat
    rb, wb, sb = b.feat
    if ra and rb and ra != rb:
        return False
    if len(sa) >= 2 and len(sb) >= 2 and (sa <= sb or sb <= sa):
        return True
    if len(wa) == len(wb) and len(wa) >= 2:
        return all(_near(x, y) for x, y in zip(wa, wb))
    return False


# -- pledges ----------------------------------------------------------------------------------
def _pledge_features(loc: Local) -> tuple:
    amount = one(loc, "amount")
    return (one(loc, "donor"), one(loc, "currency"), Decimal(amount) if amount is not None else None,
            one(loc, "meeting"))


def same_pledge(a: Local, b: Local, meeting_of: dict[tuple[str, str], str]) -> bool:
    """``meeting_of``: (graph, meeting's local key) -> the meeting's canonical IRI."""
    if a.graph == b.graph:
        return False
    da, ca, x, ma = a.feat
    db, cb, y, mb = b.feat
    if da != db or ca != cb:
        return False
    if x is None or y is None:
        return False
    if abs(x - y) > max(x, y) * Decimal("0.005"):
        return False
    return (ma and mb and meeting_of.get((a.graph, ma), ma) == meeting_of.get((b.graph, mb), mb)) or (not ma and not mb)


FEATURES = {"meeting": _meeting_features, "conference": _meeting_features, "summit": _meeting_features,
             "person": _person_features, "pledge": _pledge_features}


def meeting_blocker(locs: list[Local]):
    """Blocks for same_meeting: the first day (and the days either side) and the convener.
    A meeting whose report names no convener may be any body's: it joins the blocks of
    every convener met on its days. Blocks by day alone grew with the corpus: twenty
    meetings a day at 100,000 articles, each compared with sixty."""
    by_day: dict[dt.date, set] = defaultdict(set)
    for loc in locs:
        for d in _days(loc):
            by_day[d].add(loc.feat[2])

    def block(loc: Local):
        conv = loc.feat[2]
        if conv:
            return [(d, conv) for d in _days(loc)]
        return [(d, c) for d in _days(loc) for c in by_day[d]]
    return block


def _days(loc: Local) -> list[dt.date]:
    s = loc.feat[0]
    return [] if s is None else [s[0] + dt.timedelta(days=d) for d in (-1, 0, 1)]


def person_blocks(loc: Local):
    """Candidates for same_person: names that share two words (one name holds the
    other), or as many words with the first or the last word the same (a spelling
    variant in the other one: ريكس تيلرسون, ريكس تليرسون). Two names of which every
    word is spelled differently are not compared. Blocks on single words would put
    every Mohammed in one block, blocks on the first word alone every Mohammed of three
    words: the other end's deletion keys narrow them to names that can be the same."""
    words = _name_words(loc)
    keys = [("words",) + pair for pair in combinations(sorted(set(words) - _PARTICLES), 2)]
    if len(words) >= 2:  # and the other end one edit apart at most: its deletion keys
        keys += [("first", len(words), words[0], d) for d in _deletions(words[-1])]
        keys += [("last", len(words), words[-1], d) for d in _deletions(words[0])]
    return keys


@lru_cache(maxsize=None)
def _deletions(word: str) -> frozenset[str]:
    """The word and each form of it with one letter removed: two words _near each other
    (one substitution, insertion, deletion or swap of neighbours) share one of these."""
    if len(word) < 5:
        return frozenset((word,))  # _near wants short words equal
    return frozenset([word] + [word[:i] + word[i + 1:] for i in range(len(word))])


def pledge_blocker(meeting_of: dict[tuple[str, str], str]):
    """Blocks for same_pledge: donor, currency, meeting (resolved) and the amount's bucket
    (buckets 1% wide, each pledge in its own and the next, so amounts within
    same_pledge's 0.5% always share one)."""
    def block(loc: Local):
        donor, currency, amount, meeting = loc.feat
        m = meeting_of.get((loc.graph, meeting), meeting) if meeting else None
        if amount is None or amount <= 0:
            return []  # same_pledge wants two amounts
        bucket = math.floor(math.log(float(amount)) / math.log(1.01))
        return [(donor, currency, m, b) for b in (bucket, bucket + 1)]
    return block


