"""Who spoke at a meeting and who attended it.

A person spoke when the text says they opened, addressed, briefed or announced
something in the meeting itself (``افتتح``, ``في كلمته``, ``ألقى كلمة``, ``قدم إحاطة``,
``خلال الاجتماع، أكد``); remarks at a press conference, in statements or on the
sidelines do not count, nor does chairing alone.
"""
from __future__ import annotations

from ..arabic import stems
from ..data import words
from ..spot import Doc
from .analysis import Analysis
from .records import Agent, Fact, Person, evidence
from .refs import title_referent

ROLES = words("roles")

_OPENING = ROLES.opening
_IN_MEETING = ROLES.in_meeting
_STOP_OPENERS = ROLES.stop_openers


def _refs_by_sentence(doc: Doc, people: list[Person], an: Analysis) -> dict[int, list]:
    """sentence -> [(token, person)] for every reference to an official, in order."""
    out: dict[int, list] = {}
    for p in people:
        for s, _ in [p.intro, p.tokens, *p.mentions]:
            out.setdefault(doc.tokens[s].sent, []).append((s, p))
    for t in an.titles[:2000]:
        p = title_referent(people, t, an.words)
        if p:
            out.setdefault(doc.tokens[t.start].sent, []).append((t.start, p))
    for sent, refs in out.items():
        seen, unique = set(), []
        for s, p in sorted(refs, key=lambda x: x[0]):
            if (s, p.key) not in seen:
                seen.add((s, p.key))
                unique.append((s, p))
        out[sent] = unique
    return out


def assign(an: Analysis) -> None:
    """The pass: who spoke at or attended each meeting."""
    doc, people, meetings, anchor = an.doc, an.people, an.meetings, an.anchor
    if not meetings:
        return
    lex, w = doc.lex, doc.words
    primary = next((m for m in meetings if m.primary), meetings[0])
    by_sent = _refs_by_sentence(doc, people, an)
    spoke = {(m.key, f.value) for m in meetings for f in m.speakers}  # sets: no scan per sentence
    came = {(m.key, f.value.id) for m in meetings for f in m.participants if f.value.kind == "person"}
    for sent, (a, b) in enumerate(doc.sentences):
        meeting = anchor.get(sent, primary)
        refs = by_sent.get(sent, [])
        if not refs:
            continue
        if any(lex.triggers["not_in_meeting"].match(w, k) for k in range(a, b)):
            continue
        speakers: list[tuple[Person, int]] = []
        for k in range(a, b):
            forms = stems(w[k])
            if any(f in _OPENING for f in forms) or w[k] in _OPENING:
                stop = next((j for j in range(k, b) if w[j] in _STOP_OPENERS), b)
                after = [(s, p) for s, p in refs if k < s < stop]
                before = [(s, p) for s, p in refs if a <= s < k]
                if after and (not before or after[0][0] - k <= 12):
                    speakers += [(p, k) for _, p in after]
                elif before:
                    speakers.append((before[-1][1], k))
            elif lex.triggers["speech"].match(w, k) and _in_meeting_speech(doc, k, a, b):
                near = min(refs, key=lambda r: abs(r[0] - k))
                speakers.append((near[1], k))
            elif w[k] in _IN_MEETING and k + 1 < b and lex.triggers["meeting_nouns"].match(w, k + 1) \
                    and any(lex.is_trigger("speech_verbs", t) for t in w[k + 2:min(b, k + 6)]):
                after = [(s, p) for s, p in refs if s > k]
                if after:
                    speakers.append((after[0][1], k))
            elif w[k] in ROLES.audience:
                before = [(s, p) for s, p in refs if s < k]
                if before and any(lex.is_trigger("speech_verbs", t) for t in w[before[-1][0]:k]):
                    speakers.append((before[-1][1], k))
        for p, k in speakers:
            if (meeting.key, p.key) not in spoke:
                spoke.add((meeting.key, p.key))
                s, e = doc.original_span(a, b)
                meeting.speakers.append(Fact(p.key, evidence(s, e, sent, "speaker.in-meeting")))
        for s, p in refs:
            if any(lex.is_trigger("attend_verbs", t) for t in w[max(a, s - 8):s]):
                if (meeting.key, p.key) not in came:
                    came.add((meeting.key, p.key))
                    st, en = doc.original_span(a, b)
                    meeting.participants.append(Fact(Agent("person", p.key),
                                                     evidence(st, en, sent, "participant.attended")))


def _in_meeting_speech(doc: Doc, k: int, a: int, b: int) -> bool:
    """A speech noun that is about the meeting, not a word like 'كلمة السر'."""
    w = doc.words
    return True if w[k].startswith(ROLES.speech_stems) or w[k] in ROLES.speech_nouns \
        else any(t in ROLES.delivered for t in w[max(a, k - 2):k + 3])
