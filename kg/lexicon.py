"""Loads and validates the lexicons in ``kg/data/lexicons`` and builds the matchers.

Lexicons are data: adding a country alias or a title never needs a code
change. Every string is folded with :func:`kg.arabic.fold` here, the same
function that folds article text, so spelling variants need no copies. A bad
entry raises :class:`~kg.errors.LexiconError` naming the file and entry id.
"""
from __future__ import annotations

from functools import cache

from .arabic import TA_MARBUTA, fold, stems
from .data import DATA_DIR, check, read, words
from .errors import LexiconError
from .lexicon_records import Entity, Entry, Official
from .memory import gc_paused
from .name_forms import adjective_forms, topic_names
from .trie import PhraseTrie

DATES = words("dates")
LEXICON = words("lexicon")
MORPH = words("morphology")

LEXICON_DIR = DATA_DIR / "lexicons"


def _load(name: str):
    return read(LEXICON_DIR / name)


_check = check


class Lexicon:
    """Every lexicon, folded and indexed for the spotter and the extractors."""

    def __init__(self):
        self.entities: dict[tuple[str, str], Entity] = {}
        self.trie = PhraseTrie()  # states, organisations, cities, armed groups
        self._seen: dict[str, str] = {}
        self._load_countries()
        self._load_cities()
        self._load_orgs("organisations.yaml", "org")
        self._load_orgs("armed_groups.yaml", "armed_group")
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
            names = [item["ar"], *item.get("names", [])]
            _check(file, cid, names)
            self.entities[("city", cid)] = Entity("city", cid, item["en"], item["ar"],
                                                  country=country,
                                                  extra={"capital": bool(item.get("capital"))})
            if item.get("capital"):
                self.capitals[country] = cid
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

    # -- closed word lists ----------------------------------------------------
    def _load_titles(self) -> None:
        data = _load("titles.yaml")
        self.titles = PhraseTrie()
        self.title_info: dict[str, dict] = {}
        for head in data["heads"]:
            _check("titles.yaml", head["id"], head["ar"])
            self.title_info[head["id"]] = head
            for form in head["ar"]:
                self.titles.add(form, head["id"])
        self.honorifics = PhraseTrie()
        _check("titles.yaml", "honorifics", data["honorifics"])
        for h in data["honorifics"]:
            self.honorifics.add(h, h)
        self.position_words = {fold(w) for w in data["position_words"]}
        self.rank_words = {fold(w) for w in data.get("rank_words", [])}
        self.adjectival_titles = {fold(w) for w in data.get("adjectival", [])}
        self.named_after = {fold(w) for w in data.get("named_after", [])}

    def _load_calendar(self) -> None:
        data = _load("calendar.yaml")
        self.months = PhraseTrie()
        for month, names in data["gregorian"].items():
            for n in names:
                self.months.add(n, ("g", int(month)))
        for month, names in data["hijri"].items():
            for n in names:
                self.months.add(n, ("h", int(month)))
        self.weekdays = {fold(n): int(d) for d, names in data["weekdays"].items() for n in names}
        self.relative_days = PhraseTrie()
        for offset, names in data["relative"].items():
            for n in names:
                self.relative_days.add(n, int(offset))
        self.past_markers = {fold(w) for w in data["past_markers"]}
        self.ordinal_days = PhraseTrie()
        for day, names in data.get("ordinal_days", {}).items():
            for n in names:
                self.ordinal_days.add(n, int(day))
        self.future_markers = {fold(w) for w in data["future_markers"]}

    def _load_numbers(self) -> None:
        data = _load("numbers.yaml")
        self.number_words: dict[str, tuple[str, float]] = {}
        for group in ("units", "tens", "hundreds"):
            for value, names in data[group].items():
                for n in names:
                    self.number_words[fold(n)] = (group, float(value))
        self.scales: dict[str, tuple[float, str]] = {}
        for value, forms in data["scales"].items():
            for form, names in forms.items():
                for n in names:
                    self.scales[fold(n)] = (float(value), form)
        self.fractions = {fold(n): float(v) for v, names in data["fractions"].items() for n in names}
        self.ordinal_units = {fold(n): int(v) for v, names in data["ordinal_units"].items() for n in names}
        self.ordinal_tens = {fold(n): int(v) for v, names in data["ordinal_tens"].items() for n in names}
        self.approx_words = PhraseTrie()
        for group in ("approximate", "lower_bound", "upper_bound"):
            for n in data[group]:
                self.approx_words.add(n, group)

    def _load_currencies(self) -> None:
        self.currencies: dict[str, dict] = {}
        for item in _load("currencies.yaml"):
            code = item["code"]
            qualifiers = {}
            for q, target in (item.get("qualifiers") or {}).items():
                for form in adjective_forms(q) if not q.endswith(TA_MARBUTA) else [fold(q), MORPH.article + fold(q)]:
                    qualifiers[form] = target
            spec = {"code": code, "qualifiers": qualifiers, "by_country": item.get("by_country") or {}}
            for n in item["names"]:
                self.currencies[fold(n)] = spec
                self.currencies[MORPH.article + fold(n)] = spec

    def _load_triggers(self) -> None:
        self.triggers: dict[str, PhraseTrie] = {}
        self.trigger_sets: dict[str, set[str]] = {}
        for name, value in _load("triggers.yaml").items():
            trie = PhraseTrie()
            if isinstance(value, dict):
                for sub, phrases in value.items():
                    for p in phrases:
                        trie.add(p, sub)
                flat = [p for ps in value.values() for p in ps]
            else:
                for p in value:
                    trie.add(p, name)
                flat = value
            self.triggers[name] = trie
            self.trigger_sets[name] = {fold(p) for p in flat}

    def _load_stopwords(self) -> None:
        data = _load("stopwords.yaml")
        self.stopwords = {fold(w) for words in data.values() for w in words}
        self.function_words = {fold(w) for w in data["function_words"]}
        self.stop_verbs = {fold(w) for w in data["verbs"]}

    def _load_agencies(self) -> None:
        self.agencies = PhraseTrie()
        self.agency_country: dict[str, str | None] = {}
        for item in _load("agencies.yaml"):
            _check("agencies.yaml", item["id"], item["names"])
            self.agency_country[item["id"]] = item.get("country")
            for n in item["names"]:
                self.agencies.add(n, item["id"])

    def _load_officials(self) -> None:
        """Well-known officials: English labels and years of office (enrichment; never how names are found)."""
        self.officials, self.official_info = PhraseTrie(), {}
        for item in _load("officials.yaml"):
            _check("officials.yaml", item["id"], item["ar"])
            self.official_info[item["id"]] = Official(item["id"], item["en"], tuple(
                (first, last) for first, last in item["terms"]))
            for form in item["ar"]:
                self._add_phrase("officials.yaml", item["id"], form, None, self.officials)

    # -- helpers ---------------------------------------------------------------
    def is_trigger(self, name: str, token: str) -> bool:
        return any(form in self.trigger_sets[name] for form in stems(token))

    def official(self, name: str) -> Official | None:
        """The well-known official a folded name is ('انتوني بلينكن', 'فيصل بن فرحان ال سعود'), if any."""
        toks = name.split()
        hit = next((h for k in range(len(toks)) if (h := self.officials.match(toks, k, clitics=False))), None)
        return self.official_info[hit[0][0]] if hit else None

    def is_generic_org(self, token: str) -> bool:
        """A short noun that refers back to a body ('التحالف', 'للمنتدى'), in any of its forms."""
        return any(form in self.generic_org_words for form in stems(token))


@cache
def load() -> Lexicon:
    """The lexicon, loaded once per process."""
    with gc_paused():  # tens of thousands of entries and trie nodes, no cycles
        return Lexicon()
