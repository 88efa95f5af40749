"""Arabic normalisation for matching, with a map back to the original text.

Matching happens on a normalised copy of the article: diacritics, tatweel and
invisible controls removed; alef/hamza forms, final ى/ي, ة/ه, Persian/Urdu
letters and Arabic-Indic digits folded. The copy carries, for every one of its
characters, the offset of the original character it came from, so a span found
on the copy maps back to exact offsets in the text the user gave us
(CAMeL Tools' ``normalize`` does the folding; spaCy's ``Span.start_char`` is
the model for keeping offsets).

Lexicon entries go through the same :func:`fold`, so spelling variants never
need hand-listed copies.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Code points dropped from the matching copy: harakat, Quranic marks, tatweel,
# and the invisible format characters (bidi controls, ZWJ/ZWNJ, BOM) that
# copy-pasted news text is full of.
_DROP = set(range(0x0610, 0x061B)) | set(range(0x064B, 0x0660)) | {0x0670, 0x0640}
_DROP |= set(range(0x06D6, 0x06EE)) - {0x06E5, 0x06E6}
_DROP |= {0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x061C, 0xFEFF, 0x00AD}
_DROP |= set(range(0x202A, 0x202F)) | set(range(0x2066, 0x206A))
_DROP |= set(range(0xFE00, 0xFE10)) | {0x2060}  # variation selectors ('▪️' is '▪' and one), word joiner
_DROP |= {0x00B9, 0x00B2, 0x00B3} | set(range(0x2070, 0x207A))  # superscript digits: footnote marks ('المؤتمر¹')

BIDI_CONTROLS = "".join(map(chr, [0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F),
                                  *range(0x2066, 0x206A)]))

_FOLD = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ې": "ي", "ێ": "ي", "ے": "ي",
    "ة": "ه", "ۀ": "ه", "ہ": "ه", "ھ": "ه", "ە": "ه",
    "ؤ": "ء", "ئ": "ء",
    "ک": "ك", "ڪ": "ك", "گ": "ك",
    "٫": ".", "٬": ",", "؛": ";", "٪": "%",
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\t": " ", "\r": " ",
    "–": "-", "—": "-", "‐": "-", "‑": "-", "−": "-",
}
for _i in range(10):
    _FOLD[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic digits
    _FOLD[chr(0x06F0 + _i)] = str(_i)  # Persian digits


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    """The matching form of one character ('' when it is dropped)."""
    cp = ord(ch)
    if cp in _DROP:
        return ""
    if ch in _FOLD:
        return _FOLD[ch]
    if 0xFB50 <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFF:
        # Presentation forms: decompose, then fold each resulting letter (an unassigned
        # code point in the block decomposes to itself and is kept as it is).
        decomposed = unicodedata.normalize("NFKC", ch)
        if decomposed == ch:
            return ch
        return "".join(c if c == ch else _fold_char(c) for c in decomposed)
    if ch.isupper():
        return ch.lower()
    return ch


@dataclass(frozen=True, slots=True)
class Text:
    """An article text with its normalised matching copy and the offset map."""

    original: str
    norm: str
    offsets: tuple[int, ...]  # offsets[i] = original index of norm[i]; one extra = len(original)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of ``norm`` to a span of ``original``."""
        if end <= start:
            o = self.offsets[start]
            return o, o
        return self.offsets[start], self.offsets[end - 1] + 1

    def original_span(self, start: int, end: int) -> str:
        s, e = self.to_original(start, end)
        return self.original[s:e]


# Characters that fold one-to-one go through str.translate; only those that are
# dropped or expand (harakat, tatweel, controls, presentation forms, capitals
# outside ASCII) take the slow path, so clean text costs one pass in C.
_ONE_TO_ONE = {ord(k): v for k, v in _FOLD.items() if len(v) == 1}
_ONE_TO_ONE.update({c: c + 32 for c in range(ord("A"), ord("Z") + 1)})
_SLOW = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_DROP))
                   + "\uFB50-\uFDFF\uFE70-\uFEFF\u00C0-\u024F\u0370-\u052F]")


def normalise(original: str) -> Text:
    """Build the matching copy of ``original`` and its offset map."""
    out: list[str] = []
    offsets: list[int] = []
    prev = 0
    for m in _SLOW.finditer(original):
        i = m.start()
        if i > prev:
            out.append(original[prev:i].translate(_ONE_TO_ONE))
            offsets.extend(range(prev, i))
        folded = _fold_char(original[i])
        if folded:
            out.append(folded)
            offsets.extend([i] * len(folded))
        prev = i + 1
    if prev < len(original):
        out.append(original[prev:].translate(_ONE_TO_ONE))
        offsets.extend(range(prev, len(original)))
    offsets.append(len(original))
    return Text(original, "".join(out), tuple(offsets))


def is_pictograph(ch: str) -> bool:
    """An emoji or a dingbat ('📌', '🔴', '✅', '⚠', a flag's letters), not a geometric mark ('■')."""
    return bool(ch) and (ord(ch) >= 0x1F000 or 0x2600 <= ord(ch) <= 0x27BF)


def fold(text: str) -> str:
    """The matching form of a string: what lexicon entries are compared as."""
    return " ".join(normalise(text).norm.split())


def strip_bidi(text: str) -> str:
    """Remove bidirectional controls so a label cannot be displayed reversed."""
    return text.translate({ord(c): None for c in BIDI_CONTROLS})


_PRESENTATION = re.compile("[\uFB50-\uFDFF\uFE70-\uFEFF]")
_DIACRITIC = re.compile("[\u064B-\u065F\u0670\u0640]")


def canonical_problem(entry: str) -> str | None:
    """Why a lexicon string is not in canonical form, or None when it is.

    Canonical: NFC, no harakat or tatweel, no presentation forms, single
    spaces, trimmed. Hamza spellings are kept as written (folding is the
    loader's job, not the file's).
    """
    if entry != unicodedata.normalize("NFC", entry):
        return "not NFC"
    if _PRESENTATION.search(entry):
        return "presentation-form code point"
    if _DIACRITIC.search(entry):
        return "diacritic or tatweel"
    if entry != entry.strip() or "  " in entry:
        return "extra whitespace"
    if any(c in BIDI_CONTROLS for c in entry):
        return "bidi control"
    return None


# Tokens: runs of letters/digits (with an internal decimal point or thousands
# separator), or single punctuation characters. Quotation marks are not tokens:
# «داعش» and "داعش" must match the lexicon as داعش does.
TA_MARBUTA = "\u0629"  # as written (fold turns it into ha)
HAMZA_ALEFS = "\u0623\u0625"  # alef with hamza above or below, as written (fold makes them a bare alef)
ALEF_MADDA = "\u0622"  # 'آ', as written: 'آن ليندي' (folded like 'أن')
SHADDA = "\u0651"  # the doubling mark, as written ('عمّان', Amman, beside 'عُمان', Oman)
TANWEEN = "\u064b\u064c\u064d"  # the indefinite endings a noun or adverb may be written with; a name never is
# Letters of Arabic words, and the characters a readable article may hold (read.py's checks)
ARABIC_LETTER = re.compile("[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF]")
READABLE = re.compile("[\t\n\r\x20-\x7e\xa0-\u024f\u0600-\u06ff\u0750-\u077f\u2000-\u206f"
                      "\ufb50-\ufdff\ufe70-\ufeff]")
# Where a sentence ends: a full stop, exclamation or (Arabic) question mark before a space or quote
# (never a name's initial after a word: 'أنتوني ج. بلينكن'; '2023 م.' still ends one)
SENTENCE_END = re.compile(r"(?<!\b\d)(?<!\b\d\d)(?<![^\W\d_]\s[^\W\d_])[.!\u061f?](?=[\s\"'»”)]|$)|\n+")
# (a word is all in one script: 'بـEUR', 'الـCIFG' are a clitic and a Latin word)
_ARABIC_BLOCK = "\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff"
TOKEN = re.compile(rf"\d+(?:[.,]\d+)*|(?:(?![^{_ARABIC_BLOCK}])[^\W\d_])+|(?:(?=[^{_ARABIC_BLOCK}])[^\W\d_])+"
                   r"|[^\s«»\"“”„'‘’]", re.UNICODE)

# Proclitics news text glues to a word: conjunctions و/ف, prepositions ب/ل/ك.
_PROCLITICS = ("وب", "ول", "فب", "فل", "وك", "و", "ف", "ب", "ل", "ك")
_FOR_THE = ("ولل", "فلل", "لل")  # li + the article, its alef elided
_ARTICLE = "ال"


@lru_cache(maxsize=200_000)
def stems(token: str) -> tuple[str, ...]:
    """The token and the forms it may take without a proclitic.

    ``للتحالف`` is ``ل`` + ``التحالف`` with the alef of the article elided,
    so it yields ``التحالف`` too. Cached: news vocabulary repeats.
    """
    return tuple(_stems(token))


def _stems(token: str) -> list[str]:
    forms = [token]
    if len(token) < 3:
        return forms
    for pre in _FOR_THE:
        if token.startswith(pre) and len(token) > len(pre) + 1:
            forms.append(_ARTICLE + token[len(pre):])
    for pre in _PROCLITICS:
        # a stem of two letters is more often a word than a clitic and a name: باب is not ب + إب
        if token.startswith(pre) and len(token) - len(pre) >= 3:
            forms.append(token[len(pre):])
    return forms


def is_int(token: str) -> bool:
    """ASCII digits only (the normaliser folds Arabic-Indic and Persian digits to
    them): '²' and other digit-like signs are not numbers."""
    return token.isascii() and token.isdigit()
