"""The rule registry: every rule the code applies is registered, every registered rule is applied,
confidences come from the registry, and `kg rules` / `kg explain` show the meanings."""
from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest
import yaml

import kg
from kg.errors import LexiconError
from kg.extract import extract
from kg.read import Article
from kg.rules import load_registry, registry, rule, with_param

from .conftest import EXAMPLES, ROOT, run_kg

KG = Path(kg.__file__).parent
SHARED = ROOT.parent / "shared"


def _families() -> set[str]:
    return {rid.split(".")[0] for rid in registry()}


def _code_strings() -> tuple[set[str], set[str]]:
    """String constants of kg/**/*.py, and the constant openings of f-strings."""
    consts, openings = set(), set()
    for path in KG.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        parts = {id(v) for n in ast.walk(tree) if isinstance(n, ast.JoinedStr) for v in n.values}
        for node in ast.walk(tree):
            if isinstance(node, ast.JoinedStr) and node.values and isinstance(node.values[0], ast.Constant):
                openings.add(node.values[0].value)
            elif isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in parts:
                consts.add(node.value)
    # f"chair.{sub}" with sub a kind of chair phrase: the keys of triggers.yaml's lists
    triggers = yaml.safe_load((KG / "data" / "lexicons" / "triggers.yaml").read_text(encoding="utf-8"))
    consts |= {key for value in triggers.values() if isinstance(value, dict) for key in value}
    return consts, openings


def _looks_like_rule(s: str) -> bool:
    return bool(re.fullmatch(r"[a-z]+(\.[a-z][a-z_-]*)+", s)) and s.split(".")[0] in _families()


def test_every_rule_id_written_in_code_is_registered():
    consts, openings = _code_strings()
    unregistered = sorted(s for s in consts if _looks_like_rule(s) and s not in registry())
    assert not unregistered, f"rule ids used in code but not in kg/data/rules.yaml: {unregistered}"
    bad_openings = sorted(o for o in openings if _looks_like_rule(o.rstrip(".:-")) and not any(
        rid.startswith(o) for rid in registry()))
    assert not bad_openings, bad_openings


def test_every_registered_rule_is_applied_by_some_code():
    consts, openings = _code_strings()

    def used(rid: str) -> bool:
        if rid in consts:  # "meeting.part-of", with_param("dateline.city", ...)
            return True
        # f"meeting.{e.rule}" with e.rule one of the date grammar's "date.full" ...;
        # f"pledge.amount-{amt.bound}" with a bound "approximate" ...
        return any(rid.startswith(o) and rid[len(o):] in consts for o in openings if o)

    unused = sorted(rid for rid in registry() if not used(rid))
    assert not unused, f"registered rules no code applies: {unused}"


def test_parameterised_rules_need_their_parameter():
    assert with_param("dateline.city", "rome") == "dateline.city:rome"
    assert rule("official:minister").confidence == registry()["official"].confidence
    with pytest.raises(KeyError, match="write it official:PARAM"):
        rule("official")
    with pytest.raises(KeyError, match="not in rules.yaml"):
        rule("meeting.place-city:KW")
    with pytest.raises(KeyError):
        rule("chair.made-up")


@pytest.mark.parametrize("entry, message", [
    ("x.y: {confidence: 1.5, meaning: m, example: e}", "confidence must be in (0, 1]"),
    ("x.y: {confidence: 0.5, meaning: '', example: e}", "needs a one-line meaning"),
    ("x.y: {confidence: 0.5, meaning: m}", "needs a one-line meaning and an example"),
    ("x.y: {confidence: 0.5, meaning: m, example: e, weight: 2}", "expected confidence, meaning"),
    ("'x:y': {confidence: 0.5, meaning: m, example: e}", "no ':' in its id"),
])
def test_a_bad_registry_entry_is_refused_naming_file_and_rule(tmp_path, entry, message):
    path = tmp_path / "rules.yaml"
    path.write_text(entry + "\n", encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        load_registry(path)
    assert str(err.value).startswith(f"{path}: rule ") and message in str(err.value)


def _facts(x):
    for name in ("published", "dateline_city"):
        if getattr(x, name):
            yield getattr(x, name)
    for p in x.people:
        yield from (f for f in (p.position, p.represents) if f)
        yield type("F", (), {"ev": p.name_ev})
    for m in x.meetings:
        yield from (f for f in (m.date, m.end_date, m.country, m.city, m.convener, m.participant_count,
                                m.part_of) if f)
        yield from (*m.chairs, *m.participants, *m.speakers)
        yield type("F", (), {"ev": m.label_ev})
    for p in x.pledges:
        yield from (f for f in (p.donor, p.amount, p.currency, p.announced_by, p.meeting, p.purpose) if f)
    for o in x.org_facts:
        yield o


@pytest.mark.parametrize("folder", [SHARED / "eval" / "dev", SHARED / "seeds", EXAMPLES], ids=lambda p: p.name)
def test_every_fact_carries_its_rules_registered_confidence(folder):
    seen = set()
    for path in sorted(folder.glob("*.txt")):
        out = extract(Article(text=path.read_text(encoding="utf-8"), source_file=path.name))
        for fact in _facts(out):
            ev = fact.ev
            assert ev.confidence == rule(ev.rule).confidence, (path.name, ev.rule)
            seen.add(ev.rule.split(":")[0])
    assert len(seen) > 20


def test_kg_rules_prints_id_confidence_and_meaning():
    out = run_kg("rules", check=True).stdout.splitlines()
    assert len(out) == len(registry())
    line = next(x for x in out if x.startswith("represents.dateline-default "))
    assert "0.50" in line and registry()["represents.dateline-default"].meaning in line
    assert any(x.startswith("dateline.city:PARAM ") for x in out)


def test_kg_explain_shows_each_rules_meaning(example_store):
    out = run_kg("explain", "ريكس تيلرسون", "--store", example_store, check=True).stdout
    assert "rule represents.position-adjective" in out
    assert f"({registry()['represents.position-adjective'].meaning})" in out
    info = json.loads(run_kg("explain", "ريكس تيلرسون", "--store", example_store, "--json", check=True).stdout)
    assert all(f["meaning"] == rule(f["rule"]).meaning for f in info["facts"])
