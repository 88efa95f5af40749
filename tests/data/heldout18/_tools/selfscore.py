#!/usr/bin/env python3
"""Sanity check: turn the gold files into a graph using the terms score.py reads and score it.
A perfect 1.000 shows the gold files are in the form score.py expects.  Writes _tools/gold_graph.nq."""
import json, subprocess, sys
from pathlib import Path
from rdflib import Dataset, Literal, Namespace, URIRef, RDF, RDFS
from rdflib.namespace import XSD

SET = Path(__file__).resolve().parent.parent
CTKG = Namespace("https://w3id.org/ctkg/ontology#")
EX = Namespace("urn:selftest:")
ORG_LABEL = {"EU": "European Union", "UN": "United Nations", "WB": "World Bank", "NATO": "NATO",
             "AL": "Arab League", "GCC": "GCC", "OIC": "OIC", "AU": "African Union", "UNDP": "UNDP",
             "IMCTC": "IMCTC", "GCTF": "GCTF", "G5S": "G5 Sahel", "AIMC": "Council of Arab Interior Ministers",
             "COALITION": "Global Coalition against Daesh"}

ds = Dataset()
g = ds.graph(URIRef("urn:selftest:g"))
n = 0


def agent(code):
    if code is None:
        return None
    if code.startswith("org:"):
        node = EX["org_" + code[4:]]
        g.add((node, RDFS.label, Literal(ORG_LABEL[code[4:]])))
    else:
        node = EX["country_" + code]
        g.add((node, CTKG.isoCode, Literal(code)))
    return node


for gf in sorted(SET.glob("*.gold.json")):
    name = gf.name[:-len(".gold.json")]
    d = json.loads(gf.read_text(encoding="utf-8"))
    art = EX["art_" + name]
    g.add((art, CTKG.sourceFile, Literal(name + ".txt")))
    if d["published"]:
        g.add((art, CTKG.published, Literal(d["published"], datatype=XSD.date)))
    for i, m in enumerate(d["meetings"]):
        node = EX[f"m_{name}_{i}"]
        g.add((node, RDF.type, CTKG.Meeting)); g.add((node, CTKG.mentionedIn, art))
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
    for i, o in enumerate(d["officials"]):
        p = EX[f"p_{name}_{i}"]
        g.add((p, RDF.type, CTKG.Person)); g.add((p, CTKG.mentionedIn, art))
        g.add((p, RDFS.label, Literal(o["name"])))
        g.add((p, CTKG.position, Literal(o["position"] or "")))
        if o["country"]:
            g.add((p, CTKG.represents, agent(o["country"])))
    for i, pl in enumerate(d["pledges"]):
        node = EX[f"pl_{name}_{i}"]
        g.add((node, RDF.type, CTKG.Pledge)); g.add((node, CTKG.mentionedIn, art))
        g.add((node, CTKG.donor, agent(pl["donor"])))
        g.add((node, CTKG.amount, Literal(pl["amount"])))
        g.add((node, CTKG.currency, Literal(pl["currency"])))

out = Path(__file__).resolve().parent / "gold_graph.nq"
ds.serialize(out, format="nquads")
sys.exit(subprocess.call([sys.executable, "/work/shared/eval/score.py", str(SET), "--graph", str(out)]))
