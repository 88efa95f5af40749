"""The ctkg ontology and SHACL shapes (*.ttl), shipped inside the package as kg.ontology."""
