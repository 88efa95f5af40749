"""A place named as a state that is also a city's name ('عمان': Oman or Amman), read as the city
where the page or the sentence is of the city's state, or where it is written as the dateline's
city is, or with its doubling mark ('عمّان')."""
from __future__ import annotations

from ...arabic import SHADDA
from ...data import words
from ..analysis import Analysis
from .phrase import bare

CONTEXT = words("context")


def homonym(an: Analysis, m, a: int, b: int):
    """(city, country) entries of a place mention, a state's name that is also a city's read
    as the city ('تستضيفه عمان': Amman) where the dateline, the agency or the sentence is of
    the city's state and nothing in the sentence names the other ('سلطنة', 'العماني')."""
    city, country = m.first("city"), m.first("country")
    if city is not None or country is None or m.end - m.start != 1:
        return city, country
    city_id = CONTEXT.homonym_cities.get(bare(an.words[m.start]))
    if city_id is None:
        return city, country
    home = an.lex.entity("city", city_id).country
    said = {x.first("country").id for x in an.doc.mentions_in(a, b) if x is not m and x.first("country")}
    if country.id in said or any(t in CONTEXT.state_titles for t in an.words[max(a, m.start - 2):m.start]):
        return city, country
    if home in said or home in (an.ctx.country, an.ctx.home) or SHADDA in an.doc.surface(m.start, m.end):
        return CityEntry(city_id), None  # (or written with its doubling mark: 'عمّان')
    return city, country


class CityEntry:
    """A city entry read from a homonym state name (what ``m.first("city")`` gives)."""

    kind = "city"
    role = "name"

    def __init__(self, id_: str):
        self.id = id_


def dateline_word(an: Analysis, m):
    """The dateline's city when mention m is written as the dateline's city is: one word, one place."""
    if not an.ctx.city or m.start < an.ctx.dateline_end:
        return None
    for d in an.doc.mentions_in(0, an.ctx.dateline_end):
        c = d.first("city")
        if c is not None and c.id == an.ctx.city and an.words[d.start:d.end] == an.words[m.start:m.end]:
            return c
    return None
