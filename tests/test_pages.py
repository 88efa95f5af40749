"""A PDF's page furniture: running heads, page numbers and footnotes (kg.pages)."""
from __future__ import annotations

from kg.api import extract_text
from kg.arabic import fold, normalise
from kg.pages import unpage

HEAD = "وزارة الخارجية | النشرة الأسبوعية | العدد 12"
# a bulletin's story runs over a page break: the page's number, its footnotes, the next page's head
BULLETIN = (
    f"{HEAD}\n"
    "الكويت 31 مارس 2015 - افتتح اليوم المؤتمر الدولي الثالث للمانحين¹ لدعم الوضع الإنساني\n"
    "في سوريا برئاسة أمير دولة الكويت الشيخ صباح الأحمد والأمين العام للأمم المتحدة بان\n"
    "_____\n"
    "¹ عقد المؤتمران الأول والثاني في الكويت عامي 2013 و2014.\n"
    "صفحة 2 من 4\n"
    "2\n"
    f"{HEAD}\n"
    "كي مون، بمشاركة 78 دولة.\n"
)
# a headline printed twice and a list numbered on lines of their own: no page break
PLAIN = (
    "وزراء التحالف الدولي يجتمعون في الرياض اليوم\n"
    "وزراء التحالف الدولي يجتمعون في الرياض اليوم\n"
    "1\nاجتمع وزراء التحالف اليوم في الرياض.\n"
)


def test_the_story_reads_across_the_page_break_and_the_notes_follow_it():
    norm = unpage(normalise(BULLETIN)).norm
    story, notes = norm.split("\n\n")
    assert story.count(fold(HEAD)) == 1  # the first head stays
    assert "بان\nكي مون" in story and "صفحه" not in norm
    assert "عقد المءتمران الاول" in notes and "عقد المءتمران" not in story


def test_every_character_keeps_its_original_offset():
    text = unpage(normalise(BULLETIN))
    assert len(text.offsets) == len(text.norm) + 1
    for ch, at in zip(text.norm, text.offsets):
        if ch.strip():
            assert fold(BULLETIN[at]) == ch


def test_no_page_break_leaves_the_text_alone():
    assert unpage(normalise(PLAIN)).norm == normalise(PLAIN).norm


def test_the_chairs_of_a_meeting_told_across_a_page_break():
    x = extract_text(BULLETIN)
    [m] = [m for m in x.meetings if m.primary]
    assert {c.value.id for c in m.chairs if c.value.kind != "person"} == {"KW", "UN"}
    assert m.participant_count.value == 78
