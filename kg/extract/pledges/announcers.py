"""Who announced a pledge: the official named last before its amount, or the one 'أعلنها'
introduces right after it, when nothing says he acts for another than the giver."""
from __future__ import annotations

from ...arabic import stems
from ...data import words
from ...rules import GUESS
from ...spot import Doc
from ..records import Agent, Person
from ..refs import honoured_in, last_person
from .clauses import clause_start

MORPH = words("morphology")
PLEDGES = words("pledges")
HONOURED = words("meetings").honorific_pronouns


def announcer(people: list[Person], words_: list[str], giver: Agent, a: int, k: int) -> Person | None:
    """The official named last before the amount in its sentence, if he acts for the giver or
    nothing but the dateline says whom he acts for ('وأعلنت ... الهاشمي، وزيرة دولة ...، تعهد الإمارات
    بتقديم')."""
    p = clause_official(words_, people, a, k)
    if p and _may_act_for(p, giver):  # ("الكويت ... واس - أعلن وزير الخارجية عادل الجبير أن المملكة ستخصص")
        return p
    return None


def clause_official(words_: list[str], people: list[Person], a: int, k: int) -> Person | None:
    """The official the amount at token k is told of in [a, k): the one an honorific pronoun in its
    clause points back to ('افتتح الأمير ... بحضور الأمين العام ...، وأعلن سموه تقديم 500 مليون دولار':
    the emir, not the one named last), else the one named last."""
    j = next((j for j in range(k - 1, clause_start(words_, a, k) - 1, -1) if words_[j] in HONOURED), None)
    return (honoured_in(words_, people, j) if j is not None else None) or last_person(people, a, k)


ANNOUNCED_REACH = 4  # words between an amount and the 'أعلنها' that introduces its announcer
WHERE_REACH = 3  # words from 'أعلنها' to the announcer ('في المؤتمر')


def announced_after(people: list[Person], words_: list[str], giver: Agent, j: int, b: int) -> Person | None:
    """'- المملكة المتحدة: 160 مليون جنيه إسترليني، أعلنها وزير الدولة ... جيمس كليفرلي': the
    official 'أعلنها' introduces right after the amount (unless he acts for another)."""
    for k in range(j, b):
        if any(f in PLEDGES.announced_it for f in stems(words_[k])) and (
                k - j < ANNOUNCED_REACH or words_[k - 1] in MORPH.commas or words_[k - 1] == "."
                or _as_said(words_, k)):
            # (or a clause of its own at the line's end: '..., منها مليار عبر الصندوق ...، أعلنها وزير الخارجية X',
            # or after a headline's '..')
            # (past where: 'وأعلنها في المؤتمر وزير الدولة ... جيمس كليفرلي')
            p = next((p for p in people if k < p.intro[0] <= k + WHERE_REACH
                      and not any(t in MORPH.commas for t in words_[k + 1:p.intro[0]])), None)
            return p if p is not None and _may_act_for(p, giver) else None
    return None


def _as_said(words_: list[str], k: int) -> bool:
    """'وفق ما أعلنه', 'بحسب ما أعلنه', 'حسبما أعلنه' before the verb at k: the one who said it, however far
    from the amount."""
    return " ".join(words_[max(0, k - 2):k]) in PLEDGES.as_said or (k > 0 and words_[k - 1] in PLEDGES.as_said)


def _may_act_for(p: Person, giver: Agent) -> bool:
    """Nothing but the dateline says ``p`` acts for another than ``giver``."""
    return p.represents is None or p.represents.value == giver or p.placed_by_dateline


def announced_by(doc: Doc, people: list[Person], j: int):
    """'منها 500 مليون أعلنها أمير الكويت ...': the official introduced right after 'announced it'
    (the amount ends at token j) gives it for whom his office says he acts (not a dateline's guess)."""
    if j >= len(doc.words) or doc.words[j] not in PLEDGES.announced_it:
        return None
    p = next((p for p in people if p.intro[0] == j + 1 and p.represents and p.represents.ev.confidence > GUESS), None)
    return (p.represents.value, "pledge.donor-official", p.intro[0]) if p else None


def official_after(doc: Doc, people: list[Person], start: int, at: int, k: int):
    """The official introduced in the amount's clause after the giver named at token ``at``, whose own
    office says whom he acts for: (state, rule, token) of his, the nearer to the amount."""
    p = last_person(people, clause_start(doc.words, start, k), k)
    if p is None or p.intro[0] <= at or p.represents is None or p.placed_by_dateline:
        return None
    return p.represents.value, "pledge.donor-official", p.intro[0]


def participle_official(words_: list[str], people: list[Person], sent_start: int, start: int, k: int) -> Person | None:
    """'وقال الشيخ شخبوط ... إن الإمارات قدمت ...، معلنا تقديم 200 مليون دولار': a clause opened by the
    participle of announcing has the sentence's official as its subject."""
    first = clause_start(words_, start, k)
    return clause_official(words_, people, sent_start, first) if words_[first] in PLEDGES.announcing else None
