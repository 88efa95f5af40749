"""The records extraction produces: plain dataclasses, each fact with its evidence.

A :class:`Fact` is one value with the span of text it rests on, the rule that
found it and a confidence, so provenance never has to be rebuilt later: the
RDF stage writes every fact with its evidence as it is.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ..rules import confidence


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a fact comes from: character offsets into the original article text."""

    start: int
    end: int
    sentence: int  # index of the sentence in the article
    rule: str  # id of the rule or lexicon entry that produced the fact
    confidence: float


def evidence(start: int, end: int, sentence: int, rule_id: str) -> Evidence:
    """Evidence resting on a registered rule: its confidence comes from the registry."""
    return Evidence(start, end, sentence, rule_id, confidence(rule_id))


def evidence_at(doc, i: int, j: int, rule_id: str) -> Evidence:
    """Evidence for tokens [i, j) of ``doc`` (a :class:`kg.spot.Doc`; at least token i),
    resting on rule ``rule_id``."""
    s, e = doc.original_span(i, max(j, i + 1))
    return evidence(s, e, doc.tokens[i].sent, rule_id)


@dataclass(frozen=True, slots=True)
class Fact:
    value: Any
    ev: Evidence


@dataclass(frozen=True, slots=True)
class Agent:
    """Who acts: a state (ISO code), an organisation (lexicon id) or a person (local key)."""

    kind: str  # country | org | person
    id: str


@dataclass
class Person:
    key: str  # folded name: stable within the article and across articles
    name: str  # as written, without honorifics
    name_ev: Evidence
    tokens: tuple[int, int]  # token span of the name
    intro: tuple[int, int]  # token span of the whole introduction (title and name)
    position: Fact | None = None  # the office as written
    title_id: str | None = None
    represents: Fact | None = None  # Agent (country or org)
    honorific: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)  # token spans of later mentions

    @property
    def name_words(self) -> list[str]:
        return self.key.split()

    @property
    def placed_by_dateline(self) -> bool:
        """Nothing but the dateline's (or the agency's) state says whom the official acts for."""
        return self.represents is not None and self.represents.ev.rule == "represents.dateline-default"

    @property
    def intro_end(self) -> int:
        """The token after the introduction, its name included ('وزير الخارجية X' or 'X، وزير ...')."""
        return max(self.intro[1], self.tokens[1])


@dataclass
class Meeting:
    key: str  # local id within the article
    kind: str  # meeting | conference | summit | ...
    label: str  # the meeting's name as written
    label_ev: Evidence
    subkind: str | None = None  # ministerial | plenary | ...
    name_words: frozenset[str] = frozenset()
    fragment: bool = False  # named only by an indefinite noun ('اجتماعاً إقليميا'): a name is built for it
    date: Fact | None = None
    end_date: Fact | None = None
    country: Fact | None = None
    city: Fact | None = None
    convener: Fact | None = None  # org id
    chairs: list[Fact] = field(default_factory=list)  # Agent
    participants: list[Fact] = field(default_factory=list)  # Agent
    participant_count: Fact | None = None
    speakers: list[Fact] = field(default_factory=list)  # person key
    part_of: Fact | None = None  # key of another Meeting
    virtual: bool = False
    primary: bool = False
    sentences: list[int] = field(default_factory=list)
    created_in: int = -1  # sentence of the mention that made it
    sidelines_of: str | None = None  # key of the meeting it was held on the sidelines of
    event_sentences: list[int] = field(default_factory=list)  # sentences that date it


@dataclass
class Pledge:
    donor: Fact  # Agent
    amount: Fact  # Decimal
    currency: Fact  # ISO 4217
    bound: str | None = None  # approximate | lower_bound | upper_bound
    announced_by: Fact | None = None  # person key
    meeting: Fact | None = None  # meeting key
    purpose: Fact | None = None  # text as written


@dataclass
class OrgFact:
    """A fact about an organisation stated in passing (its member count)."""

    org: str
    prop: str  # memberCount
    value: Any
    ev: Evidence


@dataclass
class Extraction:
    """Everything one article yields."""

    published: Fact | None = None  # dt.date
    dateline_city: Fact | None = None  # city id
    dateline_country: str | None = None
    agency: str | None = None
    sentences: list[tuple[int, int]] = field(default_factory=list)  # original offsets
    meetings: list[Meeting] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    pledges: list[Pledge] = field(default_factory=list)
    org_facts: list[OrgFact] = field(default_factory=list)
    entities: set[tuple[str, str]] = field(default_factory=set)  # (kind, id) mentioned

    def person(self, key: str) -> Person | None:
        return next((p for p in self.people if p.key == key), None)


__all__ = ["Evidence", "evidence", "Fact", "Agent", "Person", "Meeting", "Pledge", "OrgFact", "Extraction",
           "Decimal", "dt"]
