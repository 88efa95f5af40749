"""The named SPARQL queries (*.rq), shipped inside the package as kg.queries."""
