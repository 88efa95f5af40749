#!/usr/bin/env python3
"""Self-test: turn the gold files into a graph in the terms score.py reads, score it with
/work/shared/eval/score.py --graph, and expect every figure to be 1.000.

    PYTHONPATH=<dir with rdflib> python3 _tools/roundtrip.py [DIR]

This proves only that the gold is expressible and matchable by the scorer (org keys resolve
through their labels, dates and amounts compare as intended); it says nothing about texts.
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from rdflib import Dataset, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS, XSD

CTKG = Namespace("https://w3id.org/ctkg/ontology#")
EX = Namespace("https://example.org/heldout5/")
SCORE = Path("/work/shared/eval/score.py")


def org_label(key: str) -> str:
    import ast
    tree = ast.parse(SCORE.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "ORGS":
            return ast.literal_eval(node.value)[key][0]
    raise KeyError(key)


def agent(g, code: str | None):
    if code is None:
        return None
    node = EX[f"agent/{code.replace(':', '_')}"]
    if code.startswith("org:"):
        g.add((node, RDFS.label, Literal(org_label(code[4:]))))
    else:
        g.add((node, CTKG.isoCode, Literal(code)))
    return node


def build(folder: Path) -> Dataset:
    g = Dataset(default_union=True)
    for gold_path in sorted(folder.glob("*.gold.json")):
        name = gold_path.name.removesuffix(".gold.json")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        art = EX[f"article/{name}"]
        g.add((art, CTKG.sourceFile, Literal(name + ".txt")))
        if gold["published"]:
            g.add((art, CTKG.published, Literal(gold["published"], datatype=XSD.date)))
        meetings = []
        for i, m in enumerate(gold["meetings"]):
            node = EX[f"meeting/{name}/{i}"]
            meetings.append(node)
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
        people = {}
        for i, o in enumerate(gold["officials"]):
            node = EX[f"person/{name}/{i}"]
            people[o["name"]] = node
            g.add((node, RDF.type, CTKG.Person))
            g.add((node, RDFS.label, Literal(o["name"])))
            g.add((node, CTKG.mentionedIn, art))
            if o["country"]:
                g.add((node, CTKG.represents, agent(g, o["country"])))
            if o["position"]:
                g.add((node, CTKG.position, Literal(o["position"])))
            if meetings:
                g.add((meetings[0], CTKG.speaker if o["speaker"] else CTKG.participant, node))
        for i, p in enumerate(gold["pledges"]):
            node = EX[f"pledge/{name}/{i}"]
            g.add((node, RDF.type, CTKG.Pledge))
            g.add((node, CTKG.mentionedIn, art))
            if p["donor"]:
                g.add((node, CTKG.donor, agent(g, p["donor"])))
            g.add((node, CTKG.amount, Literal(str(p["amount"]), datatype=XSD.decimal)))
            g.add((node, CTKG.currency, Literal(p["currency"])))
            if p["announced_by"]:
                g.add((node, CTKG.announcedBy, people[p["announced_by"]]))
    return g


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "gold.nq"
        build(folder).serialize(out, format="nquads")
        res = subprocess.run([sys.executable, str(SCORE), str(folder), "--graph", str(out), "-v"],
                             capture_output=True, text=True)
    print(res.stdout, res.stderr, sep="")
    return res.returncode


if __name__ == "__main__":
    sys.exit(main())
