"""Records -> RDF: one named graph per article, every fact with its evidence.

Each fact ``(s, p, o)`` is written as the triple itself and as a
``ctkg:Assertion`` (an ``rdf:Statement``) that names the rule which produced
it, its confidence, the sentence and the character offsets of the evidence in
the original article text (NIF ``beginIndex``/``endIndex``), so
``SELECT ... WHERE { ?a rdf:subject ?s ; ctkg:confidence ?c FILTER(?c > 0.7) }``
filters weak facts and ``kg explain`` can show the text behind every edge.

Countries and known organisations are canonical nodes (``id/country/KW``,
``id/org/EU``) described in every graph that uses them, so removing one
article's graph never leaves another article's nodes without labels.
"""
from __future__ import annotations

import hashlib
from decimal import Decimal
from urllib.parse import quote

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, OWL, PROV, RDF, RDFS, XSD

from . import __version__
from .arabic import strip_bidi
from .extract.records import Agent, Evidence, Extraction, Fact
from .lexicon import Lexicon, load
from .read import Article
from .vocab import CTKG, NIF, WD, iri

Triple = tuple[URIRef, URIRef, object]

_MEETING_CLASS = {"conference": CTKG.Conference, "summit": CTKG.Summit}
_ORG_CLASS = {"working_group": CTKG.WorkingGroup, "coalition": CTKG.Coalition}


def _h(*parts) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


def article_iri(article_id: str) -> URIRef:
    return iri("article", article_id)


def graph_iri(article_id: str) -> URIRef:
    return iri("graph", article_id)


def person_iri(key: str) -> URIRef:
    return iri("person", quote(key.replace(" ", "-"), safe="-"))


def agent_iri(agent: Agent) -> URIRef:
    if agent.kind == "country":
        return iri("country", agent.id)
    if agent.kind == "org":
        return iri("org", agent.id)
    return person_iri(agent.id)


def meeting_iri(convener: str | None, kind: str, date, country: str | None, article_id: str) -> URIRef:
    """Stable across builds and articles: the convener (or kind), first day and place;
    a meeting with no date stays the article's own."""
    anchor = date.isoformat() if date else f"undated:{article_id}"
    return iri("meeting", _h(convener or kind, anchor, country or ""))


class GraphBuilder:
    def __init__(self, article: Article, x: Extraction, lex: Lexicon):
        self.article, self.x, self.lex = article, x, lex
        self.a = article_iri(article.id)
        self.g = graph_iri(article.id)
        self.triples: list[Triple] = []
        self._described: set[URIRef] = set()
        self._sentences: set[int] = set()

    def add(self, s, p, o) -> None:
        self.triples.append((s, p, o))

    def fact(self, s, p, o, ev: Evidence) -> None:
        """The triple and its evidence."""
        self.add(s, p, o)
        node = iri("fact", _h(self.article.id, s, p, o))
        text = self.article.text[ev.start:ev.end]
        self.add(node, RDF.type, CTKG.Assertion)
        self.add(node, RDF.subject, s)
        self.add(node, RDF.predicate, p)
        self.add(node, RDF.object, o)
        self.add(node, CTKG.rule, Literal(ev.rule))
        self.add(node, CTKG.confidence, Literal(Decimal(str(round(ev.confidence, 2))), datatype=XSD.decimal))
        self.add(node, NIF.beginIndex, Literal(ev.start, datatype=XSD.nonNegativeInteger))
        self.add(node, NIF.endIndex, Literal(ev.end, datatype=XSD.nonNegativeInteger))
        self.add(node, NIF.anchorOf, Literal(strip_bidi(text)))
        self.add(node, PROV.wasDerivedFrom, self.a)
        if 0 <= ev.sentence < len(self.x.sentences):
            self.add(node, CTKG.sentence, self._sentence(ev.sentence))

    def _sentence(self, n: int) -> URIRef:
        node = URIRef(f"{self.a}/s{n}")
        if n not in self._sentences:
            self._sentences.add(n)
            start, end = self.x.sentences[n]
            self.add(node, RDF.type, CTKG.Sentence)
            self.add(node, RDF.type, NIF.Sentence)
            self.add(node, NIF.beginIndex, Literal(start, datatype=XSD.nonNegativeInteger))
            self.add(node, NIF.endIndex, Literal(end, datatype=XSD.nonNegativeInteger))
            self.add(node, NIF.anchorOf, Literal(strip_bidi(self.article.text[start:end])))
            self.add(node, NIF.referenceContext, self.a)
        return node

    # -- canonical nodes ------------------------------------------------------------
    def agent(self, agent: Agent) -> URIRef:
        node = agent_iri(agent)
        if node in self._described:
            return node
        self._described.add(node)
        if agent.kind == "country":
            e = self.lex.entity("country", agent.id)
            self.add(node, RDF.type, CTKG.Country)
            self.add(node, CTKG.isoCode, Literal(agent.id))
        elif agent.kind == "org":
            e = self.lex.entity("org", agent.id)
            self.add(node, RDF.type, CTKG.Organization)
            if e is not None:
                kind = e.extra.get("kind")
                if kind in _ORG_CLASS:
                    self.add(node, RDF.type, _ORG_CLASS[kind])
                if kind:
                    self.add(node, CTKG.orgKind, Literal(kind))
                if e.extra.get("parent"):
                    parent = Agent("org", e.extra["parent"])
                    self.add(node, CTKG.parentOrganization, self.agent(parent))
        else:
            return node
        if e is not None:
            self.add(node, RDFS.label, Literal(e.ar, lang="ar"))
            self.add(node, RDFS.label, Literal(e.en, lang="en"))
            self.add(node, CTKG.lexiconId, Literal(e.id))
            if e.wikidata:
                self.add(node, OWL.sameAs, WD[e.wikidata])
        self.add(node, CTKG.mentionedIn, self.a)
        return node

    def person(self, key: str) -> URIRef:
        return person_iri(key)

    # -- the article ------------------------------------------------------------------
    def build(self) -> list[Triple]:
        art, x, a = self.article, self.x, self.a
        self.add(a, RDF.type, CTKG.Article)
        self.add(a, CTKG.sourceFile, Literal(art.source_file))
        self.add(a, CTKG.contentHash, Literal(art.id))
        self.add(a, CTKG.extractorVersion, Literal(__version__))
        for prop, value in ((CTKG.title, art.title), (CTKG.url, art.url), (CTKG.outlet, art.source)):
            if value:
                self.add(a, prop, Literal(strip_bidi(value)))
        if x.published:
            self.fact(a, CTKG.published, Literal(x.published.value, datatype=XSD.date), x.published.ev)
        if x.agency:
            self.add(a, CTKG.agency, Literal(x.agency))
        if x.dateline_city:
            self.fact(a, CTKG.datelineCity, self.city(x.dateline_city.value), x.dateline_city.ev)
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
            self.fact(node, CTKG.memberCount, Literal(int(f.value), datatype=XSD.integer), f.ev)
        return self.triples

    def city(self, city_id: str) -> URIRef:
        node = iri("place", city_id)
        if node not in self._described:
            self._described.add(node)
            e = self.lex.entity("city", city_id)
            self.add(node, RDF.type, CTKG.City)
            self.add(node, RDFS.label, Literal(e.ar, lang="ar"))
            self.add(node, RDFS.label, Literal(e.en, lang="en"))
            self.add(node, CTKG.country, self.agent(Agent("country", e.country)))
            self.add(node, CTKG.mentionedIn, self.a)
        return node

    def build_person(self, p) -> None:
        node = self.person(p.key)
        self.add(node, RDF.type, CTKG.Person)
        self.add(node, CTKG.localKey, Literal(str(node)))
        self.fact(node, RDFS.label, Literal(strip_bidi(p.name), lang="ar"), p.name_ev)
        self.add(node, CTKG.mentionedIn, self.a)
        rep = self.agent(p.represents.value) if p.represents else None
        if p.position:
            label = Literal(strip_bidi(p.position.value), lang="ar")
            self.fact(node, CTKG.position, label, p.position.ev)
            post = iri("post", _h(node, p.position.value, rep or ""))
            self.add(node, CTKG.holds, post)
            self.add(post, RDF.type, CTKG.Post)
            self.add(post, RDFS.label, label)
            if rep is not None:
                self.add(post, ORG.postIn, rep)
        if p.represents:
            self.fact(node, CTKG.represents, rep, p.represents.ev)

    def meeting_node(self, m) -> URIRef:
        return meeting_iri(m.convener.value if m.convener else None, m.kind,
                           m.date.value if m.date else None, m.country.value if m.country else None,
                           self.article.id)

    def build_meeting(self, m, nodes: dict[str, URIRef]) -> None:
        node = nodes[m.key]
        self.add(node, RDF.type, CTKG.Meeting)
        self.add(node, CTKG.localKey, Literal(str(node)))
        if m.kind in _MEETING_CLASS:
            self.add(node, RDF.type, _MEETING_CLASS[m.kind])
        if m.subkind == "ministerial":
            self.add(node, RDF.type, CTKG.MinisterialMeeting)
        if m.subkind:
            self.add(node, CTKG.meetingKind, Literal(m.subkind))
        self.fact(node, RDFS.label, Literal(strip_bidi(m.label), lang="ar"), m.label_ev)
        self.add(node, CTKG.mentionedIn, self.a)
        if m.date:
            self.fact(node, CTKG.date, Literal(m.date.value, datatype=XSD.date), m.date.ev)
        if m.end_date:
            self.fact(node, CTKG.endDate, Literal(m.end_date.value, datatype=XSD.date), m.end_date.ev)
        if m.country:
            self.fact(node, CTKG.heldIn, self.agent(Agent("country", m.country.value)), m.country.ev)
        if m.city:
            self.fact(node, CTKG.city, self.city(m.city.value), m.city.ev)
        if m.virtual:
            self.add(node, CTKG.virtual, Literal(True))
        if m.convener:
            self.fact(node, CTKG.convenedBy, self.agent(Agent("org", m.convener.value)), m.convener.ev)
        for c in m.chairs:
            self.fact(node, CTKG.chair, self.agent(c.value), c.ev)
        for c in m.participants:
            self.fact(node, CTKG.participant, self.agent(c.value), c.ev)
        if m.participant_count:
            self.fact(node, CTKG.participantCount,
                      Literal(int(m.participant_count.value), datatype=XSD.integer), m.participant_count.ev)
        for s in m.speakers:
            self.fact(node, CTKG.speaker, self.person(s.value), s.ev)
        if m.part_of and m.part_of.value in nodes:
            self.fact(node, CTKG.partOf, nodes[m.part_of.value], m.part_of.ev)

    def build_pledge(self, pl, nodes: dict[str, URIRef]) -> None:
        meeting = nodes.get(pl.meeting.value) if pl.meeting else None
        donor = self.agent(pl.donor.value)
        node = iri("pledge", _h(donor, pl.amount.value, pl.currency.value, meeting or self.article.id))
        self.add(node, RDF.type, CTKG.Pledge)
        self.add(node, CTKG.localKey, Literal(str(node)))
        self.add(node, CTKG.mentionedIn, self.a)
        self.add(node, RDFS.label, Literal(f"{pl.amount.value:,.0f} {pl.currency.value}", lang="en"))
        self.fact(node, CTKG.donor, donor, pl.donor.ev)
        self.fact(node, CTKG.amount, Literal(Decimal(pl.amount.value), datatype=XSD.decimal), pl.amount.ev)
        self.fact(node, CTKG.currency, Literal(pl.currency.value), pl.currency.ev)
        if pl.bound:
            self.add(node, CTKG.amountQualifier, Literal(pl.bound))
        if meeting is not None:
            self.fact(node, CTKG.announcedAt, meeting, pl.meeting.ev)
        if pl.announced_by:
            self.fact(node, CTKG.announcedBy, self.person(pl.announced_by.value), pl.announced_by.ev)
        if pl.purpose:
            self.fact(node, CTKG.purpose, Literal(strip_bidi(pl.purpose.value), lang="ar"), pl.purpose.ev)


def article_graph(article: Article, x: Extraction, lex: Lexicon | None = None) -> tuple[URIRef, list[Triple]]:
    """(named graph IRI, triples) for one article."""
    b = GraphBuilder(article, x, lex or load())
    return b.g, b.build()


__all__ = ["article_graph", "article_iri", "graph_iri", "person_iri", "meeting_iri", "agent_iri",
           "Fact", "DCTERMS"]
