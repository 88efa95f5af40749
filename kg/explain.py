"""``kg explain``: every fact about a node, each with its article, sentence, offsets and rule.

An analyst checks any edge of the graph against the text in one step: the
facts come from the ``ctkg:Assertion`` records written beside each triple.
"""
from __future__ import annotations

from .arabic import fold
from .errors import UsageError
from .rules import meaning
from .store import Store
from .vocab import BASE, CTKG

_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"


def find_node(store: Store, name_or_iri: str) -> str:
    """The IRI of the node a user names: an IRI, an id path (country/KW), or a label."""
    text = name_or_iri.strip()
    if text.startswith(("http://", "https://")):
        iri = text
    elif "/" in text and " " not in text:
        iri = BASE + text
    else:
        iri = None
    if iri:
        if store.query(f"ASK {{ {{ <{iri}> ?p ?o }} UNION {{ ?s ?p <{iri}> }} }}"):
            return iri
        raise UsageError(f"no node {iri} in the store")
    key = fold(text).lower()
    rows = store.query(f"SELECT DISTINCT ?s ?l WHERE {{ ?s <{_LABEL}> ?l . ?s a ?t "
                       f"FILTER(?t != <{CTKG.Assertion}> && ?t != <{CTKG.Sentence}>) }}")
    exact, partial = {}, {}
    for row in rows:
        label = fold(row["l"].value).lower()
        if label == key:
            exact.setdefault(row["s"].value, row["l"].value)
        elif key in label:
            partial.setdefault(row["s"].value, row["l"].value)
    found = exact or partial
    if not found:
        raise UsageError(f"no node is named {text!r}; try part of the name or an IRI")
    if len(found) > 1:
        options = "\n".join(f"  {iri}  {label}" for iri, label in sorted(found.items())[:20])
        raise UsageError(f"{len(found)} nodes match {text!r}; give one of these IRIs:\n{options}")
    return next(iter(found))


def explain_node(store: Store, name_or_iri: str) -> dict:
    """{'node': IRI, 'labels': [...], 'types': [...], 'facts': [...]} with evidence per fact."""
    iri = find_node(store, name_or_iri)
    types = sorted({r["t"].value for r in store.query(f"SELECT ?t WHERE {{ <{iri}> a ?t }}")})
    labels = sorted({r["l"].value for r in store.query(f"SELECT ?l WHERE {{ <{iri}> <{_LABEL}> ?l }}")})
    q = f"""SELECT ?dir ?p ?other ?otherLabel ?file ?begin ?end ?text ?sentence ?rule ?conf WHERE {{
        {{ ?a <{_RDF}subject> <{iri}> ; <{_RDF}object> ?other . BIND("out" AS ?dir) }}
        UNION
        {{ ?a <{_RDF}object> <{iri}> ; <{_RDF}subject> ?other . BIND("in" AS ?dir) }}
        ?a a <{CTKG.Assertion}> ; <{_RDF}predicate> ?p ; <{CTKG.rule}> ?rule ; <{CTKG.confidence}> ?conf ;
           <{_NIF}beginIndex> ?begin ; <{_NIF}endIndex> ?end ; <{CTKG.sentence}> ?s .
        ?s <{_NIF}anchorOf> ?sentence ; <{_NIF}beginIndex> ?sb ; <{_NIF}referenceContext> ?art .
        ?art <{CTKG.sourceFile}> ?file .
        BIND(SUBSTR(?sentence, ?begin - ?sb + 1, ?end - ?begin) AS ?text)
        OPTIONAL {{ ?other <{_LABEL}> ?otherLabel }}
    }} ORDER BY ?dir ?p ?file ?begin"""
    facts, seen = [], set()
    for r in store.query(q):
        other = r["other"]
        value = r["otherLabel"].value if r["otherLabel"] is not None else other.value
        key = (r["dir"].value, r["p"].value, other.value, r["file"].value, r["begin"].value)
        if key in seen:
            continue
        seen.add(key)
        facts.append({
            "direction": r["dir"].value, "property": r["p"].value.rsplit("#", 1)[-1].rsplit("/", 1)[-1],
            "value": value, "value_iri": other.value if not hasattr(other, "language") else None,
            "file": r["file"].value, "begin": int(r["begin"].value), "end": int(r["end"].value),
            "evidence": r["text"].value, "sentence": r["sentence"].value if r["sentence"] else "",
            "rule": r["rule"].value, "meaning": meaning(r["rule"].value), "confidence": float(r["conf"].value),
        })
    return {"node": iri, "labels": labels, "types": types, "facts": facts}


def format_explanation(info: dict) -> str:
    from .terminal import printable  # article text may hold terminal escape sequences

    out = [printable(info["node"])]
    if info["labels"]:
        out.append("  labels: " + " | ".join(printable(x) for x in info["labels"]))
    out.append("  types:  " + ", ".join(t.rsplit("#", 1)[-1] for t in info["types"]))
    if not info["facts"]:
        out.append("  (no extracted facts with evidence)")
    for f in info["facts"]:
        arrow = "->" if f["direction"] == "out" else "<-"
        out.append(f"  {arrow} {printable(f['property'])}: {printable(str(f['value']))}")
        out.append(f"     {printable(f['file'])} [{f['begin']}:{f['end']}] rule {f['rule']} confidence {f['confidence']}")
        if f.get("meaning"):
            out.append(f"     ({printable(f['meaning'])})")
        out.append(f"     «{printable(f['evidence'])}»")
        if f["sentence"] and f["sentence"] != f["evidence"]:
            out.append(f"     in: {printable(f['sentence'])[:400]}")
    return "\n".join(out)
