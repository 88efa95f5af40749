"""Export the store: a format table, not an if-chain (oxrdflib's ``serializer.py``).

``turtle`` and ``ntriples`` hold the union of all article graphs (a triple
stated by several articles appears once); ``trig``, ``nquads`` and ``jsonld``
keep the named graphs. ``graphml`` and ``gexf`` (via networkx) are for Gephi
and Cytoscape.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .errors import UsageError
from .store import Store

PREFIXES = {
    "ctkg": "https://w3id.org/ctkg/ontology#",
    "country": "https://w3id.org/ctkg/id/country/",
    "org": "https://w3id.org/ctkg/id/org/",
    "person": "https://w3id.org/ctkg/id/person/",
    "meeting": "https://w3id.org/ctkg/id/meeting/",
    "pledge": "https://w3id.org/ctkg/id/pledge/",
    "article": "https://w3id.org/ctkg/id/article/",
    "place": "https://w3id.org/ctkg/id/place/",
    "fact": "https://w3id.org/ctkg/id/fact/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "prov": "http://www.w3.org/ns/prov#",
    "nif": "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
    "wd": "http://www.wikidata.org/entity/",
}

UNION = """CONSTRUCT { ?s ?p ?o } WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }"""


@dataclass(frozen=True)
class Format:
    name: str
    suffix: str
    rdf: ox.RdfFormat | None  # None: a networkx format
    union: bool  # union of the graphs (triples) rather than the dataset (quads)


FORMATS = {f.name: f for f in [
    Format("turtle", ".ttl", ox.RdfFormat.TURTLE, True),
    Format("ntriples", ".nt", ox.RdfFormat.N_TRIPLES, True),
    Format("trig", ".trig", ox.RdfFormat.TRIG, False),
    Format("nquads", ".nq", ox.RdfFormat.N_QUADS, False),
    Format("jsonld", ".jsonld", ox.RdfFormat.JSON_LD, False),
    Format("graphml", ".graphml", None, True),
    Format("gexf", ".gexf", None, True),
]}


def export_store(store: Store, fmt: str, output: str | os.PathLike) -> int:
    """Write the store to ``output`` in ``fmt``; returns the number of statements written."""
    spec = FORMATS.get(fmt)
    if spec is None:
        raise UsageError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    out = Path(output)
    tmp = out.with_name(out.name + ".part")
    if spec.rdf is None:
        from .render import export_network

        n = export_network(store, fmt, tmp)
    elif spec.union:
        triples = list(store.query(UNION))
        prefixes = PREFIXES if spec.rdf in (ox.RdfFormat.TURTLE,) else None
        ox.serialize(triples, str(tmp), spec.rdf, prefixes=prefixes)
        n = len(triples)
    else:
        kwargs = {"prefixes": PREFIXES} if spec.rdf == ox.RdfFormat.TRIG else {}
        store.ox.dump(str(tmp), spec.rdf, **kwargs)
        n = len(store)
    os.replace(tmp, out)
    return n
