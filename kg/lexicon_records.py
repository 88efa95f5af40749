"""The records a lexicon entry becomes: an entity of the world, what a matched phrase means, and a
well-known official (for enrichment)."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Entity:
    """A canonical thing of the world: a state, organisation, city or armed group."""

    kind: str  # country | org | city | armed_group
    id: str
    en: str
    ar: str
    country: str | None = None  # for a city: the state it lies in
    wikidata: str | None = None
    extra: dict = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class Entry:
    """What a lexicon phrase means when it matches: entity and the way it is named."""

    kind: str  # country | org | city | armed_group | title | honorific | ...
    id: str
    role: str = "name"  # name | adjective | demonym | generic | org_adjective
    ambiguous: bool = False


@dataclass(frozen=True)
class Official:
    """A well-known official: English label and years of office ((first, last or None), ...)."""

    id: str
    en: str
    terms: tuple[tuple[int, int | None], ...]
