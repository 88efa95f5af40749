"""RDF: the closed vocabulary matches the ontology; every fact carries checkable evidence."""
from __future__ import annotations


import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF

from kg.rdf import article_graph
from kg.read import Article
from kg.vocab import CTKG, NIF, ONTOLOGY

from .conftest import ROOT, SHARED

ONTO = Graph().parse(ROOT / "ontology" / "ctkg.ttl", format="turtle")


def declared() -> set[str]:
    return {str(s)[len(ONTOLOGY):] for s in ONTO.subjects(RDF.type, None)
            if str(s).startswith(ONTOLOGY)}


def test_vocab_and_ontology_define_the_same_terms():
    terms = {t for t in CTKG.__annotations__}
    assert terms == declared()


def test_closed_namespace_refuses_typos():
    with pytest.raises(AttributeError):
        CTKG.heldIm  # noqa: B018


@pytest.mark.parametrize("term", sorted(declared()))
def test_every_term_has_labels_and_comments_in_english_and_arabic(term):
    node = URIRef(ONTOLOGY + term)
    from rdflib.namespace import RDFS

    for prop in (RDFS.label, RDFS.comment):
        langs = {o.language for o in ONTO.objects(node, prop)}
        assert {"en", "ar"} <= langs, (term, prop)


CONTRACT_CLASSES = ["Article", "Meeting", "Country", "Organization", "Person", "Pledge"]
CONTRACT_PROPS = ["mentionedIn", "sourceFile", "published", "date", "endDate", "heldIn", "chair", "convenedBy",
                  "partOf", "participantCount", "participant", "speaker", "represents", "position", "donor",
                  "amount", "currency", "announcedAt", "announcedBy", "purpose", "isoCode"]


def test_contract_terms_are_declared():
    assert set(CONTRACT_CLASSES + CONTRACT_PROPS) <= declared()


def test_ontology_aligns_to_standard_vocabularies():
    text = (ROOT / "ontology" / "ctkg.ttl").read_text(encoding="utf-8")
    for term in ("sem:Event", "sem:hasActor", "schema:Event", "schema:superEvent", "schema:MonetaryGrant",
                 "schema:funder", "org:", "prov:"):
        assert term in text


def _graph():
    import pyoxigraph as ox

    from kg.extract import extract
    from kg.describe import lexicon_graph

    text = (SHARED / "seeds" / "seed-2018-ministerial.txt").read_text(encoding="utf-8")
    art = Article(text=text, source_file="seed.txt")
    g, quads, entities = article_graph(art, extract(art))
    data = ox.serialize([*quads, *lexicon_graph(entities)], format=ox.RdfFormat.N_QUADS)
    from rdflib import Dataset

    ds = Dataset()
    ds.parse(data=data.decode("utf-8"), format="nquads")
    union = Graph()
    for s_, p_, o_, _ in ds.quads((None, None, None, None)):
        union.add((s_, p_, o_))
    return text, g, union


def test_every_assertion_points_at_its_text():
    text, _, graph = _graph()
    assertions = list(graph.subjects(RDF.type, CTKG.Assertion))
    assert len(assertions) > 20
    for a in assertions:
        begin = int(graph.value(a, NIF.beginIndex))
        end = int(graph.value(a, NIF.endIndex))
        s, p, o = graph.value(a, RDF.subject), graph.value(a, RDF.predicate), graph.value(a, RDF.object)
        assert (s, p, o) in graph
        sentence = graph.value(a, CTKG.sentence)
        sb, se = int(graph.value(sentence, NIF.beginIndex)), int(graph.value(sentence, NIF.endIndex))
        assert str(graph.value(sentence, NIF.anchorOf)) == text[sb:se]
        assert sb <= begin and end <= se or p == CTKG.published
        if p == CTKG.amount:
            assert text[begin:end] == "200 مليون دولار امريكي"


def test_canonical_country_node():
    _, _, graph = _graph()
    kw = URIRef("https://w3id.org/ctkg/id/country/KW")
    assert (kw, CTKG.isoCode, Literal("KW")) in graph
    labels = {(o.language, str(o)) for o in graph.objects(kw, URIRef("http://www.w3.org/2000/01/rdf-schema#label"))}
    assert ("ar", "الكويت") in labels and ("en", "Kuwait") in labels
    assert (kw, OWL.sameAs, URIRef("http://www.wikidata.org/entity/Q817")) in graph


def test_well_known_officials_get_an_english_label_beside_the_arabic():
    """officials.yaml is enrichment: a person the rules found and the list knows gets its English
    name beside the Arabic one as written."""
    _, _, graph = _graph()
    label = URIRef("http://www.w3.org/2000/01/rdf-schema#label")
    people = [{(o.language, str(o)) for o in graph.objects(p, label)} for p in graph.subjects(RDF.type, CTKG.Person)]
    for en in ("Sabah Al-Khalid Al-Sabah", "Rex Tillerson"):
        known = [ls for ls in people if ("en", en) in ls]
        assert len(known) == 1 and any(lang == "ar" for lang, _ in known[0])


def test_contract_classes_asserted_not_inferred():
    _, _, graph = _graph()
    for cls in ("Article", "Meeting", "Country", "Person", "Pledge", "Organization"):
        assert list(graph.subjects(RDF.type, CTKG[cls])), cls
