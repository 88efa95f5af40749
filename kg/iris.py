"""Every IRI ctkg mints, in one place: ``https://w3id.org/ctkg/id/<kind>/<ident>``.

Identities are stable across builds: an article and its graph by the hash of its
text, a meeting by its convener (or kind), first day and country (and whether its report says
who chaired it and how many took part), a pledge by donor,
amount, currency and meeting, a fact by its article and triple; a person starts as
the folded name (and the state his article only guessed for him; resolution across
articles then renames it, :mod:`kg.resolve`).
"""
from __future__ import annotations

import hashlib
from urllib.parse import quote

import pyoxigraph as ox

from .vocab import BASE, CTKG

LEXICON_GRAPH = ox.NamedNode(BASE + "graph/lexicon")
_PLACE_KIND = {"country": "country", "org": "org", "city": "place"}


def digest(*parts) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


def mint(kind: str, ident: str) -> ox.NamedNode:
    return ox.NamedNode(f"{BASE}{kind}/{ident}")


def article_iri(article_id: str) -> ox.NamedNode:
    return mint("article", article_id)


def graph_iri(article_id: str) -> ox.NamedNode:
    return mint("graph", article_id)


def article_of_graph(graph: str) -> ox.NamedNode:
    """The article an article graph is about (``id/graph/H`` -> ``id/article/H``)."""
    return article_iri(graph.rsplit("/", 1)[-1])


def source_file_quad(graph: str, source_file: str) -> ox.Quad:
    """The statement of an article graph naming one file its text comes from."""
    return ox.Quad(article_of_graph(graph), ox.NamedNode(str(CTKG.sourceFile)), ox.Literal(source_file),
                   ox.NamedNode(graph))


def sentence_iri(article: ox.NamedNode, n: int) -> ox.NamedNode:
    return ox.NamedNode(f"{article.value}/s{n}")


def fact_iri(article_id: str, s, p, o) -> ox.NamedNode:
    return mint("fact", digest(article_id, s, p, o))


def person_iri(key: str, guessed: str | None = None) -> ox.NamedNode:
    """An official as one article knows him: ``<name>``, or ``<name>.<state>`` when the article
    only guessed whom he acts for (``guessed``: its dateline's state). The guess then stays that
    article's: resolution joins it to others of the same state, never to a node another article
    states another state for (kg.resolve)."""
    name = quote(key.replace(" ", "-"), safe="-").replace(".", "%2E")
    return mint("person", f"{name}.{quote(guessed, safe='')}" if guessed else name)


def person_name_part(iri: str) -> str:
    """The name part of a person IRI (:func:`person_iri`), quoted as minted: no guessed state."""
    return iri.rsplit("/", 1)[-1].split(".", 1)[0]


def entity_iri(kind: str, ident: str) -> ox.NamedNode:
    """A lexicon entity: country, org or city (a place)."""
    return mint(_PLACE_KIND[kind], ident)


def agent_iri(agent) -> ox.NamedNode:
    """A kg.extract.records.Agent: a country, an organisation or a person."""
    if agent.kind in ("country", "org"):
        return mint(agent.kind, agent.id)
    return person_iri(agent.id)


def meeting_iri(convener: str | None, kind: str, date, country: str | None, article_id: str,
                stated: tuple = ()) -> ox.NamedNode:
    """Stable across builds and articles: the convener (or kind), first day and place, and
    ``stated``: 'chaired' when the report says who chaired it, 'counted' when it says how many
    took part (see :func:`kg.resolve.rules.same_meeting`); a meeting with no date stays the
    article's own."""
    anchor = date.isoformat() if date else f"undated:{article_id}"
    return mint("meeting", digest(convener or kind, anchor, country or "", *stated))


def post_iri(person: str, position: str, represents: str) -> ox.NamedNode:
    return mint("post", digest(person, position, represents))


def pledge_iri(donor: str, amount, currency: str, where: str) -> ox.NamedNode:
    return mint("pledge", digest(donor, amount, currency, where))
