"""The one object extraction works on: an article's words and everything found in it so far.

Each pass (listed in order in :mod:`kg.extract.passes`) reads what earlier
passes put here and adds its own: the dateline context, the people and the
offices that introduce them, the meeting mentions and the meetings they name,
the anchor of each sentence, the pledges. A pass can be tested alone on an
:class:`Analysis` built from a text with :func:`analyse`.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..lexicon import Lexicon
from ..read import Article
from ..spot import Doc, spot
from .context import Context
from .records import Evidence, Meeting, OrgFact, Person, Pledge, evidence_at


@dataclass
class PositionInfo:
    """What a position phrase says about whom its holder acts for."""

    adjectives: list[tuple[str, int]] = field(default_factory=list)  # (ISO, token)
    orgs: list[tuple[str, int]] = field(default_factory=list)
    implied: list[tuple[str, int]] = field(default_factory=list)  # the body an office names by itself
    countries: list[tuple[str, int]] = field(default_factory=list)  # named, not after في/لدى
    located: list[tuple[str, int]] = field(default_factory=list)  # after في/لدى: where, not whom
    generic: list[tuple[str, int]] = field(default_factory=list)  # "التحالف" -> resolved later
    the_country: bool = False  # "أمير البلاد"
    possessed: bool = False  # "وزير خارجيتها": the office of a state named before


@dataclass
class TitleMention:
    """A position with no name after it: refers back to someone ("الوزير التركي")."""

    start: int
    end: int
    position: str  # folded head words, adjectives left out
    country: str | None


@dataclass
class MeetingMention:
    """One mention of a meeting noun and the name phrase after it."""

    start: int
    trigger_end: int
    end: int
    kind: str
    sent: int
    name_words: frozenset[str]
    orgs: list[str]
    possessive: bool
    within: bool = False
    subkind: str | None = None
    sidelines: bool = False  # "على هامش X": X is another meeting, never the one reported
    told_at: int | None = None  # where its sentence tells of it, if before it ('اجتمع ... في مؤتمر')
    dates: list = field(default_factory=list)  # ((first, last), DateExpr) of its stretch
    vague: bool = False  # its stretch says only "next week", "later this month": no day
    segment: tuple[int, int] = (0, 0)  # the stretch of the sentence its facts are read from
    entity: Meeting | None = None


@dataclass
class Analysis:
    """One article under extraction."""

    article: Article
    doc: Doc
    ctx: Context | None = None
    # officials
    people: list[Person] = field(default_factory=list)
    titles: list[TitleMention] = field(default_factory=list)  # offices with no name after them
    info: dict[str, PositionInfo] = field(default_factory=dict)  # person key -> what the office says
    by_word: dict[str, set[int]] = field(default_factory=dict)  # name word -> indices into people
    name_sizes: list[int] = field(default_factory=list)  # distinct name words of each person
    introduced: set[int] = field(default_factory=set)  # tokens inside some person's introduction
    # meetings
    headlines: set[int] = field(default_factory=set)  # title and byline sentences
    live: set[int] = field(default_factory=set)  # ... of them, a live blog's headline ('مباشر | مؤتمر ...')
    meeting_mentions: list[MeetingMention] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    primary: Meeting | None = None
    anchor: dict[int, Meeting] = field(default_factory=dict)  # sentence -> meeting its facts belong to
    undated: set[str] = field(default_factory=set)  # meeting keys announced for an unsaid day
    dated: dict[str, list] = field(default_factory=dict)  # meeting key -> day expressions its mentions claim
    segments: dict[str, list] = field(default_factory=dict)  # meeting key -> (sentence, start, end, dating)
    editions: dict[str, Meeting] = field(default_factory=dict)  # meeting key -> the one of its series read before
    written_year: dt.date | bool | None = None  # the one year of the dates written out (False: none or several)
    eventful: dict[int, bool] = field(default_factory=dict)  # sentence -> states an event
    person_index: tuple[dict, dict] | None = None  # token -> person (introductions, later mentions)
    org_facts: list[OrgFact] = field(default_factory=list)
    pledges: list[Pledge] = field(default_factory=list)

    @property
    def lex(self) -> Lexicon:
        return self.doc.lex

    @property
    def words(self) -> list[str]:
        return self.doc.words

    @property
    def weekday_words(self):
        return self.doc.lex.weekdays

    def ev(self, i: int, j: int, rule_id: str) -> Evidence:
        """Evidence for tokens [i, j) resting on rule ``rule_id`` (its confidence from the registry)."""
        return evidence_at(self.doc, i, j, rule_id)

    def trig(self, name: str, k: int):
        """The trigger list ``name`` matched at token k: (values, length, prefix) or None."""
        return self.lex.triggers[name].match(self.words, k)


def analyse(article: Article, lex: Lexicon | None = None, doc: Doc | None = None) -> Analysis:
    """A fresh analysis of ``article``: its words spotted, nothing extracted yet."""
    return Analysis(article=article, doc=doc or spot(article.text, lex))
