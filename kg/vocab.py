"""The ctkg vocabulary as a closed namespace: a typo fails instead of minting an IRI.

One term per line with what it means; ``ontology/ctkg.ttl`` defines the same
terms (a test keeps the two equal). Model: rdflib's ``rdflib/namespace/_ORG.py``.
"""
from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

BASE = "https://w3id.org/ctkg/id/"
ONTOLOGY = "https://w3id.org/ctkg/ontology#"

NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
SDO = Namespace("https://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")


class CTKG(DefinedNamespace):
    """Counter-terrorism coalition events: https://w3id.org/ctkg/ontology#"""

    _fail = True
    _NS = Namespace(ONTOLOGY)

    # Classes fixed by the interface contract
    Article: URIRef  # a news article the graph was extracted from
    Meeting: URIRef  # a meeting, conference or summit
    Country: URIRef  # a sovereign state (or territory with an ISO 3166-1 code)
    Organization: URIRef  # an international organisation, coalition, working group or forum
    Person: URIRef  # an official named in an article
    Pledge: URIRef  # money a state or organisation commits
    # More specific classes
    MinisterialMeeting: URIRef  # a meeting at the level of ministers
    Conference: URIRef  # a conference (مؤتمر)
    Summit: URIRef  # a summit (قمة)
    WorkingGroup: URIRef  # a working or focus group of a coalition
    Coalition: URIRef  # a coalition of states
    City: URIRef  # a city where meetings are held or datelines are written
    Assertion: URIRef  # one fact with its evidence: sentence, offsets, rule, confidence
    Sentence: URIRef  # a sentence of an article, with its offsets
    Post: URIRef  # an office an official holds (org:Post), in a state or organisation

    # Properties fixed by the interface contract
    mentionedIn: URIRef  # node -> Article it was extracted from
    sourceFile: URIRef  # Article -> base name of the input file (FILE#LINE for .jsonl)
    published: URIRef  # Article -> publication date
    date: URIRef  # Meeting -> first day
    endDate: URIRef  # Meeting -> last day
    heldIn: URIRef  # Meeting -> Country
    chair: URIRef  # Meeting or Organization -> chair (Country, Organization or Person)
    convenedBy: URIRef  # Meeting -> Organization whose meeting it is
    partOf: URIRef  # Meeting -> larger Meeting it was held within
    participantCount: URIRef  # Meeting -> number of participating states/organisations
    participant: URIRef  # Meeting -> named participant
    speaker: URIRef  # Meeting -> Person who addressed or opened it
    represents: URIRef  # Person -> Country or Organization the official acts for
    position: URIRef  # Person -> the office as written
    donor: URIRef  # Pledge -> Country or Organization
    amount: URIRef  # Pledge -> amount in units of the currency
    currency: URIRef  # Pledge -> ISO 4217 code
    announcedAt: URIRef  # Pledge -> Meeting
    announcedBy: URIRef  # Pledge -> Person
    purpose: URIRef  # Pledge -> what it is for, as written
    isoCode: URIRef  # Country -> ISO 3166-1 alpha-2

    # Further properties
    holds: URIRef  # Person -> Post (org:holds)
    localKey: URIRef  # node -> the IRI its article alone gives it, before resolution across articles
    city: URIRef  # Meeting -> City it was held in
    country: URIRef  # City -> Country it lies in
    meetingKind: URIRef  # Meeting -> kind as a word (ministerial, plenary ...)
    virtual: URIRef  # Meeting -> true when held online
    amountQualifier: URIRef  # Pledge -> approximate | lower_bound | upper_bound
    memberCount: URIRef  # Organization -> number of members an article states
    lexiconId: URIRef  # Country/Organization -> id in ctkg's lexicons
    parentOrganization: URIRef  # Organization -> body it belongs to
    orgKind: URIRef  # Organization -> kind in the lexicon (coalition, working_group ...)
    datelineCity: URIRef  # Article -> City of its dateline
    agency: URIRef  # Article -> news agency named in its dateline
    contentHash: URIRef  # Article -> sha256 of its text, shortened
    outlet: URIRef  # Article -> the outlet, from metadata
    url: URIRef  # Article -> where it was published, from metadata
    title: URIRef  # Article -> headline, from metadata
    sentence: URIRef  # Assertion -> Sentence the evidence lies in
    rule: URIRef  # Assertion -> id of the rule or lexicon entry that produced the fact
    confidence: URIRef  # Assertion -> 0..1
    extractorVersion: URIRef  # Article -> version of ctkg that built it

