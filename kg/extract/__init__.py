"""Extraction: one article -> meetings, officials and pledges, each fact with evidence.

An :class:`~kg.extract.analysis.Analysis` holds the article's words and all that
is found so far; the passes listed in order in :mod:`kg.extract.passes` read it
and add to it (``PASS_NAMES`` is the order, like spaCy's ``pipe_names``):

1. :mod:`.context`   dateline city, agency and publication date (:mod:`.published`)
2. :mod:`.officials` people introduced by an office or honorific, and whom they act for
3. :mod:`.meetings`  the meetings reported, with date, place, convener, chairs, counts
4. :mod:`.roles`     who spoke at or attended each meeting
5. :mod:`.pledges`   money committed, by whom, at which meeting

:mod:`.refs` resolves what points back (a generic noun to its organisation, a
bare office to its holder); :mod:`.records` holds the records extraction returns.
"""
from __future__ import annotations

from ..lexicon import Lexicon
from ..memory import gc_paused
from ..read import Article
from ..spot import Doc
from .analysis import Analysis, analyse
from .passes import PASS_NAMES, run
from .records import Extraction, Fact

__all__ = ["extract", "analyse", "Analysis", "PASS_NAMES"]


def extract(article: Article, lex: Lexicon | None = None, doc: Doc | None = None) -> Extraction:
    """Everything ``article`` yields, as plain records (no RDF yet)."""
    with gc_paused():  # the records are acyclic: reference counting frees them
        return result(run(analyse(article, lex, doc)))


def result(an: Analysis) -> Extraction:
    """The records an analysis holds once every pass has run."""
    ctx, doc = an.ctx, an.doc
    out = Extraction(published=ctx.published, dateline_country=ctx.country, agency=ctx.agency,
                     meetings=an.meetings, people=an.people, pledges=an.pledges, org_facts=an.org_facts)
    if ctx.city:
        out.dateline_city = Fact(ctx.city, ctx.city_ev)
    out.sentences = [doc.sentence_span(i) for i in range(len(doc.sentences))]
    out.entities = {(e.kind, e.id) for m in doc.mentions for e in m.entries if e.role == "name"}
    return out
