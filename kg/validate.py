"""SHACL validation of the store with pySHACL against ``ontology/shapes.ttl``."""
from __future__ import annotations

from pathlib import Path

from .export import UNION
from .resources import shipped
from .store import Store


def shapes_path() -> Path:
    return shipped("ontology") / "shapes.ttl"


def validate_store(store: Store) -> tuple[bool, str]:
    """(conforms, pySHACL's report) for the union of the article graphs."""
    import pyoxigraph as ox
    import pyshacl
    from rdflib import Graph

    data = Graph()
    nt = ox.serialize(list(store.query(UNION)), format=ox.RdfFormat.N_TRIPLES)
    data.parse(data=nt.decode("utf-8"), format="nt")
    shapes = Graph().parse(shapes_path(), format="turtle")
    conforms, _, text = pyshacl.validate(data, shacl_graph=shapes, inference="none",
                                         abort_on_first=False, allow_warnings=True)
    return conforms, text.strip()
