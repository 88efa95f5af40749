"""What the last resolution read, kept beside the store, and the reading of local nodes
from it, from the build's workers and from the store."""
from __future__ import annotations

from ..iris import LEXICON_GRAPH
from ..memory import gc_paused
from ..store import Store
from ..vocab import BASE as ID_BASE
from .locals import KINDS, Local, frozen, read_locals

_LEXICON_GRAPH = LEXICON_GRAPH.value

# -- what the last resolution read -------------------------------------------------------------
# Reading every article's local nodes back from the store is most of a resolution's time
# (2.5 s of 4.6 s at 10,000 articles). The last resolution's reading is kept beside the store;
# a build takes it (removing the file, so a build killed before it ends leaves none, and the
# next one reads everything), reads only the graphs it wrote, and saves the new reading once
# the store holds everything. The clustering still runs over all of them: the graph stays the
# one a build from scratch would give.
CACHE_FILE = "resolve.json"
CACHE_VERSION = 3


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
                                     frozen({f: {_long(x) for x in v} if f in _IRI_FIELDS else set(v)
                                             for f, v in attrs.items()}))
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
    only where resolution renamed the node (about half the size, and the time). Written
    graph by graph: one JSON text of 100,000 articles' nodes held 300 MB more at once."""
    import json
    import os

    if cache is None or store.remote:
        return
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    tmp = store.path / (CACHE_FILE + ".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(f'{{"version":{dumps(cache["version"])},"graphs":{dumps([_short(g) for g in cache["graphs"]])}')
        for kind in KINDS:
            fh.write(f',{dumps(kind)}:{{')
            for n, (g, locs) in enumerate(cache[kind].items()):
                fh.write(("," if n else "") + dumps(_short(g)) + ":" + dumps([_row(loc) for loc in locs]))
            fh.write("}")
        fh.write("}")
    os.replace(tmp, store.path / CACHE_FILE)


def _row(loc: Local) -> list:
    return [_short(loc.current) if loc.current != loc.local else None, _short(loc.local), loc.kind,
            {f: [_short(x) for x in v] if f in _IRI_FIELDS else list(v) for f, v in loc.attrs.items() if f != "type"}]


def read_all(store: Store, cache: dict | None, changed: set[str] | None, present: set[str] | None,
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


