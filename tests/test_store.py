"""The store layout (kg/layout.py): one merged graph holding each fact once, kept equal to
the union of the article graphs by builds, incremental builds, kg load and deletions;
each sentence's text once per article; the format version checked on open."""
from __future__ import annotations

import json
import shutil

import pytest

from kg.store import FORMAT_VERSION, Store

from .conftest import EXAMPLES, assert_layout, layout_state, run_kg

PLEDGE_ROWS = """PREFIX ctkg: <https://w3id.org/ctkg/ontology#>
SELECT ?pl ?a ?c WHERE { ?pl a ctkg:Pledge ; ctkg:amount ?a ; ctkg:currency ?c }"""


def _merged_and_union(store) -> tuple[set, set]:
    """(the merged graph's facts, the union of the article graphs), the layout's invariant
    checked on the way (evidence only of articles present)."""
    with Store(store, read_only=True) as st:
        assert_layout(st.ox)
        state = layout_state(st.ox)
    return state["facts"], state["union"]


def _rows(store, sparql: str) -> list:
    with Store(store, read_only=True) as st:
        return [tuple(row) for row in st.query(sparql)]


@pytest.fixture
def reported_twice(tmp_path):
    """The examples, and each again under another name with a line added: every fact
    stated by two articles."""
    folder = tmp_path / "articles"
    shutil.copytree(EXAMPLES, folder)
    for f in sorted(EXAMPLES.glob("*.txt")):
        (folder / f"again-{f.name}").write_text(f.read_text(encoding="utf-8") + "\n\n.\n", encoding="utf-8")
    return folder


def test_a_fact_stated_by_many_articles_is_one_row(reported_twice, tmp_path):
    store = tmp_path / "store"
    run_kg("build", reported_twice, "--store", store, check=True)
    rows = _rows(store, PLEDGE_ROWS)
    assert rows and len(rows) == len(set(rows))
    merged, union = _merged_and_union(store)
    assert merged == union
    # and which article stated it is still there: two articles per pledge
    per_pledge = _rows(store, """PREFIX ctkg: <https://w3id.org/ctkg/ontology#>
        SELECT ?pl (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?pl a ctkg:Pledge } } GROUP BY ?pl""")
    assert {int(n.value) for _, n in per_pledge} == {2}


def test_merged_graph_follows_incremental_builds_deletions_and_load(reported_twice, tmp_path):
    store = tmp_path / "store"
    run_kg("build", reported_twice, "--store", store, check=True)
    changed = sorted(reported_twice.glob("again-*.txt"))
    for f in changed[:5]:
        f.write_text(f.read_text(encoding="utf-8").replace("\n\n.\n", "\n\n..\n"), encoding="utf-8")
    run_kg("build", reported_twice, "--store", store, check=True)
    merged, union = _merged_and_union(store)
    assert merged == union
    whole = len(merged)

    with Store(store) as st:  # deleting articles takes from the merged graph what only they stated
        graphs = sorted(g.value for g in st.named_graphs() if g.value.rsplit("/", 1)[-1] != "lexicon")
        st.drop_articles(graphs[: len(graphs) // 2])
    merged, union = _merged_and_union(store)
    assert merged == union and len(merged) < whole

    shard = tmp_path / "shard.nq"
    run_kg("extract", reported_twice, "-o", shard, check=True)
    run_kg("load", shard, "--store", store, check=True)
    merged, union = _merged_and_union(store)
    assert merged == union


def test_a_killed_articles_fact_leaves_the_merged_graph_only_with_its_last_article(reported_twice, tmp_path):
    store = tmp_path / "store"
    run_kg("build", reported_twice, "--store", store, check=True)
    before = _rows(store, PLEDGE_ROWS)
    with Store(store) as st:
        again = [g.value for g in st.named_graphs()
                 if any(f.startswith("again-") for f in st.source_files(g.value))]
        st.drop_articles(again)  # every fact still stated by the other copy
    assert sorted(_rows(store, PLEDGE_ROWS)) == sorted(before)
    merged, union = _merged_and_union(store)
    assert merged == union


def test_each_sentence_text_is_stored_once_per_article(example_store):
    rows = _rows(example_store, """PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
        SELECT ?art ?text (COUNT(*) AS ?n) WHERE { ?s nif:anchorOf ?text ; nif:referenceContext ?art }
        GROUP BY ?art ?text""")
    assert rows and all(int(n.value) == 1 for _, _, n in rows)
    holders = _rows(example_store, """PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
        PREFIX ctkg: <https://w3id.org/ctkg/ontology#>
        SELECT DISTINCT ?t WHERE { ?s nif:anchorOf ?x ; a ?t }""")
    assert [t.value.rsplit("#", 1)[-1] for (t,) in holders] == ["Sentence"]  # assertions point to them


_EVIDENCE_BACK = """PREFIX ctkg: <https://w3id.org/ctkg/ontology#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
INSERT { GRAPH ?g { ?a ?p ?o } } WHERE {
  ?a ctkg:sentence ?sn . ?sn nif:referenceContext ?art . ?a ?p ?o . GRAPH ?g { ?art a ctkg:Article } } ;
INSERT { GRAPH ?g { ?sn ?p ?o } } WHERE {
  ?sn nif:referenceContext ?art ; ?p ?o . GRAPH ?g { ?art a ctkg:Article } }"""


@pytest.mark.parametrize("old", [1, 2])
def test_an_older_store_is_refused_in_one_line_and_migrated(example_store, tmp_path, old):
    store = tmp_path / "old"
    shutil.copytree(example_store, store)
    expected = run_kg("query", "pledges", "--store", store, "--format", "csv", check=True).stdout
    with Store(store) as st:  # format 2: the evidence in the article graphs too; 1: and no merged graph
        st.ox.update(_EVIDENCE_BACK + (" ; CLEAR DEFAULT" if old == 1 else ""))
    (store / "ctkg.json").write_text(json.dumps({"format": old}), encoding="utf-8")
    for args in (["query", "pledges"], ["build", EXAMPLES], ["export", "-o", tmp_path / "g.ttl"]):
        res = run_kg(*args, "--store", store)
        assert res.returncode != 0
        lines = res.stderr.strip().splitlines()
        assert len(lines) == 1 and "kg migrate" in lines[0] and f"format {old}" in lines[0]
    run_kg("migrate", "--store", store, check=True)
    assert json.loads((store / "ctkg.json").read_text(encoding="utf-8"))["format"] == FORMAT_VERSION
    again = run_kg("query", "pledges", "--store", store, "--format", "csv", check=True).stdout
    assert sorted(again.splitlines()) == sorted(expected.splitlines())  # ties may come in another order
    merged, union = _merged_and_union(store)
    assert merged == union


def test_a_store_keeps_no_spent_write_ahead_log(tmp_path):
    """RocksDB drops the logs a flush made useless only at its next open: a build that
    wrote through transactions must not leave its whole log in the store (it did: 3 MB for
    the examples, 500 MB after adding 5,000 articles to 5,000)."""
    store = tmp_path / "store"
    run_kg("build", EXAMPLES, "--store", store, "--quiet", check=True)
    logs = {p.name: p.stat().st_size for p in (store / "oxigraph").glob("*.log")}
    assert sum(logs.values()) == 0, logs
    assert run_kg("query", "meetings", "--store", store, check=True).stdout.strip()
