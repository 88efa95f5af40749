"""The normaliser: folding table, offset map, canonical form, tokens and clitics."""
from __future__ import annotations

import pytest

from kg.arabic import canonical_problem, fold, normalise, stems, strip_bidi

FOLD_CASES = [
    ("أحمد", "احمد"),
    ("إبراهيم", "ابراهيم"),
    ("آل ثاني", "ال ثاني"),
    ("الدولى", "الدولي"),  # Egyptian final ى
    ("وزارة", "وزاره"),
    ("مسؤول", "مسءول"),
    ("مسئول", "مسءول"),  # both hamza seats meet
    ("الإرهـــاب", "الارهاب"),  # tatweel
    ("مُؤْتَمَر", "مءتمر"),  # diacritics
    ("کویت", "كويت"),  # Persian kaf and ya
    ("٢٠١٤", "2014"),  # Arabic-Indic digits
    ("۲۰۱۴", "2014"),  # Persian digits
    ("10٫5", "10.5"),  # Arabic decimal separator
    ("1٬000", "1,000"),  # Arabic thousands separator
    ("\ufefb", "لا"),  # presentation-form ligature lam-alef
    ("ريكس\u200f تيلرسون", "ريكس تيلرسون"),  # a bidi mark
    ("NATO", "nato"),
    ("▪️ الكويت", "▪ الكويت"),  # an emoji's variation selector
]


@pytest.mark.parametrize("raw,folded", FOLD_CASES)
def test_fold_table(raw, folded):
    assert fold(raw) == folded


def test_fold_table_size():
    assert len(FOLD_CASES) == 18


@pytest.mark.parametrize("text", [
    "الإرهـــاب", "مُؤْتَمَر الكويت", "\ufefb\ufefb", "٢٠١٤ م", "a\u202eb", "", "وزير الخارجية الأمريكي",
])
def test_normalise_offsets_map_back(text):
    t = normalise(text)
    assert len(t.offsets) == len(t.norm) + 1
    for i, ch in enumerate(t.norm):
        orig = text[t.offsets[i]]
        assert ch in normalise(orig).norm
    assert t.offsets[-1] == len(text)


def test_normalise_span_returns_original_text():
    text = "قال وزيرُ الخارجيــة الكويتي"
    t = normalise(text)
    start = t.norm.index("الخارجيه")
    s, e = t.to_original(start, start + len("الخارجيه"))
    assert text[s:e] == "الخارجيــة"


@pytest.mark.parametrize("entry,problem", [
    ("الكويت", None),
    ("الكويت ", "extra whitespace"),
    ("دولة  الكويت", "extra whitespace"),
    ("الكُويت", "diacritic or tatweel"),
    ("الكويـت", "diacritic or tatweel"),
    ("\ufefb", "presentation-form code point"),
    ("ال\u202eكويت", "bidi control"),
])
def test_canonical_problem(entry, problem):
    assert canonical_problem(entry) == problem


@pytest.mark.parametrize("token,expected", [
    ("للتحالف", "التحالف"),
    ("والكويت", "الكويت"),
    ("بواشنطن", "واشنطن"),
    ("وبالقاهرة", "بالقاهرة"),
])
def test_stems_strip_proclitics(token, expected):
    assert expected in stems(token)


def test_stems_never_leave_two_letters():
    assert "اب" not in stems("باب")


def test_strip_bidi_removes_overrides():
    assert strip_bidi("ab\u202ecd\u2066e\u2069") == "abcde"
