"""The evidence the page's side panel shows: each node's facts with their sentences."""
from __future__ import annotations

from .arabic import strip_bidi
from .store import Store
from .vocab import CTKG

_NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"


def _each(variables: str, pattern: str) -> str:
    """One property of the assertions in a subquery of its own: Oxigraph joins such
    subqueries by hash, one pass each, instead of one lookup per assertion and property
    (see queries/evidence.rq)."""
    return f"{{ SELECT {variables} WHERE {{ {pattern} }} }}"


def node_facts(store: Store, nodes: set[str], per_node: int = 40) -> dict[str, list[dict]]:
    """For the side panel: each node's facts with the evidence sentence, the span's
    offset inside it and the article, whether the node is the fact's subject (a
    meeting's chair) or its object (the state that chaired it)."""
    labels = {r["x"].value: r["l"].value for r in store.query(
        f'SELECT ?x ?l WHERE {{ ?x {_LABEL} ?l FILTER(lang(?l) = "ar") }}')}
    q = f"""SELECT ?s ?p ?o ?sentence ?file ?rule ?conf ?b ?e ?sb WHERE {{
        {_each("?a ?s", f"?a <{_RDF}subject> ?s")} {_each("?a ?p", f"?a <{_RDF}predicate> ?p")}
        {_each("?a ?o", f"?a <{_RDF}object> ?o")} {_each("?a ?rule", f"?a <{CTKG.rule}> ?rule")}
        {_each("?a ?conf", f"?a <{CTKG.confidence}> ?conf")} {_each("?a ?b", f"?a <{_NIF}beginIndex> ?b")}
        {_each("?a ?e", f"?a <{_NIF}endIndex> ?e")} {_each("?a ?sn", f"?a <{CTKG.sentence}> ?sn")}
        {_each("?sn ?sentence ?sb ?file", f"?sn <{_NIF}anchorOf> ?sentence ; <{_NIF}beginIndex> ?sb ; "
               f"<{_NIF}referenceContext> ?art . ?art <{CTKG.sourceFile}> ?file")}
    }}"""
    out: dict[str, list[dict]] = {}
    seen = set()
    for row in store.query(q):
        s, o = row["s"].value, row["o"].value
        p = row["p"].value.rsplit("#", 1)[-1]
        sides = [(s, p, labels.get(o, o))]
        if o in nodes:
            sides.append((o, "~" + p, labels.get(s, s)))
        for node, pred, value in sides:
            facts = out.setdefault(node, []) if node in nodes else None
            key = (node, pred, value, row["file"].value, row["b"].value)
            if facts is None or len(facts) >= per_node or key in seen:
                continue
            seen.add(key)
            off = int(row["b"].value) - int(row["sb"].value)
            sent = row["sentence"].value
            end = off + int(row["e"].value) - int(row["b"].value)
            before, span = strip_bidi(sent[:off]), strip_bidi(sent[off:end])
            facts.append({"p": pred, "v": strip_bidi(value), "sentence": before + span + strip_bidi(sent[end:]),
                          "span": [len(before), len(before) + len(span)],
                          "file": row["file"].value, "rule": row["rule"].value,
                          "conf": float(row["conf"].value), "at": f"{row['b'].value}-{row['e'].value}"})
    return out
