"""The closed word lists of the lexicon: titles, calendar, numbers, currencies, triggers, stopwords,
agencies and well-known officials, each folded as :mod:`kg.lexicon` folds the entities."""
from __future__ import annotations

from .arabic import TA_MARBUTA, fold, stems
from .data import DATA_DIR, check, read, words
from .lexicon_records import Official
from .name_forms import adjective_forms
from .trie import PhraseTrie

MORPH = words("morphology")
LEXICON_DIR = DATA_DIR / "lexicons"


def load_file(name: str):
    return read(LEXICON_DIR / name)


_load, _check = load_file, check


class WordLists:
    """Loaders of the closed word lists, mixed into :class:`kg.lexicon.Lexicon`."""

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

    def is_trigger(self, name: str, token: str) -> bool:
        return any(form in self.trigger_sets[name] for form in stems(token))

    def official(self, name: str) -> Official | None:
        """The well-known official a folded name is ('انتوني بلينكن', 'فيصل بن فرحان ال سعود'), if any."""
        toks = name.split()
        hit = next((h for k in range(len(toks)) if (h := self.officials.match(toks, k, clitics=False))), None)
        return self.official_info[hit[0][0]] if hit else None
