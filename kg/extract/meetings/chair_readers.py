"""The readers of chair phrases: who each kind of phrase says chaired the meeting.

The agents after the phrase (``برئاسة``, ``الذي تترأسه هولندا``), the sharers before 'في الرئاسة
المشتركة' (in :mod:`.chair_sharers`); the subject of a 'chaired' verb (``ترأس الاجتماع X``, ``وترأس سموه الاجتماع``) is read
in :mod:`.chair_subjects`, those named before 'بصفتها رئيسا مشاركا' or 'خلال ترؤسهما' in
:mod:`.chair_antecedents`, a hand-over's receiver in :mod:`.handovers`. Each reader takes
the stretch [a, b) and the phrase at k (n tokens) and returns the agents found (with their tokens)
and where the caller goes on, if elsewhere.
"""
from __future__ import annotations

from ...data import words
from ..analysis import Analysis
from .agents import agents_from
from .implied import meets
from .chair_antecedents import (Found, agent_before, agents_listed_before, as_co_chair, chairing_of, joined_at, last_chairs,
                                people_before, person_agents, plural_subject, with_partner)
from .chair_subjects import CLAUSE_REACH, a_body_that_meets, object_end, subject, term_to_come
from .chair_sharers import sharers
from .chair_voice import we_chaired
from .phrase import past_name_set_off

MEETINGS = words("meetings")
MORPH = words("morphology")


def after(an: Analysis, a: int, k: int, n: int, b: int):
    """'برئاسة X', 'الذي تترأسه هولندا', 'برئاسته', 'وتحت رئاسته' (the one named before)."""
    phrase = an.words[k]
    under = n > 1 and MEETINGS.chaired_by_under in phrase  # ("وتحت رئاسته")
    if (an.words[k + 1] if under else phrase).endswith(MEETINGS.chaired_by_suffixes) and (
            under or MEETINGS.chaired_by_prefix in phrase[:3]):
        before = people_before(an, a, k)
        take = 1 if phrase.endswith(MEETINGS.chaired_by_singular) else len(before)
        return [person_agents(p, *p.intro) for p in before[:take]], None
    b = _clause_end(an, k, n, b)
    found = agents_from(an, k + n, b) or agents_from(an, _past_place(an, k + n, b), b) or \
        agents_from(an, _past_label(an, k + n, b), b)
    if not found and k + n < b and an.words[k + n] in MEETINGS.with_words:
        return with_partner(an, a, k, n, b), None  # "الذي يستضيفه الاتحاد ويشارك في رئاسته مع الأمم المتحدة"
    joint = an.trig("jointly", k + n) if not found and k + n < b else None
    partners = agents_from(an, k + n + joint[1], b) if joint else []
    subj = people_before(an, an.doc.sentence_of(k)[0], k)[:1] if partners else []
    if subj:  # "عقد العبادي مؤتمرا صحفيا قبيل الاجتماع ...، الذي يترأسه إلى جانب وزير الخارجية الفرنسي ...":
        return [person_agents(subj[0], *subj[0].intro)] + partners, None  # the sentence's subject and those beside
    if found:
        found += [f for f in _joint_after_clause(an, found[-1][2], b) if f not in found]
    if not found and phrase.startswith(MEETINGS.chaired_verb_stems) and phrase.endswith(MORPH.object_pronouns_singular):
        pair = last_chairs(an, k, plural_subject(phrase))  # "الاجتماع الذي ترأساه": the two named last
        if pair:
            return pair, None
        near = agent_before(an, a, k) if phrase.startswith(MORPH.wa) else None
        if near is not None and near[2] == k:
            return [near], None  # "بدعوة من وزير الخارجية الأمريكي وترأسه": the one just named, and his chairing
        # "خلال اجتماع ترأسه في بروكسل": the one who chaired it is the sentence's subject
        lo = an.doc.sentence_of(k)[0]  # (or named again there: "وجاءت تصريحات كيري ... عقب اجتماع ترأسه")
        before = people_before(an, a, k) or people_before(an, lo, k) or \
            sorted((p for p in an.people if any(lo <= s < k for s, _ in p.mentions)),
                   key=lambda p: min(s for s, _ in p.mentions if lo <= s < k))[:1]
        found = [person_agents(p, *p.intro) for p in before[:1]]
        found += joined_at(an, found, k + n, b)  # "X، الذي ترأسه بالاشتراك مع ... توم باراك"
    if not found and phrase.endswith(MORPH.object_pronouns_singular):
        found = _clause_about(an, a, k)
    return found, None


def _clause_about(an: Analysis, a: int, k: int) -> Found:
    """'الأمير خالد بن سلمان، الذي دعا إلى الاجتماع ويترأسه': a verb that names no chair after it,
    in a relative clause set off after an official: he chairs it."""
    lo = max(a, an.doc.sentence_of(k)[0])
    for j in range(k - 1, max(lo, k - CLAUSE_REACH) - 1, -1):
        if an.words[j] in MORPH.relative_pronouns:
            if an.words[j - 1] not in MORPH.commas:
                return []
            p = next((p for p in an.people if p.tokens[1] == j - 1), None)
            return [person_agents(p, *p.intro)] if p is not None else []
    return []


def co_chairs(an: Analysis, a: int, k: int, n: int, b: int):
    """'وكان الرئيسان المشاركان للاجتماع وزير الخارجية الإيطالي ووزير ...' (those after), or 'وكان
    المغرب والولايات المتحدة الرئيسين المشاركين للاجتماع' (the list right before)."""
    found, skip = after(an, a, k, n, b)
    past = _past_label(an, k, b)
    if not found and past != k:  # "اجتمع ... الرؤساء المشاركون للمجموعة: إيطاليا والمغرب ..."
        found = agents_from(an, past, b)
    if not found:
        listed = agents_listed_before(an, max(a, an.doc.sentence_of(k)[0]), k, None)
        found = listed if listed and listed[-1][2] == k and len(listed) > 1 else []
    return found, skip


def shared_with_him(an: Analysis, a: int, k: int, n: int, b: int):
    """'واستضاف الاجتماع وزير ... توباياس إلوود، وشاركه في رئاسته X، وY': those after, and the one
    the pronoun points back to."""
    found, _ = after(an, a, k, n, b)
    before = agent_before(an, a, k)
    return (found + [before] if found and before else found), None


def _clause_end(an: Analysis, k: int, n: int, b: int) -> int:
    """'وشارك في أعمال الدورة، التي ترأسها وزير الداخلية الفلسطيني، الفريق ... ووزير ...': a chair
    phrase in a relative clause set off by commas names its chairs up to the clause's comma; those
    after it are the sentence's participants."""
    w = an.words
    if not (k >= 2 and w[k - 1] in MORPH.relative_pronouns and w[k - 2] in MORPH.commas):
        return b
    return next((j for j in range(k + n, b) if w[j] in MORPH.commas), b)


LABEL_REACH = 5  # words of a co-chairs label before its colon ('الرؤساء المشاركون الأربعة للمجموعة:')


def _past_label(an: Analysis, j: int, b: int) -> int:
    """'ترأسه الرؤساء المشاركون الأربعة للمجموعة: إيطاليا والولايات المتحدة ...': past a label of
    co-chairs and the colon after it."""
    hit = an.trig("chair_phrases", j) if j < b else None
    if not hit or hit[0][0] != "co-chairs":
        return j
    return next((i + 1 for i in range(j + hit[1], min(b, j + hit[1] + LABEL_REACH)) if an.words[i] == ":"), j)


def _past_place(an: Analysis, j: int, b: int) -> int:
    """'الذي ترأسه في روما وزير الخارجية ...': past a place phrase right after the chair verb."""
    w = an.words
    if j + 1 < b and w[j] in MEETINGS.place_preps:
        m = an.doc.mention_at.get(j + 1)
        if m is not None and m.first("city"):
            return m.end
    return past_name_set_off(an, j, b)  # (or the meeting named, set off: "... لمؤتمر المانحين، السويد")


def _joint_after_clause(an: Analysis, p: int, b: int) -> Found:
    """'برئاسة وزير الخارجية الكويتي ...، الذي افتتح الجلسة الأولى، بالاشتراك مع ...': a co-chair
    after a relative clause set off by commas."""
    w = an.words
    if p + 1 >= b or w[p] not in MORPH.commas or w[p + 1] not in MORPH.relative_pronouns:
        return []
    close = next((j for j in range(p + 2, min(b, p + CLAUSE_REACH)) if w[j] in MORPH.commas), None)
    joint = an.trig("jointly", close + 1) if close is not None and close + 1 < b else None
    if joint is None or joint[1] < 2:  # (a bare 'مع' may start anything)
        return []
    return agents_from(an, close + 1 + joint[1], b)


SHARE_REACH = 16  # words from 'تتشارك' or 'تسلم' to the presidency: two officials with their offices


def share_chair(an: Analysis, a: int, k: int, n: int, b: int):
    """'الذي تتشارك الكويت والولايات المتحدة رئاسته': the subjects, when a presidency word follows;
    'الذي تتشارك الدولة رئاسته مع المملكة المتحدة': and those it shares it with."""
    w = an.words
    at = next((j for j in range(k + n, min(b, k + n + SHARE_REACH)) if an.lex.is_trigger("presidency", w[j])), None)
    if at is None or term_to_come(an, at, b):
        return [], None
    found, skip = subject(an, a, k, n, b)
    if found and found[-1][2] < at:  # "وتتولى المغرب مع هولندا الرئاسة المشتركة": the one beside it
        j = found[-1][2] + (an.words[found[-1][2]] in MORPH.commas)
        found += joined_at(an, found, j, at)
    past_object = object_end(an, at + 1, b)
    if not found:  # "الذي تتولى رئاسته المشتركة بريطانيا وألمانيا ...": the subjects after the presidency
        # (or after its object: "وتتولى رئاسة المؤتمر بصورة مشتركة كل من الكويت والعراق ...")
        found = agents_from(an, at + 1, b) or agents_from(an, past_object, b) or _after_its_kind(an, at, b)
        if found and found[0][1] == at + 1 and a_body_that_meets(an, found):
            return [], None  # "فهي تشارك في رئاسة مجموعة مكافحة تمويل داعش": that group's presidency
    # "... رئاسته مع المملكة المتحدة", "تشارك ألمانيا في رئاسته إلى جانب بريطانيا والكويت", "وتقاسمت
    # سولبرغ رئاسة مؤتمر لندن مع كاميرون وميركل ...": past the presidency's object
    found += joined_at(an, found, at + 1, b) or joined_at(an, found, past_object, b)
    return found, skip


def _after_its_kind(an: Analysis, at: int, b: int) -> Found:
    """'التي تتولى الرئاسة الخماسية للمؤتمر الدولي حول ليبيا - فرنسا وألمانيا ... -': those set off
    after the presidency, its kind and its object."""
    if at + 1 >= b or an.words[at + 1] not in MEETINGS.presidency_kinds:
        return []
    j = object_end(an, at + 2, b)
    return agents_from(an, j + 1, b) if j < b and an.words[j] in MEETINGS.list_set_off else []


def co_chaired(an: Analysis, a: int, k: int, n: int, b: int):
    """'برئاسة مشتركة من X وY'; 'برئاسة مشتركة بينه وبين X' (and the one before); 'شاركت X ...
    بالرئاسة المشتركة' when no one follows;
    'تنظمه المملكة المتحدة بالرئاسة المشتركة مع الكويت': those after 'مع' and the one before."""
    if k + n < b and an.words[k + n] in MEETINGS.with_words:
        return with_partner(an, a, k, n, b), None
    if k + n < b and an.words[k + n] in MEETINGS.the_same:
        return _same_as_before(an, k, k + n + 1), None
    if k + n + 1 < b and an.words[k + n] in MEETINGS.between_it and an.words[k + n + 1] in MEETINGS.and_between:
        return _between_him_and(an, a, k, n + 2, b), None  # "برئاسة مشتركة بينه وبين الرئيس الفرنسي"
    found, skip = after(an, a, k, n, b)
    return (found, skip) if found else sharers(an, a, k, n, b)


def _between_him_and(an: Analysis, a: int, k: int, n: int, b: int) -> Found:
    """'شارك رئيس الجمهورية X ... في المؤتمر ... برئاسة مشتركة بينه وبين الرئيس الفرنسي': those after
    'وبين', and the last official named before in the sentence (else the nearest state or body)."""
    found, _ = after(an, a, k, n, b)
    named = people_before(an, max(a, an.doc.sentence_of(k)[0]), k)
    him = person_agents(named[-1], *named[-1].intro) if named else agent_before(an, a, k)
    return found + [him] if found and him else found


def _same_as_before(an: Analysis, k: int, j: int) -> Found:
    """'تحت الرئاسة المشتركة نفسها': the chairs of the last meeting told before it that had any."""
    start = an.doc.sentence_of(k)[0]
    before = [m for m in an.meetings if m.chairs and m.created_in >= 0 and an.doc.sentences[m.created_in][0] < start]
    if not before:
        return []
    return [([c.value for c in before[-1].chairs], k, j)]


PRESIDENCY_REACH = 12  # words from a presidency word to the "التي تتولاها" that holds it ("رئاسة المنتدى ... مع كندا، فيما تتولاها")


def holds_it(an: Analysis, a: int, k: int, n: int, b: int):
    """'الرئاسة المشتركة للمنتدى، التي تتولاها الولايات المتحدة وتركيا': those holding the presidency
    named just before."""
    at = next((j for j in range(k - 1, max(a, k - PRESIDENCY_REACH) - 1, -1) if an.lex.is_trigger("presidency", an.words[j])), None)
    if at is None or _another_bodys(an, at + 1):
        return [], None  # ("رئاسة مجموعة التركيز الخاصة بإفريقيا، التي يتولاها المغرب": that group's)
    return after(an, a, k, n, b)


def _another_bodys(an: Analysis, j: int) -> bool:
    """A body that meets named at token j, other than the one whose meeting the story reports."""
    m = an.doc.mention_at.get(j)
    org = m.first("org") if m is not None else None
    convener = an.primary.convener.value if an.primary is not None and an.primary.convener else None
    return org is not None and meets(an, org.id) and org.id != convener


def asked(an: Analysis, a: int, k: int, n: int, b: int):
    """'س: من ترأسه؟' then 'ج: الولايات المتحدة، ممثلة بوزير خارجيتها': the answer's first clause names
    who chaired."""
    w = an.words
    if k + n >= len(w) or w[k + n] not in MEETINGS.question_marks:
        return [], None
    s = an.doc.sentence_of(k + n)[1]
    if w[s:s + 2] != list(MEETINGS.answer_label):
        return [], None
    end = an.doc.sentence_of(s)[1]
    end = next((j for j in range(s + 2, end) if w[j] in MORPH.commas), end)
    return agents_from(an, s + 2, end), None


READERS = {"shared-with-him": shared_with_him, "co-chaired": co_chaired, "co-chairs": co_chairs, "chaired-by": after, "chairs-it": after, "chaired-it": after,
           "chaired": subject, "will-chair": subject, "shared-chair": sharers, "share-chair": share_chair,
           "chairing-of": chairing_of, "as-co-chair": as_co_chair, "chairs-label": after, "who-chaired": asked, "holds-it": holds_it,
           "we-chaired": we_chaired}

