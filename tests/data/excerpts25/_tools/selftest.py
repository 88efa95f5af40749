#!/usr/bin/env python3
"""Round-trip test: turn the gold files into a graph with the terms score.py reads,
then score it with /work/shared/eval/score.py. A consistent set scores 1.0 everywhere.

    python3 _tools/selftest.py [SET_DIR]
"""
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from rdflib import Dataset, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS, XSD

SET = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent
SCORE = "/work/shared/eval/score.py"
CTKG = Namespace("https://w3id.org/ctkg/ontology#")
EX = Namespace("https://example.org/selftest/")
ORG_LABEL = {"EU": "الاتحاد الأوروبي", "UN": "الأمم المتحدة", "WB": "البنك الدولي",
             "AL": "جامعة الدول العربية", "IMCTC": "التحالف الإسلامي العسكري لمحاربة الإرهاب",
             "NATO": "الناتو", "GCC": "مجلس التعاون", "OIC": "منظمة التعاون الإسلامي",
             "AU": "الاتحاد الأفريقي", "UNDP": "UNDP", "GCTF": "GCTF", "G5S": "G5 Sahel",
             "AIMC": "مجلس وزراء الداخلية العرب", "COALITION": "التحالف الدولي ضد داعش"}


def agent(ds, key):
    if key is None:
        return None
    if key.startswith("org:"):
        node = EX["org/" + key[4:]]
        ds.add((node, RDFS.label, Literal(ORG_LABEL[key[4:]])))
        return node
    node = EX["country/" + key]
    ds.add((node, CTKG.isoCode, Literal(key)))
    return node


def main():
    ds = Dataset(default_union=True)
    for n, gold_path in enumerate(sorted(SET.glob("*.gold.json"))):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        art = EX[f"a{n}"]
        ds.add((art, CTKG.sourceFile, Literal(gold_path.name.removesuffix(".gold.json") + ".txt")))
        if gold["published"]:
            ds.add((art, CTKG.published, Literal(gold["published"], datatype=XSD.date)))
        for i, m in enumerate(gold["meetings"]):
            node = EX[f"a{n}/m{i}"]
            ds.add((node, RDF.type, CTKG.Meeting))
            ds.add((node, CTKG.mentionedIn, art))
            if m["date"]:
                ds.add((node, CTKG.date, Literal(m["date"], datatype=XSD.date)))
            if m["end_date"]:
                ds.add((node, CTKG.endDate, Literal(m["end_date"], datatype=XSD.date)))
            if m["country"]:
                ds.add((node, CTKG.heldIn, agent(ds, m["country"])))
            for c in m["chairs"]:
                ds.add((node, CTKG.chair, agent(ds, c)))
            if m["participant_count"] is not None:
                ds.add((node, CTKG.participantCount, Literal(m["participant_count"])))
        for i, o in enumerate(gold["officials"]):
            node = EX[f"a{n}/p{i}"]
            ds.add((node, RDF.type, CTKG.Person))
            ds.add((node, CTKG.mentionedIn, art))
            ds.add((node, RDFS.label, Literal(o["name"])))
            ds.add((node, CTKG.position, Literal(o["position"] or "?")))
            if o["country"]:
                ds.add((node, CTKG.represents, agent(ds, o["country"])))
        for i, p in enumerate(gold["pledges"]):
            node = EX[f"a{n}/g{i}"]
            ds.add((node, RDF.type, CTKG.Pledge))
            ds.add((node, CTKG.mentionedIn, art))
            ds.add((node, CTKG.donor, agent(ds, p["donor"])))
            ds.add((node, CTKG.amount, Literal(p["amount"])))
            ds.add((node, CTKG.currency, Literal(p["currency"])))
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "gold.nq"
        ds.serialize(out, format="nquads")
        res = subprocess.run([sys.executable, SCORE, str(SET), "--graph", str(out), "-v"],
                             capture_output=True, text=True)
    print(res.stdout, res.stderr)
    return 0 if "headline micro F1 1.000" in res.stdout else 1


if __name__ == "__main__":
    sys.exit(main())
