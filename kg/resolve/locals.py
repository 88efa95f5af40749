"""Local nodes: each article's meetings, officials and pledges as that article alone
describes them, read from the store (:func:`read_locals`) or off the quads a worker made
(:func:`locals_of`), field by field from one table (``FIELDS``)."""
from __future__ import annotations

import sys
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..vocab import CTKG

if TYPE_CHECKING:
    from ..store import Store

RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


@dataclass(slots=True)
class Local:
    """One article's node, as that article alone describes it. Once read, its ``attrs``
    are frozen (:func:`frozen`): a build holds every article's nodes until resolution."""

    graph: str
    current: str  # the IRI it has in that graph now
    local: str  # the IRI the article alone would give it
    kind: str = ""
    attrs: dict = field(default_factory=dict)
    _feat: tuple | None = field(default=None, repr=False, compare=False)  # what the pair rules read

    @property
    def feat(self) -> tuple:
        if self._feat is None:
            self._feat = features(self)
        return self._feat


# What is read of each kind of local node, field by field: from the store by
# read_locals, and off an article's quads by locals_of in the worker that made them (a
# build then reads nothing back). A pledge's meeting is read as the meeting's local key,
# which renaming does not change.
FIELDS = {
    "meetings": (str(CTKG.Meeting), {"date": str(CTKG.date), "end": str(CTKG.endDate), "country": str(CTKG.heldIn),
                                     "convener": str(CTKG.convenedBy), "type": RDF_TYPE, "label": RDFS_LABEL,
                                     "chair": str(CTKG.chair), "count": str(CTKG.participantCount)}),
    "people": (str(CTKG.Person), {"rep": str(CTKG.represents)}),
    "pledges": (str(CTKG.Pledge), {"donor": str(CTKG.donor), "amount": str(CTKG.amount),
                                   "currency": str(CTKG.currency), "meeting": str(CTKG.announcedAt)}),
}


KINDS = tuple(FIELDS)


def read_locals(store: Store, kind: str, graphs: list[str] | None = None) -> list[Local]:
    """Every local node of ``kind`` in the store (of ``graphs`` only, when given: one query
    a graph, as a VALUES over ?g is joined after the whole store's nodes are found)."""
    cls, fields = FIELDS[kind]
    local_key = str(CTKG.localKey)
    extra = " ".join(f"OPTIONAL {{ ?c <{pred}> ?m . ?m <{local_key}> ?{f} }}" if f == "meeting" else
                     f"OPTIONAL {{ ?c <{pred}> ?{f} }}" for f, pred in fields.items())

    def query(g: str | None):
        target = f"<{g}>" if g else "?g"
        return f"""SELECT {'' if g else '?g'} ?c ?k {' '.join('?' + f for f in fields)} WHERE {{ GRAPH {target} {{
            ?c a <{cls}> ; <{local_key}> ?k . {extra} }} }}"""

    if graphs is None:
        rows = ((r["g"].value, r) for r in store.query(query(None)))
    else:
        rows = ((g, r) for g in graphs for r in store.query(query(g)))
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


def locals_of(graph: str, quads) -> dict[str, list[Local]]:
    """Every kind's local nodes of one article graph, from its quads (pyoxigraph Quads):
    what :func:`_read` would read of that graph from the store."""
    by_subject: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for q in quads:
        by_subject[q.subject.value][q.predicate.value].append(q.object.value)
    local_key = str(CTKG.localKey)
    out: dict[str, list[Local]] = {}
    for kind, (cls, fields) in FIELDS.items():
        found: dict[str, Local] = {}
        for subject, props in by_subject.items():
            if cls not in props.get(RDF_TYPE, ()) or not props.get(local_key):
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


def frozen(attrs: dict) -> dict:
    """Each field's values as a sorted tuple of interned strings: a one-value set takes
    216 bytes and a tuple 48, and the same IRI read from many articles is kept once
    (a 10,000-article build held 48 MB of local nodes as sets, 100,000 about 480 MB)."""
    return {f: tuple(sorted(map(sys.intern, v))) for f, v in attrs.items()}


def shared(by_kind: dict[str, list[Local]]) -> dict[str, list[Local]]:
    """One article's local nodes as a worker sent them, their strings interned: the
    country, body and type IRIs that every article repeats are then held once."""
    for locs in by_kind.values():
        for loc in locs:
            loc.graph, loc.current, loc.local = sys.intern(loc.graph), sys.intern(loc.current), sys.intern(loc.local)
            loc.attrs = frozen(loc.attrs)
    return by_kind


def _finish(kind: str, locs: list[Local]) -> list[Local]:
    for loc in locs:
        loc.attrs, loc.graph = frozen(loc.attrs), sys.intern(loc.graph)
        if kind == "meetings":
            types = loc.attrs.get("type", set())
            loc.kind = ("conference" if str(CTKG.Conference) in types else
                        "summit" if str(CTKG.Summit) in types else "meeting")
        else:
            loc.kind = "person" if kind == "people" else "pledge"
    return locs




def features(loc: Local) -> tuple:
    from .rules import FEATURES

    return FEATURES[loc.kind](loc)
