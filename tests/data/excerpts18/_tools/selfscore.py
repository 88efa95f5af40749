#!/usr/bin/env python3
"""Round-trip test: turn the gold files into a graph and score it with score.py.

    python _tools/selfscore.py [SET_DIR]

A perfect system must score 1.0 everywhere; anything less means two gold items of one article can
be confused by the scorer (names that match each other, meetings that pair the wrong way, ...).
Needs rdflib (outside the project venv).  Writes _tools/selfscore.nq.
"""
from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

from rdflib import Dataset, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS, XSD

CTKG = Namespace("https://w3id.org/ctkg/ontology#")
EX = Namespace("urn:selfscore:")
SCORE = Path("/work/shared/eval/score.py")


def orgs() -> dict:
    for node in ast.parse(SCORE.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "ORGS":
            return ast.literal_eval(node.value)
    raise SystemExit("ORGS not found")


def main() -> int:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent
    org_names = orgs()
    ds = Dataset()
    g = ds.default_graph

    def agent(key):
        if key is None:
            return None
        if key.startswith("org:"):
            node = EX[f"org/{key[4:]}"]
            g.add((node, RDFS.label, Literal(org_names[key[4:]][0])))
        else:
            node = EX[f"state/{key}"]
            g.add((node, CTKG.isoCode, Literal(key)))
        return node

    for gold_path in sorted(root.glob("*.gold.json")):
        stem = gold_path.name.removesuffix(".gold.json")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        art = EX[f"art/{stem}"]
        g.add((art, CTKG.sourceFile, Literal(f"{stem}.txt")))
        if gold["published"]:
            g.add((art, CTKG.published, Literal(gold["published"], datatype=XSD.date)))
        for i, m in enumerate(gold["meetings"]):
            node = EX[f"m/{stem}/{i}"]
            g.add((node, RDF.type, CTKG.Meeting))
            g.add((node, CTKG.mentionedIn, art))
            if m["date"]:
                g.add((node, CTKG.date, Literal(m["date"], datatype=XSD.date)))
            if m["end_date"]:
                g.add((node, CTKG.endDate, Literal(m["end_date"], datatype=XSD.date)))
            if m["country"]:
                g.add((node, CTKG.heldIn, agent(m["country"])))
            for c in m["chairs"]:
                g.add((node, CTKG.chair, agent(c)))
            if m["participant_count"] is not None:
                g.add((node, CTKG.participantCount, Literal(m["participant_count"])))
        people = {}
        for i, o in enumerate(gold["officials"]):
            node = EX[f"p/{stem}/{i}"]
            people[o["name"]] = node
            g.add((node, RDF.type, CTKG.Person))
            g.add((node, CTKG.mentionedIn, art))
            g.add((node, RDFS.label, Literal(o["name"])))
            if o["position"]:
                g.add((node, CTKG.position, Literal(o["position"])))
            if o["country"]:
                g.add((node, CTKG.represents, agent(o["country"])))
        for i, p in enumerate(gold["pledges"]):
            node = EX[f"pl/{stem}/{i}"]
            g.add((node, RDF.type, CTKG.Pledge))
            g.add((node, CTKG.mentionedIn, art))
            g.add((node, CTKG.donor, agent(p["donor"])))
            g.add((node, CTKG.amount, Literal(p["amount"])))
            g.add((node, CTKG.currency, Literal(p["currency"])))
            if p["announced_by"]:
                g.add((node, CTKG.announcedBy, people[p["announced_by"]]))
    out = Path(__file__).resolve().parent / "selfscore.nq"
    ds.serialize(destination=str(out), format="nquads")
    return subprocess.call([sys.executable, str(SCORE), str(root), "--graph", str(out), "-v"])


if __name__ == "__main__":
    sys.exit(main())
