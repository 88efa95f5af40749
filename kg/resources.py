"""Where the shipped data lives: ``queries/`` and ``ontology/`` sit at the top of the
repository and are installed as the packages ``kg.queries`` and ``kg.ontology``.
Running from a source checkout (tests, notebooks) finds them beside ``kg/``."""
from __future__ import annotations

from importlib import resources
from pathlib import Path


def shipped(name: str) -> Path:
    """The folder of ``queries`` or ``ontology``, installed or in the checkout."""
    beside = Path(__file__).resolve().parent.parent / name
    if beside.is_dir():
        return beside
    return Path(str(resources.files(f"kg.{name}")))
