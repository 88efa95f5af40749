"""Resolution across articles: one node per real meeting, official and pledge.

Each article graph is written with the article's own ("local") identities: a
meeting is the hash of its convener or kind, first day and place; an official
is his folded name. Every such node also records its local identity
(``ctkg:localKey``). Resolution then clusters the local identities of all
articles and renames, graph by graph, every node to its cluster's canonical
IRI (the smallest local IRI in the cluster; for officials the longest name):

* meetings: same convener (or, when a report names none, the same kind and
  overlapping names), first days at most one day apart or overlapping spans,
  the same state (or one report without one), and either both reports say who
  chaired it or neither does, and the same for how many took part (a merged
  meeting holds the union of its reports' chairs and counts);
* officials: one name the other's in fewer words (محمد بن سلمان / محمد بن سلمان
  بن عبدالعزيز), or the same words up to one letter (تيلرسون / تليرسون), and
  no two different states (a state an article only guessed, from its dateline, keeps
  its node out of a cluster of another state, :func:`kg.iris.person_iri`; a name with
  no state joins the cluster of most articles it resembles);
* pledges: same donor, currency and amount (within 0.5%), at the same resolved
  meeting.

Clusters are the connected components of symmetric pair rules over the whole
store, so the graph does not depend on the order articles were built in; each
article's claims stay in its own named graph, so sources that disagree show
as two values on one node (``queries/conflicts.rq``).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from ..iris import person_name_part
from ..memory import gc_paused
from ..store import Store
from .cache import CACHE_VERSION, read_all, save_cache, take_cache
from .cluster import cluster
from .locals import KINDS, Local, locals_of, read_locals
from .rules import (meeting_blocker, one, person_blocks, pledge_blocker, same_meeting, same_person,
                    same_pledge)

__all__ = ["resolve", "ResolveReport", "Local", "locals_of", "read_locals", "take_cache", "save_cache", "KINDS",
           "cluster", "same_meeting", "same_person", "same_pledge", "person_blocks"]


@dataclass
class ResolveReport:
    renamed: int = 0
    clusters: dict = field(default_factory=dict)
    reread: int | None = None  # article graphs whose nodes were read back from the store (None: all of them)
    cache: dict | None = None  # every article's local nodes after this resolution: save_cache() keeps it


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
    locs, report.reread = read_all(store, cache, changed, present, fresh)

    meetings = locs["meetings"]
    m_map = cluster(meetings, same_meeting, meeting_blocker(meetings))
    _retarget(meetings, m_map, renames)

    people = locs["people"]
    p_map = cluster(people, same_person, person_blocks, signature=lambda loc: (loc.local, one(loc, "rep")),
                    apart=lambda loc: one(loc, "rep"))
    # an official's canonical IRI is the longest name of the cluster (then the smallest IRI)
    members: dict[str, list[str]] = defaultdict(list)
    for (_, local), root in p_map.items():
        members[root].append(local)
    best = {root: sorted(names, key=lambda x: (-len(person_name_part(x)), x))[0] for root, names in members.items()}
    _retarget(people, {key: best[root] for key, root in p_map.items()}, renames)

    pledges = locs["pledges"]
    pl_map = cluster(pledges, lambda a, b: same_pledge(a, b, m_map), pledge_blocker(m_map))
    _retarget(pledges, pl_map, renames)

    # a build killed between two updates is redone whole (files.json is written last)
    store.rename_nodes(renames)
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



def _retarget(locs: list[Local], target: dict[tuple[str, str], str], renames: list) -> None:
    """Each node to its cluster's IRI: (graph, current IRI, new IRI) for the ones that move."""
    for loc in locs:
        new = target[(loc.graph, loc.local)]
        if loc.current != new:
            renames.append((loc.graph, loc.current, new))
            loc.current = new
