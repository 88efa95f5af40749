"""Where `kg viz` puts each node: a force-directed layout in pure Python (no numpy, scipy or igraph).

Fruchterman-Reingold with the repulsion cut off beyond two ideal edge lengths and
found through a grid of cells, so one step costs about O(nodes + edges) instead of
O(nodes^2): a few seconds for a 5,000-node component. Seeded, so the same graph is
drawn the same way. igraph's layout is used instead when it is installed
(``pip install 'ctkg[layout]'``).
"""
from __future__ import annotations

import math
import random
from collections import defaultdict

import networkx as nx


def spring(n: int, edges: list[tuple[int, int]], iterations: int | None = None,
           seed: int = 7) -> list[tuple[float, float]]:
    """Positions of nodes ``0..n-1`` in the unit square, edges pulling, nodes pushing."""
    if n == 1:
        return [(0.0, 0.0)]
    rnd = random.Random(seed)
    xs = [rnd.random() for _ in range(n)]
    ys = [rnd.random() for _ in range(n)]
    k = math.sqrt(1.0 / n)
    steps = iterations or (50 if n > 2000 else 100 if n > 300 else 200)
    temp = 0.1
    for step in range(steps):
        dx, dy = _repulsion(xs, ys, k)
        for a, b in edges:
            ex, ey = xs[a] - xs[b], ys[a] - ys[b]
            d = math.hypot(ex, ey) or 1e-9
            f = d / k
            dx[a] -= ex * f
            dy[a] -= ey * f
            dx[b] += ex * f
            dy[b] += ey * f
        for i in range(n):
            d = math.hypot(dx[i], dy[i]) or 1e-9
            move = min(d, temp) / d
            xs[i] += dx[i] * move
            ys[i] += dy[i] * move
        temp = 0.1 * (1 - (step + 1) / steps) + 1e-4
    return list(zip(xs, ys))


def _repulsion(xs: list[float], ys: list[float], k: float) -> tuple[list[float], list[float]]:
    """Each node pushed away (k*k/d) from the nodes of its own cell one by one and
    from each of the eight cells around as one body at its centre of mass: a crowded
    cell costs one sum, not a loop over its nodes, so a step stays O(nodes)."""
    cell = 2 * k
    grid: dict[tuple[int, int], list[int]] = defaultdict(list)
    for i, (x, y) in enumerate(zip(xs, ys)):
        grid[(int(x // cell), int(y // cell))].append(i)
    mass = {c: (len(m), sum(xs[i] for i in m) / len(m), sum(ys[i] for i in m) / len(m)) for c, m in grid.items()}
    dx = [0.0] * len(xs)
    dy = [0.0] * len(xs)
    kk = k * k
    for (cx, cy), members in grid.items():
        around = [mass[c] for c in ((cx + ox, cy + oy) for ox in (-1, 0, 1) for oy in (-1, 0, 1))
                  if c != (cx, cy) and c in mass]
        own = members if len(members) <= 16 else []
        for i in members:
            xi, yi = xs[i], ys[i]
            fx = fy = 0.0
            for j in own:
                ex, ey = xi - xs[j], yi - ys[j]
                d2 = ex * ex + ey * ey
                if d2 > 0:
                    fx += ex * kk / d2
                    fy += ey * kk / d2
                elif i != j:
                    fx += (i - j) * 1e-4
            bodies = around
            if not own:  # a crowded cell: its other nodes as one body
                count, mx, my = mass[(cx, cy)]
                bodies = [*around, (count - 1, (mx * count - xi) / (count - 1), (my * count - yi) / (count - 1))]
            for count, mx, my in bodies:
                ex, ey = xi - mx, yi - my
                d2 = ex * ex + ey * ey or 1e-9
                fx += count * ex * kk / d2
                fy += count * ey * kk / d2
            dx[i], dy[i] = fx, fy
    return dx, dy


def _force_layout(sub: nx.Graph, scale: float) -> dict[str, tuple[float, float]]:
    """Positions of one connected component scaled to [-scale, scale]: igraph's
    Fruchterman-Reingold when the optional ``layout`` extra is installed (C, 0.5 s for
    5,000 nodes), else ctkg's own (kg.graph_layout, pure Python, no numpy or scipy)."""
    nodes = sorted(sub)
    index = {node: i for i, node in enumerate(nodes)}
    edges = [(index[a], index[b]) for a, b in sub.edges()]
    try:
        import igraph as ig
    except ImportError:
        coords = spring(len(nodes), edges)
    else:
        ig.set_random_number_generator(random.Random(7))
        coords = ig.Graph(n=len(nodes), edges=edges).layout_fruchterman_reingold(niter=500, grid="auto").coords
        ig.set_random_number_generator(random)
    cx = sum(x for x, _ in coords) / len(coords)
    cy = sum(y for _, y in coords) / len(coords)
    span = max(max(abs(x - cx), abs(y - cy)) for x, y in coords) or 1.0
    return {node: ((x - cx) * scale / span, (y - cy) * scale / span) for node, (x, y) in zip(nodes, coords)}


def layout(g: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    """Positions in pixels, computed once: force-directed per connected component,
    components packed on a grid so the page opens already settled."""
    und = nx.Graph(g.to_undirected())
    comps = sorted(nx.connected_components(und), key=len, reverse=True)
    pos: dict[str, tuple[float, float]] = {}
    x_off = y_off = row_h = 0.0
    width = max(1500.0, 120.0 * math.sqrt(max(len(g), 1)) * 2)
    for comp in comps:
        sub = und.subgraph(comp)
        n = len(comp)
        scale = 80.0 * math.sqrt(n) + 40
        p = {next(iter(comp)): (0.0, 0.0)} if n == 1 else _force_layout(sub, scale)
        xs = [v[0] for v in p.values()]
        ys = [v[1] for v in p.values()]
        w = (max(xs) - min(xs)) + 160
        h = (max(ys) - min(ys)) + 160
        if x_off + w > width and x_off > 0:
            x_off, y_off, row_h = 0.0, y_off + row_h, 0.0
        for node, (x, y) in p.items():
            pos[node] = (float(x - min(xs) + x_off), float(y - min(ys) + y_off))
        x_off += w
        row_h = max(row_h, h)
    return pos
