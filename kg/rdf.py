"""Records -> RDF: one named graph per article, every fact with its evidence.

Each fact ``(s, p, o)`` is written as the triple itself and as a
``ctkg:Assertion`` (an ``rdf:Statement``) naming the rule that produced it,
its confidence, the sentence and the character offsets of the evidence in
the original article text (NIF ``beginIndex``/``endIndex``), so
``SELECT ... WHERE { ?a rdf:subject ?s ; ctkg:confidence ?c FILTER(?c > 0.7) }``
filters weak facts and ``kg explain`` shows the text behind every edge. The
evidence text itself is the sentence's ``nif:anchorOf`` between those offsets.

Countries, organisations and cities are canonical nodes (``id/country/KW``,
``id/org/EU``): their labels, ISO codes and Wikidata links live once in the
store's lexicon graph (:mod:`kg.describe`); an article graph only says it
mentions them.

Terms are built directly as pyoxigraph terms: building them with rdflib and
converting cost more than the rest of the extraction (3-7 µs an rdflib
literal against 0.2 µs).
"""
from __future__ import annotations

from decimal import Decimal

import pyoxigraph as ox

from . import __version__
from .arabic import strip_bidi
from .extract.records import Agent, Evidence, Extraction
from .lexicon import Lexicon, load
from .read import Article
from .rules import GUESS
from .iris import (LEXICON_GRAPH, agent_iri, article_iri, entity_iri, fact_iri, graph_iri, meeting_iri,
                   person_iri, pledge_iri, post_iri, sentence_iri)
from .vocab import CTKG, NIF

RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS_NS = "http://www.w3.org/2000/01/rdf-schema#"
XSD_NS = "http://www.w3.org/2001/XMLSchema#"
OWL_SAME = ox.NamedNode("http://www.w3.org/2002/07/owl#sameAs")
ORG_POST_IN = ox.NamedNode("http://www.w3.org/ns/org#postIn")


class _Terms(dict):
    """ctkg vocabulary as pyoxigraph NamedNodes, made once."""

    def __missing__(self, name: str) -> ox.NamedNode:
        node = ox.NamedNode(str(CTKG[name]))
        self[name] = node
        return node


T = _Terms()
TYPE = ox.NamedNode(RDF_NS + "type")
SUBJECT, PREDICATE, OBJECT = (ox.NamedNode(RDF_NS + n) for n in ("subject", "predicate", "object"))
LABEL = ox.NamedNode(RDFS_NS + "label")
BEGIN, END, ANCHOR, CONTEXT = (ox.NamedNode(str(NIF[n])) for n in
                               ("beginIndex", "endIndex", "anchorOf", "referenceContext"))
XSD = {n: ox.NamedNode(XSD_NS + n) for n in ("date", "decimal", "integer", "nonNegativeInteger", "boolean")}

_MEETING_CLASS = {"conference": "Conference", "summit": "Summit"}
_ORG_CLASS = {"working_group": "WorkingGroup", "coalition": "Coalition"}


def _lit(value, dtype: str | None = None, lang: str | None = None) -> ox.Literal:
    if lang:
        return ox.Literal(str(value), language=lang)
    if dtype:
        return ox.Literal(str(value), datatype=XSD[dtype])
    return ox.Literal(str(value))


class GraphBuilder:
    def __init__(self, article: Article, x: Extraction, lex: Lexicon):
        self.article, self.x, self.lex = article, x, lex
        self.a = article_iri(article.id)
        self.g = graph_iri(article.id)
        self.quads: list[ox.Quad] = []
        self.entities: set[tuple[str, str]] = set()  # (kind, id) of canonical nodes used
        self._mentioned: set[str] = set()
        self._sentences: set[int] = set()
        self._people = {p.key: person_iri(p.key, _guessed_state(p)) for p in x.people}

    def person(self, key: str) -> ox.NamedNode:
        return self._people.get(key) or person_iri(key)

    def add(self, s, p, o) -> None:
        self.quads.append(ox.Quad(s, p, o, self.g))

    def fact(self, s, p, o, ev: Evidence) -> None:
        """The triple and its evidence."""
        self.add(s, p, o)
        node = fact_iri(self.article.id, s, p, o)
        self.add(node, TYPE, T["Assertion"])
        self.add(node, SUBJECT, s)
        self.add(node, PREDICATE, p)
        self.add(node, OBJECT, o)
        self.add(node, T["rule"], _lit(ev.rule))
        self.add(node, T["confidence"], _lit(round(ev.confidence, 2), "decimal"))
        self.add(node, BEGIN, _lit(ev.start, "nonNegativeInteger"))
        self.add(node, END, _lit(ev.end, "nonNegativeInteger"))
        # every assertion points at a sentence of its article: that is how the store finds
        # an article's evidence (kg.layout)
        self.add(node, T["sentence"], self._sentence(self._sentence_at(ev)))

    def _sentence_at(self, ev: Evidence) -> int:
        spans = self.x.sentences
        if 0 <= ev.sentence < len(spans):
            return ev.sentence
        return next((i for i, (b, e) in enumerate(spans) if b <= ev.start < e), 0 if spans else -1)

    def _sentence(self, n: int) -> ox.NamedNode:
        """Sentence ``n`` of the article (-1: an article of no sentence; the whole text)."""
        node = sentence_iri(self.a, max(n, 0))
        if n not in self._sentences:
            self._sentences.add(n)
            start, end = self.x.sentences[n] if n >= 0 else (0, len(self.article.text))
            self.add(node, TYPE, T["Sentence"])
            self.add(node, BEGIN, _lit(start, "nonNegativeInteger"))
            self.add(node, END, _lit(end, "nonNegativeInteger"))
            self.add(node, ANCHOR, _lit(strip_bidi(self.article.text[start:end])))
            self.add(node, CONTEXT, self.a)
        return node

    def mentioned(self, node: ox.NamedNode) -> None:
        if node.value not in self._mentioned:
            self._mentioned.add(node.value)
            self.add(node, T["mentionedIn"], self.a)

    def agent(self, agent: Agent) -> ox.NamedNode:
        node = self.person(agent.id) if agent.kind == "person" else agent_iri(agent)
        if agent.kind in ("country", "org"):
            self.entities.add((agent.kind, agent.id))
            self.mentioned(node)
        return node

    def city(self, city_id: str) -> ox.NamedNode:
        self.entities.add(("city", city_id))
        node = entity_iri("city", city_id)
        self.mentioned(node)
        return node

    # -- the article ----------------------------------------------------------------------
    def build(self) -> list[ox.Quad]:
        art, x, a = self.article, self.x, self.a
        self.add(a, TYPE, T["Article"])
        self.add(a, T["sourceFile"], _lit(art.source_file))
        self.add(a, T["contentHash"], _lit(art.id))
        self.add(a, T["extractorVersion"], _lit(__version__))
        for prop, value in (("title", art.title), ("url", art.url), ("outlet", art.source)):
            if value:
                self.add(a, T[prop], _lit(strip_bidi(value)))
        if x.published:
            self.fact(a, T["published"], _lit(x.published.value.isoformat(), "date"), x.published.ev)
        if x.agency:
            self.add(a, T["agency"], _lit(x.agency))
        if x.dateline_city:
            self.fact(a, T["datelineCity"], self.city(x.dateline_city.value), x.dateline_city.ev)
        for kind, ident in sorted(x.entities):
            if kind in ("country", "org"):
                self.agent(Agent(kind, ident))
        for p in x.people:
            self.build_person(p)
        meeting_nodes = {m.key: self.meeting_node(m) for m in x.meetings}
        for m in x.meetings:
            self.build_meeting(m, meeting_nodes)
        for pl in x.pledges:
            self.build_pledge(pl, meeting_nodes)
        for f in x.org_facts:
            node = self.agent(Agent("org", f.org))
            self.fact(node, T["memberCount"], _lit(int(f.value), "integer"), f.ev)
        return self.quads

    def build_person(self, p) -> None:
        node = self.person(p.key)
        self.add(node, TYPE, T["Person"])
        self.add(node, T["localKey"], _lit(node.value))
        self.fact(node, LABEL, _lit(strip_bidi(p.name), lang="ar"), p.name_ev)
        known = self.lex.official(p.key)  # (enrichment: a well-known official's English name)
        if known is not None:
            self.add(node, LABEL, _lit(known.en, lang="en"))
        self.mentioned(node)
        rep = self.agent(p.represents.value) if p.represents else None
        if p.position:
            label = _lit(strip_bidi(p.position.value), lang="ar")
            self.fact(node, T["position"], label, p.position.ev)
            post = post_iri(node.value, p.position.value, rep.value if rep else "")
            self.add(node, T["holds"], post)
            self.add(post, TYPE, T["Post"])
            self.add(post, LABEL, label)
            if rep is not None:
                self.add(post, ORG_POST_IN, rep)
        if p.represents:
            self.fact(node, T["represents"], rep, p.represents.ev)

    def meeting_node(self, m) -> ox.NamedNode:
        stated = (*(["chaired"] if any(c.value.kind != "person" for c in m.chairs) else []),
                  *(["counted"] if m.participant_count else []))
        return meeting_iri(m.convener.value if m.convener else None, m.kind,
                           m.date.value if m.date else None, m.country.value if m.country else None,
                           self.article.id, stated)

    def build_meeting(self, m, nodes: dict[str, ox.NamedNode]) -> None:
        node = nodes[m.key]
        self.add(node, TYPE, T["Meeting"])
        self.add(node, T["localKey"], _lit(node.value))
        if m.kind in _MEETING_CLASS:
            self.add(node, TYPE, T[_MEETING_CLASS[m.kind]])
        if m.subkind == "ministerial":
            self.add(node, TYPE, T["MinisterialMeeting"])
        if m.subkind:
            self.add(node, T["meetingKind"], _lit(m.subkind))
        self.fact(node, LABEL, _lit(strip_bidi(m.label), lang="ar"), m.label_ev)
        self.mentioned(node)
        if m.date:
            self.fact(node, T["date"], _lit(m.date.value.isoformat(), "date"), m.date.ev)
        if m.end_date:
            self.fact(node, T["endDate"], _lit(m.end_date.value.isoformat(), "date"), m.end_date.ev)
        if m.country:
            self.fact(node, T["heldIn"], self.agent(Agent("country", m.country.value)), m.country.ev)
        if m.city:
            self.fact(node, T["city"], self.city(m.city.value), m.city.ev)
        if m.virtual:
            self.add(node, T["virtual"], _lit("true", "boolean"))
        if m.convener:
            self.fact(node, T["convenedBy"], self.agent(Agent("org", m.convener.value)), m.convener.ev)
        for c in m.chairs:
            self.fact(node, T["chair"], self.agent(c.value), c.ev)
        for c in m.participants:
            self.fact(node, T["participant"], self.agent(c.value), c.ev)
        if m.participant_count:
            self.fact(node, T["participantCount"], _lit(int(m.participant_count.value), "integer"),
                      m.participant_count.ev)
        for s in m.speakers:
            self.fact(node, T["speaker"], self.person(s.value), s.ev)
        if m.part_of and m.part_of.value in nodes:
            self.fact(node, T["partOf"], nodes[m.part_of.value], m.part_of.ev)

    def build_pledge(self, pl, nodes: dict[str, ox.NamedNode]) -> None:
        meeting = nodes.get(pl.meeting.value) if pl.meeting else None
        donor = self.agent(pl.donor.value)
        node = pledge_iri(donor.value, pl.amount.value, pl.currency.value,
                          meeting.value if meeting else self.article.id)
        self.add(node, TYPE, T["Pledge"])
        self.add(node, T["localKey"], _lit(node.value))
        self.mentioned(node)
        self.add(node, LABEL, _lit(f"{pl.amount.value:,.0f} {pl.currency.value}", lang="en"))
        self.fact(node, T["donor"], donor, pl.donor.ev)
        self.fact(node, T["amount"], _lit(_decimal(pl.amount.value), "decimal"), pl.amount.ev)
        self.fact(node, T["currency"], _lit(pl.currency.value), pl.currency.ev)
        if pl.bound:
            self.add(node, T["amountQualifier"], _lit(pl.bound))
        if meeting is not None:
            self.fact(node, T["announcedAt"], meeting, pl.meeting.ev)
        if pl.announced_by:
            self.fact(node, T["announcedBy"], self.person(pl.announced_by.value), pl.announced_by.ev)
        if pl.purpose:
            self.fact(node, T["purpose"], _lit(strip_bidi(pl.purpose.value), lang="ar"), pl.purpose.ev)


def _decimal(value) -> str:
    d = Decimal(value).normalize()
    return format(d, "f")


def _guessed_state(p) -> str | None:
    """The state or body an official acts for when his article only guesses it (from its dateline):
    his node is then his own (kg.iris.person_iri), so one report's guess is not every report's."""
    r = p.represents
    return r.value.id if r is not None and r.ev.confidence <= GUESS else None


def article_graph(article: Article, x: Extraction, lex: Lexicon | None = None):
    """(named graph, quads, canonical entities used) for one article."""
    b = GraphBuilder(article, x, lex or load())
    quads = b.build()
    return b.g, quads, b.entities


__all__ = ["article_graph", "article_iri", "graph_iri", "person_iri", "meeting_iri",
           "agent_iri", "LEXICON_GRAPH"]
