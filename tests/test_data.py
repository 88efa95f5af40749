"""Words are data: no Arabic literal in code, one loader that folds and validates, every list used."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import kg
from kg.arabic import fold
from kg.data import WORDS_DIR, Words, fold_lists, words
from kg.errors import LexiconError

KG = Path(kg.__file__).parent
ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")
ALIASES = {"morphology": "MORPH"}  # the alias a module binds a word list file to


def _docstrings(tree) -> set[int]:
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                out.add(id(first.value))
    return out


def _tables(tree) -> set[int]:
    """Constants of module-level assignments: the normaliser's character tables in arabic.py."""
    return {id(n) for stmt in tree.body if isinstance(stmt, (ast.Assign, ast.AnnAssign))
            for n in ast.walk(stmt)}


def arabic_literals(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    allowed = _docstrings(tree) | (_tables(tree) if path.name == "arabic.py" else set())
    return [f"{path.relative_to(KG.parent)}:{n.lineno}: {n.value!r}" for n in ast.walk(tree)
            if isinstance(n, ast.Constant) and isinstance(n.value, str) and ARABIC.search(n.value)
            and id(n) not in allowed]


def test_no_arabic_string_literal_in_code():
    found = [hit for path in sorted(KG.rglob("*.py")) for hit in arabic_literals(path)]
    assert not found, "Arabic words belong in kg/data/:\n" + "\n".join(found[:40])


def test_the_check_sees_a_literal(tmp_path):
    mod = tmp_path / "m.py"
    mod.write_text('"""وثيقة"""\nX = 1  # تعليق\n\ndef f(w):\n    return w in ("في", "من")\n', encoding="utf-8")
    hits = arabic_literals_at(mod)
    assert len(hits) == 2 and all("m.py:5" in h for h in hits)  # the docstring and comment are fine


def arabic_literals_at(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [f"{path.name}:{n.lineno}" for n in ast.walk(tree) if isinstance(n, ast.Constant)
            and isinstance(n.value, str) and ARABIC.search(n.value) and id(n) not in _docstrings(tree)]


@pytest.mark.parametrize("data, message", [
    ({"preps": ["في", "فى"]}, "'فى' folds to 'في', the same as 'في'"),
    ({"article": "ـ"}, "entry article: 'ـ'"),
    ({"units": {"يومين": 2, "يومين ": 2}}, "units"),
    ({"preps": "ً"}, "preps"),
    ({"joiners": ["و", "\u200b"]}, "folds to nothing"),
    ({"preps": 3}, "expected a word, a list or a mapping"),
    ({"preps": ["في", ""]}, "empty or non-string"),
])
def test_the_loader_refuses_entries_the_matcher_would_never_see(data, message):
    with pytest.raises(LexiconError) as err:
        fold_lists("kg/data/words/x.yaml", data)
    assert str(err.value).startswith("kg/data/words/x.yaml: ") and message in str(err.value)


def test_the_loader_folds_every_entry_like_the_text():
    lists = fold_lists("x.yaml", {"meeting": ["مؤتمر", "الأولى"], "ta": "ة", "days": {"يومان": 2}})
    assert lists["meeting"] == ("مءتمر", "الاولي") and isinstance(lists["meeting"], Words)
    assert "مءتمر" in lists["meeting"] and "مؤتمر" not in lists["meeting"]
    assert lists["ta"] == fold("ة") == "ه"
    assert lists["days"] == {"يومان": 2}
    assert "الاجتماع".startswith(fold_lists("x.yaml", {"a": ["ال", "وال"]})["a"])  # ordered, for startswith


def test_a_missing_list_names_its_file():
    with pytest.raises(AttributeError, match=r"morphology\.yaml: no list 'nothing'"):
        words("morphology").nothing  # noqa: B018


def _code() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in KG.rglob("*.py"))


@pytest.mark.parametrize("path", sorted(WORDS_DIR.glob("*.yaml")), ids=lambda p: p.stem)
def test_every_word_list_is_used_by_the_code(path):
    code = _code()
    alias = ALIASES.get(path.stem, path.stem.upper())
    unused = [name for name in words(path.stem).names()
              if not re.search(rf"\b{alias}\.{name}\b|words\(\"{path.stem}\"\)\.{name}\b", code)]
    assert not unused, f"{path}: lists no code reads: {unused}"
