"""Property-based tests: any Unicode string goes through the normaliser, the value
grammars and the spotter without an exception, and offsets always map back."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.arabic import TOKEN, fold, normalise
from kg.extract import extract
from kg.lexicon import load
from kg.read import Article
from kg.spot import spot
from kg.values.amounts import find_amounts
from kg.values.counts import find_counts
from kg.values.anchor import resolve
from kg.values.dates import find_dates

ARABICISH = st.text(alphabet=st.sampled_from(
    list("ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإىةؤئ ـًٌٍَُِّْ٠١٢٣٤٥٦٧٨٩0123456789.,،-/()«»\n")
    + ["\u202e", "\u2066", "\ufefb", "ی", "ک", "\u200f"]), max_size=300)
WORDS = st.lists(st.sampled_from(
    ["اليوم", "أمس", "الثلاثاء", "13", "فبراير", "2018", "مليون", "مليار", "دولار", "ونصف", "نصف", "من",
     "إلى", "يومي", "و14", "الكويت", "وزير", "الخارجية", "الأمريكي", "برئاسة", "مشتركة", "بمشاركة", "75",
     "دولة", "-", "،", "(كونا)", "الشيخ", "اجتماع", "الموافق", "ذو", "القعدة", "1444", "هـ", "أكثر"]),
    max_size=60).map(" ".join)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.one_of(st.text(max_size=300), ARABICISH, WORDS))
def test_normalise_offsets_are_consistent(text):
    t = normalise(text)
    assert len(t.offsets) == len(t.norm) + 1
    assert all(0 <= o < len(text) for o in t.offsets[:-1])
    assert list(t.offsets[:-1]) == sorted(t.offsets[:-1])
    for m in TOKEN.finditer(t.norm):
        s, e = t.to_original(m.start(), m.end())
        assert fold(text[s:e]).replace(" ", "") == m.group().replace(" ", "")


@SETTINGS
@given(st.one_of(st.text(max_size=300), ARABICISH, WORDS))
def test_grammars_never_raise(text):
    lex = load()
    words = TOKEN.findall(normalise(text).norm)
    for e in find_dates(words, 0, len(words), lex):
        assert 0 <= e.start < e.end <= len(words)
        resolve(e, None)
    for a in find_amounts(words, 0, len(words), lex):
        assert a.value >= 0
    find_counts(words, 0, len(words), lex)


@SETTINGS
@given(st.one_of(st.text(max_size=300), ARABICISH, WORDS))
def test_spotter_mentions_map_back_to_the_text(text):
    doc = spot(text)
    for m in doc.mentions:
        s, e = doc.original_span(m.start, m.end)
        assert 0 <= s <= e <= len(text)


@SETTINGS
@given(st.one_of(ARABICISH, WORDS))
def test_extraction_never_raises_and_evidence_stays_in_the_text(text):
    x = extract(Article(text=text or "ا", source_file="p.txt"))
    for p in x.people:
        assert 0 <= p.name_ev.start <= p.name_ev.end <= len(text or "ا")
    for m in x.meetings:
        if m.date:
            assert 0 <= m.date.ev.start <= m.date.ev.end <= len(text or "ا")
