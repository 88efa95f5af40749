"""A new meeting's record: its label as written, kind, subkind and convener.
"""
from __future__ import annotations


from ...spot import one_line
from ...data import words
from ...rules import with_param
from ..analysis import Analysis, MeetingMention
from ..records import Fact, Meeting
from ..refs import generic_org_at

MORPH = words("morphology")
MEETINGS = words("meetings")
QUOTE_REACH = 160  # characters past a name's end where its closing quotation mark is looked for

CONVENER_KINDS = {"coalition", "working_group", "forum", "intergovernmental", "military", None}

def new_meeting(an: Analysis, m: MeetingMention, *, primary: bool = False) -> Meeting:
    label = _closed(an, m.start, m.end).strip(" " + MORPH.strip_chars)
    hit = an.trig("meeting_nouns", m.start)
    if hit and hit[2] and hit[2].endswith((MORPH.li, MORPH.bi)) and label.startswith(hit[2]):
        # "لاجتماع مجموعة ...", "للاجتماع الوزاري": the preposition is not part of the name
        lil = label.startswith(MORPH.lil)
        label = MORPH.article + label[len(MORPH.lil):] if lil else label[len(hit[2]):]
    key = f"m{len(an.meetings) + 1}"
    meeting = Meeting(key=key, kind=m.kind, label=label,
                      label_ev=an.ev(m.start, m.end, with_param("meeting.noun", m.kind)),
                      name_words=m.name_words, primary=primary, created_in=m.sent,
                      fragment=not m.name_words and not m.orgs and not an.doc.definite(m.start))
    for mod in an.words[m.trigger_end:m.end]:
        hit = an.lex.triggers["meeting_kinds"].match([mod], 0)
        if hit:
            meeting.subkind = hit[0][0]
            break
    meeting.convener = _convener(an, m)
    an.meetings.append(meeting)
    if primary:
        an.primary = meeting
    return meeting


POSSESSOR_REACH = 5  # words before 'اجتماعها' where its body may stand as the subject


def _convener(an: Analysis, m: MeetingMention) -> Fact | None:
    """The body whose meeting it is: an organisation in the meeting's name, or the
    subject of 'عقدت X اجتماعها'."""
    lex = an.lex
    candidates = list(m.orgs)
    a, _ = an.doc.sentences[m.sent]
    for mm in an.doc.mentions_in(a, m.start):
        if not mm.first("org"):
            continue
        # "عقدت مجموعة عمل ... اجتماعها": the subject's meeting;
        # "عقد المنتدى العالمي ... اجتماعا": the body that held it
        # (but not 'وشارك الاتحاد الأوروبي الكويت في رئاسة المؤتمر': who took part or shared)
        held = mm.start > a and an.lex.is_trigger("meeting_verbs", an.words[mm.start - 1]) \
            and not an.lex.is_trigger("share_verbs", an.words[mm.start - 1])
        if m.possessive or held:
            candidates.insert(0, mm.first("org").id)
    candidates[:0] = _who_met(an, m)
    def rank(oid):
        kind = (lex.entity("org", oid).extra.get("kind") if lex.entity("org", oid) else None)
        return {"working_group": 0, "forum": 1, "coalition": 2}.get(kind, 3)
    candidates = [c for c in candidates
                  if (lex.entity("org", c).extra.get("kind") if lex.entity("org", c) else None) in CONVENER_KINDS]
    if not candidates:
        # A generic noun in the name ("للتحالف", "للمنتدى") stands for the body named elsewhere;
        # so does the subject of 'اجتماعها' ("وكانت المجموعة قد عقدت اجتماعها التأسيسي")
        subject = range(max(a, m.start - POSSESSOR_REACH), m.start) if m.possessive else range(0)
        for k in [*range(m.trigger_end, m.end), *subject]:
            if org := generic_org_at(an.doc, k):
                return Fact(org, an.ev(k, k + 1, "meeting.convener-generic"))
        return None
    best = min(candidates, key=rank)
    return Fact(best, an.ev(m.start, m.end, "meeting.convener"))


MET_SUBJECT_REACH = 6  # words from 'اجتمعت' to the body that met ('اجتمعت اليوم في لاهاي مجموعة العمل ...')


def _who_met(an: Analysis, m: MeetingMention) -> list[str]:
    """'اجتمعت اليوم في لاهاي مجموعة العمل الخاصة بـ...': the body after a verb of meeting, past
    the day and the place, is the one that met."""
    if an.words[m.start] not in MEETINGS.met_verbs:
        return []
    _, b = an.doc.sentence_of(m.start)
    for mm in (x for x in an.doc.mentions_in(m.end, b) if x.start < m.end + MET_SUBJECT_REACH):
        if (org := mm.first("org")) is not None:
            return [org.id]
        if mm.first("country", "name") is not None:
            return []  # ('اجتمع وزير الخارجية الكويتي ...': a person met someone)
    return []


def _closed(an: Analysis, i: int, j: int) -> str:
    """The name as written, never ending inside an open quotation: 'مؤتمر بروكسل الخامس حول
    "دعم مستقبل سوريا' runs on to the closing mark in the same sentence, or stops before the opening one."""
    text = an.doc.text.original
    s, e = an.doc.original_span(i, j)
    label = text[s:e]
    for open_, close in MEETINGS.quote_pairs.items():
        at = label.rfind(open_)
        unclosed = label.count(open_) % 2 if close == open_ else label.count(open_) > label.count(close)
        if at < 0 or not unclosed:
            continue
        tail = text[e:e + QUOTE_REACH]
        end = tail.find(close)
        stop = min((x for x in (tail.find("."), tail.find("\n")) if x >= 0), default=len(tail))
        label = label + tail[:end + 1] if 0 <= end < stop else label[:at]
    return one_line(label)


def readable(an: Analysis, meeting: Meeting) -> None:
    """A name with no word of its own, written indefinite ('اجتماعاً إقليميا', 'اجتماع لهم'),
    becomes 'اجتماع CONVENER' or 'اجتماع في CITY'; the noun alone stays when neither is known."""
    if not meeting.fragment:
        return
    noun = MEETINGS.kind_nouns.get(meeting.kind)
    org = an.lex.entity("org", meeting.convener.value) if meeting.convener else None
    city = an.lex.entity("city", meeting.city.value) if meeting.city else None
    if noun is None:
        return
    meeting.label = f"{noun} {org.ar}" if org else f"{noun} {MEETINGS.in_city} {city.ar}" if city else noun

