"""Export the store: a format table, not an if-chain (oxrdflib's ``serializer.py``).

``turtle`` and ``ntriples`` hold the merged graph (each fact once, with its evidence, see
:mod:`kg.layout`); ``trig``, ``nquads`` and ``jsonld`` keep both: the article graphs, which
say which article stated what, and the default graph (the merged graph and the evidence). ``graphml`` and ``gexf`` (via networkx) are for Gephi
and Cytoscape.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .errors import UsageError
from .output import is_stdout, open_output
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

UNION = """CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"""  # the merged graph


@dataclass(frozen=True)
class Format:
    name: str
    suffix: str
    rdf: ox.RdfFormat | None  # None: a networkx format
    union: bool  # the merged graph (triples) rather than every graph (quads)


FORMATS = {f.name: f for f in [
    Format("turtle", ".ttl", ox.RdfFormat.TURTLE, True),
    Format("ntriples", ".nt", ox.RdfFormat.N_TRIPLES, True),
    Format("trig", ".trig", ox.RdfFormat.TRIG, False),
    Format("nquads", ".nq", ox.RdfFormat.N_QUADS, False),
    Format("jsonld", ".jsonld", ox.RdfFormat.JSON_LD, False),
    Format("graphml", ".graphml", None, True),
    Format("gexf", ".gexf", None, True),
]}
BY_SUFFIX = {f.suffix: f for f in FORMATS.values()} | {".ntriples": FORMATS["ntriples"], ".nquads": FORMATS["nquads"],
                                                       ".turtle": FORMATS["turtle"], ".json": FORMATS["jsonld"]}


def choose_format(fmt: str | None, output: str | os.PathLike | None) -> tuple[Format, str]:
    """The format and the file to write: ``--format`` when given, else the one the
    ``-o`` extension names (``x.nt`` -> ntriples), else turtle; with no ``-o``, the
    format's own default file name (``graph.trig`` for trig). ``-`` is stdout."""
    if fmt is not None:
        spec = FORMATS.get(fmt)
        if spec is None:
            raise UsageError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    elif output is not None and not is_stdout(output):
        suffix = Path(output).suffix.lower()
        spec = BY_SUFFIX.get(suffix)
        if spec is None:
            raise UsageError(f"cannot tell the format from {str(output)!r}; give --format "
                             f"({', '.join(FORMATS)}) or an extension ({' '.join(BY_SUFFIX)})")
    else:
        spec = FORMATS["turtle"]
    return spec, str(output) if output is not None else "graph" + spec.suffix


def export_store(store: Store, fmt: str | None, output: str | os.PathLike | None = None) -> int:
    """Write the store in ``fmt`` (or the format ``output``'s extension names) to
    ``output`` (``-``: standard output; see :func:`choose_format`); returns the number
    of statements written."""
    spec, target = choose_format(fmt, output)
    with open_output(target) as fh:
        if spec.rdf is None:
            from .render import export_network

            n = export_network(store, spec.name, fh)
        elif spec.union:
            n = store.dump_merged(fh, spec.rdf, PREFIXES if spec.rdf == ox.RdfFormat.TURTLE else None)
        else:
            n = store.dump_dataset(fh, spec.rdf, PREFIXES if spec.rdf == ox.RdfFormat.TRIG else None)
    return n
