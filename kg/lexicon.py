"""Loads and validates the lexicons in ``kg/data/lexicons`` and builds the matchers.

Lexicons are data: adding a country alias or a title never needs a code
change. Every string is folded with :func:`kg.arabic.fold` here, the same
function that folds article text, so spelling variants need no copies. A bad
entry raises :class:`~kg.errors.LexiconError` naming the file and entry id. Entities (states,
cities, bodies) load here; the closed word lists in :mod:`kg.lexicon_words`.
"""
from __future__ import annotations

from functools import cache

from .arabic import fold, stems
from .data import check, words
from .errors import LexiconError
from .lexicon_records import Entity, Entry
from .lexicon_words import LEXICON_DIR, WordLists, load_file
from .memory import gc_paused
from .name_forms import adjective_forms, foreign_spellings, topic_names
from .trie import PhraseTrie

DATES = words("dates")
LEXICON = words("lexicon")
MORPH = words("morphology")

__all__ = ["LEXICON_DIR", "Lexicon", "load"]  # LEXICON_DIR: where the files are, for tests and benchmarks

_load, _check = load_file, check


def _foreign(state: str) -> bool:
    """A state where Arabic is not spoken: its places have other spellings (name_forms.foreign_spellings).
    (Word lists fold ids to lower case.)"""
    return fold(state) not in LEXICON.arabic_states


class Lexicon(WordLists):
    """Every lexicon, folded and indexed for the spotter and the extractors."""

    def __init__(self):
        self.entities: dict[tuple[str, str], Entity] = {}
        self.trie = PhraseTrie()  # states, organisations, cities, armed groups
        self._seen: dict[str, str] = {}
        self._load_countries()
        self._load_cities()
        self._load_orgs("organisations.yaml", "org")
        self._load_orgs("armed_groups.yaml", "armed_group")
        for (kind, cid), city in self.entities.items():  # (cities load before the bodies they may stand for)
            if kind == "city" and city.extra.get("stands_for") and ("org", city.extra["stands_for"]) not in self.entities:
                raise LexiconError(f"cities.yaml: entry {cid}: stands_for {city.extra['stands_for']!r} is not an id")
        self._load_titles()
        self._load_calendar()
        self._load_numbers()
        self._load_currencies()
        self._load_triggers()
        self._load_stopwords()
        self._load_agencies()
        self._load_officials()
        # First words that can open a number or a date: a cheap test before the grammars run.
        self.number_starts = set(self.number_words) | set(self.fractions) | set(self.scales)
        self.date_starts = (set(self.months.root) | set(self.relative_days.root) | set(self.weekdays)
                            | set(self.ordinal_days.root) | set(DATES.day_words))

    # -- entities -----------------------------------------------------------
    def entity(self, kind: str, id_: str) -> Entity | None:
        return self.entities.get((kind, id_))

    def acting_for(self, org_id: str) -> tuple[str, str]:
        """(kind, id) whose acts an organisation's are: its own, a parent body's ('acts_for: UN'),
        or a state's ('acts_for: KW': a state's development fund gives for the state)."""
        target = self.entities[("org", org_id)].extra.get("acts_for")
        if target and ("org", target) not in self.entities and ("country", target) in self.entities:
            return "country", target  # (an organisation's id first: 'AU' is the African Union's)
        return "org", target or org_id

    def seat_state(self, org_id: str) -> str | None:
        """The state a body has its seat in ('seat'), or the body it is part of ('parent'), if known."""
        seen: set[str] = set()
        while org_id and org_id not in seen:
            seen.add(org_id)
            extra = self.entities[("org", org_id)].extra
            if extra.get("seat"):
                return self.entity("city", extra["seat"]).country
            org_id = extra.get("parent")
        return None

    def capital_state(self, city_id: str) -> str | None:
        """The state whose capital the city is ('واشنطن' stands for the United States), else None."""
        city = self.entity("city", city_id)
        return city.country if city is not None and city.extra.get("capital") else None

    def capital_agent(self, city_id: str) -> tuple[str, str] | None:
        """(kind, id) a capital stands for as an actor: the body it names ('بروكسل': the EU), else its state."""
        city = self.entity("city", city_id)
        if city is not None and city.extra.get("stands_for"):
            return "org", city.extra["stands_for"]
        state = self.capital_state(city_id)
        return ("country", state) if state else None

    def _add_phrase(self, file: str, owner: str, phrase: str, entry: Entry | None, trie: PhraseTrie | None = None) -> None:
        key = fold(phrase)
        if key in self._seen and self._seen[key] != owner and (entry is None or entry.kind != "city"):
            raise LexiconError(f"{file}: entry {owner}: {phrase!r} already names {self._seen[key]}")
        self._seen.setdefault(key, owner)
        (trie or self.trie).add(phrase, entry or owner)

    def _load_countries(self) -> None:
        file = "countries.yaml"
        for item in _load(file) or []:
            cid = item.get("id")
            if not (isinstance(cid, str) and len(cid) == 2 and cid.isupper()):
                raise LexiconError(f"{file}: bad country id {cid!r}")
            names = [item["ar"], *item.get("names", [])]
            adjectives = item.get("adjectives", []) or []
            demonyms = item.get("demonyms", []) or []
            _check(file, cid, [*names, *adjectives, *demonyms])
            if _foreign(cid):  # ("السنجال", "سنجالي" in Egyptian copy)
                names += [f for n in names for f in foreign_spellings(n) if fold(f) not in self._seen]
                adjectives = [*adjectives, *(f for a in adjectives for f in foreign_spellings(a))]
            heads = {fold(n).split()[0].removeprefix(MORPH.article) for n in names}  # ('دوله', 'مملكه')
            self.entities[("country", cid)] = Entity(
                "country", cid, item["en"], item["ar"], wikidata=item.get("wikidata"),
                extra={"capital": item.get("capital"), "name_heads": frozenset(heads)})
            for n in names:
                self._add_phrase(file, cid, n, Entry("country", cid))
            for adj in adjectives:
                # A one-word adjective that is also an everyday word (مالي: Malian/financial)
                # only counts where it qualifies a title or a capital.
                ambiguous = adj in LEXICON.ambiguous_adjectives
                for form in adjective_forms(adj):
                    self.trie.add(form, Entry("country", cid, "adjective", ambiguous))
            for d in demonyms:
                self.trie.add(d, Entry("country", cid, "demonym"))

    def _load_cities(self) -> None:
        file = "cities.yaml"
        self.capitals: dict[str, str] = {}
        for item in _load(file) or []:
            cid = item.get("id")
            country = item.get("country")
            if ("country", country) not in self.entities:
                raise LexiconError(f"{file}: entry {cid}: unknown country {country!r}")
            names = [item["ar"], *item.get("names", []), *item.get("venues", [])]
            _check(file, cid, names)
            self.entities[("city", cid)] = Entity("city", cid, item["en"], item["ar"],
                                                  country=country,
                                                  extra={"capital": bool(item.get("capital")),
                                                         "stands_for": item.get("stands_for")})
            if item.get("capital"):
                self.capitals[country] = cid
            if _foreign(country):
                names += [f for n in names for f in foreign_spellings(n)]
            for n in names:
                self.trie.add(n, Entry("city", cid, ambiguous=bool(item.get("ambiguous"))))

    def _load_orgs(self, file: str, kind: str) -> None:
        self.generic_org_words = getattr(self, "generic_org_words", {})
        for item in _load(file) or []:
            oid = item.get("id")
            names = [item["ar"], *item.get("names", [])]
            _check(file, oid, [n for n in names if not n.isascii()])
            self.entities[(kind, oid)] = Entity(
                kind, oid, item["en"], item["ar"], wikidata=item.get("wikidata"),
                extra={k: item.get(k) for k in ("kind", "parent", "acts_for", "founded", "seat")})
            for n in names:
                self._add_phrase(file, oid, n, Entry(kind, oid))
            folded = {fold(n) for n in names}  # a group named by its topic ('مجموعة العمل الخاصة بالاستقرار')
            for n in (n for t in item.get("topics", []) or [] for n in topic_names(t) if fold(n) not in folded):
                self._add_phrase(file, oid, n, Entry(kind, oid))
            for g in item.get("generic", []) or []:
                self.generic_org_words.setdefault(fold(g), []).append(oid)
            if item.get("adjective"):
                for form in adjective_forms(item["adjective"]):
                    self.trie.add(form, Entry(kind, oid, "adjective"))
        for (k, oid), ent in self.entities.items():
            for rel in ("parent", "acts_for"):
                target = ent.extra.get(rel)
                if k == kind and target and (kind, target) not in self.entities \
                        and not (rel == "acts_for" and ("country", target) in self.entities):
                    raise LexiconError(f"{file}: entry {oid}: {rel} {target!r} is not an id")
            if k == kind and ent.extra.get("seat") and ("city", ent.extra["seat"]) not in self.entities:
                raise LexiconError(f"{file}: entry {oid}: seat {ent.extra['seat']!r} is not a city id")

    # -- helpers ---------------------------------------------------------------
    def is_generic_org(self, token: str) -> bool:
        """A short noun that refers back to a body ('التحالف', 'للمنتدى'), in any of its forms."""
        return any(form in self.generic_org_words for form in stems(token))


@cache
def load() -> Lexicon:
    """The lexicon, loaded once per process."""
    with gc_paused():  # tens of thousands of entries and trie nodes, no cycles
        return Lexicon()
