"""People introduced by an office then a name, or an honorific, name then office.

A position phrase runs on while its words are definite, institutional
(``titles.yaml: position_words``) or lexicon mentions; the first other word
starts the name. A one-word name counts after a definite title or honorific.
"""
from __future__ import annotations


from ...arabic import is_int, stems
from ...data import words
from ...rules import with_param
from ..analysis import Analysis, PositionInfo, TitleMention
from ..records import Fact, Person, evidence
from .names import appositive, name_at, name_before, single_ok
from .persons import index_person, known_person, same_person
from .positions import merge_into, position_at, position_text, represented_by, state_as_given_name, trailing_office
from .tokens import PUNCT_CONTINUE, counted_name_words, honorifics

MORPH = words("morphology")
OFFICIALS = words("officials")

MAX_PEOPLE = 300  # no article names more officials; bounds the work on pathological input


def find(an: Analysis) -> None:
    """The pass: people introduced by an office or honorific, then later mentions by surname."""
    find_people(an)

def find_people(an: Analysis) -> None:
    w, lex = an.words, an.lex
    k = an.ctx.dateline_end
    while k < len(w):
        title = lex.titles.match(w, k)
        if title is None and lex.is_trigger("counterpart", w[k]):
            title = (["counterpart"], 1, "")
        elif title and k > 0 and (_adjectival(an, k, title) or _counted(an, k)):
            title = None
        elif title and lex.title_info[title[0][0]].get("needs_office") and not _office_follows(an, k + title[1]):
            title = None
        elif title and represented_by(an, k):
            title = None  # "برئاسة مملكة البحرين ممثلة في وزير العدل X": the office after it is his
        hon = None if title else lex.honorifics.match(w, k)
        if (title or hon) and k > 0 and any(f in lex.named_after for f in stems(w[k - 1])):
            title = hon = None  # "مركز الملك عبدالعزيز", "مدينة الأمير سلطان": a place, not a person
        if not title and not hon and any(f in OFFICIALS.headed_by for f in stems(w[k])):
            span = name_at(an, k + 1)
            counted = an.lex.trigger_sets["count_nouns"]
            if span and span[1] - span[0] >= 2 and not known_person(an, span) and not _office_follows_name(an, span[1]) \
                    and not any(is_int(t) or t in lex.number_words or t in counted for t in w[span[0]:span[1]]):
                # "الحكومة العراقية الجديدة برئاسة مصطفى الكاظمي": he heads it
                make_person(an, span, k + 1, k + 1, PositionInfo(), "head-of", k + 1)
                k = span[1]
                continue
        if title:
            k = _from_title(an, k, title)
        elif hon:
            k = _from_honorific(an, k)
        else:
            k += 1


def _office_follows_name(an: Analysis, j: int) -> bool:
    """'برئاسة جون كيري وزير الخارجية الأمريكي آنذاك': the office after the name introduces him."""
    j += j < len(an.words) and an.words[j] in PUNCT_CONTINUE
    return an.lex.titles.match(an.words, j) is not None


def _office_follows(an: Analysis, j: int) -> bool:
    """'مساعد وزير', 'نائب الأمين العام', 'وكيل وزارة': another office or an institution."""
    j += j + 1 < len(an.words) and an.words[j] in OFFICIALS.deputy_ranks  # ('النائب الأول لرئيس مجلس الوزراء')
    if j >= len(an.words):
        return False
    if an.lex.titles.match(an.words, j):
        return True
    return any(f in an.lex.position_words and f not in OFFICIALS.states_word for f in stems(an.words[j]))


def _adjectival(an: Analysis, k: int, title) -> bool:
    """'الجهود المنسقة': a definite title word right after a definite noun is an
    adjective of that noun, not an office (but a title of two words is one: 'الصفدي الممثلة
    العليا ...')."""
    prev = an.words[k - 1]
    return (title[1] == 1 and an.words[k] in an.lex.adjectival_titles and prev.startswith(MORPH.article)
            and prev not in an.lex.function_words and prev not in an.weekday_words
            and not an.lex.relative_days.match([prev], 0)
            and not an.lex.titles.match(an.words, k - 1) and k - 1 not in an.doc.mention_at
            and not an.lex.honorifics.match(an.words, k - 1)
            and k - 1 not in an.introduced)


def _counted(an: Analysis, k: int) -> bool:
    """'بمشاركة 42 وزير خارجية': a number before an office counts its holders, it names none."""
    prev = an.words[k - 1]
    return is_int(prev) or prev in an.lex.number_words


def _from_title(an: Analysis, k: int, title) -> int:
    w = an.words
    head_len = title[1]
    title_id = title[0][0]
    pos_end, info = position_at(an, k, head_len)
    j = pos_end
    if j < len(w) and w[j] in PUNCT_CONTINUE and an.lex.honorifics.match(w, j + 1):
        j += 1
    hon_start = j
    j = honorifics(an, j)
    m = an.doc.mention_at.get(j) if j > hon_start else None
    if m is not None and m.first("country", "adjective") and not m.prefix:
        j = honorifics(an, m.end)  # "الجنرال الباكستاني المتقاعد راحيل شريف": a nationality between ranks
    if k > 0 and w[k - 1] in PUNCT_CONTINUE and j == pos_end and not title[2].startswith(MORPH.wa):
        # (but "، ورئيس مفوضية الاتحاد الأفريقي موسى فقي محمد": 'and' opens the next one, named after)
        before = name_before(an, k)
        if before is not None:  # "ليز غراندي، نائبة الممثل الخاص ..."
            person = make_person(an, before, before[0], pos_end, info, title_id, before[0], position_start=k)
            if person:
                return max(pos_end, k + 1)
    span = _name_after(an, k, j, pos_end, hon_start, info)
    if span is None:
        before = name_before(an, k)
        if before is not None:  # "ستيفن أوبراين وكيل الأمين العام ..."
            person = make_person(an, before, before[0], pos_end, info, title_id, before[0], position_start=k)
            if person:
                return max(pos_end, k + 1)
        _title_mention(an, k, pos_end, info)
        return max(pos_end, k + 1)
    trailing = trailing_office(an, span[1])
    if trailing is not None:  # "الرئيس دونالد ترمب رئيس الولايات المتحدة الأمريكية"
        merge_into(info, trailing[1])
    person = make_person(an, span, k, pos_end, info, title_id, hon_start)
    if trailing is not None and person is not None:
        person.intro = (person.intro[0], max(person.intro[1], trailing[0]))
        an.introduced.update(range(*person.intro))
    if person and title_id == "counterpart" and person.position and person.position.ev.rule == with_param("position", "counterpart"):
        prev = next((p for p in reversed(an.people) if p is not person and p.intro[0] < k and p.position), None)
        person.position = Fact(prev.position.value, person.position.ev) if prev else None
    end = span[1]
    # "الرئيسان الفرنسي فرانسوا هولاند والعراقي فؤاد معصوم": a dual title, two people
    if person and w[k].endswith(MORPH.dual_endings) and end < len(w) and w[end].startswith(MORPH.wa):
        m = an.doc.mention_at.get(end)
        if m and m.first("country", "adjective"):
            span2 = name_at(an, m.end)
            if span2:
                info2 = PositionInfo(adjectives=[(m.first("country", "adjective").id, m.start)])
                second = make_person(an, span2, k, k + head_len, info2, title_id, k + head_len, intro_start=end)
                if second is not None:
                    second.honorific = None
                end = span2[1]
    return end


def _name_after(an: Analysis, k: int, j: int, pos_end: int, hon_start: int, info: PositionInfo):
    """The name after the office at k (its honorifics end at j), if one is there."""
    w = an.words
    span = _said_again(an, name_at(an, j)) or _state_named_first_word(an, j, info)
    if span is not None and span[1] - span[0] == 1 and span[1] < len(w) and w[span[1]] in PUNCT_CONTINUE \
            and not known_person(an, span) and not single_ok(an, span, k, hon_start):
        span = None  # "وزير خارجيتها، هايكو ماس،": the one word was not the name
        j = pos_end + 1 if w[pos_end] not in PUNCT_CONTINUE else pos_end
        while j < len(w) and w[j] not in PUNCT_CONTINUE:
            j += 1
    if span is None and j < len(w) and w[j] in PUNCT_CONTINUE:
        span = appositive(an, j + 1)  # "الممثل الأعلى ...، جوزيب بوريل،"
    if span is not None and w[span[0]].startswith(MORPH.wa) and (info.adjectives or info.countries or info.orgs or info.implied) \
            and name_before(an, k) is not None:
        return None  # "محمد المنفى رئيس المجلس الرئاسى الليبي وآبى أحمد ...": 'و' opens the next one; his is before
    return span


def _state_named_first_word(an: Analysis, j: int, info: PositionInfo):
    """'رئيسة الوزراء الإيطالية جورجيا ميلوني': a given name that is also a state's name, right after
    an office that already says whose it is, with the rest of a name after it."""
    if not state_as_given_name(an, j, info):
        return None
    rest = name_at(an, j + 1)
    return (j, rest[1]) if rest is not None else None


def _said_again(an: Analysis, span):
    """'عقد الرئيس الحريري خلوة': a name's first word that is the family name (ال...) of an official
    named before, and a word his name does not have after it: only the name said again ('نظيره
    التونسي توفيق شرف الدين' after 'محمود توفيق' is another man)."""
    if span is None or span[1] - span[0] < 2:
        return span
    known = known_person(an, (span[0], span[0] + 1)) if an.doc.definite(span[0]) else None
    if known is None or an.words[span[0]] != known.name_words[-1] or an.words[span[0] + 1] in known.name_words:
        return span  # (only his family name: "الرئيس صباح ..." may be another Sabah)
    return span[0], span[0] + 1


def _from_honorific(an: Analysis, k: int) -> int:
    """Honorific, name, then office ('الشيخ صباح الخالد ... وزير الخارجية'), or a
    later mention of someone already found ('السيد بوريطة')."""
    w = an.words
    j = honorifics(an, k)
    span = name_at(an, j)
    if span is None:
        _office_honorific_alone(an, k, j)
        return max(j, k + 1)
    between = span[1] < len(w) and (w[span[1]] in PUNCT_CONTINUE or w[span[1]] in OFFICIALS.capacity)
    at = span[1] + 1 if between else span[1]
    title = an.lex.titles.match(w, at)  # (or in the capacity he acts in: 'الشيخ X بصفته رئيس الدورة الحالية')
    if title and MORPH.wa in title[2]:  # "برئاسة الشيخ X ووزير الخارجية الأمريكي Y": Y's office, not X's
        make_person(an, span, k, k, PositionInfo(), "honorific", k)
        return span[1]
    if title:
        pos_end, info = position_at(an, at, title[1], after_name=True)
        person = make_person(an, span, k, pos_end, info, title[0][0], k, position_start=at)
        return pos_end if person else span[1]
    found = known_person(an, span)
    if found:
        found.mentions.append(span)
    elif span[1] - span[0] >= 2 and _office_honorific(an, k, j):  # "سمو الأمير الشيخ صباح الأحمد أعلن ..."
        make_person(an, span, k, k, PositionInfo(), "honorific", k)
    return span[1]


def _office_honorific_alone(an: Analysis, k: int, j: int) -> None:
    """'وأعلن الأمير في كلمته ...': an honorific that is also an office ('الأمير', 'الملك'), with no name
    after it, refers back to the one named before with that office, as a title without a name does."""
    bare = an.words[k].removeprefix(MORPH.article)
    if j == k + 1 and bare != an.words[k] and an.lex.titles.match([bare], 0):
        an.titles.append(TitleMention(k, j, bare, None))


def _office_honorific(an: Analysis, k: int, j: int) -> bool:
    """The honorifics in tokens [k, j) include one only an office holder bears ('معالي', 'سمو')."""
    w = an.words
    return any(" ".join(w[i:i + n]) in OFFICIALS.office_honorifics for i in range(k, j) for n in (1, 2, 3, 4))


def make_person(an: Analysis, span, k, pos_end, info, title_id, hon_start, *, position_start=None,
          intro_start=None) -> Person | None:
    doc, w = an.doc, an.words
    name_words = w[span[0]:span[1]]
    if counted_name_words(an, span) < 2:
        found = known_person(an, span)
        if found:  # ('ونظيره الأمريكي بلينكن': what the office before him says adds to what was said)
            found.mentions.append(span)
            _merge_info(an, found.key, _before(info, span[0]))
            return None
        if not single_ok(an, span, k if position_start is None else span[0] - 1, hon_start):
            return None
    key = " ".join(name_words)
    s, e = doc.original_span(span[0], span[1])
    ev = evidence(s, e, doc.tokens[span[0]].sent, with_param("official", title_id))
    p0 = k if position_start is None else position_start
    p1 = hon_start if position_start is None else pos_end
    position = None
    if p1 > p0:
        ps, pe = doc.original_span(p0, p1)
        position = Fact(position_text(an, p0, p1),
                        evidence(ps, pe, doc.tokens[p0].sent, with_param("position", title_id)))
    hon = None
    if position_start is None and span[0] > hon_start:
        hon = doc.surface(hon_start, span[0])
    existing = same_person(an, name_words)
    intro = (intro_start if intro_start is not None else k, max(span[1], pos_end))
    if existing is not None:
        existing.mentions.append(span)
        if len(name_words) > len(existing.name_words):
            old = existing.name_words
            existing.key, existing.name, existing.name_ev, existing.tokens = key, doc.surface(*span), ev, span
            index_person(an, existing, an.people.index(existing), old)
        if existing.position is None and position is not None:
            existing.position, existing.title_id = position, title_id
        _merge_info(an, existing.key, info)
        return existing
    if len(an.people) >= MAX_PEOPLE:
        return None
    person = Person(key=key, name=doc.surface(*span), name_ev=ev, tokens=span, intro=intro,
                    position=position, title_id=title_id, honorific=hon)
    an.people.append(person)
    index_person(an, person, len(an.people) - 1)
    an.introduced.update(range(*intro))
    an.info[key] = info
    return person


INFO_LISTS = ("adjectives", "orgs", "implied", "countries", "located", "generic")  # PositionInfo's (id, token) lists


def _merge_info(an: Analysis, key: str, info: PositionInfo) -> None:
    old = an.info.setdefault(key, PositionInfo())
    for attr in INFO_LISTS:
        getattr(old, attr).extend(getattr(info, attr))
    old.the_country |= info.the_country


def _before(info: PositionInfo, k: int) -> PositionInfo:
    """What an office says before token k (not an office after a surname, which may be the next
    man's: 'التقى الوزير الشيباني المبعوث الأمريكي')."""
    return PositionInfo(**{attr: [x for x in getattr(info, attr) if x[1] < k] for attr in INFO_LISTS})


def _title_mention(an: Analysis, k: int, end: int, info: PositionInfo) -> None:
    inside = {i for m in an.doc.mentions_in(k, end) for i in range(m.start, m.end)}
    heads = [an.words[i] for i in range(k, end) if i not in inside]
    country = info.adjectives[0][0] if info.adjectives else (info.countries[0][0] if info.countries else None)
    an.titles.append(TitleMention(k, end, " ".join(heads), country))
