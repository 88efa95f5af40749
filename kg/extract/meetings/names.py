"""A new meeting's record: its label as written, kind, subkind and convener.
"""
from __future__ import annotations


from ...arabic import stems
from ...data import words
from ...rules import with_param
from ..analysis import Analysis, MeetingMention
from ..records import Fact, Meeting
from ..refs import focus_org

MORPH = words("morphology")

CONVENER_KINDS = {"coalition", "working_group", "forum", "intergovernmental", "military", None}

def new_meeting(an: Analysis, m: MeetingMention, *, primary: bool = False, container: bool = False) -> Meeting:
    label = an.doc.surface(m.start, m.end).strip(" " + MORPH.strip_chars)
    key = f"m{len(an.meetings) + 1}"
    meeting = Meeting(key=key, kind=m.kind, label=label,
                      label_ev=an.ev(m.start, m.end, with_param("meeting.noun", m.kind)),
                      name_words=m.name_words, primary=primary, created_in=m.sent)
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
        held = mm.start > a and an.lex.is_trigger("meeting_verbs", an.words[mm.start - 1])
        if m.possessive or held:
            candidates.insert(0, mm.first("org").id)
    def rank(oid):
        kind = (lex.entity("org", oid).extra.get("kind") if lex.entity("org", oid) else None)
        return {"working_group": 0, "forum": 1, "coalition": 2}.get(kind, 3)
    candidates = [c for c in candidates
                  if (lex.entity("org", c).extra.get("kind") if lex.entity("org", c) else None) in CONVENER_KINDS]
    if not candidates:
        # A generic noun in the name ("للتحالف", "للمنتدى") stands for the body named elsewhere.
        for k in range(m.trigger_end, m.end):
            for f in stems(an.words[k]):
                if f in lex.generic_org_words:
                    org = focus_org(an.doc, f, k)
                    if org:
                        return Fact(org, an.ev(k, k + 1, "meeting.convener-generic"))
        return None
    best = min(candidates, key=rank)
    return Fact(best, an.ev(m.start, m.end, "meeting.convener"))
