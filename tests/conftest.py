"""Shared fixtures: paths, a built example store, the evaluation scorer."""
from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples" / "articles"
DATA = Path(__file__).resolve().parent / "data"


def kg_cmd() -> list[str]:
    exe = shutil.which("kg", path=str(Path(sys.executable).parent))
    return [exe] if exe else [sys.executable, "-m", "kg.cli"]


def run_kg(*args: str, cwd: Path | None = None, check: bool = False, input: str | None = None):
    """Run the installed `kg` command; returns the CompletedProcess."""
    proc = subprocess.run([*kg_cmd(), *map(str, args)], capture_output=True, text=True, cwd=cwd,
                          input=input, timeout=600)
    if check and proc.returncode != 0:
        raise AssertionError(f"kg {' '.join(map(str, args))} exited {proc.returncode}:\n{proc.stderr}")
    return proc


@pytest.fixture(scope="session")
def example_store(tmp_path_factory) -> Path:
    """The bundled example articles, built once for the session."""
    store = tmp_path_factory.mktemp("example") / "store"
    run_kg("build", EXAMPLES, "--store", store, check=True)
    return store


@pytest.fixture(scope="session")
def scorer():
    """The evaluation's own scorer (../shared/eval/score.py), imported as a module."""
    path = SHARED / "eval" / "score.py"
    if not path.exists():
        pytest.skip("../shared/eval/score.py is not beside the project")
    spec = importlib.util.spec_from_file_location("ctkg_score", path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules["ctkg_score"] = mod  # dataclasses look their module up while the class is built
    spec.loader.exec_module(mod)
    return mod


_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
_CTKG = "https://w3id.org/ctkg/ontology#"


def layout_state(db) -> dict:
    """What a store holds, read quad by quad (not through kg.layout): the article graphs,
    the union of their triples, the merged graph's facts, and its evidence (assertions and
    sentences, by their types) with the articles it belongs to."""
    import pyoxigraph as ox

    graphs, union, default = set(), set(), set()
    for q in db:
        t = (q.subject, q.predicate, q.object)
        if isinstance(q.graph_name, ox.DefaultGraph):
            default.add(t)
        else:
            graphs.add(q.graph_name.value)
            union.add(t)
            assert not (q.predicate.value == _RDF + "type" and q.object.value in (_CTKG + "Assertion", _CTKG + "Sentence")), \
                "evidence in an article graph"
    typed = {s: o.value.rsplit("#", 1)[-1] for s, p, o in default if p.value == _RDF + "type"}
    evidence = {t for t in default if typed.get(t[0]) in ("Assertion", "Sentence")}
    article_of = {s: o.value for s, p, o in evidence if p.value == _NIF + "referenceContext"}
    owners = {s: article_of.get(o) for s, p, o in evidence if p.value == _CTKG + "sentence"}
    return {"graphs": graphs, "union": union, "facts": default - evidence, "evidence": evidence,
            "evidence_articles": set(article_of.values()) | set(owners.values())}


def assert_layout(db) -> set:
    """The store's invariant (kg/layout.py): the merged graph's facts are the union of the
    article graphs, and its evidence belongs to articles whose graphs are present."""
    st = layout_state(db)
    assert st["facts"] == st["union"], \
        f"merged graph out of step: {len(st['facts'] - st['union'])} extra, {len(st['union'] - st['facts'])} missing"
    present = {g.replace("/graph/", "/article/") for g in st["graphs"]}
    assert None not in st["evidence_articles"], "an assertion whose sentence is missing"
    assert st["evidence_articles"] <= present, "evidence of an article no longer in the store"
    return st["graphs"]
