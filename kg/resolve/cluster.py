"""Clustering: connected components of a symmetric pair rule over blocks of candidates,
with cannot-link (two nodes one article keeps apart never join one cluster, nor two that
``apart`` labels differently)."""
from __future__ import annotations

from collections import defaultdict

from .locals import Local


def cluster(locs: list[Local], same, block, signature=None, apart=None) -> dict[tuple[str, str], str]:
    """(graph, local) -> canonical IRI: the smallest local IRI of the cluster.

    Nodes are numbered in the order of their local IRIs, so the union-find's smallest
    root is the smallest IRI, and a pair met in several blocks is compared once. With
    ``signature`` (what ``same`` reads of a node), nodes with equal signatures are
    compared once: an official named in a hundred articles is one candidate, not a
    hundred. With ``apart`` (a label of a node: an official's state), two clusters of two
    labels never join, and a cluster without one joins, once the others are made, the one
    of most articles it resembles (the state most reports give a name)."""
    locs = sorted(locs, key=lambda loc: (loc.local, loc.graph))  # the same answer in any build order
    ids, names, holds, blocks = _number(locs, block, signature)
    sets = _Sets(holds, len(names))
    if apart is not None:
        for loc in locs:
            sets.label[ids[loc.local]] = sets.label[ids[loc.local]] or apart(loc)
    compared: set[tuple[int, int]] = set()
    deferred: list = []  # pairs of a cluster with a label and one without
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
                ra = i if sets.parent[i] == i else sets.find(i)  # (most nodes are their own root: no call)
                rb = j if sets.parent[j] == j else sets.find(j)
                if ra == rb:
                    continue
                la, lb = sets.label[ra], sets.label[rb]
                if la != lb and (la is None or lb is None):
                    deferred.append((i, a, j, b))
                elif la == lb and same(a, b):
                    sets.join(ra, rb)
    _attach(sets, deferred, same)
    return {(loc.graph, loc.local): names[sets.find(ids[loc.local])] for loc in locs}


class _Sets:
    """Union-find over numbered nodes: what each cluster holds of each article (cannot-link)
    and its label."""

    def __init__(self, holds: list[dict[str, int]], n: int):
        self.parent, self.holds, self.label = list(range(n)), holds, [None] * n

    def find(self, x: int) -> int:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def join(self, ra: int, rb: int) -> bool:
        ha, hb = self.holds[ra], self.holds[rb]
        if len(ha) > len(hb):
            ha, hb = hb, ha
        if any(hb.get(g, x) != x for g, x in ha.items()):
            return False  # the two clusters hold different nodes of one article
        root, child = min(ra, rb), max(ra, rb)
        self.parent[child] = root
        self.label[root] = self.label[root] or self.label[child]
        hb.update(ha)
        self.holds[root] = hb
        return True


def _attach(sets: _Sets, deferred: list, same) -> None:
    """Each cluster without a label to the labelled one of most articles among those it
    resembles (then the smallest), as labelled clusters never join each other."""
    options: dict[int, set[int]] = defaultdict(set)
    for i, a, j, b in deferred:
        ri, rj = sets.find(i), sets.find(j)
        free, held = (ri, rj) if sets.label[ri] is None else (rj, ri)
        if sets.label[free] is None and sets.label[held] is not None and same(a, b):
            options[free].add(held)
    for free in sorted(options):
        for held in sorted(options[free], key=lambda r: (-len(sets.holds[sets.find(r)]), r)):
            if sets.join(sets.find(free), sets.find(held)):
                break


def _number(locs: list[Local], block, signature):
    """Number the local IRIs in order; what each cluster holds of each article (cannot-link:
    two nodes one article keeps apart, two officials or two meetings, never end up in one
    cluster, even through a third node that resembles both: جان إيف ~ جان إيف بوريل,
    جان إيف ~ جان إيف فيشر); and the blocks of candidates, one entry per signature."""
    ids: dict[str, int] = {}
    names: list[str] = []
    holds: list[dict[str, int]] = []
    blocks: dict = defaultdict(list)
    seen: set = set()
    for loc in locs:
        i = ids.get(loc.local)
        if i is None:
            i = ids[loc.local] = len(names)
            names.append(loc.local)
            holds.append({})
        holds[i][loc.graph] = i
        if signature is not None:
            sig = signature(loc)
            if sig in seen:
                continue
            seen.add(sig)
        for key in block(loc):
            blocks[key].append((i, loc))
    return ids, names, holds, blocks
