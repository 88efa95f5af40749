"""The interactive HTML view: a subgraph of the store, laid out once, drawn offline.

networkx selects and lays out the subgraph (``--around``, ``--depth``,
``--from``/``--to``, ``--type``, a CONSTRUCT ``--query``); positions are computed
in Python and physics is off, so a large page is usable at once instead of
settling for minutes. pyvis assembles nodes and edges and renders them through
ctkg's own autoescaping template, with vis-network inlined (no CDN: the page
works with the network cut). Article text only ever reaches the page as JSON
data shown with ``textContent``, never as HTML.
"""
from __future__ import annotations

import datetime as dt
import json
import math
import os
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import networkx as nx

from .arabic import fold, strip_bidi
from .data import labels
from .errors import UsageError
from .evidence import node_facts
from .graph_layout import layout
from .store import Store
from .vocab import CTKG

MAX_NODES = 5000


class TooLarge(UsageError):
    """The selected graph has more nodes than a page can show usably."""


@dataclass(frozen=True)
class Style:
    color: str
    shape: str
    ar: str
    en: str


_AR = labels("labels")  # the Arabic display text, as written
STYLES = {
    "Meeting": Style("#d62728", "box", _AR["nodes"]["Meeting"], "Meeting"),
    "Country": Style("#1f77b4", "dot", _AR["nodes"]["Country"], "Country"),
    "Organization": Style("#2ca02c", "diamond", _AR["nodes"]["Organization"], "Organization"),
    "Person": Style("#ff7f0e", "dot", _AR["nodes"]["Person"], "Official"),
    "Pledge": Style("#bcbd22", "star", _AR["nodes"]["Pledge"], "Pledge"),
    "Article": Style("#7f7f7f", "square", _AR["nodes"]["Article"], "Article"),
}
EDGES = {name: (_AR["edges"][name], en) for name, en in (
    ("chair", "chairs"), ("convenedBy", "convened by"), ("heldIn", "held in"), ("partOf", "part of"),
    ("speaker", "spoke at"), ("participant", "attended"), ("represents", "represents"), ("donor", "pledged"),
    ("announcedAt", "announced at"), ("announcedBy", "announced by"), ("mentionedIn", "reported in"),
)}
# Edges drawn from the object to the subject, so arrows read as the labels say.
_REVERSED = {"chair", "speaker", "participant", "donor"}


def _values(name: str, items) -> str:
    return " ".join(f"<{CTKG[i]}>" for i in items)


def load_graph(store: Store, query: str | None = None) -> nx.MultiDiGraph:
    """The store (or a CONSTRUCT query's result) as a networkx graph of ctkg nodes."""
    g = nx.MultiDiGraph()
    restrict = None
    if query is not None:
        from .query import check_safe

        res = store.query(check_safe(query, "viz query"))
        if not hasattr(res, "__iter__") or isinstance(res, bool):
            raise UsageError("--query needs a CONSTRUCT query")
        triples = list(res)
        if triples and not hasattr(triples[0], "subject"):
            raise UsageError("--query needs a CONSTRUCT query, not SELECT")
        restrict = {t.subject.value for t in triples} | {t.object.value for t in triples if hasattr(t.object, "value")}
    q = f"""SELECT ?s ?type ?ar ?en ?date ?pos WHERE {{
        VALUES ?type {{ {_values('t', STYLES)} }}
        ?s a ?type .
        OPTIONAL {{ ?s <http://www.w3.org/2000/01/rdf-schema#label> ?ar FILTER(lang(?ar) = "ar") }}
        OPTIONAL {{ ?s <http://www.w3.org/2000/01/rdf-schema#label> ?en FILTER(lang(?en) = "en") }}
        OPTIONAL {{ ?s <{CTKG.date}>|<{CTKG.published}> ?date }}
        OPTIONAL {{ ?s <{CTKG.position}> ?pos }}
    }}"""
    for row in store.query(q):
        s = row["s"].value
        if restrict is not None and s not in restrict:
            continue
        cls = row["type"].value.rsplit("#", 1)[1]
        data = g.nodes[s] if s in g else {"cls": cls}
        for key in ("ar", "en", "date", "pos"):
            if row[key] is not None and not data.get(key):
                data[key] = strip_bidi(row[key].value)
        g.add_node(s, **data)
    files = {r["a"].value: r["f"].value for r in store.query(
        f"SELECT ?a ?f WHERE {{ ?a <{CTKG.sourceFile}> ?f }}")}
    for a, f in files.items():
        if a in g:
            g.nodes[a].setdefault("ar", f)
            g.nodes[a].setdefault("en", f)
    q = f"""SELECT DISTINCT ?s ?p ?o WHERE {{ VALUES ?p {{ {_values('p', EDGES)} }} ?s ?p ?o }}"""
    for row in store.query(q):
        s, p, o = row["s"].value, row["p"].value.rsplit("#", 1)[1], row["o"].value
        if s not in g or o not in g:
            continue
        if p == "mentionedIn" and g.nodes[s]["cls"] not in ("Meeting", "Pledge"):
            continue
        a, b = (o, s) if p in _REVERSED else (s, o)
        g.add_edge(a, b, key=p, role=p)
    return g


def select(g: nx.MultiDiGraph, *, around: str | None = None, depth: int = 2,
           date_from: str | None = None, date_to: str | None = None,
           types: list[str] | None = None) -> nx.MultiDiGraph:
    """The focus of the view: a neighbourhood, a date window, some classes."""
    if types:
        wanted = {t.strip().capitalize() if t.strip().lower() != "organisation" else "Organization"
                  for t in types}
        unknown = wanted - set(STYLES)
        if unknown:
            raise UsageError(f"unknown type(s) {', '.join(sorted(unknown))}; choose from {', '.join(STYLES)}")
        g = g.subgraph([n for n, d in g.nodes(data=True) if d["cls"] in wanted]).copy()
    if date_from or date_to:
        g = _in_range(g, _date(date_from, "--from") or dt.date.min, _date(date_to, "--to") or dt.date.max)
    if around:
        seeds = find_nodes(g, around)
        if not seeds:
            raise UsageError(f"no node matches {around!r}")
        keep = set()
        und = g.to_undirected(as_view=True)
        for s in seeds:
            keep |= set(nx.single_source_shortest_path_length(und, s, cutoff=depth))
        g = g.subgraph(keep).copy()
    return g


def _in_range(g: nx.MultiDiGraph, lo: dt.date, hi: dt.date) -> nx.MultiDiGraph:
    """The meetings held between ``lo`` and ``hi`` and only what they involve: their
    chairs, places, conveners, speakers, participants, pledges and articles, and the
    states the officials and pledges there stand for. No meeting in range, no node."""
    meetings = {n for n, d in g.nodes(data=True) if d["cls"] == "Meeting" and d.get("date")
                and lo <= dt.date.fromisoformat(d["date"][:10]) <= hi}
    und = g.to_undirected(as_view=True)
    keep = set(meetings)
    for m in meetings:
        for n in und[m]:
            if g.nodes[n]["cls"] == "Meeting":
                continue
            keep.add(n)
            if g.nodes[n]["cls"] in ("Person", "Pledge"):
                keep.update(x for x in und[n] if g.nodes[x]["cls"] in ("Country", "Organization"))
    return g.subgraph(keep).copy()


def _date(value: str | None, flag: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{flag} {value!r}: expected a date like 2018-01-31") from None


def find_nodes(g: nx.MultiDiGraph, name: str) -> list[str]:
    """Nodes whose IRI, Arabic or English label matches ``name`` (exactly, else by substring)."""
    key = fold(name).lower()
    exact, partial = [], []
    for n, d in g.nodes(data=True):
        labels = [fold(d.get("ar", "")).lower(), (d.get("en") or "").lower(), n.lower()]
        if key in labels or n.lower().endswith("/" + key):
            exact.append(n)
        elif any(key and key in lab for lab in labels[:2]):
            partial.append(n)
    return exact or partial


def build_page(g: nx.MultiDiGraph, facts: dict[str, list[dict]], title: str) -> str:
    """The HTML page: pyvis for the network data, ctkg's own template for the page."""
    from jinja2 import Environment
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
    options = {"physics": {"enabled": False},
               "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": len(g) > 1000},
               "edges": {"font": {"size": 10, "align": "middle", "color": "#555", "strokeWidth": 3},
                         "smooth": False, "color": {"color": "#9aa5b1", "highlight": "#333", "hover": "#333"},
                         "width": 1, "scaling": {"label": {"drawThreshold": 13}}},
               "nodes": {"font": {"size": 16, "face": "Tahoma, Arial, sans-serif", "strokeWidth": 3,
                                  "strokeColor": "#ffffff"},
                         "scaling": {"label": {"drawThreshold": 4}}, "borderWidth": 1}}
    data = {"nodes": nodes, "edges": edges, "facts": facts, "options": options,
            "roles": EDGES,
            "legend": {k: {"color": s.color, "shape": s.shape, "ar": s.ar, "en": s.en} for k, s in STYLES.items()}}
    env = Environment(autoescape=True)
    template = env.from_string(_asset("page.html"))
    vis_js, vis_css = _vis_assets()
    return template.render(title=title, data=data, vis_js=vis_js, vis_css=vis_css, app_js=_asset("page.js"),
                           timeline_js=_asset("timeline.js"),
                           count_nodes=len(nodes), count_edges=len(edges))


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
        from .lexicon import _load

        _TITLES = {fold(form): head["en"] for head in _load("titles.yaml")["heads"] for form in head["ar"]}
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


def render_store(store: Store, output: str | os.PathLike, *, around: str | None = None, depth: int = 2,
                 date_from: str | None = None, date_to: str | None = None, types: list[str] | None = None,
                 query: str | None = None, max_nodes: int = MAX_NODES, title: str = "ctkg") -> dict:
    g = load_graph(store, query)
    g = select(g, around=around, depth=depth, date_from=date_from, date_to=date_to, types=types)
    if not types:  # states and bodies only mentioned in passing carry no relation to draw
        g.remove_nodes_from([n for n, d in list(g.nodes(data=True))
                             if g.degree(n) == 0 and d["cls"] in ("Country", "Organization")])
    if len(g) > max_nodes:
        raise TooLarge(f"{len(g)} nodes is more than a page can show usably (limit {max_nodes}); "
                       "narrow it with --around NAME, --from/--to, --type or --query")
    facts = node_facts(store, set(g))
    html = build_page(g, facts, title)
    from .output import open_output

    with open_output(output) as fh:  # kg.output: no write through links, no device replaced
        fh.write(html.encode("utf-8"))
    return {"nodes": g.number_of_nodes(), "edges": g.number_of_edges()}


def export_network(store: Store, fmt: str, path: Path) -> int:
    """GraphML or GEXF of the ctkg graph, for Gephi and Cytoscape."""
    g = load_graph(store)
    simple = nx.MultiDiGraph()
    for n, d in g.nodes(data=True):
        simple.add_node(n, **{k: str(v) for k, v in d.items() if v is not None},
                        label=d.get("en") or d.get("ar") or n)
    for a, b, k, d in g.edges(keys=True, data=True):
        simple.add_edge(a, b, key=k, role=d["role"], label=EDGES[d["role"]][1])
    if fmt == "graphml":
        nx.write_graphml(simple, path)
    else:
        nx.write_gexf(simple, path)
    return simple.number_of_nodes() + simple.number_of_edges()


__all__ = ["render_store", "export_network", "load_graph", "select", "layout", "json"]
