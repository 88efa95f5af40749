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
from .data import words
from .memory import gc_paused
from .rdf import LEXICON_GRAPH
from .store import Store
from .vocab import BASE as ID_BASE
from .vocab import CTKG

_RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_LEXICON_GRAPH = LEXICON_GRAPH.value
_GENERIC = words("resolve").generic_meeting_words  # folded: "مؤتمر" now matches


RENAMES_PER_UPDATE = 2000


@dataclass
class Local:
    """One article's node, as that article alone describes it."""

    graph: str
    current: str  # the IRI it has in that graph now
    local: str  # the IRI the article alone would give it
    kind: str = ""
    attrs: dict = field(default_factory=dict)
    _feat: tuple | None = field(default=None, repr=False, compare=False)  # what the pair rules read

    @property
    def feat(self) -> tuple:
        if self._feat is None:
            self._feat = _FEATURES[self.kind](self)
        return self._feat


def _rows(store: Store, q: str):
    return store.ox.query(q)


# What is read of each kind of local node, field by field: from the store by
# read_locals, and off an article's quads by locals_of in the worker that made them (a
# build then reads nothing back). A pledge's meeting is read as the meeting's local key,
# which renaming does not change.
_FIELDS = {
    "meetings": (str(CTKG.Meeting), {"date": str(CTKG.date), "end": str(CTKG.endDate), "country": str(CTKG.heldIn),
                                     "convener": str(CTKG.convenedBy), "type": _RDF_TYPE, "label": _RDFS_LABEL,
                                     "chair": str(CTKG.chair)}),
    "people": (str(CTKG.Person), {"rep": str(CTKG.represents)}),
    "pledges": (str(CTKG.Pledge), {"donor": str(CTKG.donor), "amount": str(CTKG.amount),
                                   "currency": str(CTKG.currency), "meeting": str(CTKG.announcedAt)}),
}


def read_locals(store: Store, kind: str, graphs: list[str] | None = None) -> list[Local]:
    """Every local node of ``kind`` in the store (of ``graphs`` only, when given: one query
    a graph, as a VALUES over ?g is joined after the whole store's nodes are found)."""
    cls, fields = _FIELDS[kind]
    local_key = str(CTKG.localKey)
    extra = " ".join(f"OPTIONAL {{ ?c <{pred}> ?m . ?m <{local_key}> ?{f} }}" if f == "meeting" else
                     f"OPTIONAL {{ ?c <{pred}> ?{f} }}" for f, pred in fields.items())

    def query(g: str | None):
        target = f"<{g}>" if g else "?g"
        return f"""SELECT {'' if g else '?g'} ?c ?k {' '.join('?' + f for f in fields)} WHERE {{ GRAPH {target} {{
            ?c a <{cls}> ; <{local_key}> ?k . {extra} }} }}"""

    if graphs is None:
        rows = ((r["g"].value, r) for r in _rows(store, query(None)))
    else:
        rows = ((g, r) for g in graphs for r in _rows(store, query(g)))
    out: dict[tuple[str, str], Local] = {}
    for g, r in rows:
        key = (g, r["k"].value)
        loc = out.get(key)
        if loc is None:
            loc = out[key] = Local(g, r["c"].value, r["k"].value)
        for f in fields:
            v = r[f]
            if v is not None:
                loc.attrs.setdefault(f, set()).add(v.value)
    return _finish(kind, list(out.values()))


# -- meetings ------------------------------------------------------------------------------
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


def _meeting_features(loc: Local) -> tuple:
    return _span(loc), _one(loc, "country"), _one(loc, "convener"), _words(loc), frozenset(loc.attrs.get("chair", ()))


def same_meeting(a: Local, b: Local) -> bool:
    if a.graph == b.graph:
        return False
    sa, ca, va, wa, ha = a.feat
    sb, cb, vb, wb, hb = b.feat
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

    return unquote(iri.rsplit("/", 1)[-1]).split("-")


_PARTICLES = frozenset(words("resolve").name_particles)
_JOINERS = words("resolve").name_joiners
_ARTICLE = words("morphology").article


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
    return _one(loc, "rep"), words, frozenset(words) - _PARTICLES


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
    amount = _one(loc, "amount")
    return (_one(loc, "donor"), _one(loc, "currency"), Decimal(amount) if amount is not None else None,
            _one(loc, "meeting"))


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


_FEATURES = {"meeting": _meeting_features, "conference": _meeting_features, "summit": _meeting_features,
             "person": _person_features, "pledge": _pledge_features}


# -- the pass ---------------------------------------------------------------------------------
def _cluster(locs: list[Local], same, block, signature=None) -> dict[tuple[str, str], str]:
    """(graph, local) -> canonical IRI: the smallest local IRI of the cluster.

    Nodes are numbered in the order of their local IRIs, so the union-find's smallest
    root is the smallest IRI, and a pair met in several blocks is compared once. With
    ``signature`` (what ``same`` reads of a node), nodes with equal signatures are
    compared once: an official named in a hundred articles is one candidate, not a
    hundred."""
    locs = sorted(locs, key=lambda loc: (loc.local, loc.graph))  # the same answer in any build order
    ids: dict[str, int] = {}
    names: list[str] = []
    parent: list[int] = []
    # cannot-link: what each cluster holds of each article; two nodes one article keeps
    # apart (two officials, two meetings) never end up in one cluster, even through a
    # third node that resembles both (جان إيف ~ جان إيف بوريل, جان إيف ~ جان إيف فيشر)
    holds: list[dict[str, int]] = []
    blocks: dict = defaultdict(list)
    seen: set = set()
    for loc in locs:
        i = ids.get(loc.local)
        if i is None:
            i = ids[loc.local] = len(names)
            names.append(loc.local)
            parent.append(i)
            holds.append({})
        holds[i][loc.graph] = i
        if signature is not None:
            sig = signature(loc)
            if sig in seen:
                continue
            seen.add(sig)
        for key in block(loc):
            blocks[key].append((i, loc))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    compared: set[tuple[int, int]] = set()
    for key in sorted((k for k, m in blocks.items() if len(m) > 1), key=repr):  # a lone member pairs with none
        members = blocks[key]
        for n, (i, a) in enumerate(members):
            for j, b in members[n + 1:]:
                if i == j:
                    continue  # one local IRI: one node already
                pair = (id(a), id(b))
                if pair in compared:
                    continue
                compared.add(pair)
                ra = i if parent[i] == i else find(i)
                rb = j if parent[j] == j else find(j)
                if ra == rb:
                    continue
                if not same(a, b):
                    continue
                ha, hb = holds[ra], holds[rb]
                if len(ha) > len(hb):
                    ha, hb = hb, ha
                if any(hb.get(g, x) != x for g, x in ha.items()):
                    continue  # the two clusters hold different nodes of one article
                root, child = min(ra, rb), max(ra, rb)
                parent[child] = root
                hb.update(ha)
                holds[root] = hb
    return {(loc.graph, loc.local): names[find(ids[loc.local])] for loc in locs}


def _meeting_blocker(locs: list[Local]):
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


def _person_blocks(loc: Local):
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


def _pledge_blocker(meeting_of: dict[tuple[str, str], str]):
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


@dataclass
class ResolveReport:
    renamed: int = 0
    clusters: dict = field(default_factory=dict)
    reread: int | None = None  # article graphs whose nodes were read back from the store (None: all of them)
    cache: dict | None = None  # every article's local nodes after this resolution: save_cache() keeps it


# -- what the last resolution read -------------------------------------------------------------
# Reading every article's local nodes back from the store is most of a resolution's time
# (2.5 s of 4.6 s at 10,000 articles). The last resolution's reading is kept beside the store;
# a build takes it (removing the file, so a build killed before it ends leaves none, and the
# next one reads everything), reads only the graphs it wrote, and saves the new reading once
# the store holds everything. The clustering still runs over all of them: the graph stays the
# one a build from scratch would give.
CACHE_FILE = "resolve.json"
CACHE_VERSION = 3
KINDS = tuple(_FIELDS)


_IRI_FIELDS = {"country", "convener", "rep", "donor", "meeting", "chair"}


def _short(iri: str) -> str:
    return iri[len(ID_BASE):] if iri.startswith(ID_BASE) else iri


def _long(iri: str) -> str:
    return iri if "://" in iri else ID_BASE + iri


@gc_paused()
def take_cache(store: Store) -> dict | None:
    """The last resolution's reading, removed from disk (None when there is none).
    JSON, not pickle: a store folder passed between colleagues must not run code."""
    import json

    if store.remote:
        return None  # a server may be written by other hands
    path = store.path / CACHE_FILE
    try:
        raw = json.loads(path.read_bytes())
        cache = {"version": raw["version"], "graphs": {_long(g) for g in raw["graphs"]}}
        for kind in KINDS:
            cache[kind] = by_graph = {}
            for g, rows in raw[kind].items():
                g = _long(g)
                by_graph[g] = [Local(g, _long(cur) if cur else _long(local), _long(local), k,
                                     {f: {_long(x) for x in v} if f in _IRI_FIELDS else set(v)
                                      for f, v in attrs.items()})
                               for cur, local, k, attrs in rows]
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        cache = None  # a damaged cache only costs a full reading
    path.unlink(missing_ok=True)
    if not cache or cache.get("version") != CACHE_VERSION:
        return None
    return cache


@gc_paused()
def save_cache(store: Store, cache: dict | None) -> None:
    """Write ``cache`` beside the store: IRIs without the common base, the current IRI
    only where resolution renamed the node (about half the size, and the time)."""
    import json
    import os

    if cache is None or store.remote:
        return
    raw = {"version": cache["version"], "graphs": [_short(g) for g in cache["graphs"]]}
    for kind in KINDS:
        raw[kind] = {_short(g): [[_short(loc.current) if loc.current != loc.local else None, _short(loc.local),
                                  loc.kind, {f: [_short(x) for x in v] if f in _IRI_FIELDS else list(v)
                                             for f, v in loc.attrs.items() if f != "type"}]
                                 for loc in locs] for g, locs in cache[kind].items()}
    tmp = store.path / (CACHE_FILE + ".tmp")
    tmp.write_bytes(json.dumps(raw, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
    os.replace(tmp, store.path / CACHE_FILE)


def locals_of(graph: str, quads) -> dict[str, list[Local]]:
    """Every kind's local nodes of one article graph, from its quads (pyoxigraph Quads):
    what :func:`_read` would read of that graph from the store."""
    by_subject: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for q in quads:
        by_subject[q.subject.value][q.predicate.value].append(q.object.value)
    local_key = str(CTKG.localKey)
    out: dict[str, list[Local]] = {}
    for kind, (cls, fields) in _FIELDS.items():
        found: dict[str, Local] = {}
        for subject, props in by_subject.items():
            if cls not in props.get(_RDF_TYPE, ()) or not props.get(local_key):
                continue
            for key in props[local_key]:
                loc = found.get(key)
                if loc is None:
                    loc = found[key] = Local(graph, subject, key)
                for f, pred in fields.items():
                    values = props.get(pred, ())
                    if f == "meeting":  # the meeting by its local key
                        values = [k for m in values for k in by_subject.get(m, {}).get(local_key, ())]
                    if values:
                        loc.attrs.setdefault(f, set()).update(values)
        out[kind] = _finish(kind, list(found.values()))
    return out


def _finish(kind: str, locs: list[Local]) -> list[Local]:
    for loc in locs:
        if kind == "meetings":
            types = loc.attrs.get("type", set())
            loc.kind = ("conference" if str(CTKG.Conference) in types else
                        "summit" if str(CTKG.Summit) in types else "meeting")
        else:
            loc.kind = "person" if kind == "people" else "pledge"
    return locs


def _read(store: Store, cache: dict | None, changed: set[str] | None, present: set[str] | None,
          fresh: dict[str, dict] | None = None):
    """Every kind's local nodes: from ``fresh`` (what this build's workers read off the
    graphs they made), from ``cache`` for the graphs still ``present`` and not ``changed``,
    and from the store for the rest (all of it, when that is most of the store)."""
    known: dict[str, dict] = {}
    if present is not None:
        present = present - {_LEXICON_GRAPH}  # no article's nodes there
        if cache is not None and changed is not None:
            for g in cache["graphs"]:  # read last time, nodes or none
                if g in present and g not in changed:
                    known[g] = {}
            for kind in KINDS:
                for g, locs in cache[kind].items():
                    if g in present and g not in changed:
                        known.setdefault(g, {})[kind] = locs
        for g, by_kind in (fresh or {}).items():
            if g in present:
                known[g] = by_kind
        missing = sorted(present - set(known))
    if present is None or len(missing) > max(1000, len(present) // 4):
        return {kind: read_locals(store, kind) for kind in KINDS}, None
    out = {kind: [loc for by_kind in known.values() for loc in by_kind.get(kind, ())] for kind in KINDS}
    for kind in KINDS:
        if missing:
            out[kind] += read_locals(store, kind, missing)
    return out, len(missing)


@gc_paused()
def resolve(store: Store, *, cache: dict | None = None, changed: set[str] | None = None,
            present: set[str] | None = None, fresh: dict[str, dict] | None = None) -> ResolveReport:
    """Cluster every article's local nodes and rename them to canonical IRIs.

    With the ``cache`` of the last resolution (:func:`take_cache`), the article graphs
    written since (``changed``), the local nodes of those graphs as the build made them
    (``fresh``, :func:`locals_of`) and the graphs the store now holds (``present``),
    nothing or only what is missing is read back; the result is the same."""
    report = ResolveReport()
    renames: list[tuple[str, str, str]] = []  # graph, old, new
    locs, report.reread = _read(store, cache, changed, present, fresh)

    meetings = locs["meetings"]
    m_map = _cluster(meetings, same_meeting, _meeting_blocker(meetings))
    for loc in meetings:
        target = m_map[(loc.graph, loc.local)]
        if loc.current != target:
            renames.append((loc.graph, loc.current, target))
            loc.current = target

    people = locs["people"]
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
            loc.current = target

    pledges = locs["pledges"]
    pl_map = _cluster(pledges, lambda a, b: same_pledge(a, b, m_map), _pledge_blocker(m_map))
    for loc in pledges:
        target = pl_map[(loc.graph, loc.local)]
        if loc.current != target:
            renames.append((loc.graph, loc.current, target))
            loc.current = target

    # in updates of RENAMES_PER_UPDATE renames: one update of every rename of a first build
    # holds them all in memory at once; a build killed between two updates is redone whole
    # (files.json is written last), so no partial resolution survives
    for i in range(0, len(renames), RENAMES_PER_UPDATE):
        store.ox.update(" ;\n".join(_rename(g, old, new) for g, old, new in renames[i:i + RENAMES_PER_UPDATE]))
    report.renamed = len(renames)
    report.clusters = {"meetings": len(set(m_map.values())), "officials": len(set(best.values())),
                       "pledges": len(set(pl_map.values()))}
    report.cache = {"version": CACHE_VERSION, "graphs": set(present if present is not None else store.graph_names())}
    for kind in KINDS:
        by_graph: dict[str, list[Local]] = defaultdict(list)
        for loc in locs[kind]:
            by_graph[loc.graph].append(loc)
        report.cache[kind] = dict(by_graph)
    return report


def _rename(graph: str, old: str, new: str) -> str:
    return (f"DELETE {{ GRAPH <{graph}> {{ <{old}> ?p ?o }} }} INSERT {{ GRAPH <{graph}> {{ <{new}> ?p ?o }} }} "
            f"WHERE {{ GRAPH <{graph}> {{ <{old}> ?p ?o }} }} ;\n"
            f"DELETE {{ GRAPH <{graph}> {{ ?s ?p <{old}> }} }} INSERT {{ GRAPH <{graph}> {{ ?s ?p <{new}> }} }} "
            f"WHERE {{ GRAPH <{graph}> {{ ?s ?p <{old}> }} }}")
