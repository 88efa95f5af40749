"""Meeting mentions: each meeting noun (``اجتماع``, ``المؤتمر``, ``قمة`` ...) and the name phrase after it.

The name phrase is read in :mod:`.phrase`; a session noun (``الدورة``) is a meeting
only as a body's session. Title and byline sentences at the top are set aside
(``headlines``).
"""
from __future__ import annotations

import re

from ...arabic import is_pictograph, stems
from ...data import words
from ..analysis import Analysis, MeetingMention
from ..published import POST_STAMP
from ...values.dates import find_dates
from ...values.numbers import parse_ordinal
from .phrase import bare, noun_phrase

MEETINGS = words("meetings")
MORPH = words("morphology")

# a line that ends a sentence: a full stop (not a headline's "..") with any closing quote or bracket
# and a sign-off in brackets after it ('... الذي ترأسته الرياض وواشنطن. (واس)', a caption)
# (a sign-off may follow the stop: '(كونا)', '/نهاية الخبر/', '-انتهى-')
_FULL_STOP = re.compile(r"(?<!\.)\.[\"'»”)\]]*(?:\s*(?:\([^()\n]{1,30}\)|/[^/\n]{1,30}/|-[^-\n]{1,30}-))?$")
# ... or a full stop inside it, a sentence ending and another starting ('■ تولت المملكة رئاسة المؤتمر
# مناصفة مع الأمم المتحدة. ما الذي يعنيه ذلك؟': an interview's question), not a headline's '..' nor
# an initial's 'د. أحمد'
_INNER_STOP = re.compile(r"\w\w\.(?!\.)\s+\S")
_LIST_MARKS = tuple(MEETINGS.list_item_marks)
# a timed item of a channel or a live blog ('[11:02] #عاجل | ...', '10:45 — ...'): story, not a headline
_TIMED_ITEM = re.compile(r"^[\[(]?\d{1,2}:\d{2}[\])]?\s")


def find(an: Analysis) -> None:
    """The pass: the title and byline sentences, then every mention of a meeting noun."""
    an.headlines = _headline_sentences(an)
    an.live = {s for s in an.headlines if _live(an, s)}
    an.meeting_mentions = find_mentions(an)


def _live(an: Analysis, sent: int) -> bool:
    """'تغطية مباشرة | مؤتمر ...', 'متابعة لحظة بلحظة | ...', 'خبر عاجل: ...': a live blog's headline or a
    news flash, its mark before a bar or a colon."""
    a, b = an.doc.sentences[sent]
    w = an.words
    bar = next((j for j in range(a, min(b, a + LIVE_MARK_REACH)) if w[j] in MEETINGS.headline_bars), None)
    return bar is not None and any(" ".join(w[j:bar]) in MEETINGS.live_marks for j in range(a, bar))


LIVE_MARK_REACH = 4  # words of a live blog's mark before the headline's bar


def _headline_sentences(an: Analysis) -> set[int]:
    """Sentences on short lines at the top that end in no full stop (with or without a sign-off
    after it) and no colon that opens a list: titles, bylines, datelines ("«مكافحة تمويل داعش» تختتم اجتماعاتها في الرياض.. وتحذير")."""
    norm = an.doc.text.norm
    out: set[int] = set()
    line_start = 0
    post = POST_STAMP.search(norm[:20000]) is not None  # the lines of a post above its stamp are story;
    # only its account's line ('وكالة الأنباء @AgencyAr') is a byline
    for line_no, line in enumerate(norm[:20000].split("\n")):
        line_end = line_start + len(line)
        stripped = line.strip()
        if line_no > 8:
            break
        toks = an.doc.tokens[an.doc.token_from(line_start):an.doc.token_from(line_end)]
        if toks and len(toks) <= 25 and not _FULL_STOP.search(stripped) and not _INNER_STOP.search(stripped) \
                and not stripped.endswith(":") and not stripped.startswith(_LIST_MARKS) \
                and not is_pictograph(stripped[:1]) and not _TIMED_ITEM.match(stripped) and not _qa_line(an, toks[0].i) \
                and not (post and "@" not in stripped):
            # ("أبرز ما جاء في مؤتمر ...:" opens a list; "✅ المؤتمر برئاسة ..." is an item of one, and
            # "📌 جدة | انطلاق أعمال الاجتماع ..." a channel's post: a line opening with a pictograph)
            out |= {t.sent for t in toks}
        elif toks and _headlines_label(an, toks[0].i):  # "أبرز العناوين: التحالف ... يجتمع في واشنطن، ..."
            out |= {t.sent for t in toks}
        line_start = line_end + 1
    return out


def _qa_line(an: Analysis, k: int) -> bool:
    """'س: من ترأسه؟', 'ج: الولايات المتحدة': a Q&A box's line, story though it is short."""
    w = an.words
    return k + 1 < len(w) and w[k] in MEETINGS.qa_labels and w[k + 1] == MEETINGS.answer_label[1]


def _headlines_label(an: Analysis, k: int) -> bool:
    """A bulletin's line of headlines ('أبرز العناوين:', 'عناوين النشرة:'): titles, though it closes."""
    w = an.words
    return any(w[k:k + n] == label and k + n < len(w) and w[k + n] == ":" for label, n in _HEADLINE_LABELS)


_HEADLINE_LABELS = [(label.split(), len(label.split())) for label in MEETINGS.headlines_labels]


def _gathering(an: Analysis, k: int):
    """'ناقش وزراء خارجية دول التحالف ...', 'التقى قادة دول ...': a verb of meeting or discussing
    whose subject is a body's ministers or leaders states a meeting, as 'اجتمع' does."""
    w = an.words
    if k + 1 < len(w) and an.lex.is_trigger("gathering_verbs", w[k]) and an.lex.is_trigger("count_holders", w[k + 1]):
        return (["meeting"], 1, "")
    return None


def _series_edition(an: Analysis, k: int):
    """'- 5 نيسان 2017: بروكسل الأول، برئاسة ...', '- بروكسل الثاني (24 و25 نيسان 2018):': a timeline's
    or a fact box's line that opens with a city and an edition (the noun of its conference left out)
    names that conference; read as a mention with no noun, its name the city and the edition."""
    m = an.doc.mention_at.get(k)
    if m is None or not m.first("city") or m.prefix or m.end >= len(an.words):
        return None
    w = an.words
    dated = any(e.start == m.end for e in find_dates(w, m.end, min(len(w), m.end + 4), an.lex))
    edition = parse_ordinal(w, m.end, an.lex) is not None or (w[m.end].isdigit() and len(w[m.end]) <= 2 and not dated)
    return (["conference"], 0, "") if edition and _heads_line(an, k) else None


def _heads_line(an: Analysis, k: int) -> bool:
    """Only a line's mark, a date and punctuation come before token k on its line."""
    a, _ = an.doc.sentence_of(k)
    start = an.doc.tokens[a].start
    if a < an.ctx.dateline_end or a > 0 and an.doc.text.norm[start - 1:start] != "\n":
        return False  # (its sentence opens a line)
    days = {j for e in find_dates(an.words, a, k, an.lex) for j in range(e.start, e.end)}
    return all(j in days or not an.words[j][:1].isalnum() for j in range(a, k))


def find_mentions(an: Analysis) -> list[MeetingMention]:
    w, out = an.words, []
    k = 0  # (from the top: a headline above a date line, or a live blog's, names its meeting)
    while k < len(w):
        hit = an.trig("meeting_nouns", k) or _gathering(an, k) or _series_edition(an, k)
        if not hit:
            k += 1
            continue
        kind, n = hit[0][0], hit[1]
        t_end = k + n
        if t_end < len(w) and an.lex.is_trigger("not_meetings", w[t_end]):
            k = t_end + 1
            continue
        end, names, orgs = noun_phrase(an, t_end)
        if n == 0 and end <= k:  # (a mention with no noun is its name or nothing)
            k += 1
            continue
        before = w[max(0, k - 3):k]
        sidelines = any(an.lex.is_trigger("sidelines", t) for t in before)
        if kind == "session" and not orgs and not _named_session_before(an, out, k) and not any(
                f in an.lex.generic_org_words or f in MEETINGS.body_nouns for t in w[t_end:end] for f in stems(t)) \
                and not _body_of(an, k, t_end, end) and not _plenary(an, t_end):
            # "الدورة" is a meeting only as a body's session ("الدورة الـ40 لمجلس ...") or as one named before
            # ("... أعمال الدورة الأربعين لمجلس ... . أن تنطلق أعمال الدورة غدا"), or as its plenary ("بدء
            # الجلسة العامة برئاسة مشتركة ...": the meeting reported)
            k = t_end
            continue
        within = _preceded_by(an, k, "within") or _frame_of(an, out, k, kind)
        possessive = w[t_end - 1].endswith(MORPH.pronoun_suffixes) and kind in ("meeting", "conference", "session")
        out.append(MeetingMention(k, t_end, end, kind, an.doc.tokens[k].sent, frozenset(names),
                                  orgs, possessive, within, _subkind(an, t_end, end), sidelines=sidelines))
        k = max(end, t_end)
    return _without_met_verbs(an, out)


IN_REACH = 30  # words from 'اجتمع' to the 'في مؤتمر' that names where they met (past who met)


def _without_met_verbs(an: Analysis, out: list[MeetingMention]) -> list[MeetingMention]:
    """'اجتمع اليوم ... ممثلو 28 دولة ... في مؤتمر عقد عبر الاتصال المرئي': the verb of meeting is
    the conference named after 'في' later in its sentence, not a meeting of its own; the
    conference is told of where the verb stands (its 'اليوم' is the conference's)."""
    kept = []
    for m in out:
        named = _met_in(an, m, out)
        if named is None:
            kept.append(m)
        else:
            named.told_at = m.start
    return kept


def _met_in(an: Analysis, m: MeetingMention, out: list[MeetingMention]) -> MeetingMention | None:
    """The conference named after 'في' that the verb of meeting at ``m`` is, if it is one."""
    if an.words[m.start] not in MEETINGS.met_verbs:
        return None
    return next((o for o in out if o.sent == m.sent and 0 < o.start - m.start <= IN_REACH
                 and an.words[o.start - 1] in MEETINGS.met_in), None)


def _plenary(an: Analysis, j: int) -> bool:
    """'الجلسة العامة' with no meeting named after it ('الجلسة الافتتاحية لاجتماع ...' is that one's)."""
    w = an.words
    return j < len(w) and w[j] in MEETINGS.plenary_words and not (j + 1 < len(w) and an.trig("meeting_nouns", j + 1))


def _named_session_before(an: Analysis, out: list[MeetingMention], k: int) -> bool:
    """A body's session named before with the same noun ('أعمال الدورة الأربعين لمجلس وزراء الداخلية
    العرب'): a bare 'الدورة' at token k points back at it."""
    noun = bare(an.words[k])
    return any(o.kind == "session" and o.orgs and bare(an.words[o.start]) == noun for o in out)


def _his_role(an: Analysis, k: int) -> bool:
    """'الذي اقتصر دوره على ...' (its role): written with 'ه' where the session noun has 'ة', it only
    folds like 'دورة'."""
    return an.words[k] in MEETINGS.not_session_forms and an.doc.as_folded(k)


def _body_of(an: Analysis, k: int, t_end: int, end: int) -> bool:
    """'اختتم مجلس الجامعة ... أعمال دورته', 'جلسة مفتوحة عقدها مجلس الأمن': the session
    is a body's own (its subject, or the body right after a held verb)."""
    w = an.words
    a, _ = an.doc.sentence_of(k)
    if w[t_end - 1].endswith(MORPH.object_pronouns_singular) and not _his_role(an, t_end - 1) \
            and any(m.first("org") for m in an.doc.mentions_in(a, k)):
        return True
    return end < len(w) and an.lex.is_trigger("held_verbs", w[end]) and \
        any(m.first("org") for m in an.doc.mentions_in(end + 1, end + 3))


def _subkind(an: Analysis, i: int, j: int) -> str | None:
    for mod in an.words[i:j]:
        hit = an.lex.triggers["meeting_kinds"].match([mod], 0)
        if hit and hit[0][0] in ("preparatory", "technical", "ministerial", "summit"):
            return hit[0][0]
    return None


def _frame_of(an: Analysis, out: list[MeetingMention], k: int, kind: str) -> bool:
    """'ينعقد الاجتماع الوزاري لمؤتمر «بروكسل 8»': a conference in the genitive right after a meeting
    is the frame it is held within, as after 'في إطار'."""
    return bool(out) and out[-1].end == k and out[-1].kind == "meeting" and kind == "conference" \
        and an.words[k].startswith(MORPH.li)


def _preceded_by(an: Analysis, k: int, trigger: str) -> bool:
    for s in range(max(0, k - 4), k):
        hit = an.trig(trigger, s)
        if hit and s + hit[1] == k:
            return True
    return False
