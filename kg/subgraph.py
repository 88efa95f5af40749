"""The graph a ``kg viz`` page draws: the store's ctkg nodes and edges as networkx, and the
focus chosen from it (``--around``, ``--depth``, ``--from``/``--to``, ``--type``, a
CONSTRUCT ``--query``). :mod:`kg.page` turns the result into HTML."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import networkx as nx

from .arabic import fold, strip_bidi
from .data import labels
from .errors import UsageError
from .store import Store
from .vocab import CTKG


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


def _values(items) -> str:
    return " ".join(f"<{CTKG[i]}>" for i in items)


def load_graph(store: Store, query: str | None = None) -> nx.MultiDiGraph:
    """The store (or a CONSTRUCT query's result) as a networkx graph of ctkg nodes."""
    g = nx.MultiDiGraph()
    restrict = _constructed(store, query) if query is not None else None
    _add_nodes(g, store, restrict)
    _add_edges(g, store)
    return g


def _constructed(store: Store, query: str) -> set[str]:
    """The nodes a CONSTRUCT query's triples name."""
    from .query import check_safe

    res = store.query(check_safe(query, "viz query"))
    if not hasattr(res, "__iter__") or isinstance(res, bool):
        raise UsageError("--query needs a CONSTRUCT query")
    triples = list(res)
    if triples and not hasattr(triples[0], "subject"):
        raise UsageError("--query needs a CONSTRUCT query, not SELECT")
    return {t.subject.value for t in triples} | {t.object.value for t in triples if hasattr(t.object, "value")}


def _add_nodes(g: nx.MultiDiGraph, store: Store, restrict: set[str] | None) -> None:
    """Every node of a drawn class, with its labels, date and position; articles named by their file."""
    q = f"""SELECT ?s ?type ?ar ?en ?date ?pos WHERE {{
        VALUES ?type {{ {_values(STYLES)} }}
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


def _add_edges(g: nx.MultiDiGraph, store: Store) -> None:
    """The drawn relations between nodes of ``g``; only meetings and pledges link to their articles."""
    q = f"""SELECT DISTINCT ?s ?p ?o WHERE {{ VALUES ?p {{ {_values(EDGES)} }} ?s ?p ?o }}"""
    for row in store.query(q):
        s, p, o = row["s"].value, row["p"].value.rsplit("#", 1)[1], row["o"].value
        if s not in g or o not in g:
            continue
        if p == "mentionedIn" and g.nodes[s]["cls"] not in ("Meeting", "Pledge"):
            continue
        a, b = (o, s) if p in _REVERSED else (s, o)
        g.add_edge(a, b, key=p, role=p)
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
