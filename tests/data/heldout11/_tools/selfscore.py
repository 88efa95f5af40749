#!/usr/bin/env python3
"""Sanity check that score.py reads these gold files: turn the gold into a 'perfect' graph and score it.

    PYTHONPATH=<dir with rdflib> python3 _tools/selfscore.py     # expects every F1 = 1.000

Uses only the graph terms score.py itself reads (ctkg:sourceFile, published, Meeting, date,
endDate, heldIn, chair, participantCount, isoCode, Person, represents, position, speaker, Pledge,
donor, amount, currency, announcedBy, mentionedIn, rdfs:label). The graph goes to a temp folder.
"""
from __future__ import annotations

import ast
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS, XSD

ROOT = Path(__file__).resolve().parent.parent
SCORE = Path("/work/shared/eval/score.py")
CTKG = Namespace("https://w3id.org/ctkg/ontology#")
EX = Namespace("https://example.org/heldout11/")


def orgs() -> dict:
    for node in ast.parse(SCORE.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "ORGS":
            return ast.literal_eval(node.value)
    raise SystemExit("ORGS not found")


def main() -> int:
    org_names = orgs()
    g = Graph()

    def agent(key: str) -> URIRef:
        if key.startswith("org:"):
            node = EX[f"org/{key[4:]}"]
            g.add((node, RDFS.label, Literal(org_names[key[4:]][0])))
        else:
            node = EX[f"country/{key}"]
            g.add((node, CTKG.isoCode, Literal(key)))
        return node

    for gp in sorted(ROOT.glob("*.gold.json")):
        stem = gp.name.removesuffix(".gold.json")
        gold = json.loads(gp.read_text(encoding="utf-8"))
        art = EX[f"article/{stem}"]
        g.add((art, CTKG.sourceFile, Literal(stem + ".txt")))
        if gold["published"]:
            g.add((art, CTKG.published, Literal(gold["published"], datatype=XSD.date)))
        for i, m in enumerate(gold["meetings"]):
            node = EX[f"meeting/{stem}/{i}"]
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
        for i, o in enumerate(gold["officials"]):
            node = EX[f"person/{stem}/{i}"]
            g.add((node, RDF.type, CTKG.Person))
            g.add((node, CTKG.mentionedIn, art))
            g.add((node, RDFS.label, Literal(o["name"])))
            if o["position"]:
                g.add((node, CTKG.position, Literal(o["position"])))
            if o["country"]:
                g.add((node, CTKG.represents, agent(o["country"])))
        for i, p in enumerate(gold["pledges"]):
            node = EX[f"pledge/{stem}/{i}"]
            g.add((node, RDF.type, CTKG.Pledge))
            g.add((node, CTKG.mentionedIn, art))
            g.add((node, CTKG.donor, agent(p["donor"])))
            g.add((node, CTKG.amount, Literal(p["amount"])))
            g.add((node, CTKG.currency, Literal(p["currency"])))
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "perfect.nt"
        g.serialize(out, format="nt")
        nq = Path(tmp) / "perfect.nq"
        nq.write_text(out.read_text(encoding="utf-8"), encoding="utf-8")
        res = subprocess.run([sys.executable, str(SCORE), str(ROOT), "--graph", str(nq), "-v"],
                             capture_output=True, text=True)
        print(res.stdout, res.stderr)
        return res.returncode


if __name__ == "__main__":
    sys.exit(main())
