"""Officials: a position and a name, and whom the person acts for.

Arabic news introduces an official by office, then name::

    وزير الخارجية الأمريكي ريكس تيلرسون
    نائب رئيس مجلس الوزراء وزير الخارجية القطري الشيخ محمد بن عبدالرحمن آل ثاني
    الأمين العام لحلف شمال الأطلسي ينس ستولتنبرغ

or by honorific, name, then office::

    الشيخ صباح الخالد الحمد الصباح نائب رئيس مجلس الوزراء الكويتي وزير الخارجية

A position phrase runs on while its words are definite, institutional
(``titles.yaml: position_words``) or lexicon mentions; the first other word
starts the name, which runs to a function word, verb, title, mention or
punctuation mark (``stopwords.yaml``). Nobody is found by name: people are
found by the office or honorific that introduces them, so the reporter in a
byline or a defendant in a trial is never taken for an official.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..arabic import is_int, stems
from ..spot import Doc
from .context import Context
from .records import Agent, Evidence, Fact, Person

# "for the ..." opens no name word; "بال..."/"كال..." may (بالدوتشي, كالين), so they are not here
_PREP_ARTICLE = ("لل", "ولل", "فلل")
_PREPS = {"في", "فى", "على", "علي", "الى", "الي", "من", "عن", "مع", "خلال"}
MAX_NAME = 6  # words of a name, not counting بن, آل, أبو, عبد
MAX_PEOPLE = 300  # no article names more officials; bounds the work on pathological input
CONNECTORS = {"بن", "بنت", "ابن", "ال", "ابو", "ابي", "عبد", "دي", "دو", "دا", "فان", "فون", "لا", "لو",
              "ولد", "ول", "الـ", "اب"}
_PUNCT_CONTINUE = {"،", ","}
_BEFORE_IN = {"في", "لدي", "الي"}  # folded: في/فى, لدى, إلى
_ALI = "علي"  # folded both the name Ali and the preposition على


@dataclass
class PositionInfo:
    """What a position phrase says about whom its holder acts for."""

    adjectives: list[tuple[str, int]] = field(default_factory=list)  # (ISO, token)
    orgs: list[tuple[str, int]] = field(default_factory=list)
    countries: list[tuple[str, int]] = field(default_factory=list)  # named, not after في/لدى
    located: list[tuple[str, int]] = field(default_factory=list)  # after في/لدى: where, not whom
    generic: list[tuple[str, int]] = field(default_factory=list)  # "التحالف" -> resolved later
    the_country: bool = False  # "أمير البلاد"
    possessed: bool = False  # "وزير خارجيتها": the office of a state named before


@dataclass
class TitleMention:
    """A position with no name after it: refers back to someone ("الوزير التركي")."""

    start: int
    end: int
    position: str  # folded head words, adjectives left out
    country: str | None


class OfficialFinder:
    def __init__(self, doc: Doc, ctx: Context):
        self.doc, self.ctx, self.lex = doc, ctx, doc.lex
        self.words = doc.words
        self.people: list[Person] = []
        self._by_word: dict[str, set[int]] = {}  # name word -> indices into people
        self._sizes: list[int] = []  # distinct name words of each person
        self._introduced: set[int] = set()  # tokens inside some person's introduction
        self.titles: list[TitleMention] = []
        self.info: dict[str, PositionInfo] = {}
        self._weekday_words = set(self.lex.weekdays)

    # -- token tests ----------------------------------------------------------
    def _stop(self, tok: str) -> bool:
        """A word no name runs into. Only the conjunctions و/ف are taken off first: a
        name may well begin with ب, ل or ك (بلينكن, لويجي, كيري)."""
        forms = [tok] + [tok[1:] for c in "وف" if tok.startswith(c) and len(tok) > 3]
        return (any(f in self.lex.stopwords for f in forms) or tok in self._weekday_words
                or bool(self.lex.relative_days.match([tok], 0)))

    def _is_word(self, tok: str) -> bool:
        return tok[0].isalpha() and not is_int(tok)

    def _honorifics(self, j: int) -> int:
        """Skip honorifics and ranks at j: 'صاحب السمو الأمير', 'الجنرال المتقاعد'."""
        while j < len(self.words):
            hit = self.lex.honorifics.match(self.words, j)
            if hit:
                j += hit[1]
            elif self.words[j] in self.lex.rank_words and j > 0:
                j += 1
            else:
                break
        return j

    def _starts_name(self, j: int) -> bool:
        w = self.words
        if not (j < len(w) and self._is_word(w[j]) and not self._stop(w[j])
                and not self.lex.titles.match(w, j) and j not in self.doc.mention_at
                and not self.lex.honorifics.match(w, j)):
            return False
        # "لدول", "بالمنطقة": a preposition glued to a common word, not a name
        counted = self.lex.trigger_sets["count_nouns"]
        return not any(f in counted or f in self.lex.position_words for f in stems(w[j])[1:])

    # -- grammar ----------------------------------------------------------------
    def position(self, k: int, head_len: int) -> tuple[int, PositionInfo]:
        """End of the position phrase opened at k, and the entities it names."""
        w, lex, info = self.words, self.lex, PositionInfo()
        j = k + head_len
        after_in = False
        while j < len(w):
            tok = w[j]
            if lex.honorifics.match(w, j):
                after = self._honorifics(j)
                if self._starts_name(after) or after >= len(w) or w[after] in _PUNCT_CONTINUE:
                    break
                j = after  # "سفير صاحب الجلالة لدى الاتحاد الأوروبي": part of the office
                continue
            m = self.doc.mention_at.get(j)
            if m is not None:
                accredited = j > 0 and w[j - 1] == "لدي"  # "سفير ... لدى الاتحاد الأوروبي": where, not whom
                self._note(m, info, after_in or m.prefix.endswith("ب"), accredited)
                j, after_in = m.end, False
                continue
            title = lex.titles.match(w, j)
            if title:
                j += title[1]
                continue
            forms = stems(tok)
            if any(f in lex.generic_org_words for f in forms):
                f = next(f for f in forms if f in lex.generic_org_words)
                info.generic.append((f, j))
                j += 1
                continue
            if tok in _BEFORE_IN and j + 1 < len(w) and (
                    j + 1 in self.doc.mention_at or w[j + 1].startswith("ال")
                    or w[j + 1] in lex.position_words):
                after_in = True
                j += 1
                continue
            if any(f in lex.trigger_sets["the_country"] for f in forms):
                info.the_country = True
                j += 1
                continue
            if not self._is_word(tok) or self._stop(tok):
                break
            if self._possessed_office(tok):
                info.possessed = True
                j += 1
                continue
            if (self.doc.definite(j) and len(tok) > 3) or any(f in lex.position_words for f in forms):
                j += 1
                continue
            break
        return j, info

    def _possessed_office(self, tok: str) -> bool:
        """'وزير خارجيتها', 'وزارة داخليته': an institution word with a pronoun suffix."""
        for suffix in ("هما", "هم", "ها", "ه"):
            if tok.endswith(suffix) and len(tok) - len(suffix) >= 3:
                base = tok[: -len(suffix)]
                base = base[:-1] + "ه" if base.endswith("ت") else base
                if base in self.lex.position_words:
                    return True
        return False

    def _note(self, m, info: PositionInfo, located: bool, accredited: bool = False) -> None:
        for e in m.entries:
            if e.kind == "country" and e.role in ("adjective", "demonym"):
                info.adjectives.append((e.id, m.start))
                return
            if e.kind == "org" and accredited:
                return
            if e.kind == "org":
                acts_for = self.lex.entity("org", e.id).extra.get("acts_for") or e.id
                info.orgs.append((acts_for, m.start))
                return
        for e in m.entries:
            if e.kind == "country":
                (info.located if located else info.countries).append((e.id, m.start))
                return

    def name(self, j: int) -> tuple[int, int] | None:
        """Token span of a name starting at j (after any honorifics), or None.

        A name runs to a function word, verb, title, honorific, lexicon mention or
        punctuation; a family name (ال...) ends it unless another ال-word or a
        connector (بن، آل، أبو) follows. علي is the name Ali as a name's first or
        second word and the preposition على elsewhere; a nationality nisba after a
        name is a family name (منصور التركي).
        """
        w = self.words
        if w[j:j + 1] == [_ALI] and j + 1 < len(w) and w[j + 1].startswith("ال") and not self._stop(w[j + 1]) \
                and j + 1 not in self.doc.mention_at:
            pass  # "علي الساعدي" (but "على تنفيذ", "على أن" are the preposition)
        elif not self._starts_name(j):
            return None
        end = j + 1
        if w[j] in ("عبد", "ابو") and end < len(w) and self._is_word(w[end]):
            end += 1  # "عبد الأمير", "أبو الحسن": the next word belongs to the first name
        family = False  # a first name may carry ال too (المختار، الحبيب): only later ones end a name
        while end < len(w) and sum(t not in CONNECTORS for t in w[j:end]) < MAX_NAME:
            tok = w[end]
            if tok in CONNECTORS:
                end += 1
                family = False
                if tok == "عبد" and end < len(w) and self._is_word(w[end]):
                    end += 1  # "عبد الأمير", "عبد الله": the next word belongs to it
                continue
            if tok == _ALI and end > j and end + 1 < len(w) and not self._is_word(w[end + 1]):
                end += 1  # "عبد القادر شيخ على،": Ali ending a name before punctuation
                break
            if tok == _ALI and end == j + 1 and end + 1 < len(w) and not self._stop(w[end + 1]) \
                    and self._is_word(w[end + 1]):
                end += 1  # "محمد علي الحكيم"
                continue
            if tok == _ALI and end > j and w[end - 1] in ("بن", "ابن", "ابو"):
                end += 1  # "محمد بن علي كومان"
                continue
            if tok.startswith(_PREP_ARTICLE):
                break  # "السيسي للقيادة العامة"
            if self.lex.is_trigger("counterpart", tok):
                break  # "شكري لنظرائه العرب"
            if family and not self.doc.definite(end):
                break  # a family name (ال...) ends an Arabic name: "الصباح باب المساهمات"
            if family and end + 1 < len(w) and (w[end + 1].startswith(_PREP_ARTICLE) or w[end + 1] in _PREPS):
                break  # "السيسي الشكر للقيادة": an object and its complement, not a second family name
            family = self.doc.definite(end)
            m = self.doc.mention_at.get(end)
            if m is not None and m.end == end + 1 and tok.startswith("ال") and m.first("country", "adjective") \
                    and (end + 1 >= len(w) or not self._is_word(w[end + 1]) or self._stop(w[end + 1])):
                end += 1  # "اللواء منصور التركي،": a nisba family name
                break
            if (not self._is_word(tok) or self._stop(tok) or m is not None
                    or self.lex.titles.match(w, end) or self.lex.honorifics.match(w, end)
                    or (tok.startswith("و") and tok not in CONNECTORS)):
                break
            end += 1
        while end > j + 1 and w[end - 1] in CONNECTORS:
            end -= 1
        return j, end

    def _trailing_office(self, j: int):
        """(end, info) of a second office right after a name, or None."""
        w = self.words
        at = j + 1 if j < len(w) and w[j] in _PUNCT_CONTINUE else j
        title = self.lex.titles.match(w, at)
        if not title or "و" in title[2]:
            return None  # "... ورئيسة الوزراء النرويجية": the next person, not this one's office
        end, info = self.position(at, title[1])
        return (end, info) if (info.adjectives or info.orgs or info.countries) else None

    @staticmethod
    def _merge_into(info: PositionInfo, extra: PositionInfo) -> None:
        for attr in ("adjectives", "orgs", "countries"):
            if not getattr(info, attr):
                getattr(info, attr).extend(getattr(extra, attr))

    def _appositive(self, j: int) -> tuple[int, int] | None:
        """', جوزيب بوريل،' after an office: a name of two to four words set off by commas.
        Its first word may look like a function word (غير بيدرسون) when the comma closes it."""
        w = self.words
        span = self.name(j)
        if span is None and j + 1 < len(w) and self._is_word(w[j]) and not is_int(w[j]):
            end = j + 1
            while end < len(w) and end - j < 4 and self._is_word(w[end]) and not self._stop(w[end]) \
                    and end not in self.doc.mention_at:
                end += 1
            if end - j >= 2 and end < len(w) and w[end] in _PUNCT_CONTINUE:
                span = (j, end)
        if span is None or span[1] - span[0] < 2:
            return None
        nxt = w[span[1]] if span[1] < len(w) else "."
        if self._is_word(nxt) and not self._stop(nxt):
            return None
        words = w[span[0]:span[1]]
        counted = self.lex.trigger_sets["count_nouns"]
        if sum(self.doc.definite(i) for i in range(*span)) > 1 or any(
                t in counted or any(f in self.lex.stopwords for f in stems(t)[1:]) for t in words[1:]):
            return None  # "حصيلة المشاريع المنجزة": a noun phrase, not a name
        return span

    def _name_before(self, k: int) -> tuple[int, int] | None:
        """'فيما حذر ستيفن أوبراين وكيل الأمين العام ...': a name right before an office,
        after a verb or punctuation, of two to five words."""
        w = self.words
        j = k - 1
        if j >= 0 and w[j] in _PUNCT_CONTINUE:
            j -= 1
        end = j + 1
        start = end
        while j >= 0 and end - j <= 5:
            tok = w[j]
            if not self._is_word(tok) or self._stop(tok) or j in self.doc.mention_at \
                    or self.lex.titles.match(w, j) or j in self._introduced:
                break
            start = j
            j -= 1
        sent_start = self.doc.sentence_of(k)[0]
        opener = j < sent_start or not self._is_word(w[j]) or any(
            f in self.lex.trigger_sets["speech_verbs"] or f in self.lex.trigger_sets["attend_verbs"]
            or (f in self.lex.stopwords and f not in self.lex.function_words) for f in stems(w[j]))
        if end - start < 2 or not opener:
            return None
        counted = self.lex.trigger_sets["count_nouns"]
        if any(t in counted or t in self.lex.position_words for t in w[start:end]):
            return None
        if w[start].startswith("ال") or w[start].startswith("و"):
            return None
        span = self.name(start)
        return span if span and span[1] == end else None

    # -- the pass ---------------------------------------------------------------
    def run(self) -> list[Person]:
        w, lex = self.words, self.lex
        k = self.ctx.dateline_end
        while k < len(w):
            title = lex.titles.match(w, k)
            if title is None and lex.is_trigger("counterpart", w[k]):
                title = (["counterpart"], 1, "")
            elif title and k > 0 and self._adjectival(k, title):
                title = None
            elif title and lex.title_info[title[0][0]].get("needs_office") and not self._office_follows(k + title[1]):
                title = None
            hon = None if title else lex.honorifics.match(w, k)
            if (title or hon) and k > 0 and any(f in lex.named_after for f in stems(w[k - 1])):
                title = hon = None  # "مركز الملك عبدالعزيز", "مدينة الأمير سلطان": a place, not a person
            if not title and not hon and any(f in ("برءاسه", "برءاسة") for f in stems(w[k])):
                span = self.name(k + 1)
                counted = self.lex.trigger_sets["count_nouns"]
                if span and span[1] - span[0] >= 2 and not self._existing(span) and not any(
                        is_int(t) or t in lex.number_words or t in counted for t in w[span[0]:span[1]]):
                    # "الحكومة العراقية الجديدة برئاسة مصطفى الكاظمي": he heads it
                    self._make(span, k + 1, k + 1, PositionInfo(), "head-of", k + 1)
                    k = span[1]
                    continue
            if title:
                k = self._from_title(k, title)
            elif hon:
                k = self._from_honorific(k)
            else:
                k += 1
        self._surname_mentions()
        return self.people

    def _office_follows(self, j: int) -> bool:
        """'مساعد وزير', 'نائب الأمين العام', 'وكيل وزارة': another office or an institution."""
        if j >= len(self.words):
            return False
        if self.lex.titles.match(self.words, j):
            return True
        return any(f in self.lex.position_words and f not in ("الدول", "دول") for f in stems(self.words[j]))

    def _adjectival(self, k: int, title) -> bool:
        """'الجهود المنسقة': a definite title word right after a definite noun is an
        adjective of that noun, not an office."""
        prev = self.words[k - 1]
        return (self.words[k] in self.lex.adjectival_titles and prev.startswith("ال")
                and prev not in self.lex.function_words and prev not in self._weekday_words
                and not self.lex.relative_days.match([prev], 0)
                and not self.lex.titles.match(self.words, k - 1) and k - 1 not in self.doc.mention_at
                and not self.lex.honorifics.match(self.words, k - 1)
                and k - 1 not in self._introduced)

    def _from_title(self, k: int, title) -> int:
        w = self.words
        head_len = title[1]
        title_id = title[0][0]
        pos_end, info = self.position(k, head_len)
        j = pos_end
        if j < len(w) and w[j] in _PUNCT_CONTINUE and self.lex.honorifics.match(w, j + 1):
            j += 1
        hon_start = j
        j = self._honorifics(j)
        if k > 0 and w[k - 1] in _PUNCT_CONTINUE and j == pos_end:
            before = self._name_before(k)
            if before is not None:  # "ليز غراندي، نائبة الممثل الخاص ..."
                person = self._make(before, before[0], pos_end, info, title_id, before[0], position_start=k)
                if person:
                    return max(pos_end, k + 1)
        span = self.name(j)
        if span is not None and span[1] - span[0] == 1 and span[1] < len(w) and w[span[1]] in _PUNCT_CONTINUE \
                and not self._existing(span) and not self._single_ok(span, k, hon_start):
            span = None  # "وزير خارجيتها، هايكو ماس،": the one word was not the name
            j = pos_end + 1 if w[pos_end] not in _PUNCT_CONTINUE else pos_end
            while j < len(w) and w[j] not in _PUNCT_CONTINUE:
                j += 1
        if span is None and j < len(w) and w[j] in _PUNCT_CONTINUE:
            span = self._appositive(j + 1)  # "الممثل الأعلى ...، جوزيب بوريل،"
        if span is None:
            before = self._name_before(k)
            if before is not None:  # "ستيفن أوبراين وكيل الأمين العام ..."
                person = self._make(before, before[0], pos_end, info, title_id, before[0], position_start=k)
                if person:
                    return max(pos_end, k + 1)
            self._title_mention(k, pos_end, info)
            return max(pos_end, k + 1)
        trailing = self._trailing_office(span[1])
        if trailing is not None:  # "الرئيس دونالد ترمب رئيس الولايات المتحدة الأمريكية"
            self._merge_into(info, trailing[1])
        person = self._make(span, k, pos_end, info, title_id, hon_start)
        if trailing is not None and person is not None:
            person.intro = (person.intro[0], max(person.intro[1], trailing[0]))
            self._introduced.update(range(*person.intro))
        if person and title_id == "counterpart" and person.position and person.position.ev.rule == "position.counterpart":
            prev = next((p for p in reversed(self.people) if p is not person and p.intro[0] < k and p.position), None)
            person.position = Fact(prev.position.value, person.position.ev) if prev else None
        end = span[1]
        # "الرئيسان الفرنسي فرانسوا هولاند والعراقي فؤاد معصوم": a dual title, two people
        if person and w[k].endswith(("ان", "ين")) and end < len(w) and w[end].startswith("و"):
            m = self.doc.mention_at.get(end)
            if m and m.first("country", "adjective"):
                span2 = self.name(m.end)
                if span2:
                    info2 = PositionInfo(adjectives=[(m.first("country", "adjective").id, m.start)])
                    second = self._make(span2, k, k + head_len, info2, title_id, k + head_len, intro_start=end)
                    if second is not None:
                        second.honorific = None
                    end = span2[1]
        return end

    def _from_honorific(self, k: int) -> int:
        """Honorific, name, then office ('الشيخ صباح الخالد ... وزير الخارجية'), or a
        later mention of someone already found ('السيد بوريطة')."""
        w = self.words
        j = self._honorifics(k)
        span = self.name(j)
        if span is None:
            return max(j, k + 1)
        at = span[1] + 1 if span[1] < len(w) and w[span[1]] in _PUNCT_CONTINUE else span[1]
        title = self.lex.titles.match(w, at)
        if title:
            pos_end, info = self.position(at, title[1])
            person = self._make(span, k, pos_end, info, title[0][0], k, position_start=at)
            return pos_end if person else span[1]
        found = self._existing(span)
        if found:
            found.mentions.append(span)
        return span[1]

    def _position_text(self, p0: int, p1: int) -> str:
        """The office as written, without the conjunction glued to it and without a
        nationality adjective describing the person ("وزير الخارجية الأمريكي" ->
        "وزير الخارجية"); a feminine adjective describes the ministry and stays
        ("وزارة الخارجية الألمانية")."""
        doc = self.doc
        keep = []
        for i in range(p0, p1):
            m = doc.mention_at.get(i)
            adj = m.first("country", "adjective") if m else None
            if adj and not self.words[m.end - 1].endswith(("ه", "ين", "ات")):
                continue
            keep.append(i)
        if not keep:
            keep = list(range(p0, p1))
        parts = []
        for i in keep:
            s, e = doc.original_span(i, i + 1)
            if i == p0 and self.words[i].startswith("و") and len(self.words[i]) > 3 and \
                    (self.lex.titles.match([self.words[i][1:]], 0) or self.lex.is_trigger("counterpart", self.words[i])):
                s += 1
            parts.append((s, e))
        text = " ".join(doc.text.original[s:e] for s, e in parts)
        return text.strip(" ،,")

    def _overlaps(self, words) -> dict[int, int]:
        """Index of each person sharing a name word with ``words`` -> how many they share
        (an index, so that matching a name never scans every official found so far)."""
        shared: dict[int, int] = {}
        for t in set(words):
            for i in self._by_word.get(t, ()):
                shared[i] = shared.get(i, 0) + 1
        return shared

    def _same_person(self, words) -> Person | None:
        """The first person found whose name holds all of ``words`` or is held in them."""
        n = len(set(words))
        hits = [i for i, c in sorted(self._overlaps(words).items()) if c == n or c == self._sizes[i]]
        return self.people[hits[0]] if hits else None

    def _index(self, person: Person, i: int, old_words=()) -> None:
        for t in set(old_words):
            self._by_word[t].discard(i)
        for t in set(person.name_words):
            self._by_word.setdefault(t, set()).add(i)
        size = len(set(person.name_words))
        if i < len(self._sizes):
            self._sizes[i] = size
        else:
            self._sizes.append(size)

    def _existing(self, span: tuple[int, int]) -> Person | None:
        words = [t for t in self.words[span[0]:span[1]] if t not in CONNECTORS]
        n = len(set(words))
        first = min((i for i, c in self._overlaps(words).items() if c == n), default=None)
        return self.people[first] if first is not None else None

    def _single_ok(self, span, k: int, hon_start: int) -> bool:
        """A one-word name ('الرئيس ترامب', 'الملك سلمان') after a definite title or an
        honorific, ending where a name ends."""
        w = self.words
        tok = w[span[0]]
        if tok.startswith("ال") or len(tok) < 3 or any(f in self.lex.position_words for f in stems(tok)):
            return False
        nxt = w[span[1]] if span[1] < len(w) else "."
        ends = not self._is_word(nxt) or self._stop(nxt) or nxt in self.lex.stopwords
        return ends and (w[k].startswith("ال") or span[0] > hon_start)

    def _make(self, span, k, pos_end, info, title_id, hon_start, *, position_start=None,
              intro_start=None) -> Person | None:
        doc, w = self.doc, self.words
        name_words = w[span[0]:span[1]]
        if len([t for t in name_words if t not in CONNECTORS]) < 2:
            found = self._existing(span)
            if found:
                found.mentions.append(span)
                return None
            if not self._single_ok(span, k if position_start is None else span[0] - 1, hon_start):
                return None
        key = " ".join(name_words)
        s, e = doc.original_span(span[0], span[1])
        ev = Evidence(s, e, doc.tokens[span[0]].sent, f"official.{title_id}", 0.85)
        p0 = k if position_start is None else position_start
        p1 = hon_start if position_start is None else pos_end
        position = None
        if p1 > p0:
            ps, pe = doc.original_span(p0, p1)
            position = Fact(self._position_text(p0, p1),
                            Evidence(ps, pe, doc.tokens[p0].sent, f"position.{title_id}", 0.8))
        hon = None
        if position_start is None and span[0] > hon_start:
            hon = doc.surface(hon_start, span[0])
        existing = self._same_person(name_words)
        intro = (intro_start if intro_start is not None else k, max(span[1], pos_end))
        if existing is not None:
            existing.mentions.append(span)
            if len(name_words) > len(existing.name_words):
                old = existing.name_words
                existing.key, existing.name, existing.name_ev, existing.tokens = key, doc.surface(*span), ev, span
                self._index(existing, self.people.index(existing), old)
            if existing.position is None and position is not None:
                existing.position, existing.title_id = position, title_id
            self._merge_info(existing.key, info)
            return existing
        if len(self.people) >= MAX_PEOPLE:
            return None
        person = Person(key=key, name=doc.surface(*span), name_ev=ev, tokens=span, intro=intro,
                        position=position, title_id=title_id, honorific=hon)
        self.people.append(person)
        self._index(person, len(self.people) - 1)
        self._introduced.update(range(*intro))
        self.info[key] = info
        return person

    def _merge_info(self, key: str, info: PositionInfo) -> None:
        old = self.info.setdefault(key, PositionInfo())
        for attr in ("adjectives", "orgs", "countries", "located", "generic"):
            getattr(old, attr).extend(getattr(info, attr))
        old.the_country |= info.the_country

    def _title_mention(self, k: int, end: int, info: PositionInfo) -> None:
        inside = {i for m in self.doc.mentions_in(k, end) for i in range(m.start, m.end)}
        heads = [self.words[i] for i in range(k, end) if i not in inside]
        country = info.adjectives[0][0] if info.adjectives else (info.countries[0][0] if info.countries else None)
        self.titles.append(TitleMention(k, end, " ".join(heads), country))

    def _surname_mentions(self) -> None:
        """Later mentions by surname alone: 'وقال تيلرسون'."""
        where: dict[str, list[int]] = {}
        for t in self.doc.tokens:
            for f in stems(t.text):
                where.setdefault(f, []).append(t.i)
        for p in self.people:
            last = p.name_words[-1]
            if len(last) < 4 or last in self.lex.stopwords:
                continue
            for i in sorted(set(where.get(last, []))):
                if i >= p.tokens[1]:
                    p.mentions.append((i, i + 1))


def represent(finder: OfficialFinder, person: Person, ctx: Context) -> None:
    """Decide whom ``person`` acts for, from the position first, then the context."""
    doc, lex = finder.doc, finder.lex
    info = finder.info.get(person.key, PositionInfo())
    intro_ev = _ev(doc, *person.intro)

    def fact(kind, ident, rule, conf):
        person.represents = Fact(Agent(kind, ident), Evidence(intro_ev.start, intro_ev.end,
                                                               intro_ev.sentence, rule, conf))

    if info.adjectives:
        return fact("country", info.adjectives[0][0], "represents.position-adjective", 0.9)
    if info.orgs:
        return fact("org", info.orgs[0][0], "represents.position-organisation", 0.85)
    if info.countries:
        return fact("country", info.countries[0][0], "represents.position-state", 0.85)
    context = _from_context(finder, person)
    if context:
        return fact(*context)
    if info.generic:
        word, tok = info.generic[0]
        org = focus_org(doc, word, tok)
        if org:
            return fact("org", org, "represents.generic-organisation", 0.7)
    if info.the_country and ctx.home:
        return fact("country", ctx.home, "represents.the-country", 0.8)
    named = _named_before(finder, person, info.possessed)
    if named:
        return fact("country", named[0], named[1], 0.75)
    nearby = _nearby_adjective(finder, person)
    if nearby:
        return fact("country", nearby, "represents.nearby-adjective", 0.6)
    if info.located:
        return fact("country", info.located[0][0], "represents.position-location", 0.55)
    if ctx.home:
        return fact("country", ctx.home, "represents.dateline-default", 0.5)
    return None


def _from_context(finder: OfficialFinder, person: Person):
    """Counterpart, delegation and 'body headed by' constructions around the introduction."""
    doc, lex, w = finder.doc, finder.lex, finder.words
    a = person.intro[0]
    sent_start = doc.sentence_of(a)[0]
    window = range(max(sent_start, a - 6), a)
    # "ونظيره التركي X" / "نظيرته الكندية، وزيرة ... X"
    for k in window:
        if lex.is_trigger("counterpart", w[k]):
            m = doc.mention_at.get(k + 1)
            if m and m.first("country", "adjective"):
                return "country", m.first("country", "adjective").id, "represents.counterpart", 0.85
    # "وفد من جامعة الدول العربية برئاسة X", "الحكومة العراقية برئاسة X", "وترأس الوفد المغربي X"
    for k in reversed(range(max(sent_start, a - 8), a)):
        if lex.is_trigger("not_chair_objects", w[k]):
            for m in doc.mentions_in(k + 1, a):
                for e in m.entries:
                    if e.kind == "org":
                        return "org", e.id, "represents.heads-body", 0.8
                    if e.kind == "country" and e.role in ("name", "adjective"):
                        return "country", e.id, "represents.heads-body", 0.8
            break
    # "X ممثلا عن دولة ..." after the name
    end = person.tokens[1]
    for k in range(end, min(len(w), end + 3)):
        if w[k] in ("ممثلا", "ممثله", "ممثلين") and k + 2 < len(w):
            for m in doc.mentions_in(k + 1, k + 5):
                e = m.first("country") or m.first("org")
                if e:
                    return e.kind, e.id, "represents.representing", 0.8
    return None


def _named_before(finder: OfficialFinder, person: Person, possessed: bool):
    """'ألمانيا ..., إذ أعلن وزير خارجيتها' (the state the pronoun points to) and
    'وفي كلمة المملكة العربية السعودية ... شدد وزير الخارجية' (whose speech it is)."""
    doc, w = finder.doc, finder.words
    a = person.intro[0]
    sent_start = doc.sentence_of(a)[0]
    before = [m for m in doc.mentions_in(sent_start, a) if m.first("country", "name")]
    if possessed and before:
        return before[-1].first("country", "name").id, "represents.possessive"
    for m in before:
        if m.start > 0 and any(f in ("كلمه", "بكلمه", "باسم") for f in stems(w[m.start - 1])):
            return m.first("country", "name").id, "represents.speech-of"
    return None


def _nearby_adjective(finder: OfficialFinder, person: Person) -> str | None:
    """'الاستراتيجية الأمريكية التي أعلنها الرئيس باراك أوباما': a nationality adjective
    shortly before a bare title, not part of someone else's title."""
    doc = finder.doc
    a = person.intro[0]
    sent_start = doc.sentence_of(a)[0]
    others = {i for p in finder.people if p is not person for i in range(p.intro[0], p.intro[1])}
    for m in reversed(doc.mentions_in(max(sent_start, a - 8), a)):
        if m.start not in others:
            e = m.first("country", "adjective")
            if e and not e.ambiguous:
                return e.id
    return None


def focus_org(doc: Doc, generic_word: str, before: int) -> str | None:
    """The organisation a generic noun ('التحالف', 'الحلف') refers back to: the last
    one named before it that the noun can stand for, else the first named after."""
    ids = set(doc.lex.generic_org_words.get(generic_word, []))
    best = None
    for start, oid in _org_mentions(doc):
        if oid in ids:
            if start < before:
                best = oid
            elif best is None:
                return oid
    return best


def _org_mentions(doc: Doc) -> list[tuple[int, str]]:
    cached = getattr(doc, "_orgs", None)
    if cached is None:
        cached = [(m.start, m.first("org").id) for m in doc.mentions if m.first("org")]
        doc._orgs = cached
    return cached


def _ev(doc: Doc, i: int, j: int) -> Evidence:
    s, e = doc.original_span(i, j)
    return Evidence(s, e, doc.tokens[i].sent, "", 0.0)


def find_officials(doc: Doc, ctx: Context) -> tuple[list[Person], OfficialFinder]:
    finder = OfficialFinder(doc, ctx)
    people = finder.run()
    for p in people:
        represent(finder, p, ctx)
    return people, finder
