"""Who chaired each meeting: chair phrases in the meeting's stretches, and a standing group's co-chairs.

Each kind of chair phrase (``chair_phrases`` in lexicons/triggers.yaml) has its reader below: the
agents after the phrase (``برئاسة``, ``الذي تترأسه هولندا``), the subject of a 'chaired' verb
(``ترأس الاجتماع X``, ``وترأس سموه الاجتماع``), the sharers before 'في الرئاسة المشتركة', and a
hand-over (``تسلم الأردن الرئاسة المشتركة من كندا``), read last: the receiver chairs only when
nothing else in the meeting's text says who chaired it.
"""
from __future__ import annotations

from ...arabic import stems
from ...data import words
from ..analysis import Analysis
from ..records import Agent, Fact, Meeting
from .agents import agents_from, coordinated, person_at, subject_before
from .mentions import noun_phrase
from .standing import group_chairs

MEETINGS = words("meetings")
MORPH = words("morphology")

Found = list[tuple[list[Agent], int, int]]
VERBS = ("chaired", "will-chair", "share-chair")  # what they head comes after them, read by subject()


def find(an: Analysis) -> None:
    """The pass: a standing group's co-chairs, then the chairs each meeting's own stretches name."""
    group_chairs(an)
    follow_on = _follow_on_sentences(an)
    for meeting in an.meetings:
        handovers: list[tuple[int, int]] = []
        for _, a, b, _ in an.segments.get(meeting.key, []):
            handovers += chairs(an, meeting, max(a, an.ctx.dateline_end), b)
        for a, b in follow_on.get(meeting.key, []):
            handovers += chairs(an, meeting, max(a, an.ctx.dateline_end), b, only=FOLLOW_ON)
        for k, b in handovers:
            if not meeting.chairs:
                _add(an, meeting, handover(an, k, b), "chair.handover")


def _blocked(an: Analysis, a: int, k: int) -> bool:
    """'وفد ... برئاسة' / 'الحكومة العراقية برئاسة': heading something else."""
    if k > a and an.words[k - 1] in MORPH.commas and an.words[k].startswith(MORPH.wa):
        return False  # "بالاشتراك مع الحكومة الإيطالية، وتحت الرئاسة المشتركة لكل من": a new clause
    for j in range(k - 1, max(a, k - 7) - 1, -1):
        if an.lex.is_trigger("not_chair_objects", an.words[j]):
            return True
        if an.trig("meeting_nouns", j) or an.lex.is_trigger("meeting_verbs", an.words[j]):
            return False
    return False


def _add(an: Analysis, meeting: Meeting, found: Found, rule: str) -> None:
    """Add the agents found as chairs; the body whose meeting it is never chairs it ('بصفتهما
    الرئيسين المشاركين للمنتدى': the forum is what they chair)."""
    convener = meeting.convener.value if meeting.convener else None
    for agents, i, j in found:
        for agent in agents:
            if agent.kind == "org" and agent.id == convener:
                continue
            if agent not in [c.value for c in meeting.chairs]:
                meeting.chairs.append(Fact(agent, an.ev(i, j, rule)))


# Phrases that point back to the meeting by a pronoun, read in a sentence that names no meeting.
FOLLOW_ON = ("handover", "chairs-it", "chaired-it")
FOLLOW_ON_REACH = 2  # sentences after the meeting's last one that may still point back to it


def _follow_on_sentences(an: Analysis) -> dict[str, list[tuple[int, int]]]:
    """Sentences that name no meeting, each given to the meeting of the sentence before it
    ('ويترأس الاجتماع كل من ... . كما تشارك في رئاسته الولايات المتحدة')."""
    covering = {}
    for key, segs in an.segments.items():
        for sent, *_ in segs:
            covering.setdefault(sent, key)
    named = {m.sent for m in an.meeting_mentions}
    out: dict[str, list[tuple[int, int]]] = {}
    last, gap = None, 0
    for sent, (a, b) in enumerate(an.doc.sentences):
        if sent in covering or sent in named:
            last, gap = covering.get(sent), 0
        elif last is not None and gap < FOLLOW_ON_REACH:
            out.setdefault(last, []).append((a, b))
            gap += 1
    return out


def chairs(an: Analysis, meeting: Meeting, a: int, b: int, only: tuple[str, ...] | None = None) -> list[tuple[int, int]]:
    """Add the chairs the phrases in tokens [a, b) name (of the kinds ``only`` lists, when
    given); return the hand-overs, read last."""
    k, handovers = a, []
    while k < b:
        hit = an.trig("chair_phrases", k)
        if not hit or (only and hit[0][0] not in only):
            k += 1
            continue
        sub, n = hit[0][0], hit[1]
        if sub == "handover":
            handovers.append((k, b))
        elif sub != "group-chair" and not (sub not in VERBS and _blocked(an, a, k)):  # group chairs: below
            found, skip_to = READERS[sub](an, a, k, n, b)
            if skip_to is not None:
                k = skip_to
                continue
            _add(an, meeting, found, f"chair.{sub}")
        k += n
    return handovers


def _person_agents(p, i: int, j: int):
    return ([*([p.represents.value] if p.represents else []), Agent("person", p.key)], i, j)


def after(an: Analysis, a: int, k: int, n: int, b: int):
    """'برئاسة X', 'الذي تترأسه هولندا', 'برئاسته' (the one named before)."""
    phrase = an.words[k]
    if phrase.endswith(MEETINGS.chaired_by_suffixes) and MEETINGS.chaired_by_prefix in phrase[:3]:
        before = sorted((p for p in an.people if a <= p.intro[0] < k), key=lambda p: p.intro[0])
        take = 1 if phrase.endswith(MEETINGS.chaired_by_singular) else len(before)
        return [_person_agents(p, *p.intro) for p in before[:take]], None
    found = agents_from(an, k + n, b)
    if not found and phrase.startswith(MEETINGS.chaired_verb_stems) and phrase.endswith(MORPH.object_pronouns_singular):
        # "خلال اجتماع ترأسه في بروكسل": the one who chaired it is the sentence's subject
        before = sorted((p for p in an.people if a <= p.intro[0] < k), key=lambda p: p.intro[0])
        if not before:
            sa = an.doc.sentence_of(k)[0]
            before = sorted((p for p in an.people if sa <= p.intro[0] < k), key=lambda p: p.intro[0])
        found = [_person_agents(p, *p.intro) for p in before[:1]]
    return found, None


def _object_end(an: Analysis, j: int, b: int) -> int:
    """Past the object of 'ترأس': 'أعماله', 'الاجتماع ...', 'المؤتمر، الذي عقد في ...،'."""
    w = an.words
    while j < b and w[j] in MEETINGS.chaired_objects:
        j += 1  # "ترأس أعماله", "ترأس أعمال الاجتماع"
    nxt = an.trig("meeting_nouns", j)
    if nxt:
        m = an.doc.mention_at.get(j + nxt[1])
        if an.doc.definite(j) and m is not None and not m.prefix and (m.first("org") or m.first("country")):
            return j + nxt[1]  # "ويترأس المؤتمر الاتحاد الأوروبي": a definite noun takes no genitive
        j = noun_phrase(an, j + nxt[1])[0]
    if j + 1 < b and w[j] in MORPH.commas and w[j + 1] in MORPH.relative_pronouns:
        j += 2  # "وترأس المؤتمر، الذي عقد في ...، كل من ..."
        while j < b and w[j] not in MORPH.commas:
            j += 1
    return j


def subject(an: Analysis, a: int, k: int, n: int, b: int):
    """'ترأس [الاجتماع] X [بشكل مشترك مع Y]', 'سيترأس ...', 'وكان X قد ترأس ...'."""
    w, j = an.words, k + n
    if j < b and an.lex.is_trigger("not_chair_objects", w[j]):
        return [], j
    group = j < b and any(f in an.lex.generic_org_words for f in stems(w[j]))
    j = _object_end(an, j, b)
    every = any(w[i:i + 2] == list(MEETINGS.each_of) for i in range(j, min(b, j + 3)))
    found = agents_from(an, j, b, limit=8 if every or group else 1, group=group)
    if found and not (every or group):
        found += coordinated(an, found[-1][2], b)
    if found and found[-1][2] < b and an.lex.is_trigger("not_chair_objects", w[found[-1][2]]):
        return [], None  # "وترأس وزير الخارجية المصري وفد بلاده": heading a delegation
    if not found:  # "وكان خادم الحرمين الشريفين قد ترأس ... القمة": the subject comes first
        found = _subjects_before(an, a, k)
    for jj in range(j, min(b, j + 25)):
        hit2 = an.trig("jointly", jj)
        # "بشكل مشترك مع", "إلى جانب نظيره ..."; a bare 'مع' right after the object or set off by
        # a comma: "التي ترأست المؤتمر مع الأمم المتحدة", "ترأست تركيا، مع هولندا، اجتماع";
        # 'إلى جانب' a state only set off right after the subject: "ويترأس المغرب، إلى جانب ..."
        beside_subject = bool(found) and jj == found[-1][2] + 1 and an.words[jj - 1] in MORPH.commas
        if hit2 and (hit2[1] > 1 or jj == j or an.words[jj - 1] in MORPH.commas) and \
                (an.words[jj] not in MEETINGS.to or person_at(an, jj + 2) or beside_subject):
            found += agents_from(an, jj + hit2[1], b)
            break
    return found, None


def _subjects_before(an: Analysis, a: int, k: int) -> Found:
    """The official before 'ترأس'; before 'ترأسا' / 'ترأسوا', the two (or all) named before it."""
    many = next((MEETINGS.plural_chair_verbs[f] for f in stems(an.words[k]) if f in MEETINGS.plural_chair_verbs), None)
    if many is not None:
        lo = max(a, an.doc.sentence_of(k)[0])
        before = sorted((p for p in an.people if lo <= p.intro[0] < k), key=lambda p: p.intro[0])
        if len(before) >= max(many, 2):
            return [_person_agents(p, *p.intro) for p in before[-many if many else 0:]]
    subj = subject_before(an, a, k)
    return [_person_agents(*subj)] if subj is not None else []


def sharers(an: Analysis, a: int, k: int, n: int, b: int):
    """'شاركت دولة الإمارات، إلى جانب ألمانيا والولايات المتحدة، في الرئاسة المشتركة لاجتماع':
    the sharing verb's subject and those beside it, before the phrase."""
    lo = max(a, an.doc.sentence_of(k)[0], k - 15)
    verb = next((i for i in range(k - 1, lo - 1, -1) if an.lex.is_trigger("share_verbs", an.words[i])), None)
    if verb is None:
        return [], None
    found = agents_from(an, verb + 1, k + 1)  # (k + 1: the home word "المملكة" right before the phrase)
    if not found and verb + 1 == k:  # "وشارك في رئاسة الاجتماع، إلى جانب المغرب، كل من ..."
        j = _object_end(an, k + n, b)
        while j < b and (an.words[j] in MORPH.commas or an.trig("jointly", j)):
            j += an.trig("jointly", j)[1] if an.trig("jointly", j) else 1
        found = agents_from(an, j, b)
    else:  # "وشاركت المملكة في ترؤس الاجتماع إلى جانب الولايات المتحدة": and the one beside it
        j = _object_end(an, k + n, b)
        j += 1 if j < b and an.words[j] in MORPH.commas else 0
        joint = an.trig("jointly", j) if j < b else None
        if joint:
            found += [f for f in agents_from(an, j + joint[1], b) if f not in found]
    return found, None


def handover(an: Analysis, k: int, b: int) -> Found:
    """'تسلم الأردن الرئاسة المشتركة ... من كندا، ليتقاسمها مع الجزائر': the receiver (and the
    one it shares with) chair; the giver does not."""
    w = an.words
    if not any(an.lex.is_trigger("presidency", t) for t in w[k + 1:min(b, k + 11)]):
        return []
    found = agents_from(an, k + 1, b, limit=1)
    if not found:
        return []
    for j in range(found[-1][2], min(b, found[-1][2] + 15)):
        if w[j] in MEETINGS.giver_from:
            break  # "... من المغرب وكندا": the givers
        if w[j] in MEETINGS.with_words:  # "تسلمت مصر الرئاسة المشتركة للمنتدى مع الاتحاد الأوروبي"
            return found + agents_from(an, j + 1, b, limit=1)
    for j in range(found[-1][2], min(b, found[-1][2] + 25)):
        if an.lex.is_trigger("share_with", w[j]):
            joint = an.trig("jointly", j + 1)
            found += agents_from(an, j + 1 + (joint[1] if joint else 0), b, limit=1)
            break
    return found


def share_chair(an: Analysis, a: int, k: int, n: int, b: int):
    """'الذي تتشارك الكويت والولايات المتحدة رئاسته': the subjects, when a presidency word follows;
    'الذي تتشارك الدولة رئاسته مع المملكة المتحدة': and those it shares it with."""
    w = an.words
    at = next((j for j in range(k + n, min(b, k + n + 10)) if an.lex.is_trigger("presidency", w[j])), None)
    if at is None:
        return [], None
    found, skip = subject(an, a, k, n, b)
    if at + 1 < b and w[at + 1] in MEETINGS.with_words:
        found += [f for f in agents_from(an, at + 2, b) if f not in found]
    return found, skip


def chairing_of(an: Analysis, a: int, k: int, n: int, b: int):
    """'خلال ترؤسهما الاجتماع': the officials named before, as many as the pronoun says."""
    if k + n < b and an.lex.is_trigger("not_chair_objects", an.words[k + n]):
        return [], None  # "خلال ترؤسه وفد بلاده": heading a delegation
    lo = max(a, an.doc.sentence_of(k)[0])
    before = sorted((p for p in an.people if lo <= p.intro[0] < k), key=lambda p: p.intro[0])
    phrase = an.words[k + n - 1]
    take = next((t for suffix, t in MEETINGS.chairing_pronoun_counts.items() if phrase.endswith(suffix)), 0)
    chosen = before[-take:] if take else before
    return [_person_agents(p, *p.intro) for p in chosen], None


def co_chaired(an: Analysis, a: int, k: int, n: int, b: int):
    """'برئاسة مشتركة من X وY'; 'شاركت X ... بالرئاسة المشتركة' when no one follows;
    'تنظمه المملكة المتحدة بالرئاسة المشتركة مع الكويت': those after 'مع' and the one before."""
    if k + n < b and an.words[k + n] in MEETINGS.with_words:
        found = agents_from(an, k + n + 1, b)
        before = _agent_before(an, a, k)
        return (found + [before] if found and before else found), None
    found, skip = after(an, a, k, n, b)
    return (found, skip) if found else sharers(an, a, k, n, b)


def _agent_before(an: Analysis, a: int, k: int):
    """The nearest state, organisation or official before token k in its sentence; a body in the
    genitive ('الاجتماع الوزاري للتحالف') is what meets, not who chairs."""
    lo = max(a, an.doc.sentence_of(k)[0], k - 30)
    for j in range(k - 1, lo - 1, -1):
        person = person_at(an, j)
        if person is not None:
            return _person_agents(person, *person.intro)
        m = an.doc.mention_at.get(j)
        if m is None or an.words[j].startswith(MORPH.lil):
            continue
        e = m.first("country") or m.first("org")
        if e is not None:
            return [Agent("country" if e.kind == "country" else "org", e.id)], j, m.end
    return None


READERS = {"co-chaired": co_chaired, "co-chairs": after, "chaired-by": after, "chairs-it": after, "chaired-it": after,
           "chaired": subject, "will-chair": subject, "shared-chair": sharers, "share-chair": share_chair,
           "chairing-of": chairing_of}

