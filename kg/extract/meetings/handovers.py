"""A hand-over of a meeting's presidency: the receiver chairs ('تسلم الأردن الرئاسة المشتركة ... من
كندا'), or, told from the giver's side, the one it went to ('وسلمت الجزائر ... رئاسة الدورة إلى
المملكة'). Read last, when nothing else in the meeting's text says who chaired it.
"""
from __future__ import annotations

from ...data import words
from ..analysis import Analysis
from .agents import agents_from, coordinated
from .chair_antecedents import Found, subjects_before
from .chair_readers import SHARE_REACH
from .chair_subjects import object_end

MEETINGS = words("meetings")
HANDED_REACH = 32  # words from 'سلمت' to the presidency, past a clause on when and where it was handed over


def handover(an: Analysis, k: int, b: int) -> Found:
    """'تسلم الأردن الرئاسة المشتركة ... من كندا، ليتقاسمها مع الجزائر': the receiver (and the
    one it shares with) chair; the giver does not."""
    w = an.words
    handed = an.trig("chair_phrases", k)[0][0] == "handed-over"  # "وسلمت الجزائر ... رئاسة الدورة إلى المملكة"
    reach = HANDED_REACH if handed else SHARE_REACH  # (the giver's clause may hold where and when: "، خلال ...،")
    at = next((j for j in range(k + 1, min(b, k + reach + 1)) if an.lex.is_trigger("presidency", w[j])), None)
    if at is None:
        return []
    if handed:
        to = next((j for j in range(at + 1, min(b, at + SHARE_REACH)) if w[j] in MEETINGS.to), None)
        return agents_from(an, to + 1, b, limit=1) if to is not None else []
    if k + 1 < b and w[k + 1] in MEETINGS.giver_from:  # "وكانت ليبيا قد تسلمت من لبنان ... رئاسة الدورة": the subject
        found = _subject_before(an, k)
    else:
        found = agents_from(an, k + 1, b, limit=1)
    if not found and at == k + 1:
        # "وتولى رئاسة المؤتمر بصورة مشتركة X، وY": those after its object; "وكان الأمين العام
        # للأمم المتحدة قد تولى رئاسة أعمال المؤتمر": the subject before
        after_object = agents_from(an, object_end(an, at + 1, b), b)
        if after_object:
            return after_object
        found = _subject_before(an, k)
    if not found:
        return []
    also = coordinated(an, found[-1][2], at)  # "وتولى X ونظيره Y رئاسة الاجتماع": both took it
    if also and also[-1][2] == at:
        return found + also
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


def _subject_before(an: Analysis, k: int) -> Found:
    """The subject of the verb at k, named before it in its sentence (past an opening 'وكان'), or the
    official just before it: "أن نائب وزير الخارجية ... افتتح الاجتماع وتولى رئاسته"."""
    s = an.doc.sentence_of(k)[0]
    return agents_from(an, s + (an.words[s] in MEETINGS.was_verbs), k, limit=1) or subjects_before(an, s, k)
