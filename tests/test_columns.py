"""Two columns of a PDF page run together line by line (kg.columns)."""
from __future__ import annotations

from kg.api import extract_text
from kg.arabic import fold, normalise
from kg.columns import uncolumn

# a press release's story on the right of each printed line, a fact box beside it
TWO_COLUMNS = (
    "بيان صحفي - الكويت، 31 آذار/مارس 2015\n"
    "افتتح اليوم في قصر بيان المؤتمر الدولي الثالث للمانحين    حقائق وأرقام\n"
    "لدعم الوضع الإنساني في سوريا، برئاسة أمير دولة الكويت    78 دولة مشاركة\n"
    "الشيخ صباح الأحمد والأمين العام للأمم المتحدة بان كي مون.    3.8 مليار دولار\n"
    "وأعلن وزير الخارجية الأمريكي جون كيري أن بلاده ستقدم    مجموع التعهدات\n"
    "507 ملايين دولار إضافية.\n"
)
# a table's wide gaps follow a short cell: it is no second column
TABLE = (
    "التعهدات كما أعلنت في المؤتمر:\n"
    "الكويت         500 مليون دولار\n"
    "الولايات المتحدة    507 ملايين دولار\n"
    "الإمارات       100 مليون دولار\n"
)


def test_the_story_reads_through_and_the_box_follows_it():
    text = uncolumn(normalise(TWO_COLUMNS))
    story, box = text.norm.split("\n\n")
    assert "حقاءق" not in story and "حقاءق وارقام" in box
    assert "برءاسه امير دوله الكويت\nالشيخ صباح الاحمد" in story


def test_every_character_keeps_its_original_offset():
    text = uncolumn(normalise(TWO_COLUMNS))
    assert len(text.offsets) == len(text.norm) + 1
    for ch, at in zip(text.norm, text.offsets):
        if ch.strip():
            assert fold(TWO_COLUMNS[at]) == ch


def test_a_table_is_no_second_column():
    assert uncolumn(normalise(TABLE)).norm == normalise(TABLE).norm


def test_chairs_officials_and_pledges_of_a_two_column_page():
    x = extract_text(TWO_COLUMNS)
    [m] = [m for m in x.meetings if m.primary]
    assert {c.value.id for c in m.chairs if c.value.kind != "person"} == {"KW", "UN"}
    people = {p.name: p.represents.value.id for p in x.people if p.represents}
    assert people.get("جون كيري") == "US"
    assert [(p.donor.value.id, int(p.amount.value)) for p in x.pledges] == [("US", 507_000_000)]
    for fact in [*m.chairs, *x.pledges]:
        ev = fact.ev if hasattr(fact, "ev") else fact.donor.ev
        assert 0 <= ev.start < ev.end <= len(TWO_COLUMNS)
