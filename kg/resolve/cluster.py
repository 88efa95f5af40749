"""Clustering: connected components of a symmetric pair rule over blocks of candidates,
with cannot-link (two nodes one article keeps apart never join one cluster)."""
from __future__ import annotations

from collections import defaultdict

from .locals import Local


def cluster(locs: list[Local], same, block, signature=None) -> dict[tuple[str, str], str]:
    """(graph, local) -> canonical IRI: the smallest local IRI of the cluster.

    Nodes are numbered in the order of their local IRIs, so the union-find's smallest
    root is the smallest IRI, and a pair met in several blocks is compared once. With
    ``signature`` (what ``same`` reads of a node), nodes with equal signatures are
    compared once: an official named in a hundred articles is one candidate, not a
    hundred."""
    locs = sorted(locs, key=lambda loc: (loc.local, loc.graph))  # the same answer in any build order
    ids, names, holds, blocks = _number(locs, block, signature)
    parent = list(range(len(names)))

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
