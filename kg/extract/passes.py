"""The order extraction runs in: one pass per line, each a small function over the :class:`Analysis`.

Read top to bottom, this is how an article becomes facts. Every pass reads what
the passes above it put on the analysis and adds its own; none looks ahead.
``kg rules`` lists the rules the passes apply, with their confidences.
"""
from __future__ import annotations

from collections.abc import Callable

from . import context, pledges, roles
from .analysis import Analysis
from .meetings import chairs, counts, defaults, mentions, referents, when_where
from .officials import introductions, lists, persons, represents

Pass = Callable[[Analysis], None]

PASSES: tuple[tuple[str, Pass], ...] = (
    ("context", context.read),                          # dateline city, agency, publication date
    ("officials.introductions", introductions.find),    # people introduced by office or honorific
    ("officials.lists", lists.find),                    # people listed under a plural office, by state
    ("officials.surnames", persons.surname_mentions),   # later mentions by surname alone
    ("officials.represents", represents.assign),        # whom each official acts for
    ("meetings.mentions", mentions.find),               # meeting nouns and their name phrases
    ("meetings.referents", referents.resolve),          # which meeting each mention names
    ("meetings.when_where", when_where.find),           # days and place from each meeting's text
    ("meetings.chairs", chairs.find),                   # who chaired
    ("meetings.counts", counts.find),                   # how many took part; member counts
    ("meetings.defaults", defaults.fill),               # host's, article's or dateline's day and place
    ("meetings.drop_undated", defaults.drop_undated),   # meetings that never got a day
    ("roles", roles.assign),                            # who spoke at or attended each meeting
    ("pledges", pledges.find),                          # money committed, by whom, at which meeting
    ("officials.announcers", represents.announcers),    # an announcer acts for the state whose pledge
)

PASS_NAMES = tuple(name for name, _ in PASSES)


def run(an: Analysis, until: str | None = None) -> Analysis:
    """Run the passes in order on ``an`` (up to and including ``until``, for tests)."""
    for name, step in PASSES:
        step(an)
        if name == until:
            break
    return an
