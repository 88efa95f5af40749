"""The rule registry: every extraction rule's id, confidence, meaning and example (``kg/data/rules.yaml``).

Code names a rule by id only; the confidence a fact gets comes from here, so a
reviewer lowers one rule's trust in one line of data. A rule with a ``param``
is written ``ID:PARAM`` (``dateline.city:kuwait-city``, ``official:minister``):
the registered id before the colon, the parameter after it.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .data import DATA_DIR, read
from .errors import LexiconError

RULES_FILE = DATA_DIR / "rules.yaml"
GUESS = 0.5  # the confidence of a fact only guessed (an official's state from his article's dateline)


@dataclass(frozen=True)
class Rule:
    id: str
    confidence: float
    meaning: str
    example: str
    param: str | None = None  # what the part after ``:`` names, for a parameterised rule


@cache
def registry() -> dict[str, Rule]:
    """Every registered rule by id, validated (loaded once)."""
    return load_registry(RULES_FILE)


def load_registry(path: Path) -> dict[str, Rule]:
    """The rules of a registry file; a bad entry is refused with the file and rule named."""
    out: dict[str, Rule] = {}
    for rid, spec in (read(path) or {}).items():
        where = f"{path}: rule {rid}"
        if not isinstance(spec, dict) or set(spec) - {"confidence", "meaning", "example", "param"}:
            raise LexiconError(f"{where}: expected confidence, meaning, example (and param)")
        conf = spec.get("confidence")
        if not isinstance(conf, (int, float)) or not 0 < conf <= 1:
            raise LexiconError(f"{where}: confidence must be in (0, 1], not {conf!r}")
        if ":" in rid or not all(isinstance(spec.get(k), str) and spec[k].strip() for k in ("meaning", "example")):
            raise LexiconError(f"{where}: needs a one-line meaning and an example, and no ':' in its id")
        out[rid] = Rule(rid, float(conf), spec["meaning"], spec["example"], spec.get("param"))
    return out


def rule(rule_id: str) -> Rule:
    """The registered rule of ``rule_id`` (``ID`` or ``ID:PARAM``); an unknown id is a bug."""
    base, sep, param = rule_id.partition(":")
    found = registry().get(base)
    if found is None or bool(sep) != bool(found.param) or (sep and not param):
        raise KeyError(f"rule {rule_id!r} is not in {RULES_FILE.name}"
                       + (f" (write it {base}:PARAM)" if found and found.param else ""))
    return found


def meaning(rule_id: str) -> str | None:
    """The one-line meaning of ``rule_id``, or None for an id the registry no longer has
    (a store built by an older ctkg)."""
    try:
        return rule(rule_id).meaning
    except KeyError:
        return None


def confidence(rule_id: str) -> float:
    return rule(rule_id).confidence


def with_param(base: str, param: str) -> str:
    """The id of parameterised rule ``base`` for ``param``: ``with_param("dateline.city", "rome")``."""
    rid = f"{base}:{param}"
    rule(rid)
    return rid


def format_rules(rules: list[Rule]) -> str:
    """The registry as ``kg rules`` prints it: id (``ID:PARAM`` when parameterised), confidence, meaning."""
    width = max((len(r.id) + (6 if r.param else 0) for r in rules), default=0)
    return "\n".join(f"{(r.id + (':PARAM' if r.param else '')):{width}}  {r.confidence:.2f}  {r.meaning}" for r in rules)
