"""The HTML page of a ``kg viz`` view: pyvis assembles nodes and edges, ctkg's own
autoescaping template writes the page, with vis-network inlined (no CDN: the page works
with the network cut). Positions are computed in Python and physics is off, so a large
page is usable at once. Article text only ever reaches the page as JSON data shown
with ``textContent``, never as HTML."""
from __future__ import annotations

import math
from importlib import resources
from pathlib import Path

import networkx as nx

from .arabic import fold
from .graph_layout import layout
from .subgraph import EDGES, STYLES


def build_page(g: nx.MultiDiGraph, facts: dict[str, list[dict]], title: str) -> str:
    """The HTML page: pyvis for the network data, ctkg's own template for the page."""
    from jinja2 import Environment

    nodes, edges = _network(g)
    data = {"nodes": nodes, "edges": edges, "facts": facts, "options": _options(len(g)),
            "roles": EDGES,
            "legend": {k: {"color": s.color, "shape": s.shape, "ar": s.ar, "en": s.en} for k, s in STYLES.items()}}
    env = Environment(autoescape=True)
    template = env.from_string(_asset("page.html"))
    vis_js, vis_css = _vis_assets()
    return template.render(title=title, data=data, vis_js=vis_js, vis_css=vis_css, app_js=_asset("page.js"),
                           timeline_js=_asset("timeline.js"),
                           count_nodes=len(nodes), count_edges=len(edges))


def _network(g: nx.MultiDiGraph) -> tuple[list[dict], list[dict]]:
    """vis-network's nodes (laid out, labelled in both languages) and edges, through pyvis."""
    from pyvis.network import Network

    pos = layout(g)
    degree = dict(g.degree())
    net = Network(height="100%", width="100%", directed=True, notebook=False, cdn_resources="local")
    for n, d in g.nodes(data=True):
        st = STYLES[d["cls"]]
        full_ar = d.get("ar") or d.get("en") or n.rsplit("/", 1)[-1]
        full_en = d.get("en") or _english(g, n, d, full_ar)
        ar, en = _short_label(full_ar), _short_label(full_en)
        if d["cls"] == "Meeting" and d.get("date"):
            ar, en = f"{ar}\n{d['date'][:10]}", f"{en}\n{d['date'][:10]}"
        x, y = pos[n]
        tooltip = f"{st.en}: {_short_label(full_en, 80)}" + (
            f" / {_short_label(full_ar, 80)}" if full_ar != full_en else "")
        extra = {"font": {"size": 18}} if d["cls"] == "Meeting" else {}
        net.add_node(n, label=ar, title=tooltip, color=st.color, shape=st.shape, **extra,
                     size=8 + 3 * math.sqrt(degree.get(n, 0)), x=x, y=y, physics=False,
                     ar=ar, en=en, cls=d["cls"], date=d.get("date", ""), full=full_ar)
    for a, b, k, d in g.edges(keys=True, data=True):
        ar, en = EDGES[d["role"]]
        net.add_edge(a, b, label=ar, ar=ar, en=en, role=d["role"], arrows="to")
    nodes, edges, _, _, _, _ = net.get_network_data()
    return nodes, edges


def _options(size: int) -> dict:
    """vis-network's options: no physics (the layout is done), labels drawn once legible."""
    return {"physics": {"enabled": False},
            "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": size > 1000},
            "edges": {"font": {"size": 10, "align": "middle", "color": "#555", "strokeWidth": 3},
                      "smooth": False, "color": {"color": "#9aa5b1", "highlight": "#333", "hover": "#333"},
                      "width": 1, "scaling": {"label": {"drawThreshold": 13}}},
            "nodes": {"font": {"size": 16, "face": "Tahoma, Arial, sans-serif", "strokeWidth": 3,
                               "strokeColor": "#ffffff"},
                      "scaling": {"label": {"drawThreshold": 4}}, "borderWidth": 1}}


def _english(g: nx.MultiDiGraph, n: str, d: dict, arabic: str) -> str:
    """An English label for a node the store names only in Arabic: a meeting from its
    convener, place and date; anyone else by their class and Arabic name."""
    if d["cls"] == "Person":
        return f"{_title_en(d.get('pos', '')) or 'Official'} {arabic}"
    if d["cls"] != "Meeting":
        return f"{STYLES[d['cls']].en} {arabic}"
    by = {k: g.nodes[b].get("en") for _, b, k in g.out_edges(n, keys=True) if k in ("convenedBy", "heldIn")}
    text = " ".join(x for x in (by.get("convenedBy"), "meeting") if x)
    if by.get("heldIn"):
        text += f" in {by['heldIn']}"
    return text


def _title_en(position: str) -> str:
    """The English of the office a position opens with (titles.yaml): "Minister"."""
    global _TITLES
    if _TITLES is None:
        from .lexicon_words import load_file

        _TITLES = {fold(form): head["en"] for head in load_file("titles.yaml")["heads"] for form in head["ar"]}
    words = fold(position).split()
    for n in range(min(len(words), 4), 0, -1):
        if " ".join(words[:n]) in _TITLES:
            return _TITLES[" ".join(words[:n])]
    return ""


_TITLES: dict[str, str] | None = None


def _short_label(text: str, limit: int = 32) -> str:
    """A label that fits on the canvas; the whole name is in the tooltip and the panel."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _asset(name: str) -> str:
    return (Path(str(resources.files("kg.templates"))) / name).read_text(encoding="utf-8")


def _vis_assets() -> tuple[str, str]:
    """vis-network as shipped inside the pyvis package: inlined, never fetched."""
    import pyvis

    base = Path(pyvis.__file__).parent / "lib"
    js = sorted(base.glob("vis-*/vis-network.min.js"))[-1]
    css = js.with_name("vis-network.css")
    return js.read_text(encoding="utf-8"), css.read_text(encoding="utf-8")
