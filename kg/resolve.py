"""Resolution across articles: one node per real meeting, official and pledge.

Each article graph is written with the article's own ("local") identities: a
meeting is the hash of its convener or kind, first day and place; an official
is his folded name. Every such node also records its local identity
(``ctkg:localKey``). Resolution then clusters the local identities of all
articles and renames, graph by graph, every node to its cluster's canonical
IRI (the smallest local IRI in the cluster; for officials the longest name):

* meetings: same convener (or, when a report names none, the same kind and
  overlapping names), first days at most one day apart or overlapping spans,
  and the same state (or one report without one);
* officials: one name the other's in fewer words (محمد بن سلمان / محمد بن سلمان
  بن عبدالعزيز), or the same words up to one letter (تيلرسون / تليرسون), and
  no two different states;
* pledges: same donor, currency and amount (within 0.5%), at the same resolved
  meeting.

Clusters are the connected components of symmetric pair rules over the whole
store, so the graph does not depend on the order articles were built in; each
article's claims stay in its own named graph, so sources that disagree show
as two values on one node (``queries/conflicts.rq``).
"""
from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from itertools import combinations

from .arabic import fold
from .store import Store
from .vocab import CTKG

_RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_GENERIC = {"الاجتماع", "اجتماع", "المؤتمر", "مؤتمر", "الوزاري", "الدولي", "العام", "اجتماعا", "اجتماعه",
            "اجتماعها", "القمه", "قمه", "الدوره", "دوره", "للتحالف", "التحالف", "ضد", "داعش", "ما", "يسمي",
            "تنظيم", "الدوله", "الاسلاميه", "لهزيمه", "لمحاربه", "الاول", "الثاني", "الثالث"}


RENAMES_PER_UPDATE = 2000


@dataclass
class Local:
    """One article's node, as that article alone describes it."""

    graph: str
    current: str  # the IRI it has in that graph now
    local: str  # the IRI the article alone would give it
    kind: str = ""
    attrs: dict = field(default_factory=dict)


class UnionFind:
    def __init__(self):
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _rows(store: Store, q: str):
    return store.ox.query(q)


def _locals(store: Store, cls: str, extra: str, fields: list[str]) -> list[Local]:
    q = f"""SELECT ?g ?c ?k {' '.join('?' + f for f in fields)} WHERE {{ GRAPH ?g {{
        ?c a <{CTKG[cls]}> ; <{CTKG.localKey}> ?k . {extra} }} }}"""
    out: dict[tuple[str, str], Local] = {}
    for r in _rows(store, q):
        key = (r["g"].value, r["k"].value)
        loc = out.get(key)
        if loc is None:
            loc = out[key] = Local(r["g"].value, r["c"].value, r["k"].value)
        for f in fields:
            v = r[f]
            if v is not None:
                loc.attrs.setdefault(f, set()).add(v.value)
    return list(out.values())


# -- meetings ------------------------------------------------------------------------------
def _meeting_locals(store: Store) -> list[Local]:
    extra = f"""OPTIONAL {{ ?c <{CTKG.date}> ?date }} OPTIONAL {{ ?c <{CTKG.endDate}> ?end }}
        OPTIONAL {{ ?c <{CTKG.heldIn}> ?country }} OPTIONAL {{ ?c <{CTKG.convenedBy}> ?convener }}
        OPTIONAL {{ ?c <{_RDF_TYPE}> ?type }} OPTIONAL {{ ?c <{_RDFS_LABEL}> ?label }}"""
    locs = _locals(store, "Meeting", extra, ["date", "end", "country", "convener", "type", "label"])
    for loc in locs:
        types = loc.attrs.get("type", set())
        loc.kind = ("conference" if str(CTKG.Conference) in types else
                    "summit" if str(CTKG.Summit) in types else "meeting")
    return locs


def _one(loc: Local, f: str):
    v = loc.attrs.get(f)
    return min(v) if v else None


def _span(loc: Local) -> tuple[dt.date, dt.date] | None:
    d = _one(loc, "date")
    if d is None:
        return None
    start = dt.date.fromisoformat(d[:10])
    e = _one(loc, "end")
    end = dt.date.fromisoformat(e[:10]) if e else start
    return start, max(start, end)


def _words(loc: Local) -> set[str]:
    words = set()
    for label in loc.attrs.get("label", ()):
        words |= {w for w in fold(label).split() if w not in _GENERIC and len(w) > 2}
    return words


def same_meeting(a: Local, b: Local) -> bool:
    if a.graph == b.graph:
        return False
    sa, sb = _span(a), _span(b)
    if sa is None or sb is None:
        return False
    close = (sa[0] <= sb[1] and sb[0] <= sa[1]) or abs((sa[0] - sb[0]).days) <= 1
    if not close:
        return False
    ca, cb = _one(a, "country"), _one(b, "country")
    if ca and cb and ca != cb:
        return False
    va, vb = _one(a, "convener"), _one(b, "convener")
    if va and vb:
        return va == vb and (a.kind == b.kind or sa[0] == sb[0])
    if a.kind != b.kind:
        return False
    if (va or vb) and not (ca and cb):
        return False
    wa, wb = _words(a), _words(b)
    same_day = sa[0] == sb[0]
    if not wa or not wb:
        return same_day and bool(ca and cb)
    return bool(wa & wb) and (same_day or len(wa & wb) >= 2)


# -- officials -------------------------------------------------------------------------------
def _person_locals(store: Store) -> list[Local]:
    extra = f"OPTIONAL {{ ?c <{CTKG.represents}> ?rep }}"
    locs = _locals(store, "Person", extra, ["rep"])
    for loc in locs:
        loc.kind = "person"
    return locs


def _name_words(loc: Local) -> list[str]:
    return _iri_words(loc.local)


@lru_cache(maxsize=None)
def _iri_words(iri: str) -> list[str]:
    from urllib.parse import unquote

    return unquote(iri.rsplit("/", 1)[-1]).split("-")


_PARTICLES = {"بن", "ال", "ابو"}


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


def same_person(a: Local, b: Local) -> bool:
    if a.local == b.local:
        return True
    ra, rb = _one(a, "rep"), _one(b, "rep")
    if ra and rb and ra != rb:
        return False
    wa, wb = _name_words(a), _name_words(b)
    sa, sb = set(wa) - _PARTICLES, set(wb) - _PARTICLES
    if len(sa) >= 2 and len(sb) >= 2 and (sa <= sb or sb <= sa):
        return True
    if len(wa) == len(wb) and len(wa) >= 2:
        return all(_near(x, y) for x, y in zip(wa, wb))
    return False


# -- pledges ----------------------------------------------------------------------------------
def _pledge_locals(store: Store) -> list[Local]:
    extra = f"""OPTIONAL {{ ?c <{CTKG.donor}> ?donor }} OPTIONAL {{ ?c <{CTKG.amount}> ?amount }}
        OPTIONAL {{ ?c <{CTKG.currency}> ?currency }} OPTIONAL {{ ?c <{CTKG.announcedAt}> ?meeting }}"""
    locs = _locals(store, "Pledge", extra, ["donor", "amount", "currency", "meeting"])
    for loc in locs:
        loc.kind = "pledge"
    return locs


def same_pledge(a: Local, b: Local, meeting_of: dict[str, str]) -> bool:
    if a.graph == b.graph:
        return False
    if _one(a, "donor") != _one(b, "donor") or _one(a, "currency") != _one(b, "currency"):
        return False
    x, y = _one(a, "amount"), _one(b, "amount")
    if x is None or y is None:
        return False
    x, y = Decimal(x), Decimal(y)
    if abs(x - y) > max(x, y) * Decimal("0.005"):
        return False
    ma, mb = _one(a, "meeting"), _one(b, "meeting")
    return (ma and mb and meeting_of.get(ma, ma) == meeting_of.get(mb, mb)) or (not ma and not mb)


# -- the pass ---------------------------------------------------------------------------------
def _cluster(locs: list[Local], same, block, signature=None) -> dict[tuple[str, str], str]:
    """(graph, local) -> canonical IRI. With ``signature`` (what ``same`` reads of a node),
    nodes with equal signatures are compared once: an official named in a hundred
    articles is one candidate, not a hundred."""
    uf = UnionFind()
    blocks: dict = defaultdict(list)
    seen: set = set()
    # cannot-link: what each cluster holds of each article; two nodes one article keeps
    # apart (two officials, two meetings) never end up in one cluster, even through a
    # third node that resembles both (جان إيف ~ جان إيف بوريل, جان إيف ~ جان إيف فيشر)
    holds: dict[str, dict[str, str]] = {}
    locs = sorted(locs, key=lambda loc: (loc.local, loc.graph))  # the same answer in any build order
    for loc in locs:
        uf.find(loc.local)
        holds.setdefault(loc.local, {})[loc.graph] = loc.local
        if signature is not None:
            sig = signature(loc)
            if sig in seen:
                continue
            seen.add(sig)
        for key in block(loc):
            blocks[key].append(loc)
    for key in sorted(blocks, key=repr):
        members = blocks[key]
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                ra, rb = uf.find(a.local), uf.find(b.local)
                if ra == rb or not same(a, b):
                    continue
                ha, hb = holds[ra], holds[rb]
                if len(ha) > len(hb):
                    ha, hb = hb, ha
                if any(hb.get(g, loc) != loc for g, loc in ha.items()):
                    continue  # the two clusters hold different nodes of one article
                uf.union(ra, rb)
                root = uf.find(ra)
                hb.update(ha)
                holds[root] = hb
    return {(loc.graph, loc.local): uf.find(loc.local) for loc in locs}


def _meeting_blocks(loc: Local):
    s = _span(loc)
    if s is None:
        return []
    days = {s[0] + dt.timedelta(days=d) for d in (-1, 0, 1)}
    return [d.isoformat() for d in days]


def _person_blocks(loc: Local):
    """Candidates for same_person: names that share two words (one name holds the
    other), or as many words with the first or the last word the same (a spelling
    variant in the other one: ريكس تيلرسون, ريكس تليرسون). Two names of which every
    word is spelled differently are not compared. Blocks on single words would put
    every Mohammed in one block."""
    words = _name_words(loc)
    keys = [("words",) + pair for pair in combinations(sorted(set(words) - _PARTICLES), 2)]
    if len(words) >= 2:
        keys += [("first", len(words), words[0]), ("last", len(words), words[-1])]
    return keys


def _pledge_blocks(loc: Local):
    """Donor, currency and the amount's bucket (buckets 1% wide, each pledge in its own and
    the next, so amounts within same_pledge's 0.5% always share one)."""
    amount = _one(loc, "amount")
    if amount is None or Decimal(amount) <= 0:
        return [(_one(loc, "donor"), _one(loc, "currency"), None)]
    bucket = math.floor(math.log(float(amount)) / math.log(1.01))
    return [(_one(loc, "donor"), _one(loc, "currency"), b) for b in (bucket, bucket + 1)]


@dataclass
class ResolveReport:
    renamed: int = 0
    clusters: dict = field(default_factory=dict)


def resolve(store: Store) -> ResolveReport:
    """Cluster every article's local nodes and rename them to canonical IRIs."""
    report = ResolveReport()
    renames: list[tuple[str, str, str]] = []  # graph, old, new

    meetings = _meeting_locals(store)
    m_map = _cluster(meetings, same_meeting, _meeting_blocks)
    current_to_canonical = {}
    for loc in meetings:
        target = m_map[(loc.graph, loc.local)]
        current_to_canonical[loc.current] = target
        if loc.current != target:
            renames.append((loc.graph, loc.current, target))

    people = _person_locals(store)
    p_map = _cluster(people, same_person, _person_blocks, signature=lambda loc: (loc.local, _one(loc, "rep")))
    # an official's canonical IRI is the longest name of the cluster (then the smallest IRI)
    members: dict[str, list[str]] = defaultdict(list)
    for (_, local), root in p_map.items():
        members[root].append(local)
    best = {root: sorted(locs, key=lambda x: (-len(x), x))[0] for root, locs in members.items()}
    for loc in people:
        target = best[p_map[(loc.graph, loc.local)]]
        if loc.current != target:
            renames.append((loc.graph, loc.current, target))

    pledges = _pledge_locals(store)
    pl_map = _cluster(pledges, lambda a, b: same_pledge(a, b, current_to_canonical), _pledge_blocks)
    for loc in pledges:
        target = pl_map[(loc.graph, loc.local)]
        if loc.current != target:
            renames.append((loc.graph, loc.current, target))

    # in updates of RENAMES_PER_UPDATE renames: one update of every rename of a first build
    # holds them all in memory at once; a build killed between two updates is redone whole
    # (files.json is written last), so no partial resolution survives
    for i in range(0, len(renames), RENAMES_PER_UPDATE):
        store.ox.update(" ;\n".join(_rename(g, old, new) for g, old, new in renames[i:i + RENAMES_PER_UPDATE]))
    report.renamed = len(renames)
    report.clusters = {"meetings": len(set(m_map.values())), "officials": len(set(best.values())),
                       "pledges": len(set(pl_map.values()))}
    return report


def _rename(graph: str, old: str, new: str) -> str:
    return (f"DELETE {{ GRAPH <{graph}> {{ <{old}> ?p ?o }} }} INSERT {{ GRAPH <{graph}> {{ <{new}> ?p ?o }} }} "
            f"WHERE {{ GRAPH <{graph}> {{ <{old}> ?p ?o }} }} ;\n"
            f"DELETE {{ GRAPH <{graph}> {{ ?s ?p <{old}> }} }} INSERT {{ GRAPH <{graph}> {{ ?s ?p <{new}> }} }} "
            f"WHERE {{ GRAPH <{graph}> {{ ?s ?p <{old}> }} }}")
