"""Token tests shared by the officials passes: what may open or continue a name.
"""
from __future__ import annotations


from ...arabic import ALEF_MADDA, TANWEEN, is_int, stems
from ...data import words
from ..analysis import Analysis

MORPH = words("morphology")
OFFICIALS = words("officials")

PREP_ARTICLE = MORPH.for_the
PREPS = OFFICIALS.preps
MAX_NAME = 6  # words of a name, not counting بن, آل, أبو, عبد
CONNECTORS = OFFICIALS.connectors
PUNCT_CONTINUE = MORPH.commas
BEFORE_IN = OFFICIALS.before_in  # folded: في/فى, لدى, إلى
ALI = OFFICIALS.ali  # folded both the name Ali and the preposition على



def stop(an: Analysis, tok: str) -> bool:
    """A word no name runs into. Only the conjunctions و/ف are taken off first: a
    name may well begin with ب, ل or ك (بلينكن, لويجي, كيري); a weekday only with its article (the
    bare 'خميس', 'جمعة' are names: 'وزير الشؤون الخارجية خميس الجهيناوي')."""
    forms = [tok] + [tok[1:] for c in MORPH.conjunctions if tok.startswith(c) and len(tok) > 3]
    return (any(f in an.lex.stopwords for f in forms) or tok in an.weekday_words and tok.startswith(MORPH.article)
            or bool(an.lex.relative_days.match([tok], 0)) or never_name(tok))


def never_name(tok: str) -> bool:
    """A chairing or speaking verb, or a delegation noun: 'بوفد ترأسه', 'الوزير سيلقي'."""
    return any(f in OFFICIALS.never_name for f in stems(tok))


def is_word(an: Analysis, tok: str) -> bool:
    return tok[0].isalpha() and not is_int(tok)


def inflected(an: Analysis, k: int) -> bool:
    """Token k is written with a tanween ending ('بياناً', 'مجدداً'): a common word, never a name's."""
    s, e = an.doc.original_span(k, k + 1)
    return any(c in TANWEEN for c in an.doc.text.original[s:e + 1])  # (the mark may trail the last letter)


_QUOTE_MARKS = frozenset("«»\"“”„")


def quoted_apart(an: Analysis, k: int) -> bool:
    """A quotation mark stands between token k and the one before it: no name runs across it."""
    doc = an.doc
    gap = doc.text.original[doc.original_span(k - 1, k)[1]:doc.original_span(k, k + 1)[0]]
    return any(c in _QUOTE_MARKS for c in gap)


def honorifics(an: Analysis, j: int) -> int:
    """Skip honorifics and ranks at j: 'صاحب السمو الأمير', 'الجنرال المتقاعد'."""
    while j < len(an.words):
        hit = an.lex.honorifics.match(an.words, j)
        if hit:
            j += hit[1]
            if j < len(an.words) and an.words[j] == "." and len(an.words[j - 1]) == 1:
                j += 1  # "د. أحمد": the abbreviation's full stop
        elif an.words[j] in an.lex.rank_words and j > 0:
            j += 1
        else:
            break
    return j


def starts_name(an: Analysis, j: int) -> bool:
    w = an.words
    if not (j < len(w) and is_word(an, w[j]) and not stop(an, w[j]) and not _conjoined_function_word(an, w[j])
            and not an.lex.titles.match(w, j) and j not in an.doc.mention_at
            and not an.lex.honorifics.match(w, j) and not an.trig("meeting_nouns", j)):
        return False  # (nor "الرئيسان المشاركان لمؤتمر المانحين": a meeting after an office)
    # "لدول", "بالمنطقة", "بالديوان": a preposition glued to a common word (its article too), not a name
    counted = an.lex.trigger_sets["count_nouns"]
    glued = stems(w[j])[1:]
    forms = [*glued, *(f[len(MORPH.article):] for f in glued if f.startswith(MORPH.article))]
    return not any(f in counted or f in an.lex.position_words for f in forms)


def _conjoined_function_word(an: Analysis, tok: str) -> bool:
    """'وما', 'ومن': a short function word after 'و'/'ف' never opens a name ('ولقائه الرئيس الأمريكي،
    وما قاله'); inside one a word of three letters may be a name ('مشعل بن فهم السلمي')."""
    return len(tok) == 3 and tok[0] in MORPH.conjunctions and tok[1:] in an.lex.stopwords


def article_written(an: Analysis, k: int) -> bool:
    """Token k carries the article as written, and is no name that only looks so ('فالتر', 'فاليري':
    'ف' and the article, or a name's letters)."""
    return an.doc.definite(k) and not an.doc.surface(k, k + 1).startswith(tuple(OFFICIALS.name_letters_like_article))


def glued_hyphen(an: Analysis, k: int) -> bool:
    """A hyphen written with no space on either side, between two words of one name
    ('ليندا توماس-جرينفيلد'), not a dash between clauses ('بروكسل - رويترز')."""
    w, doc = an.words, an.doc
    if not 0 < k < len(w) - 1 or w[k] not in OFFICIALS.name_hyphens:
        return False
    if not (is_word(an, w[k - 1]) and is_word(an, w[k + 1])):
        return False
    return doc.tokens[k - 1].end == doc.tokens[k].start and doc.tokens[k].end == doc.tokens[k + 1].start


def possessed_title(an: Analysis, k: int) -> bool:
    """'ومبعوثه الخاص', 'ونائبها': a title written with a pronoun suffix (a written 'ه', not the
    'ة' that folds to it: 'مبعوثة' is a title alone)."""
    tok, surface = an.words[k], an.doc.surface(k, k + 1)
    for suffix in MORPH.pronoun_suffixes:
        if tok.endswith(suffix) and surface.endswith(suffix[-1]) and len(tok) - len(suffix) >= 3:
            if an.lex.titles.match([tok[: -len(suffix)], *an.words[k + 1:k + 3]], 0) or an.lex.titles.match(an.words, k):
                return True  # ('أمينها العام', listed whole)
    return False


def possessed_office(an: Analysis, tok: str) -> bool:
    """'وزير خارجيتها', 'وزارة داخليته': an institution word with a pronoun suffix."""
    for suffix in MORPH.pronoun_suffixes:
        if tok.endswith(suffix) and len(tok) - len(suffix) >= 3:
            base = tok[: -len(suffix)]
            base = base[:-1] + MORPH.ta_marbuta if base.endswith(MORPH.ta) else base
            if base in an.lex.position_words:
                return True
    return False


def ali_spelt_apart(an: Analysis, j: int) -> bool:
    """Token j is written 'علي' (with yā') in a text that writes the preposition 'على' (with alif
    maqṣūra) elsewhere: the name Ali, which folding had made one with the preposition. In a text that
    never writes 'على', 'علي' before a word that is no noun in tā' marbūṭa ('علي محسن صالح', never
    'علي أهمية') is the name too."""
    doc, w = an.doc, an.words
    if not doc.as_folded(j):
        return False
    if any(t == ALI and not doc.as_folded(i) for i, t in enumerate(w)):
        return True
    nxt = j + 1
    return nxt < len(w) and not (w[nxt].endswith(MORPH.ta_marbuta) and not doc.as_folded(nxt))


def counted_name_words(an: Analysis, span: tuple[int, int]) -> int:
    """Words of the name at ``span`` but its connectors (بن، آل، أبو); a first word written with madda
    ('آبي أحمد') is a given name though folded like 'أبي', but 'آل' stays a connector."""
    w = an.words[span[0]:span[1]]
    madda = an.doc.surface(span[0], span[0] + 1).startswith(ALEF_MADDA) and w[0] != OFFICIALS.al_family
    return sum(1 for i, t in enumerate(w) if i == 0 and madda or t not in CONNECTORS)
