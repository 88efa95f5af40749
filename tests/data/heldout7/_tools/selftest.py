#!/usr/bin/env python3
"""Self-test: turn the gold files into a 'perfect' graph and score it with score.py.

    python _tools/selftest.py [FOLDER]

A perfect graph must score 1.0 everywhere; anything less means a gold file is not in the form
score.py reads (codes, dates, names). Needs rdflib. Writes only to a temporary folder.
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS, XSD

CTKG = Namespace("https://w3id.org/ctkg/ontology#")
EX = Namespace("https://example.org/heldout7/")
SCORE = Path("/work/shared/eval/score.py")
ORG_LABEL = {"EU": "European Union", "UN": "United Nations", "WB": "World Bank", "NATO": "NATO",
             "AL": "Arab League", "GCC": "GCC", "OIC": "OIC", "AU": "African Union",
             "UNDP": "UNDP", "IMCTC": "IMCTC", "GCTF": "GCTF", "G5S": "G5 Sahel",
             "AIMC": "Council of Arab Interior Ministers", "COALITION": "The Global Coalition"}


def agent(g, code):
    if code.startswith("org:"):
        node = EX["org/" + code[4:]]
        g.add((node, RDFS.label, Literal(ORG_LABEL[code[4:]])))
    else:
        node = EX["country/" + code]
        g.add((node, CTKG.isoCode, Literal(code)))
    return node


def build(folder: Path) -> Graph:
    g = Graph()
    for gold_file in sorted(folder.glob("*.gold.json")):
        stem = gold_file.name.removesuffix(".gold.json")
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        art = EX["article/" + stem]
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
                g.add((node, CTKG.heldIn, agent(g, m["country"])))
            for c in m["chairs"]:
                g.add((node, CTKG.chair, agent(g, c)))
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
                g.add((node, CTKG.represents, agent(g, o["country"])))
        for i, p in enumerate(gold["pledges"]):
            node = EX[f"pledge/{stem}/{i}"]
            g.add((node, RDF.type, CTKG.Pledge))
            g.add((node, CTKG.mentionedIn, art))
            g.add((node, CTKG.donor, agent(g, p["donor"])))
            g.add((node, CTKG.amount, Literal(str(p["amount"]), datatype=XSD.decimal)))
            g.add((node, CTKG.currency, Literal(p["currency"])))
    return g


def main():
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "perfect.nt"
        build(folder).serialize(out, format="nt")
        nq = Path(tmp) / "perfect.nq"
        nq.write_text(out.read_text(encoding="utf-8"), encoding="utf-8")
        res = subprocess.run([sys.executable, str(SCORE), str(folder), "--graph", str(nq)],
                             capture_output=True, text=True)
    print(res.stdout, res.stderr)
    ok = res.returncode == 0 and "headline micro F1 1.000" in res.stdout
    print("selftest", "passed" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
