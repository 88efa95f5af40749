"""The one loader of ctkg's data files: lexicons, word lists, display labels, the rule registry.

Every Arabic word, phrase, affix and exception list the code tests for lives in
a YAML file here, never as a literal in a module. :func:`read` reads a file
(libyaml where available) and names it in any error; :func:`words` loads a word
list file of ``kg/data/words/`` folded with :func:`kg.arabic.fold`, the same
function that folds article text, so no entry is stored in a form the matcher
never sees: an entry that folds to nothing, or to the same form as another
entry of its list, is refused with the file and the entry named.

A word list file maps a name to a word (a string), a list of words, or a
mapping of words to values::

    relative_pronouns: [الذي, التي]   # -> Words (a tuple, with set-speed ``in``)
    article: ال                       # -> str
    duration_units: {يومين: 2}        # -> dict, keys folded
"""
from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ..arabic import canonical_problem, fold
from ..errors import LexiconError

DATA_DIR = Path(str(resources.files("kg.data")))
WORDS_DIR = DATA_DIR / "words"

# libyaml's loader where PyYAML was built with it: ten times faster than the pure-Python one
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read(path: Path) -> Any:
    """The parsed content of one data file; a missing or malformed file names itself."""
    try:
        with path.open(encoding="utf-8") as fh:
            return yaml.load(fh, Loader=_LOADER)
    except (OSError, yaml.YAMLError) as exc:
        raise LexiconError(f"{path}: {exc}") from None


def check(file: str, entry_id, strings) -> None:
    """Refuse an empty, non-string or non-canonical (presentation-form) entry."""
    for s in strings:
        if not isinstance(s, str) or not s:
            raise LexiconError(f"{file}: entry {entry_id}: empty or non-string value {s!r}")
        problem = canonical_problem(s)
        if problem:
            raise LexiconError(f"{file}: entry {entry_id}: {s!r}: {problem}")


class Words(tuple):
    """A folded word list: ordered like the file (for ``startswith``), tested like a set."""

    def __new__(cls, items):
        obj = super().__new__(cls, items)
        obj._set = frozenset(items)
        return obj

    def __contains__(self, item) -> bool:
        return item in self._set


class WordLists:
    """The lists of one word list file, by name: ``words("meetings").spanning``."""

    def __init__(self, path: Path, lists: dict[str, Any]):
        self.__dict__.update(lists)  # plain attributes: read in the grammars' inner loops
        self._path, self._names = path, list(lists)

    def __getattr__(self, name: str):  # only for a name the file does not have
        raise AttributeError(f"{self.__dict__.get('_path')}: no list {name!r}")

    def names(self) -> list[str]:
        return list(self._names)


def _folded(file: str, key: str, entry: str) -> str:
    check(file, key, [entry])
    out = fold(entry)
    if not out.strip(" "):
        raise LexiconError(f"{file}: entry {key}: {entry!r} folds to nothing")
    return out


def _unique(file: str, key: str, entries) -> list[str]:
    seen: dict[str, str] = {}
    for entry in entries:
        f = _folded(file, key, entry)
        if f in seen:
            raise LexiconError(f"{file}: entry {key}: {entry!r} folds to {f!r}, the same as {seen[f]!r}")
        seen[f] = entry
    return list(seen)


def fold_lists(file: str, data: dict) -> dict[str, Any]:
    """Every list of a word list file folded and validated (see the module's docstring)."""
    if not isinstance(data, dict):
        raise LexiconError(f"{file}: expected a mapping of list names to words")
    out: dict[str, Any] = {}
    for key, value in data.items():
        if isinstance(value, str):
            out[key] = _folded(file, key, value)
        elif isinstance(value, list):
            out[key] = Words(_unique(file, key, value))
        elif isinstance(value, dict):
            keys = _unique(file, key, list(value))
            out[key] = dict(zip(keys, value.values()))
        else:
            raise LexiconError(f"{file}: entry {key}: expected a word, a list or a mapping, not {value!r}")
    return out


@cache
def words(name: str) -> WordLists:
    """The word lists of ``kg/data/words/NAME.yaml``, folded and validated, loaded once."""
    path = WORDS_DIR / f"{name}.yaml"
    return WordLists(path, fold_lists(str(path), read(path) or {}))


@cache
def labels(name: str) -> dict[str, Any]:
    """Display text of ``kg/data/NAME.yaml`` as written (never folded: it is shown, not matched)."""
    path = DATA_DIR / f"{name}.yaml"
    data = read(path)
    if not isinstance(data, dict):
        raise LexiconError(f"{path}: expected a mapping")
    return data
