"""Extraction: one article's Doc -> meetings, officials and pledges, each fact with evidence.

Stages, in the order they run (each its own module):

1. :mod:`.context`   dateline city, agency and publication date
2. :mod:`.officials` people introduced by an office or honorific, and whom they act for
3. :mod:`.meetings`  the meetings reported, with date, place, convener, chairs, counts
4. :mod:`.roles`     who spoke at or attended each meeting
5. :mod:`.pledges`   money committed, by whom, at which meeting
"""
from __future__ import annotations

from ..lexicon import Lexicon
from ..memory import gc_paused
from ..read import Article
from ..spot import Doc, spot
from .context import read_context
from .meetings import find_meetings
from .officials import find_officials
from .pledges import find_pledges
from .records import Extraction, Fact
from .roles import assign_roles


def extract(article: Article, lex: Lexicon | None = None, doc: Doc | None = None) -> Extraction:
    """Everything ``article`` yields, as plain records (no RDF yet)."""
    with gc_paused():  # the records are acyclic: reference counting frees them
        return _extract(article, lex, doc)


def _extract(article: Article, lex: Lexicon | None, doc: Doc | None) -> Extraction:
    doc = doc or spot(article.text, lex)
    ctx = read_context(doc, article.published)
    people, finder = find_officials(doc, ctx)
    meetings, mf = find_meetings(doc, ctx, people, finder)
    assign_roles(doc, people, finder, meetings, mf.anchor)
    pledges = find_pledges(doc, ctx, people, meetings, mf.anchor)
    out = Extraction(published=ctx.published, dateline_country=ctx.country, agency=ctx.agency,
                     meetings=meetings, people=people, pledges=pledges, org_facts=mf.org_facts)
    if ctx.city:
        out.dateline_city = Fact(ctx.city, ctx.city_ev)
    out.sentences = [doc.sentence_span(i) for i in range(len(doc.sentences))]
    out.entities = {(e.kind, e.id) for m in doc.mentions for e in m.entries if e.role == "name"}
    return out
