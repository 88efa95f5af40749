"""Meetings: which ones an article reports, and when, where, by whom and under whose chair.

Mentions of meetings (``اجتماع``, ``المؤتمر``, ``قمة`` ...) are resolved to
meeting records sentence by sentence:

* the first mention in a sentence that also states an event (a meeting verb or a
  date) becomes the article's **primary** meeting;
* a definite mention with no name of its own (``الاجتماع``, ``المؤتمر``) refers
  back to the latest meeting of its kind;
* a named mention that matches no earlier meeting is a **new** meeting only if
  its own sentence dates it; earlier meetings mentioned in passing without a
  date ("اجتماع موسع عقده وزراء الدفاع في بروكسل") are left out;
* ``في إطار X`` makes X the larger conference the meeting was held within;
  ``على هامش X`` (on the sidelines) does not.

The first mention of a sentence anchors the sentence's facts (date, place,
chairs, participant counts) to its meeting.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from bisect import bisect_left
from dataclasses import dataclass, field

from ..arabic import is_int, stems
from ..spot import Doc
from ..values.counts import find_counts
from ..values.dates import find_dates, resolve
from .context import Context
from .officials import OfficialFinder, focus_org
from .records import Agent, Evidence, Fact, Meeting, OrgFact, Person

NP_MAX = 14
MAX_MEETINGS = 40  # no article reports more; bounds the work on pathological input
CONVENER_KINDS = {"coalition", "working_group", "forum", "intergovernmental", "military", None}
_GENERIC_MODIFIERS = {"دولي", "وزاري", "عام", "اول", "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع",
                      "ثامن", "تاسع", "عاشر", "حادي", "عشرين", "سنوي", "حالي", "موسع", "رفيع", "مستوي",
                      "افتتاحي", "ختامي", "اقليمي", "دوليه", "وزاريه", "عامه", "لهم", "لها", "له", "هذا",
                      "هذه", "الذي", "ثاني", "اخير", "طارء", "استثناءي", "مشترك", "عشر"}
_SPANNING = {"انطلق", "انطلقت", "يستمر", "تستمر", "استمر", "استمرت", "يتواصل", "تتواصل", "اختتم", "اختتمت",
             "تختتم", "يختتم", "اسدل", "حتي", "الي", "ختام", "اختتام", "بدا", "بدات", "تبدا", "يبدا"}
_CLOSING = {"اختتم", "اختتمت", "يختتم", "تختتم", "اسدل", "ختام", "اختتام", "اختتامه"}
_DURATION_VERBS = {"استمر", "استمرت", "يستمر", "تستمر", "مدي", "لمده", "مدار"}
_DURATION_UNITS = {"يومين": 2, "يوما": None, "ايام": None, "يومان": 2}


@dataclass
class MeetingMention:
    start: int
    trigger_end: int
    end: int
    kind: str
    sent: int
    name_words: frozenset[str]
    orgs: list[str]
    possessive: bool
    within: bool = False
    subkind: str | None = None
    sidelines: bool = False  # "على هامش X": X is another meeting, never the one reported
    dates: list = field(default_factory=list)  # ((first, last), DateExpr) of its stretch
    segment: tuple[int, int] = (0, 0)  # the stretch of the sentence its facts are read from
    entity: Meeting | None = None


def _bare(tok: str) -> str:
    """A word's comparable core: no proclitic, no article."""
    forms = stems(tok)
    w = forms[-1] if len(forms) > 1 else tok
    for f in forms:
        if f.startswith("ال"):
            w = f
            break
    return w[2:] if w.startswith("ال") and len(w) > 3 else w


class MeetingFinder:
    def __init__(self, doc: Doc, ctx: Context, people: list[Person], finder: OfficialFinder):
        self.doc, self.ctx, self.lex = doc, ctx, doc.lex
        self.words = doc.words
        self.people = people
        self._at: tuple[dict, dict] | None = None
        self.finder = finder
        self.meetings: list[Meeting] = []
        self.org_facts: list[OrgFact] = []
        self.anchor: dict[int, Meeting] = {}  # sentence -> meeting its facts belong to
        self.dated: dict[str, list] = {}  # meeting key -> day expressions its mentions claim
        self.segments: dict[str, list] = {}
        self._eventful: dict[int, bool] = {}  # meeting key -> (sentence, start, end, dates it) stretches
        self.primary: Meeting | None = None
        self.headlines = self._headline_sentences()

    # -- helpers --------------------------------------------------------------
    def ev(self, i: int, j: int, rule: str, conf: float) -> Evidence:
        s, e = self.doc.original_span(i, max(j, i + 1))
        return Evidence(s, e, self.doc.tokens[i].sent, rule, conf)

    def trig(self, name: str, k: int):
        return self.lex.triggers[name].match(self.words, k)

    def _headline_sentences(self) -> set[int]:
        """Sentences on short lines at the top that do not end in a full stop: titles,
        bylines, datelines ("«مكافحة تمويل داعش» تختتم اجتماعاتها في الرياض.. وتحذير")."""
        norm = self.doc.text.norm
        starts = [t.start for t in self.doc.tokens]
        out: set[int] = set()
        line_start = 0
        for line_no, line in enumerate(norm[:20000].split("\n")):
            line_end = line_start + len(line)
            stripped = line.strip()
            if line_no > 8:
                break
            lo = bisect_left(starts, line_start)
            toks = self.doc.tokens[lo:bisect_left(starts, line_end)]
            if toks and len(toks) <= 25 and not (stripped.endswith(".") and not stripped.endswith("..")):
                out |= {t.sent for t in toks}
            line_start = line_end + 1
        return out

    # -- mentions ---------------------------------------------------------------
    def mentions(self) -> list[MeetingMention]:
        w, out = self.words, []
        k = self.ctx.dateline_end
        while k < len(w):
            hit = self.trig("meeting_nouns", k)
            if not hit:
                k += 1
                continue
            kind, n = hit[0][0], hit[1]
            t_end = k + n
            if t_end < len(w) and self.lex.is_trigger("not_meetings", w[t_end]):
                k = t_end + 1
                continue
            before = w[max(0, k - 3):k]
            sidelines = any(self.lex.is_trigger("sidelines", t) for t in before)
            end, names, orgs = self._noun_phrase(t_end)
            if kind == "session" and not orgs and not any(
                    f in self.lex.generic_org_words for t in w[t_end:end] for f in stems(t)) \
                    and not self._body_of(k, t_end, end):
                k = t_end  # "الدورة" is a meeting only as a body's session: "الدورة الـ40 لمجلس ..."
                continue
            within = self._preceded_by(k, "within")
            possessive = w[t_end - 1].endswith(("ها", "ه", "هم", "هما")) and kind in ("meeting", "conference", "session")
            out.append(MeetingMention(k, t_end, end, kind, self.doc.tokens[k].sent, frozenset(names),
                                      orgs, possessive, within, self._subkind(t_end, end), sidelines=sidelines))
            k = max(end, t_end)
        return out

    def _body_of(self, k: int, t_end: int, end: int) -> bool:
        """'اختتم مجلس الجامعة ... أعمال دورته', 'جلسة مفتوحة عقدها مجلس الأمن': the session
        is a body's own (its subject, or the body right after a held verb)."""
        w = self.words
        a, _ = self.doc.sentence_of(k)
        if w[t_end - 1].endswith(("ه", "ها")) and any(m.first("org") for m in self.doc.mentions_in(a, k)):
            return True
        return end < len(w) and self.lex.is_trigger("held_verbs", w[end]) and \
            any(m.first("org") for m in self.doc.mentions_in(end + 1, end + 3))

    def _subkind(self, i: int, j: int) -> str | None:
        for mod in self.words[i:j]:
            hit = self.lex.triggers["meeting_kinds"].match([mod], 0)
            if hit and hit[0][0] in ("preparatory", "technical", "ministerial", "summit"):
                return hit[0][0]
        return None

    def _preceded_by(self, k: int, trigger: str) -> bool:
        for s in range(max(0, k - 4), k):
            hit = self.trig(trigger, s)
            if hit and s + hit[1] == k:
                return True
        return False

    def _noun_phrase(self, j: int):
        """Extent of the meeting's name after its noun, its content words and organisations.

        The name runs on through adjectives (الوزاري), genitives (للتحالف, لإعادة إعمار),
        lexicon mentions and a construct chain (اجتماع مجموعة ...), and stops at
        anything else ("الاجتماع بدعوة من ...", "الاجتماع اليوم").
        """
        w, lex = self.words, self.lex
        names, orgs = [], []
        start = j
        chain = not w[j - 1].startswith(("ال", "وال", "بال", "لل")) if j else False  # an indefinite noun takes a genitive
        while j < len(w) and j - start < NP_MAX:
            tok = w[j]
            m = self.doc.mention_at.get(j)
            if m is not None:
                e = m.first("org")
                if e:
                    orgs.append(e.id)
                    names.append("org:" + e.id)
                elif m.first("country") or m.first("city"):
                    names.append(_bare(w[j]))
                j, chain = m.end, False
                continue
            if tok in ("(", ")") or tok == "ال":
                j += 1
                continue
            if tok in ("حول", "بشان") and j > start:
                chain = True  # "المؤتمر الوزاري حول تعزيز ...": the subject is part of the name
                j += 1
                continue
            if not tok[0].isalpha() or any(f in lex.function_words or f in lex.stop_verbs for f in stems(tok)) or \
                    any(f in lex.weekdays for f in stems(tok)) or lex.relative_days.match(w, j):
                break
            if self.trig("chair_phrases", j) or self.trig("participation", j) or lex.titles.match(w, j) \
                    or self.trig("meeting_nouns", j) or lex.is_trigger("held_verbs", tok) \
                    or lex.is_trigger("host_verbs", tok):
                break
            genitive = tok.startswith("ل") and len(tok) > 3
            if not (tok.startswith("ال") or genitive or chain or tok in ("حول", "بشان", "بشأن")):
                break
            core = _bare(tok)
            if core not in _GENERIC_MODIFIERS and core.rstrip("ا") not in _GENERIC_MODIFIERS:
                names.append(core)
            chain = genitive or tok in ("حول", "بشان") or (chain and not tok.startswith("ال"))
            j += 1
        while j > start and w[j - 1] == "(":
            j -= 1  # "... الإسلامية (داعش)": the bracket opened on a word the name stops before
        return j, names, orgs

    # -- resolution ---------------------------------------------------------------
    def run(self) -> list[Meeting]:
        by_sent: dict[int, list[MeetingMention]] = {}
        for m in self.mentions():
            by_sent.setdefault(m.sent, []).append(m)
        for sent in sorted(by_sent):
            if sent in self.headlines:
                continue
            ms = by_sent[sent]
            self._segment_dates(sent, ms)
            anchor = None
            for m in ms:
                if m.within:
                    continue
                ent = self._resolve(m, sent, first=anchor is None)
                if ent is None:
                    continue
                if anchor is None:
                    anchor = ent
                if m.dates:
                    self.dated.setdefault(ent.key, []).append(m.dates)
                if m.dates or ent.created_in == sent:
                    ent.event_sentences.append(sent)
                if not ent.sentences or ent.sentences[-1] != sent:  # sentences come in order
                    ent.sentences.append(sent)
            self._fact_segments(sent, ms)
            for c in (m for m in ms if m.within):
                ent = self._match(c) or (self._new(c, container=True) if self._room() else None)
                if ent is None:
                    continue
                c.entity = ent
                if anchor is not None and anchor is not ent and anchor.part_of is None:
                    anchor.part_of = Fact(ent.key, self.ev(c.start, c.end, "meeting.part-of", 0.8))
            if anchor is not None:
                self.anchor[sent] = anchor
                if not anchor.sentences or anchor.sentences[-1] != sent:
                    anchor.sentences.append(sent)
        for meeting in self.meetings:
            if meeting.subkind == "preparatory" and meeting.convener is None and self.primary is not None:
                meeting.convener = self.primary.convener  # the preparatory meeting of the same body
        self._group_chairs()
        for meeting in self.meetings:
            self._fill(meeting)
        # Drop meetings that never got a day: a conference named only as the frame
        # of another ("في إطار مؤتمر ...") with no date of its own.
        keep = [m for m in self.meetings if m.date is not None or m.primary]
        for m in keep:
            if m.part_of and m.part_of.value not in {k.key for k in keep}:
                m.part_of = None
        self.meetings = keep
        return keep

    def _segment_dates(self, sent: int, ms: list[MeetingMention]) -> None:
        """Give each meeting mention the day expressions of its stretch of the sentence:
        from it to the next mention (the first one also takes what comes before it).
        A mention inside a relative clause ("الذي يعقد اجتماع ... في إطاره") or
        naming a frame ("في إطار مؤتمر") claims none."""
        a, b = self.doc.sentences[sent]
        a = max(a, self.ctx.dateline_end)
        ref = self.ctx.published.value if self.ctx.published else None
        claimants = [m for m in ms if not m.within and not self._relative(m)]
        exprs = [e for e in find_dates(self.words, a, b, self.lex) if e.is_day]
        for i, m in enumerate(claimants):
            lo = a if i == 0 else m.start
            hi = claimants[i + 1].start if i + 1 < len(claimants) else b
            m.segment = (lo, hi)
        for e in exprs:
            # the nearest mention claims it: "... بعد يوم من اجتماع تحضيري عقد يوم الاثنين",
            # "وسبقه أمس اجتماع لمنظمات المجتمع المدني"
            near = min(claimants, key=lambda m: (
                e.start - m.end if e.start >= m.end else (m.start - e.end if not m.sidelines else 10 ** 6),
                m.start), default=None)  # a sidelines mention takes only the dates after it
            r = resolve(e, ref) if near is not None else None
            if r:
                near.dates.append((r, e, near.start))

    def _fact_segments(self, sent: int, ms: list[MeetingMention]) -> None:
        """The stretch of the sentence whose chairs, counts and place belong to each
        meeting: from its mention to the next mention of another meeting; a mention
        that named no meeting leaves its stretch to the one before it."""
        a, b = self.doc.sentences[sent]
        resolved = [m for m in ms if m.entity is not None and not m.within and not self._relative(m)]
        for i, m in enumerate(resolved):
            lo = a if i == 0 else m.start
            nxt = next((r for r in resolved[i + 1:] if r.entity is not m.entity), None)
            if i and resolved[i - 1].entity is m.entity:
                continue  # already covered by the earlier mention of the same meeting
            hi = nxt.start if nxt else b
            dating = bool(m.dates) or m.entity.created_in == sent
            self.segments.setdefault(m.entity.key, []).append((sent, lo, hi, dating))

    def _relative(self, m: MeetingMention) -> bool:
        w = self.words
        return m.start >= 2 and w[m.start - 2] in ("الذي", "التي") and \
            self.lex.is_trigger("meeting_verbs", w[m.start - 1])

    def _room(self) -> bool:
        return len(self.meetings) < MAX_MEETINGS

    def _event_sentence(self, sent: int) -> bool:
        if sent in self._eventful:
            return self._eventful[sent]
        self._eventful[sent] = result = self._eventful_uncached(sent)
        return result

    def _eventful_uncached(self, sent: int) -> bool:
        a, b = self.doc.sentences[sent]
        a = max(a, self.ctx.dateline_end)
        if any(e.is_day for e in find_dates(self.words, a, b, self.lex)):
            return True
        return any(self.lex.is_trigger("meeting_verbs", self.words[k]) for k in range(a, b))

    def _background(self, m: MeetingMention) -> bool:
        a, b = self.doc.sentences[m.sent]
        w = self.words
        near = w[max(a, m.start - 4):m.start] + w[m.end:min(b, m.end + 2)]
        if any(self.lex.is_trigger("past_meeting", t) for t in near):
            return True
        if any(t in ("بعد", "قبل", "عقب") for t in w[max(a, m.start - 6):m.start]):
            return True
        # "وكانت المجموعة قد عقدت ...", "وسبق لها أن استضافت ..."
        if w[a] in ("وكان", "وكانت", "كان", "كانت") and "قد" in w[a:m.start]:
            return True
        return any(t in ("سبق", "وسبق") for t in w[max(a, m.start - 6):m.start])

    def _resolve(self, m: MeetingMention, sent: int, first: bool = True) -> Meeting | None:
        if m.sidelines:  # "على هامش اجتماع ... الذي بدأ الأربعاء": a meeting of its own when dated
            found = self._match(m)
            if found is not None and not self._other_day(m, found) and found is not self.primary:
                m.entity = found
                return found
            if m.dates and self.primary is not None and self._room():
                m.entity = self._new(m)
                return m.entity
            return None
        if self.primary is not None and self._indefinite(m):
            found = self._match(m) if m.name_words else None  # "مؤتمر إعادة إعمار العراق": named after all
            if found is not None and not self._other_day(m, found):
                m.entity = found
                return found
            return self._new_referent(m, sent)
        anaphoric = not m.name_words and not m.orgs and m.subkind != "preparatory"
        if anaphoric:
            same = [e for e in self.meetings if e.kind == m.kind and e.subkind != "preparatory"] or \
                [e for e in self.meetings if e.subkind != "preparatory"]
            if same:
                target = self.primary if self.primary in same else same[-1]
                if not self._other_day(m, target):
                    m.entity = target
                    return m.entity
                m.entity = self._new(m) if self._room() else None  # "... التي عقدت في 8 آب 2023": another meeting
                return m.entity
        else:
            found = self._match(m)
            if found is not None and not self._other_day(m, found):
                m.entity = found
                return found
        if self.primary is None and first and self._event_sentence(sent) and not self._background(m):
            m.entity = self._new(m, primary=True)
            return m.entity
        if self.primary is not None and not anaphoric and m.dates and self._room():
            m.entity = self._new(m)
            return m.entity
        if self.primary is not None and not anaphoric and not m.dates and m.kind == self.primary.kind \
                and not self._background(m) and not (m.orgs and self.primary.convener
                                                     and self.primary.convener.value not in m.orgs):
            m.entity = self.primary  # "وعُقد «مؤتمر أوسلو الإنساني ...» برئاسة ...": the conference reported
            return m.entity
        return None

    def _indefinite(self, m: MeetingMention) -> bool:
        """'اجتماع وزاري', 'مؤتمر للمانحين': a new referent, not the meeting already named."""
        w = self.words
        tok = w[m.start]
        if any(f.startswith("ال") for f in stems(tok)) or m.possessive or w[m.trigger_end - 1].endswith(("ه", "ها", "هم")):
            return False
        before = w[max(0, m.start - 2):m.start]
        if any(t in ("وهو", "وهي", "هو", "هي", "اول", "ثاني", "ثالث", "كاول") for t in before):
            return False  # "وهو أول اجتماع عام للتحالف": the same meeting described
        nxt = m.trigger_end
        if nxt < len(w) and (nxt in self.doc.mention_at or self.doc.definite(nxt) and not w[nxt].startswith("لل")):
            return False  # "مؤتمر أوسلو", "اجتماع التحالف": named by what follows it
        return self.lex.is_trigger("meeting_nouns", tok) and not self.lex.is_trigger("meeting_verbs", tok)

    def _new_referent(self, m: MeetingMention, sent: int) -> Meeting | None:
        """An indefinite mention is another meeting when it is dated, or held on the
        sidelines of the one reported ("وعلى هامش القمة، شهد اجتماع وزاري ...")."""
        if not self._room():
            return None
        a, _ = self.doc.sentences[sent]
        if m.dates:  # "وسبقه أمس اجتماع لمنظمات المجتمع المدني": at the same place unless it says
            m.entity = self._new(m)
            m.entity.sidelines_of = self.primary.key
            return m.entity
        if any(self.lex.is_trigger("sidelines", t) or t in ("قبيل", "عقب", "وقبيل", "وعقب")
               for t in self.words[a:m.start]):  # "على هامش القمة", "وقبيل انطلاق الجولة": that day
            meeting = self._new(m)
            meeting.sidelines_of = self.primary.key
            m.entity = meeting
            return meeting
        return None

    def _other_day(self, m: MeetingMention, e: Meeting) -> bool:
        """The mention is dated, and not to the day (or span) its antecedent is."""
        if not m.dates or not self.dated.get(e.key):
            return False
        first_date = min(d[1].start for d in m.dates)
        if not any(self.lex.is_trigger("held_verbs", t) or self.lex.is_trigger("host_verbs", t)
                   for t in self.words[m.start:first_date]):
            return False  # "وتزامن الاجتماع مع ذكرى هجمات 11 سبتمبر 2001": the date is not the meeting's
        mine = {d[0][0] for d in m.dates}
        theirs = {d[0][0] for days in self.dated[e.key] for d in days} | \
            {d[0][1] for days in self.dated[e.key] for d in days if d[0][1]}
        lo, hi = min(theirs), max(theirs)
        return all(not lo <= day <= hi for day in mine)

    def _match(self, m: MeetingMention) -> Meeting | None:
        for e in reversed(self.meetings):
            if m.subkind and e.subkind and m.subkind != e.subkind and \
                    "preparatory" in (m.subkind, e.subkind):
                continue
            if m.subkind == "preparatory" and e.subkind != "preparatory":
                continue
            if e.kind != m.kind and not (m.orgs and e.convener and e.convener.value in m.orgs):
                continue
            a, b = set(m.name_words), set(e.name_words)
            if a and b and len(a & b) >= max(1, min(len(a), len(b)) // 2 + (min(len(a), len(b)) > 2)):
                return e
        return None

    def _new(self, m: MeetingMention, *, primary: bool = False, container: bool = False) -> Meeting:
        label = self.doc.surface(m.start, m.end).strip(" ،,")
        key = f"m{len(self.meetings) + 1}"
        meeting = Meeting(key=key, kind=m.kind, label=label,
                          label_ev=self.ev(m.start, m.end, f"meeting.noun:{m.kind}", 0.9),
                          name_words=m.name_words, primary=primary, created_in=m.sent)
        for mod in self.words[m.trigger_end:m.end]:
            hit = self.lex.triggers["meeting_kinds"].match([mod], 0)
            if hit:
                meeting.subkind = hit[0][0]
                break
        meeting.convener = self._convener(m)
        self.meetings.append(meeting)
        if primary:
            self.primary = meeting
        return meeting

    def _convener(self, m: MeetingMention) -> Fact | None:
        """The body whose meeting it is: an organisation in the meeting's name, or the
        subject of 'عقدت X اجتماعها'."""
        lex = self.lex
        candidates = list(m.orgs)
        a, _ = self.doc.sentences[m.sent]
        for mm in self.doc.mentions_in(a, m.start):
            if not mm.first("org"):
                continue
            # "عقدت مجموعة عمل ... اجتماعها": the subject's meeting;
            # "عقد المنتدى العالمي ... اجتماعا": the body that held it
            held = mm.start > a and self.lex.is_trigger("meeting_verbs", self.words[mm.start - 1])
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
                for f in stems(self.words[k]):
                    if f in lex.generic_org_words:
                        org = focus_org(self.doc, f, k)
                        if org:
                            return Fact(org, self.ev(k, k + 1, "meeting.convener-generic", 0.6))
            return None
        best = min(candidates, key=rank)
        return Fact(best, self.ev(m.start, m.end, "meeting.convener", 0.8))

    # -- facts ------------------------------------------------------------------------
    def _fill(self, meeting: Meeting) -> None:
        for days in self.dated.get(meeting.key, []):
            if meeting.date is None:
                self._date(meeting, days)
        for sent, a, b, dating in self.segments.get(meeting.key, []):
            a = max(a, self.ctx.dateline_end)
            if meeting.country is None and not meeting.virtual and dating:
                self._place(meeting, a, b)
            self._chairs(meeting, a, b)
            if meeting.participant_count is None:
                self._count(meeting, a, b)
        host = next((x for x in self.meetings if x.key == getattr(meeting, "sidelines_of", None)), None)
        if meeting.date is None and host is not None and host.date is not None:
            meeting.date = Fact(host.date.value, Evidence(host.date.ev.start, host.date.ev.end,
                                                          host.date.ev.sentence, "meeting.date-of-host", 0.6))
        if meeting.country is None and host is not None and host.country is not None and not meeting.virtual:
            meeting.country = Fact(host.country.value, Evidence(host.country.ev.start, host.country.ev.end,
                                                                host.country.ev.sentence, "meeting.place-of-host", 0.6))
        if meeting.date is None and meeting.primary and self.ctx.published is not None:
            pub = self.ctx.published
            meeting.date = Fact(pub.value, Evidence(pub.ev.start, pub.ev.end, pub.ev.sentence,
                                                    "meeting.date-of-article", 0.5))
        if meeting.country is None and not meeting.virtual:
            self._place_in_name(meeting)
        if meeting.country is None and not meeting.virtual and self.ctx.country and (meeting.primary or meeting.date):
            ev = self.ctx.city_ev
            meeting.country = Fact(self.ctx.country, Evidence(ev.start, ev.end, ev.sentence,
                                                              "meeting.place-dateline", 0.6))

    def _date(self, meeting: Meeting, days: list) -> None:
        """First and last day from the day expressions one mention claims: a span when
        the sentence says the meeting started, ended or ran on (انطلق ... ويستمر إلى
        الغد, اختتم اليوم ... الذي انطلق الاثنين); otherwise its one day."""
        a, b = self.doc.sentence_of(days[0][1].start)
        spanning = len(days) > 1 and any(f in _SPANNING for k in range(a, b) for f in stems(self.words[k]))
        if not spanning:  # the day said nearest the meeting's mention
            days = [min(days, key=lambda d: abs(d[1].start - d[2]))]
        first = min(days, key=lambda d: d[0][0])
        last_day = max((d[0][1] or d[0][0]) for d in days)
        start, e = first[0][0], first[1]
        conf = 0.9 if e.kind == "date" else 0.8
        a, b = self.doc.sentence_of(e.start)
        duration = self._duration(a, b)
        closing = any(f in _CLOSING for k in range(a, b) for f in stems(self.words[k]))
        if duration and last_day == start:
            if closing:
                start = start - dt.timedelta(days=duration - 1)
            else:
                last_day = start + dt.timedelta(days=duration - 1)
        meeting.date = Fact(start, self.ev(e.start, e.end, f"meeting.{e.rule}", conf))
        if last_day > start:
            meeting.end_date = Fact(last_day, self.ev(e.start, e.end, "meeting.date-range", conf))

    def _duration(self, a: int, b: int) -> int | None:
        w = self.words
        for k in range(a, b - 1):
            if any(f in _DURATION_VERBS for f in stems(w[k])) or w[k] in ("علي", "لمده"):
                nxt = w[k + 1]
                if nxt in _DURATION_UNITS and _DURATION_UNITS[nxt]:
                    return _DURATION_UNITS[nxt]
                if nxt == "مدي" and k + 2 < b and w[k + 2] in _DURATION_UNITS:
                    return _DURATION_UNITS[w[k + 2]]
                if is_int(nxt) and k + 2 < b and w[k + 2] in ("ايام", "يوما"):
                    return int(nxt)
        return None

    def _place(self, meeting: Meeting, a: int, b: int) -> None:
        w, lex = self.words, self.lex
        if any(self.trig("virtual", k) for k in range(a, b)):
            meeting.virtual = True
            return
        best = None  # (priority, country, evidence)
        for m in self.doc.mentions_in(a, b):
            prev = w[m.start - 1] if m.start > a else ""
            prep = m.prefix.endswith("ب") or prev in ("في", "قرب", "بمدينه", "مدينه")
            capital_of = prev in ("العاصمه", "عاصمه") or (m.start >= 2 and w[m.start - 2] in ("العاصمه",))
            host = any(self.lex.is_trigger("host_verbs", t) for t in w[max(a, m.start - 2):m.start])
            city, country = m.first("city"), m.first("country")
            cand = None
            if city and (prep or host or capital_of):
                cand = (0, lex.entity("city", city.id).country, "meeting.place-city")
            elif country and country.role == "adjective" and capital_of:
                cand = (1, country.id, "meeting.place-capital")
            elif host and (country or city) and (not country or country.role == "name"):
                cid = country.id if country else lex.entity("city", city.id).country
                cand = (2, cid, "meeting.place-host")
            elif country and country.role == "name" and prep and self._held_before(a, m.start):
                cand = (3, country.id, "meeting.place-state")
            if cand and (best is None or cand[0] < best[0]):
                best = (*cand, m)
        if best:
            _, cid, rule, m = best
            meeting.country = Fact(cid, self.ev(m.start, m.end, rule, 0.85 if best[0] < 3 else 0.7))
            if m.first("city"):
                meeting.city = Fact(m.first("city").id, self.ev(m.start, m.end, rule, 0.85))

    def _place_in_name(self, meeting: Meeting) -> None:
        """'قمة وارسو', 'مؤتمر أوسلو', 'اجتماع نيامي': a city in the meeting's own name."""
        s, e = meeting.label_ev.start, meeting.label_ev.end
        for m in self.doc.mentions:
            ms, me = self.doc.original_span(m.start, m.end)
            if ms >= s and me <= e and m.first("city"):
                city = m.first("city")
                meeting.country = Fact(self.lex.entity("city", city.id).country,
                                       self.ev(m.start, m.end, "meeting.place-in-name", 0.7))
                meeting.city = Fact(city.id, self.ev(m.start, m.end, "meeting.place-in-name", 0.7))
                return
            if ms >= e:
                return

    def _held_before(self, a: int, k: int) -> bool:
        """'عقد في الكويت', 'الاجتماع ... في الكويت': the place follows a meeting verb or noun."""
        for j in range(max(a, k - 5), k):
            if self.lex.is_trigger("meeting_verbs", self.words[j]) or self.trig("meeting_nouns", j):
                return True
        return False

    # -- chairs ------------------------------------------------------------------------
    def _person_at(self, k: int) -> Person | None:
        """The official introduced at token k, or named there again ('ترأس السوداني ...')."""
        if self._at is None:  # token -> person: introductions first, then later mentions
            intro: dict[int, Person] = {}
            named: dict[int, Person] = {}
            for p in self.people:
                for t in range(*p.intro):
                    intro.setdefault(t, p)
                for s, e in p.mentions:
                    for t in range(s, e):
                        named.setdefault(t, p)
            self._at = (intro, named)
        return self._at[0].get(k) or self._at[1].get(k)

    def _agents(self, p: int, b: int, limit: int = 8, group: bool = False) -> list[tuple[list[Agent], int, int]]:
        """Agents listed from token p: states, organisations, people ('X و Y و Z').
        With ``group``, the words of 'تتولى رئاسة المجموعة بالاشتراك مع' are skipped too."""
        w, lex, out = self.words, self.lex, []
        skips = 0
        while p < b and len(out) < limit:
            tok = w[p]
            person = self._person_at(p)
            if person is not None:
                agents = [Agent("person", person.key)]
                if person.represents:
                    agents.insert(0, person.represents.value)
                if person.intro[0] <= p < person.intro[1]:
                    end = max(person.intro[1], person.tokens[1])
                else:
                    end = next(e for s, e in person.mentions if s <= p < e)
                out.append((agents, p, end))
                p, skips = max(end, p + 1), 0
                continue
            m = self.doc.mention_at.get(p)
            if m is not None:
                e = m.first("country") or m.first("org")
                if e is None and m.first("city") and not m.first("city").ambiguous:
                    e = None
                if e is not None:
                    agents = [Agent("country" if e.kind == "country" else "org",
                                    (lex.entity("org", e.id).extra.get("acts_for") or e.id) if e.kind == "org" else e.id)]
                    out.append((agents, p, m.end))
                    p, skips = m.end, 0
                    continue
                break
            if tok in ("و", "،", ",", "بين", "من", "كل", "هي", "هم", "وهي", "ل", "من") or \
                    lex.is_trigger("counterpart", tok) or lex.honorifics.match(w, p):
                p += 1
                continue
            joint = self.trig("jointly", p)
            if joint and out:
                p += joint[1]
                continue
            if not out:  # "ترأس الاجتماع اليوم وزير ...": the day before the one who chaired
                rel = lex.relative_days.match(w, p)
                if rel or any(f in lex.weekdays for f in stems(tok)):
                    p += rel[1] if rel else 1
                    continue
            if tok in ("الدوله", "المملكه", "البلاد") and self.ctx.home and p + 1 < b and \
                    p + 1 not in self.doc.mention_at:
                out.append(([Agent("country", self.ctx.home)], p, p + 1))  # WAM's "الدولة", SPA's "المملكة"
                p += 1
                continue
            pair = self._the_two_states(p)
            if pair:
                out.append((pair, p, p + 1))
                p += 1
                continue
            title = lex.titles.match(w, p)
            if title and self._person_at(p) is None:
                end, info = self.finder.position(p, title[1])
                pair = next((self._the_two_states(i) for i in range(p, end) if self._the_two_states(i)), None)
                agents = pair or [Agent("country", c) for c, _ in info.adjectives + info.countries] or \
                    [Agent("org", o) for o, _ in info.orgs]
                if agents:
                    out.append((agents, p, end))
                    p = end
                    continue
            if group and (lex.is_trigger("group_chair_filler", tok)
                          or any(f in lex.generic_org_words for f in stems(tok))):
                p += 1
                continue
            if skips < 3 and (is_int(tok) or tok in lex.number_words or
                              any(f in lex.trigger_sets["count_nouns"] for f in stems(tok)) or
                              tok in ("بشكل", "مشترك", "المشتركه", "جهات", "دول")):
                p += 1
                skips += 1
                continue
            break
        return out

    def _coordinated(self, p: int, b: int) -> list[tuple[list[Agent], int, int]]:
        """Agents joined by 'and' to the one ending at p: "ترأست المملكة المتحدة والعراق",
        "ترأس الاجتماع وزير الخارجية السعودي ...، ووزير الخارجية الأمريكي ...",
        "... ونظيره الأمريكي ...". A verb after the 'and' ("وحضره") ends the list."""
        w, out = self.words, []
        while p < b and len(out) < 7:
            q = p + 1 if w[p] in ("،", ",") else p
            if q >= b or not (w[q].startswith("و") and (w[q] == "و" or self._joins(q))):
                break
            nxt = self._agents(q, b, limit=1)
            if not nxt or nxt[0][1] > q + 1:
                break
            out += nxt
            p = nxt[0][2]
        return out

    def _joins(self, q: int) -> bool:
        """Token q is 'و' glued to an agent: a state or body, an official, a title, 'نظيره'."""
        m = self.doc.mention_at.get(q)
        if m is not None:
            return m.prefix.startswith("و") and bool(m.first("country") or m.first("org"))
        return self._person_at(q) is not None or bool(self.lex.titles.match(self.words, q)) or \
            self.lex.is_trigger("counterpart", self.words[q])

    def _subject_before(self, a: int, k: int):
        """The official named, or referred to by office, in the ten words before token k."""
        from .roles import _title_referent

        lo = max(a, k - 10)
        refs = [(p.intro[0], p, p.intro[0], p.intro[1]) for p in self.people if lo <= p.intro[0] < k]
        refs += [(s, p, s, e) for p in self.people for s, e in p.mentions if lo <= s < k]
        for t in self.finder.titles:
            if lo <= t.start < k:
                p = _title_referent(self.people, t, self.finder)
                if p is not None:
                    refs.append((t.start, p, t.start, t.end))
        if not refs:
            return None
        _, p, i, j = max(refs, key=lambda r: r[0])
        return p, i, j

    def _the_two_states(self, p: int) -> list[Agent] | None:
        """'البلدين' / 'الدولتين': the last two states named before token p."""
        if not any(f in ("البلدين", "البلدان", "الدولتين", "الدولتان") for f in stems(self.words[p])):
            return None
        seen: list[str] = []
        for m in reversed(self.doc.mentions_in(max(0, p - 200), p)):
            e = m.first("country")
            if e and e.id not in seen:
                seen.append(e.id)
            if len(seen) == 2:
                return [Agent("country", c) for c in reversed(seen)]
        return None

    def _blocked(self, a: int, k: int) -> bool:
        """'وفد ... برئاسة' / 'الحكومة العراقية برئاسة': heading something else."""
        for j in range(k - 1, max(a, k - 7) - 1, -1):
            if self.lex.is_trigger("not_chair_objects", self.words[j]):
                return True
            if self.trig("meeting_nouns", j) or self.lex.is_trigger("meeting_verbs", self.words[j]):
                return False
        return False

    def _chairs(self, meeting: Meeting, a: int, b: int) -> None:
        w = self.words
        k = a
        while k < b:
            hit = self.trig("chair_phrases", k)
            if not hit:
                k += 1
                continue
            sub, n = hit[0][0], hit[1]
            phrase = w[k]
            found: list[tuple[list[Agent], int, int]] = []
            if sub == "group-chair":
                k += n
                continue  # handled article-wide in _group_chairs
            if self._blocked(a, k):
                k += n
                continue
            if sub in ("co-chaired", "chaired-by") and phrase.endswith(("ته", "تها", "تهما", "تهم")) \
                    and "بر" in phrase[:3]:
                before = [p for p in self.people if a <= p.intro[0] < k]
                before.sort(key=lambda p: p.intro[0])
                take = 1 if phrase.endswith(("ته", "تها")) else len(before)
                for p in before[:take]:
                    found.append(([*([p.represents.value] if p.represents else []), Agent("person", p.key)],
                                  p.intro[0], p.intro[1]))
            elif sub in ("co-chaired", "chaired-by"):
                found = self._agents(k + n, b)
                if not found and phrase.startswith(("تراس", "وتراس")) and phrase.endswith(("ه", "ها")):  # folded ترأس
                    # "خلال اجتماع ترأسه في بروكسل": the one who chaired it is the sentence's subject
                    before = sorted((p for p in self.people if a <= p.intro[0] < k), key=lambda p: p.intro[0])
                    if not before:
                        sa = self.doc.sentence_of(k)[0]
                        before = sorted((p for p in self.people if sa <= p.intro[0] < k), key=lambda p: p.intro[0])
                    for p in before[:1]:
                        found.append(([*([p.represents.value] if p.represents else []), Agent("person", p.key)],
                                      p.intro[0], p.intro[1]))
            else:  # "ترأس [الاجتماع] X [بشكل مشترك مع Y]"
                j = k + n
                nxt = self.trig("meeting_nouns", j)
                if j < b and self.lex.is_trigger("not_chair_objects", w[j]):
                    k = j
                    continue
                group = j < b and any(f in self.lex.generic_org_words for f in stems(w[j]))
                if nxt:
                    j = self._noun_phrase(j + nxt[1])[0]
                if j + 1 < b and w[j] in ("،", ",") and w[j + 1] in ("الذي", "التي"):
                    j += 2  # "وترأس المؤتمر، الذي عقد في ...، كل من ..."
                    while j < b and w[j] not in ("،", ","):
                        j += 1
                every = j + 2 < b + 1 and any(w[i:i + 2] == ["كل", "من"] for i in range(j, min(b, j + 3)))
                found = self._agents(j, b, limit=8 if every or group else 1, group=group)
                if found and not (every or group):
                    found += self._coordinated(found[-1][2], b)
                if not found:  # "وكان خادم الحرمين الشريفين قد ترأس ... القمة": the subject comes first
                    subject = self._subject_before(a, k)
                    if subject is not None:
                        p, i, j2 = subject
                        found = [([*([p.represents.value] if p.represents else []), Agent("person", p.key)], i, j2)]
                for jj in range(j, min(b, j + 25)):
                    hit2 = self.trig("jointly", jj)
                    if hit2 and hit2[1] > 1 and (self.words[jj] not in ("الي", "والي") or self._person_at(jj + 2)):
                        found += self._agents(jj + hit2[1], b)  # "بشكل مشترك مع", "إلى جانب نظيره ..."
                        break
            rule = f"chair.{sub}"
            for agents, i, j in found:
                for agent in agents:
                    if agent not in [c.value for c in meeting.chairs]:
                        meeting.chairs.append(Fact(agent, self.ev(i, j, rule, 0.85)))
            k += n

    def _group_chairs(self) -> None:
        """'وتتولى الكويت رئاسة المجموعة بالاشتراك مع تركيا وهولندا': a working group's or
        forum's standing co-chairs chair its meeting."""
        target = self.primary
        if target is None or target.convener is None:
            return
        org = self.lex.entity("org", target.convener.value)
        if org is None or org.extra.get("kind") not in ("working_group", "forum"):
            return
        targets = [m for m in self.meetings if m.convener and m.convener.value == target.convener.value]
        for a, b in self.doc.sentences:
            for k in range(a, b):
                if not self.lex.is_trigger("group_chair_verbs", self.words[k]):
                    continue
                if k + 1 < b and self.lex.is_trigger("not_chair_objects", self.words[k + 1]):
                    continue
                for agents, i, j in self._agents(k + 1, b, group=True):
                    for agent in agents:
                        if agent.kind == "org" and agent.id == target.convener.value:
                            continue
                        for t in targets:
                            if agent not in [c.value for c in t.chairs]:
                                t.chairs.append(Fact(agent, self.ev(i, j, "chair.group-chair", 0.75)))

    # -- participant counts -----------------------------------------------------------
    def _count(self, meeting: Meeting, a: int, b: int) -> None:
        w, lex = self.words, self.lex
        counts = find_counts(w, a, b, lex)
        if not counts:
            return
        candidates, partial = [], False
        for c in counts:
            window = range(max(a, c.start - 10), c.start)
            if any(self.trig("chair_phrases", k) for k in range(max(a, c.start - 3), c.start)):
                continue  # "برئاسة خمس جهات": the chairs, not the participants
            member = self._membership(a, c.start)
            part = any(lex.is_trigger("participation", w[k]) for k in window)
            if member:
                self._member_fact(a, c)
                continue
            if not part:
                continue
            if c.bound in ("lower_bound", "upper_bound"):
                partial = True
                continue
            candidates.append(c)
        if partial or len({c.value for c in candidates}) != 1:
            return
        c = candidates[0]
        for other in counts:  # "وفود 27 دولة عربية وإفريقية، و5 دول أوروبية": a sum
            if other is not c and c.end <= other.start <= c.end + 8 and \
                    any(t == "و" or (t.startswith("و") and len(t) > 1) for t in w[c.end:other.start + 1]):
                return
        rule = "count.participants" + ("-approximate" if c.bound else "")
        meeting.participant_count = Fact(c.value, self.ev(c.start, c.end, rule, 0.8 if not c.bound else 0.7))

    def _membership(self, a: int, k: int) -> bool:
        w, lex = self.words, self.lex
        for j in range(a, k):
            hit = self.trig("membership", j)
            if not hit:
                continue
            after = w[j + hit[1]:j + hit[1] + 2]
            if any(t in ("ممثلي", "ممثلو", "وفود", "وفودا") for t in after):
                continue
            return True
        return False

    def _member_fact(self, a: int, c) -> None:
        org = None
        for m in self.doc.mentions_in(a, c.start):
            if m.first("org"):
                org = m.first("org").id
        if org is None:
            for k in range(a, c.start):
                for f in stems(self.words[k]):
                    if f in self.lex.generic_org_words:
                        org = focus_org(self.doc, f, k) or org
        if org:
            self.org_facts.append(OrgFact(org, "memberCount", c.value,
                                          self.ev(c.start, c.end, "count.members", 0.7)))


def meeting_iri_key(m: Meeting) -> str:
    """Stable identity of a meeting: convener or kind, first day and place."""
    parts = [m.convener.value if m.convener else m.kind,
             m.date.value.isoformat() if m.date else "", m.country.value if m.country else ""]
    return hashlib.sha1("|".join(parts).encode()).hexdigest()[:16]


def find_meetings(doc: Doc, ctx: Context, people: list[Person], finder: OfficialFinder):
    mf = MeetingFinder(doc, ctx, people, finder)
    meetings = mf.run()
    return meetings, mf
