"""Who chaired each meeting: chair phrases in the meeting's stretches, and a standing group's co-chairs.
"""
from __future__ import annotations


from ...arabic import stems
from ...data import words
from ..analysis import Analysis
from ..records import Agent, Fact, Meeting
from .agents import agents_from, coordinated, person_at, subject_before
from .mentions import noun_phrase

MEETINGS = words("meetings")
MORPH = words("morphology")



def find(an: Analysis) -> None:
    """The pass: a standing group's co-chairs, then the chairs each meeting's own stretches name."""
    group_chairs(an)
    for meeting in an.meetings:
        for _, a, b, _ in an.segments.get(meeting.key, []):
            chairs(an, meeting, max(a, an.ctx.dateline_end), b)

def _blocked(an: Analysis, a: int, k: int) -> bool:
    """'وفد ... برئاسة' / 'الحكومة العراقية برئاسة': heading something else."""
    for j in range(k - 1, max(a, k - 7) - 1, -1):
        if an.lex.is_trigger("not_chair_objects", an.words[j]):
            return True
        if an.trig("meeting_nouns", j) or an.lex.is_trigger("meeting_verbs", an.words[j]):
            return False
    return False


def chairs(an: Analysis, meeting: Meeting, a: int, b: int) -> None:
    w = an.words
    k = a
    while k < b:
        hit = an.trig("chair_phrases", k)
        if not hit:
            k += 1
            continue
        sub, n = hit[0][0], hit[1]
        phrase = w[k]
        found: list[tuple[list[Agent], int, int]] = []
        if sub == "group-chair":
            k += n
            continue  # handled article-wide in group_chairs
        if _blocked(an, a, k):
            k += n
            continue
        if sub in ("co-chaired", "chaired-by") and phrase.endswith(MEETINGS.chaired_by_suffixes) \
                and MEETINGS.chaired_by_prefix in phrase[:3]:
            before = [p for p in an.people if a <= p.intro[0] < k]
            before.sort(key=lambda p: p.intro[0])
            take = 1 if phrase.endswith(MEETINGS.chaired_by_singular) else len(before)
            for p in before[:take]:
                found.append(([*([p.represents.value] if p.represents else []), Agent("person", p.key)],
                              p.intro[0], p.intro[1]))
        elif sub in ("co-chaired", "chaired-by"):
            found = agents_from(an, k + n, b)
            if not found and phrase.startswith(MEETINGS.chaired_verb_stems) and phrase.endswith(MORPH.object_pronouns_singular):  # folded ترأس
                # "خلال اجتماع ترأسه في بروكسل": the one who chaired it is the sentence's subject
                before = sorted((p for p in an.people if a <= p.intro[0] < k), key=lambda p: p.intro[0])
                if not before:
                    sa = an.doc.sentence_of(k)[0]
                    before = sorted((p for p in an.people if sa <= p.intro[0] < k), key=lambda p: p.intro[0])
                for p in before[:1]:
                    found.append(([*([p.represents.value] if p.represents else []), Agent("person", p.key)],
                                  p.intro[0], p.intro[1]))
        else:  # "ترأس [الاجتماع] X [بشكل مشترك مع Y]"
            j = k + n
            nxt = an.trig("meeting_nouns", j)
            if j < b and an.lex.is_trigger("not_chair_objects", w[j]):
                k = j
                continue
            group = j < b and any(f in an.lex.generic_org_words for f in stems(w[j]))
            if nxt:
                j = noun_phrase(an, j + nxt[1])[0]
            if j + 1 < b and w[j] in MORPH.commas and w[j + 1] in MORPH.relative_pronouns:
                j += 2  # "وترأس المؤتمر، الذي عقد في ...، كل من ..."
                while j < b and w[j] not in MORPH.commas:
                    j += 1
            every = j + 2 < b + 1 and any(w[i:i + 2] == list(MEETINGS.each_of) for i in range(j, min(b, j + 3)))
            found = agents_from(an, j, b, limit=8 if every or group else 1, group=group)
            if found and not (every or group):
                found += coordinated(an, found[-1][2], b)
            if not found:  # "وكان خادم الحرمين الشريفين قد ترأس ... القمة": the subject comes first
                subject = subject_before(an, a, k)
                if subject is not None:
                    p, i, j2 = subject
                    found = [([*([p.represents.value] if p.represents else []), Agent("person", p.key)], i, j2)]
            for jj in range(j, min(b, j + 25)):
                hit2 = an.trig("jointly", jj)
                if hit2 and hit2[1] > 1 and (an.words[jj] not in MEETINGS.to or person_at(an, jj + 2)):
                    found += agents_from(an, jj + hit2[1], b)  # "بشكل مشترك مع", "إلى جانب نظيره ..."
                    break
        rule = f"chair.{sub}"
        for agents, i, j in found:
            for agent in agents:
                if agent not in [c.value for c in meeting.chairs]:
                    meeting.chairs.append(Fact(agent, an.ev(i, j, rule)))
        k += n


def group_chairs(an: Analysis) -> None:
    """'وتتولى الكويت رئاسة المجموعة بالاشتراك مع تركيا وهولندا': a working group's or
    forum's standing co-chairs chair its meeting."""
    target = an.primary
    if target is None or target.convener is None:
        return
    org = an.lex.entity("org", target.convener.value)
    if org is None or org.extra.get("kind") not in ("working_group", "forum"):
        return
    targets = [m for m in an.meetings if m.convener and m.convener.value == target.convener.value]
    for a, b in an.doc.sentences:
        for k in range(a, b):
            if not an.lex.is_trigger("group_chair_verbs", an.words[k]):
                continue
            if k + 1 < b and an.lex.is_trigger("not_chair_objects", an.words[k + 1]):
                continue
            for agents, i, j in agents_from(an, k + 1, b, group=True):
                for agent in agents:
                    if agent.kind == "org" and agent.id == target.convener.value:
                        continue
                    for t in targets:
                        if agent not in [c.value for c in t.chairs]:
                            t.chairs.append(Fact(agent, an.ev(i, j, "chair.group-chair")))
