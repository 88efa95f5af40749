"""The extent of an office phrase and what it says about whom its holder acts for.
"""
from __future__ import annotations


from ...arabic import stems
from ...data import words
from ..analysis import Analysis, PositionInfo
from .names import may_open_name
from .persons import known_person
from .tokens import BEFORE_IN, PUNCT_CONTINUE, article_written, possessed_office
from .tokens import honorifics, is_word, starts_name, stop

MORPH = words("morphology")
OFFICIALS = words("officials")
CONTEXT = words("context")


def position_at(an: Analysis, k: int, head_len: int, after_name: bool = False) -> tuple[int, PositionInfo]:
    """End of the position phrase opened at k, and the entities it names (``after_name``: the
    holder's name came before it, so an office joined by 'و' with a name after it is another's)."""
    w, lex, info = an.words, an.lex, PositionInfo()
    _title_org(lex, lex.titles.match(w, k), k, info)  # "الممثلة الخاصة للأمين العام": the UN's
    j = _past_name_under_title(an, k, k + head_len, info)
    after_in = False
    while j < len(w):
        tok = w[j]
        if (hon := lex.honorifics.match(w, j)):
            if (after := _honorific_in_office(an, j, hon, after_name)) is None:
                break
            j = after  # "سفير صاحب الجلالة لدى الاتحاد الأوروبي": part of the office
            continue
        m = an.doc.mention_at.get(j)
        if m is not None and state_as_given_name(an, j, info):
            break  # "رئيسة الوزراء الإيطالية جورجيا ميلوني": her given name, not more office
        if m is not None:
            _in_office(an, m, k, info, after_in)
            j, after_in = m.end, False
            if j < len(w) and not an.doc.definite(j) and w[j] not in lex.position_words and starts_name(an, j):
                break  # "نائبة الأمين العام للأمم المتحدة أمينة محمد": the name, not more office
            continue
        title = lex.titles.match(w, j)
        if title and after_name and _another_holder(an, j, title):
            break  # "الأمير فيصل بن فرحان وزير الخارجية ووزير خارجية الولايات المتحدة أنتوني بلينكن"
        if title:
            _title_says(lex, title, j, k, info)
            j += title[1]
            continue
        forms = stems(tok)
        generic = _generic_org(lex, forms, w[j + 1] if j + 1 < len(w) else "")
        if generic:
            info.generic.append((generic[0], j))
            j += generic[1]
            continue
        if _opens_in(an, j):
            after_in = True
            j += 1
            continue
        if any(f in lex.trigger_sets["the_country"] for f in forms):
            info.the_country = True
            j += 1
            continue
        if phrase := _carried_on(an, j):
            j += phrase  # "رئيس حكومة تصريف الأعمال", "قائد القيادة الأمريكية في أفريقيا «أفريكوم»"
            continue
        if not is_word(an, tok) or stop(an, tok):
            break
        if possessed_office(an, tok):
            info.possessed = True
            j += 1
            continue
        if _name_here(an, j):
            break  # "عقد الرئيس الحريري خلوة", "وزير العدل الجزائري الطيب لوح": a name, not more office
        if (article_written(an, j) and len(tok) > 3) or any(f in lex.position_words for f in forms):
            j += 1
            continue
        break
    return j, _not_honorary(an, k, j, info)


def _honorific_in_office(an: Analysis, j: int, hon, after_name: bool) -> int | None:
    """Past an honorific that is part of the office at j, or None where a name follows it, or
    (``after_name``) where it opens the next official's office ("... وزير الخارجية ومعالي وزير
    الخارجية الأمريكي أنتوني بلينكن")."""
    after = honorifics(an, j)
    w = an.words
    if starts_name(an, after) or after >= len(w) or w[after] in PUNCT_CONTINUE:
        return None
    title = an.lex.titles.match(w, after) if after_name and MORPH.wa in hon[2] else None
    return None if title and _another_holder(an, after, title, joined=True) else after


def _opens_in(an: Analysis, j: int) -> bool:
    """'في', 'لدى', 'إلى' at j opening a place or body the office is in ('سفير الكويت لدى ...')."""
    w = an.words
    return w[j] in BEFORE_IN and j + 1 < len(w) and (
        j + 1 in an.doc.mention_at or w[j + 1].startswith(MORPH.article) or w[j + 1] in an.lex.position_words)


def _another_holder(an: Analysis, j: int, title, joined: bool = False) -> bool:
    """An office joined by 'و' at j (or, ``joined``, by an honorific before it) whose own phrase is
    followed by a name: the next person's."""
    if MORPH.wa not in title[2] and not joined:
        return False
    end = position_at(an, j, title[1])[0]
    return may_open_name(an, honorifics(an, end))  # (also "... والأمين العام للأمم المتحدة بان كي مون")


def _not_honorary(an: Analysis, k: int, j: int, info: PositionInfo) -> PositionInfo:
    """'وزير الداخلية الرئيس الفخري لمجلس وزراء الداخلية العرب': an honorary office is no
    body he acts for; the organisations named after 'الفخري' in [k, j) are dropped."""
    at = next((i for i in range(k, j) if an.words[i] in OFFICIALS.honorary), None)
    if at is not None:
        info.orgs = [(org, t) for org, t in info.orgs if t < at]
    return info


def _name_here(an: Analysis, j: int) -> bool:
    """A definite word at j that is a name: a family name said again ('الحريري'), or a given name
    written with the article ('الطيب', 'الحبيب') with a name going on after it."""
    tok, w = an.words[j], an.words
    if tok in OFFICIALS.article_given_names:
        return j + 1 < len(w) and starts_name(an, j + 1)
    return an.doc.definite(j) and len(tok) > 3 and (kp := known_person(an, (j, j + 1))) is not None \
        and tok == kp.name_words[-1]


def state_as_given_name(an: Analysis, j: int, info: PositionInfo) -> bool:
    """A state's one-word name at token j after an office its adjective already places, with a
    name going on after it: a given name ('جورجيا ميلوني'); never one with the article or after 'إلى'
    ('المبعوث الأمريكي الخاص إلى السودان توم بيرييلو')."""
    m = an.doc.mention_at.get(j)
    if m is not None and (an.words[j].startswith(MORPH.article) or (j > 0 and an.words[j - 1] in BEFORE_IN)):
        return False
    return m is not None and m.end == j + 1 and not m.prefix and bool(m.first("country", "name")) \
        and bool(info.adjectives) and j + 1 not in an.doc.mention_at and starts_name(an, j + 1)


def _in_office(an: Analysis, m, k: int, info: PositionInfo, after_in: bool) -> None:
    """Note a state or body named inside the office opened at k: "سفير ... لدى الاتحاد الأوروبي" (where,
    not whom), "الوزير المكلف بالشؤون المغاربية والاتحاد الإفريقي" (the portfolio, not whom)."""
    w, j = an.words, m.start
    accredited = j > 0 and w[j - 1] == OFFICIALS.accredited_to or \
        (not m.prefix.endswith(MORPH.bi) and _portfolio(w, max(k, j - PORTFOLIO_REACH), j))
    _note(an, m, info, after_in or m.prefix.endswith(MORPH.bi), accredited)


OFFICE_PHRASES = sorted({len(p.split()) for p in OFFICIALS.office_phrases}, reverse=True)


def _carried_on(an: Analysis, j: int) -> int:
    """Tokens at j an office goes on past although they would end it: a fixed phrase ('تصريف الأعمال':
    'الأعمال' ends names) or a word set off in quotes (a body's acronym: '«أفريكوم»')."""
    w = an.words
    phrase = next((n for n in OFFICE_PHRASES if " ".join(w[j:j + n]) in OFFICIALS.office_phrases), 0)
    if phrase:
        return phrase
    s, e = an.doc.original_span(j, j + 1)
    text = an.doc.text.original
    return int(0 < s and e < len(text) and text[s - 1] in CONTEXT.name_quotes and text[e] in CONTEXT.name_quotes)


def _title_says(lex, title, j: int, k: int, info: PositionInfo) -> None:
    """What a title at j inside an office opened at k says of whom it is: the body it names by
    itself ('نائبة الممثل الخاص للأمين العام'), or a monarch's of one state ('سفير خادم الحرمين
    الشريفين لدى فرنسا': the kingdom's)."""
    _title_org(lex, title, j, info)
    states = [s for t in title[0] for s in OFFICIALS.monarchies.get(t, ())] if j > k else []
    if len(states) == 1:
        info.countries.append((states[0], j))


def _generic_org(lex, forms, after: str) -> tuple[str, int] | None:
    """A noun standing for a body, of one word or two ('للمنظمة الدولية'): (its form, its length)."""
    two = next((f + " " + after for f in forms if f + " " + after in lex.generic_org_words), None)
    if two:
        return two, 2
    one = next((f for f in forms if f in lex.generic_org_words), None)
    return (one, 1) if one else None


def _title_org(lex, title, j: int, info: PositionInfo) -> None:
    """Note the body an office names by itself (titles.yaml 'org'), if it does."""
    org = lex.title_info[title[0][0]].get("org") if title else None
    if org:
        info.implied.append((org, j))


def _past_name_under_title(an: Analysis, k: int, j: int, info: PositionInfo) -> int:
    """A title that ends inside a name ('أمير دولة' of 'دولة الكويت'): note the name, go on after it."""
    for s in range(k + 1, j):
        m = an.doc.mention_at.get(s)
        if m is not None and m.end > j:
            _note(an, m, info, False, False)
            return m.end
    return j


PORTFOLIO_REACH = 4  # tokens from 'المكلف بالشؤون' to the body it names


def _portfolio(w: list[str], a: int, j: int) -> bool:
    """'المكلف بالشؤون المغاربية والاتحاد الإفريقي': a portfolio word just before, with no 'في' (where
    the office sits: '... للشؤون الإنسانية في الأمم المتحدة', or 'بالجامعة' with bi-) between."""
    at = next((i for i in range(j - 1, a - 1, -1) if w[i] in OFFICIALS.portfolio_words), None)
    return at is not None and not any(t in BEFORE_IN for t in w[at:j])


def _note(an: Analysis, m, info: PositionInfo, located: bool, accredited: bool = False) -> None:
    for e in m.entries:
        if e.kind == "country" and e.role in ("adjective", "demonym"):
            info.adjectives.append((e.id, m.start))
            return
        if e.kind == "org" and accredited:
            return
        if e.kind == "org":
            kind, acts_for = an.lex.acting_for(e.id)
            (info.orgs if kind == "org" else info.countries).append((acts_for, m.start))
            return
    for e in m.entries:
        if e.kind == "country":
            (info.located if located else info.countries).append((e.id, m.start))
            return
    city = m.first("city")
    if city is not None and not accredited:  # "ولي عهد أبوظبي", "حاكم دبي": the city's state
        (info.located if located else info.countries).append((an.lex.entity("city", city.id).country, m.start))


def trailing_office(an: Analysis, j: int):
    """(end, info) of a second office right after a name, or None."""
    w = an.words
    at = j + 1 if j < len(w) and w[j] in PUNCT_CONTINUE else j
    title = an.lex.titles.match(w, at)
    if not title or MORPH.wa in title[2]:
        return None  # "... ورئيسة الوزراء النرويجية": the next person, not this one's office
    end, info = position_at(an, at, title[1])
    return (end, info) if (info.adjectives or info.orgs or info.implied or info.countries) else None


def represented_by(an: Analysis, k: int) -> int:
    """'ممثلة في' or 'ممثلة ب' at token k before an office ('مملكة البحرين ممثلة في وزير العدل',
    'ممثلة بوزير الخارجية'): how many tokens before the office (2 or 1), else 0."""
    w = an.words
    if w[k] not in OFFICIALS.representing or k + 1 >= len(w):
        return 0
    if w[k + 1] in BEFORE_IN and an.lex.titles.match(w, k + 2):
        return 2
    title = an.lex.titles.match(w, k + 1)
    return 1 if title and title[2] == MORPH.bi else 0


def merge_into(info: PositionInfo, extra: PositionInfo) -> None:
    """What a second office tells of whom he acts for, when the first tells nothing ('وزير العدل ...
    بمملكة البحرين الشيخ X، سفير جيبوتي في القاهرة ...': the second is the next man's)."""
    if info.adjectives or info.orgs or info.countries or info.located:
        return
    for attr in ("adjectives", "orgs", "countries"):
        if not getattr(info, attr):
            getattr(info, attr).extend(getattr(extra, attr))


def _glued_before_office(an: Analysis, i: int) -> int:
    """Letters glued before the office word at token i: 'و' and a preposition the title matched past."""
    tok = an.words[i]
    title = an.lex.titles.match([tok], 0)
    if title and title[2]:
        return len(title[2])
    return int(tok.startswith(MORPH.wa) and len(tok) > 3 and an.lex.is_trigger("counterpart", tok))


def position_text(an: Analysis, p0: int, p1: int) -> str:
    """The office as written, without the conjunction glued to it and without a
    nationality adjective describing the person ("وزير الخارجية الأمريكي" ->
    "وزير الخارجية"); a feminine adjective describes the ministry and stays
    ("وزارة الخارجية الألمانية")."""
    doc = an.doc
    keep = []
    for i in range(p0, p1):
        m = doc.mention_at.get(i)
        adj = m.first("country", "adjective") if m else None
        if adj and not an.words[m.end - 1].endswith(OFFICIALS.ministry_adjective_endings):
            continue
        keep.append(i)
    if not keep:
        keep = list(range(p0, p1))
    parts = []
    for i in keep:
        s, e = doc.original_span(i, i + 1)
        if i == p0:  # ('وبوزير الخارجية', 'ممثلة بوزير العدل': the office without its glued particles)
            s += _glued_before_office(an, i)
        parts.append((s, e))
    text = " ".join(doc.text.original[s:e] for s, e in parts)  # one token each: no line break
    return text.strip(" " + MORPH.strip_chars)
