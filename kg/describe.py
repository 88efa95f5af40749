"""The lexicon graph: what ctkg knows of the countries, bodies and cities articles name.

Countries, organisations and cities are canonical nodes (``id/country/KW``, ``id/org/EU``);
their type, Arabic and English labels, ISO code, lexicon id, parent body and Wikidata link
are written once, in the store's lexicon graph, by the batch that first names them.
"""
from __future__ import annotations

import pyoxigraph as ox

from .iris import LEXICON_GRAPH, entity_iri, mint
from .lexicon import Lexicon, load
from .rdf import _ORG_CLASS, LABEL, OWL_SAME, TYPE, T, _lit
from .vocab import WD


def lexicon_graph(entities, lex: Lexicon | None = None) -> list[ox.Quad]:
    """Descriptions of canonical nodes: type, Arabic and English labels, ISO code,
    lexicon id, parent body and Wikidata link, in the store's lexicon graph."""
    lex = lex or load()
    g = LEXICON_GRAPH
    out: list[ox.Quad] = []
    seen: set[tuple[str, str]] = set()
    todo = sorted(entities)
    while todo:
        kind, ident = todo.pop()
        if (kind, ident) in seen:
            continue
        seen.add((kind, ident))
        e = lex.entity(kind, ident)
        node = entity_iri(kind, ident)
        if kind == "country":
            out.append(ox.Quad(node, TYPE, T["Country"], g))
            out.append(ox.Quad(node, T["isoCode"], _lit(ident), g))
        elif kind == "org":
            out.append(ox.Quad(node, TYPE, T["Organization"], g))
            if e is not None:
                okind = e.extra.get("kind")
                if okind in _ORG_CLASS:
                    out.append(ox.Quad(node, TYPE, T[_ORG_CLASS[okind]], g))
                if okind:
                    out.append(ox.Quad(node, T["orgKind"], _lit(okind), g))
                if e.extra.get("parent"):
                    out.append(ox.Quad(node, T["parentOrganization"], mint("org", e.extra["parent"]), g))
                    todo.append(("org", e.extra["parent"]))
        else:
            out.append(ox.Quad(node, TYPE, T["City"], g))
            if e is not None:
                out.append(ox.Quad(node, T["country"], mint("country", e.country), g))
                todo.append(("country", e.country))
        if e is None:
            continue
        out.append(ox.Quad(node, LABEL, _lit(e.ar, lang="ar"), g))
        out.append(ox.Quad(node, LABEL, _lit(e.en, lang="en"), g))
        out.append(ox.Quad(node, T["lexiconId"], _lit(e.id), g))
        if e.wikidata:
            out.append(ox.Quad(node, OWL_SAME, ox.NamedNode(str(WD[e.wikidata])), g))
    return out
