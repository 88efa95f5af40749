"""The extent of a name: where it starts and ends after an office, before one, or set off.
Who is the same person is :mod:`.persons`.
"""
from __future__ import annotations


from ...arabic import ALEF_MADDA, HAMZA_ALEFS, is_int, stems
from ...data import words
from ..analysis import Analysis
from .tokens import ALI, CONNECTORS, MAX_NAME, PREP_ARTICLE, PREPS, PUNCT_CONTINUE
from .tokens import (ali_spelt_apart, article_written, glued_hyphen, inflected, is_word, possessed_office, quoted_apart, starts_name,
                     stop)

MORPH = words("morphology")
OFFICIALS = words("officials")


def name_at(an: Analysis, j: int) -> tuple[int, int] | None:
    """Token span of a name starting at j (after any honorifics), or None.

    A name runs to a function word, verb, title, honorific, lexicon mention or punctuation; a family
    name (ال...) ends it unless another ال-word or a connector (بن، آل، أبو) follows. علي is the name Ali
    as a name's first or second word, the preposition على elsewhere; a nisba after a name is a family
    name (منصور التركي); a given name with ال is followed by one (محمد الطاهر سيالة)."""
    w = an.words
    if not may_open_name(an, j):
        return None
    end = j + 1
    if w[j] in OFFICIALS.compound_first and end < len(w) and is_word(an, w[end]):
        end += 1  # "عبد الأمير", "أبو الحسن": the next word belongs to the first name
    family = False  # a first name may carry ال too (المختار، الحبيب): only later ones end a name
    while end < len(w) and sum(t not in CONNECTORS for t in w[j:end]) < MAX_NAME:
        tok = w[end]
        if tok in CONNECTORS:
            end += 1 + _honorific_inside(an, end + 1)
            family = False
            if tok == OFFICIALS.abd and end < len(w) and is_word(an, w[end]):
                end += 1  # "عبد الأمير", "عبد الله": the next word belongs to it
            continue
        if joined := _joined(an, end):
            end, family = end + joined, False
            continue
        ali = _ali(an, j, end) if tok == ALI else None
        if ali:
            end += 1
            if ali == "last":
                break
            continue
        if tok.startswith(PREP_ARTICLE) or inflected(an, end) or quoted_apart(an, end):
            break  # "السيسي للقيادة العامة"; "... مجدداً"; 'على "الخلافة"': a quotation mark between
        if an.lex.is_trigger("counterpart", tok):
            break  # "شكري لنظرائه العرب"
        if family and not an.doc.definite(end):
            break  # a family name (ال...) ends an Arabic name: "الصباح باب المساهمات"
        if family and end + 1 < len(w) and (w[end + 1].startswith(PREP_ARTICLE) or w[end + 1] in PREPS):
            break  # "السيسي الشكر للقيادة": an object and its complement, not a second family name
        if tok in OFFICIALS.article_given_names and _family_after(an, end + 1):
            end += 2  # "محمد الطاهر سيالة": a given name with the article, then the family name
            break
        family = _family_word(an, end)
        m = an.doc.mention_at.get(end)
        nisba = _nisba(an, m, end) if m is not None else None
        if nisba:  # "عبد الباسط تركي سعيد": a name word that is also a nationality adjective ('inside');
            end += 1  # "اللواء منصور التركي،": a nisba family name, the last
            if nisba == "family":
                break
            continue
        if (not is_word(an, tok) or (stop(an, tok) and not _name_like_verb(an, end) and not _name_like_day_part(an, end))
                or m is not None
                or an.lex.is_trigger("presidency", tok)
                or an.lex.titles.match(w, end) or an.lex.honorifics.match(w, end)
                or (tok.startswith(MORPH.wa) and tok not in CONNECTORS and tok not in OFFICIALS.wa_name_words)):
            break
        end += 1
    while end > j + 1 and w[end - 1] in CONNECTORS:
        end -= 1
    return j, end


def _family_after(an: Analysis, k: int) -> bool:
    """Token k can close a name as its family name: a word, no stop word, no mention, no article."""
    w = an.words
    return k < len(w) and is_word(an, w[k]) and not stop(an, w[k]) and k not in an.doc.mention_at \
        and not an.doc.definite(k) and not an.lex.titles.match(w, k)


def _name_like_verb(an: Analysis, k: int) -> bool:
    """'ليز تراس': a family name that folds like 'ترأس', written without its hamza."""
    return an.words[k] in OFFICIALS.names_like_verbs and an.doc.as_folded(k)


def _name_like_day_part(an: Analysis, k: int) -> bool:
    """'محمد ظهر حرسي': a name word that is also a part of the day, when a name word follows it."""
    w = an.words
    return w[k] in OFFICIALS.names_like_day_parts and k + 1 < len(w) and is_word(an, w[k + 1]) \
        and not stop(an, w[k + 1]) and k + 1 not in an.doc.mention_at


def _ali(an: Analysis, j: int, k: int) -> str | None:
    """علي at token k of a name begun at j: 'last' ("عبد القادر شيخ على،": Ali before punctuation),
    'inside' ("محمد علي الحكيم", "محمد بن علي كومان"), else None (the preposition)."""
    w = an.words
    if k > j and k + 1 < len(w) and (not is_word(an, w[k + 1]) or an.lex.titles.match(w, k + 1) and ali_spelt_apart(an, k)):
        return "last"  # (or spelt as the name, an office after it: "آبي أحمد علي رئيس وزراء إثيوبيا")
    if k == j + 1 and k + 1 < len(w) and not stop(an, w[k + 1]) and is_word(an, w[k + 1]):
        return "inside"
    return "inside" if k > j and w[k - 1] in OFFICIALS.son_of else None


def _family_word(an: Analysis, k: int) -> bool:
    """A family name (ال...) at token k, which ends a name unless more follows ("نور الدين بدوي"
    is one; "فالتر" is a name word, not 'ف' and the article)."""
    return article_written(an, k) and an.words[k] not in OFFICIALS.compound_second


def _nisba(an: Analysis, m, k: int) -> str | None:
    """A one-word nationality adjective at token k inside a name: 'family' when it ends the name
    ('اللواء منصور التركي،'), 'inside' when it has no article and a name word follows ('عبد الباسط
    تركي سعيد'), else None (the adjective of the office before)."""
    w = an.words
    if m.end != k + 1 or not m.first("country", "adjective"):
        return None
    # (a name word after it, no office: 'محمد شياع السوداني رئيس وزراء العراق' ends at the nisba)
    nxt_name = k + 1 < len(w) and is_word(an, w[k + 1]) and not stop(an, w[k + 1]) and not an.lex.titles.match(w, k + 1)
    if w[k].startswith(MORPH.article):
        return None if nxt_name else "family"
    if nxt_name and not w[k].startswith(MORPH.wa) and k + 1 not in an.doc.mention_at \
            and not w[k + 1].startswith((MORPH.wa, MORPH.article)):
        return "inside"
    return None


def _joined(an: Analysis, k: int) -> int:
    """Tokens at k that go on a name whatever stops one: a glued hyphen and the word after
    it ("توماس-جرينفيلد"), an initial and its point before the next name word ("مايكل ر.
    بومبيو"), a word and the name of God after it ("دفع الله"), or a title that is a given name before a connector ("حسين أمير عبد اللهيان")."""
    w = an.words
    if glued_hyphen(an, k):
        return 2
    if len(w[k]) == 1 and w[k].isalpha() and k + 2 < len(w) and w[k + 1] == "." and is_word(an, w[k + 2]) \
            and not stop(an, w[k + 2]):
        return 2
    if k + 1 < len(w) and w[k + 1] == OFFICIALS.allah and is_word(an, w[k]) and w[k] not in an.lex.function_words:
        return 2  # "دفع الله", "عطا الله": one name of two words, whatever the first also means
    # "حسين أمير عبد اللهيان", "حسين أمير عبداللهيان": a title word inside a name, before a connector
    # or a word the connector 'عبد' opens
    return int(w[k] in OFFICIALS.title_names and k + 1 < len(w) and
               (w[k + 1] in CONNECTORS or (w[k + 1].startswith(OFFICIALS.abd) and len(w[k + 1]) > len(OFFICIALS.abd) + 2)))


def may_open_name(an: Analysis, j: int) -> bool:
    """Whether a name may start at token j."""
    w = an.words
    if j >= len(w) or inflected(an, j):
        return False  # the text ends where a name was looked for; "بياناً": a noun, not a name
    if w[j] in OFFICIALS.state_nouns:
        return False  # "برئاسة الجمهورية التركية": a state by its formal name, no person
    if w[j].startswith(MORPH.bi) and possessed_office(an, w[j][1:]):
        return False  # "ممثلة بأمينها العام أحمد أبو الغيط": its office, not a name
    nxt_ok = j + 1 < len(w) and not stop(an, w[j + 1]) and j + 1 not in an.doc.mention_at
    if w[j:j + 1] == [ALI] and nxt_ok and w[j + 1].startswith(MORPH.article):
        return True  # "علي الساعدي" (but "على تنفيذ", "على أن" are the preposition)
    if w[j:j + 1] == [ALI] and nxt_ok and is_word(an, w[j + 1]) and ali_spelt_apart(an, j):
        return True  # "وزير الخارجية السوداني علي يوسف" in a text that writes the preposition "على"
    if w[j] in OFFICIALS.names_like_function_words and nxt_ok and is_word(an, w[j + 1]) \
            and not w[j + 1].startswith(MORPH.article) and not any(c in HAMZA_ALEFS for c in an.doc.surface(j, j + 1)) \
            and not (w[j] in OFFICIALS.names_like_negation and w[j + 1].endswith(OFFICIALS.nisba_endings)):
        return True  # "بان كي مون", "غير بيدرسون": a name folded like "بأن" or "غير" ("غير رسمي" is not;
        # nor "بأن هجمات": the hamza written says it is the conjunction)
    if an.doc.surface(j, j + 1).startswith(ALEF_MADDA) and nxt_ok and is_word(an, w[j + 1]) \
            and not w[j + 1].startswith(MORPH.article):
        return True  # "وزيرة الخارجية السويدية آن ليندي": written with madda, no 'أن'
    return starts_name(an, j)


def _honorific_inside(an: Analysis, k: int) -> int:
    """'إسماعيل ولد الشيخ أحمد': an honorific right after ولد/بن is part of the name (1), else 0."""
    w = an.words
    return int(k + 1 < len(w) and w[k] in OFFICIALS.name_honorifics and is_word(an, w[k + 1]))


def appositive(an: Analysis, j: int) -> tuple[int, int] | None:
    """', جوزيب بوريل،' after an office: a name of two to four words set off by commas.
    Its first word may look like a function word (غير بيدرسون) when the comma closes it."""
    w = an.words
    span = name_at(an, j)
    if span is None and j + 1 < len(w) and is_word(an, w[j]) and not is_int(w[j]) \
            and (w[j] not in an.lex.stopwords or w[j] in OFFICIALS.names_like_function_words):
        # (a function word no name has opens none: "رئيس الجمهورية، في خطابه الافتتاحي،")
        end = j + 1
        while end < len(w) and end - j < 4 and is_word(an, w[end]) and not stop(an, w[end]) \
                and end not in an.doc.mention_at:
            end += 1
        if end - j >= 2 and end < len(w) and w[end] in PUNCT_CONTINUE:
            span = (j, end)
    if span is None or span[1] - span[0] < 2:
        return None
    nxt = w[span[1]] if span[1] < len(w) else "."
    if is_word(an, nxt) and not stop(an, nxt):
        return None
    words = w[span[0]:span[1]]
    counted = an.lex.trigger_sets["count_nouns"]
    if sum(an.doc.definite(i) for i in range(*span)) > 1 or any(
            t in counted or any(f in an.lex.stopwords for f in stems(t)[1:]) for t in words[1:]):
        return None  # "حصيلة المشاريع المنجزة": a noun phrase, not a name
    return span


def name_before(an: Analysis, k: int) -> tuple[int, int] | None:
    """'فيما حذر ستيفن أوبراين وكيل الأمين العام ...': a name right before an office,
    after a verb or punctuation, of two to five words."""
    w = an.words
    j = k - 1
    if j >= 0 and w[j] in PUNCT_CONTINUE:
        j -= 1
    end = j + 1
    start = end
    while j >= 0 and end - j <= 6:
        tok = w[j]
        if glued_hyphen(an, j):
            j -= 1
            continue
        if not is_word(an, tok) or stop(an, tok) or j in an.doc.mention_at or an.trig("meeting_nouns", j) \
                or an.lex.titles.match(w, j) or j in an.introduced or tok in OFFICIALS.name_openers \
                or _said_or_attended(an, tok):  # ("شهد سامح شكري وزير الخارجية": 'witnessed', not a name)
            break
        start = j
        j -= 1
    sent_start = an.doc.sentence_of(k)[0]
    # (and the meeting that is the object before it: 'وترأست الجلسة الوزارية للمؤتمر فيديريكا موغيريني، الممثلة')
    # (or a state or body named right before it: 'فقادت الوفد الأمريكي فيكتوريا نولاند، مساعدة ...')
    opener = j < sent_start or not is_word(an, w[j]) or w[j] in OFFICIALS.name_openers or an.trig("meeting_nouns", j) \
        or j in an.doc.mention_at and not an.doc.mention_at[j].first("city") \
        or w[j] == OFFICIALS.from_word and j > 0 and w[j - 1] in OFFICIALS.from_openers \
        or _said_or_attended(an, w[j]) or any(f in an.lex.stopwords and f not in an.lex.function_words for f in stems(w[j]))
    if end - start < 2 or not opener:
        return None
    counted = an.lex.trigger_sets["count_nouns"]
    if any(t in counted or t in an.lex.position_words for t in w[start:end]):
        return None
    if w[start].startswith((MORPH.article, MORPH.wa, *PREP_ARTICLE)) or \
            "\n" in an.doc.text.norm[an.doc.tokens[start].start:an.doc.tokens[k].start]:
        return None  # ('للمكتب الإعلامي لرئيس الوزراء'; a line above the office is another line)
    span = name_at(an, start)
    return span if span and span[1] == end else None


def _said_or_attended(an: Analysis, tok: str) -> bool:
    return any(f in an.lex.trigger_sets["speech_verbs"] or f in an.lex.trigger_sets["attend_verbs"] for f in stems(tok))


def single_ok(an: Analysis, span, k: int, hon_start: int) -> bool:
    """A one-word name ('الرئيس ترامب', 'الملك سلمان') after a definite title or an
    honorific, ending where a name ends."""
    w = an.words
    tok = w[span[0]]
    if tok.startswith(MORPH.article) or len(tok) < 3 or any(f in an.lex.position_words for f in stems(tok)) \
            or _said_or_attended(an, tok):  # ("إن الوزير شهد خلال الاجتماع")
        return False
    nxt = w[span[1]] if span[1] < len(w) else "."
    ends = not is_word(an, nxt) or stop(an, nxt) or nxt in an.lex.stopwords
    return ends and (w[k].startswith(MORPH.article) or span[0] > hon_start)
