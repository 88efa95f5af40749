"""Who chaired each meeting: chair phrases in the meeting's stretches, and a standing group's co-chairs.

Each kind of chair phrase (``chair_phrases`` in lexicons/triggers.yaml) has its reader in
:mod:`.chair_readers`; a hand-over (``تسلم الأردن الرئاسة المشتركة من كندا``, :mod:`.handovers`)
is read last: the receiver chairs only when nothing else in the meeting's text says who chaired it.
"""
from __future__ import annotations

from ...data import words
from ..analysis import Analysis
from ..published import line_of
from ..records import Fact, Meeting
from .chair_readers import READERS, Found
from .handovers import handover
from .standing import another_groups, group_chairs, own_group

MEETINGS = words("meetings")
MORPH = words("morphology")

VERBS = ("chaired", "will-chair", "share-chair")  # what they head comes after them, read by subject()


def find(an: Analysis) -> None:
    """The pass: a standing group's co-chairs, then the chairs each meeting's own stretches name."""
    targets, standing = group_chairs(an)
    for meeting in targets:
        _add(an, meeting, standing, "chair.group-chair")
    follow_on = _follow_on_sentences(an)
    for meeting in an.meetings:
        handovers: list[tuple[int, int]] = []
        for _, a, b, _ in an.segments.get(meeting.key, []):
            handovers += chairs(an, meeting, max(a, an.ctx.dateline_end), b)
        for a, b, gap in follow_on.get(meeting.key, []):
            only = FOLLOW_ON if gap < FOLLOW_ON_REACH else HANDOVERS  # (a hand-over reaches further)
            handovers += chairs(an, meeting, max(a, an.ctx.dateline_end), b, only=only)
        for k, b in handovers:
            if not meeting.chairs:
                _add(an, meeting, handover(an, k, b), "chair.handover")
    _headline(an)


HEADLINE = ("co-chaired", "chaired-by", "chaired")  # phrases a headline says who chaired with


def _headline(an: Analysis) -> None:
    """'برئاسة سعودية ـ أميركية... وزراء التحالف يبحثون في الرياض': the headline above the
    dateline says who chaired the story's meeting, when the story does not and the headline
    names no other meeting."""
    primary, end = an.primary, max(an.ctx.dateline_end, an.ctx.city_start)  # (a paper's head: date, headline, 'برلين (الاتحاد)')
    if primary is None or primary.chairs or end <= 0:
        return
    if any(m.start < end and m.entity is not None and m.entity.key != primary.key for m in an.meeting_mentions):
        return
    k = 0
    while k < end:  # line by line: a headline's verb reads no further than its line
        a, b = line_of(an.doc, k)
        chairs(an, primary, a, min(b, end), only=HEADLINE)
        k = max(b, k + 1)


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


def _of_a_delegation(an: Analysis, j: int, b: int) -> bool:
    """'برئاسة سمو وزير الخارجية لوفد المملكة': the one found heads a delegation, not the meeting."""
    return j < b and an.words[j] in MEETINGS.of_delegation


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
HANDOVERS = ("handover", "handed-over")  # read last: the receiver chairs when nothing else says who did
FOLLOW_ON = (*HANDOVERS, "chairs-it", "chaired-it", "chairs-label", "chaired", "holds-it", "co-chairs", "who-chaired",
             "chairing-of")
FOLLOW_ON_REACH = 2  # sentences after the meeting's last one that may still point back to it
HANDOVER_REACH = 4  # ... and that may tell who took its presidency ('وبهذه المناسبة، تسلمت ...')


def _chairs_a_session(an: Analysis, j: int) -> bool:
    """'وترأس الجلسة الصباحية لليوم الختامي كل من ...', 'وترأس جلسته الصباحية ...': a session of the
    meeting before (or its own, by its pronoun), chaired."""
    hit = an.trig("meeting_nouns", j) if j < len(an.words) else None
    return hit is not None and "session" in hit[0] and (an.doc.definite(j) or an.words[j] in MEETINGS.its_sessions)


def _follow_on_sentences(an: Analysis) -> dict[str, list[tuple[int, int, int]]]:
    """Sentences that name no meeting, each given to the meeting of the sentence before it
    ('ويترأس الاجتماع كل من ... . كما تشارك في رئاسته الولايات المتحدة')."""
    covering = {}
    for key, segs in an.segments.items():
        for sent, *_ in segs:
            covering.setdefault(sent, key)
    named = {m.sent for m in an.meeting_mentions if m.entity is not None or m.name_words or m.orgs}
    bare = {m.sent for m in an.meeting_mentions} - named  # ('حقائق عن الاجتماع' above a fact box: the one before)
    out: dict[str, list[tuple[int, int, int]]] = {}
    last, gap = None, 0
    for sent, (a, b) in enumerate(an.doc.sentences):
        if sent in covering or sent in named:
            last, gap = covering.get(sent), 0
        elif sent in bare:
            gap = 0
        elif last is not None and gap < HANDOVER_REACH:
            out.setdefault(last, []).append((a, b, gap))
            gap += 1
    return out


def _in_a_name(an: Analysis, k: int) -> bool:
    """Token k is inside a person's name ('ليز تراس') or is a place's ('رأس الخيمة'): no chairing verb."""
    m = an.doc.mention_at.get(k)
    return any(p.tokens[0] < k < p.tokens[1] for p in an.people) or (m is not None and m.end - m.start > 1)


def chairs(an: Analysis, meeting: Meeting, a: int, b: int, only: tuple[str, ...] | None = None) -> list[tuple[int, int]]:
    """Add the chairs the phrases in tokens [a, b) name (of the kinds ``only`` lists, when
    given); return the hand-overs, read last."""
    k, handovers = a, []
    own = own_group(an, meeting)
    while k < b:
        hit = an.trig("chair_phrases", k)
        if not hit or (only and hit[0][0] not in only) or _in_a_name(an, k) or another_groups(an, own, k) \
                or (k > 0 and an.words[k - 1] in MEETINGS.on_top and not an.trig("meeting_nouns", k + 1)):
            # ("ليز تراس": no 'ترأس'; "على رأس جدول الأعمال", but "وكان على رأس المؤتمر X": its chairs)
            k += 1
            continue
        sub, n = hit[0][0], hit[1]
        if only is FOLLOW_ON and sub in VERBS and not _chairs_a_session(an, k + n):
            k += n  # (after a meeting's sentences, 'ترأس' says whom it chaired: a session of it counts)
            continue
        if sub in HANDOVERS:
            handovers.append((k, b))
        elif sub != "group-chair" and not (sub not in VERBS and _blocked(an, a, k)):  # group chairs: below
            found, skip_to = READERS[sub](an, a, k, n, b)
            if skip_to is not None:
                k = skip_to
                continue
            _add(an, meeting, [f for f in found if not _of_a_delegation(an, f[2], b)], f"chair.{sub}")
        k += n
    return handovers
