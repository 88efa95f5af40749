"""Hard-wrapped copy (kg/wraps.py): wire copy, bulletins and PDF text cut every line at a
fixed width. The same article wrapped at any width must give the same facts as written a
paragraph per line; before kg/wraps.py the development set wrapped at 60 columns lost most
of its meetings and chairs (0.72, chairs 0.18)."""
from __future__ import annotations

import textwrap

import pytest

from kg.api import extract_text
from kg.arabic import normalise
from kg.lexicon import load
from kg.wraps import soft_breaks

from .conftest import DATA, SHARED
from .test_kinds import facts

SETS = [DATA / "outlets", DATA / "wire", SHARED / "eval" / "dev"]


def wrapped(text: str, width: int) -> str:
    """The text as a wire terminal prints it: each paragraph line cut at ``width`` columns."""
    return "\n".join(textwrap.fill(line, width, break_long_words=False, break_on_hyphens=False)
                     if line.strip() else line for line in text.split("\n"))


def articles():
    for folder in SETS:
        for path in sorted(folder.glob("*.txt")):
            yield pytest.param(path, id=f"{folder.name}/{path.stem}")


# Known: a headline as wide as the wrap, with no blank line under it, reads as the first line
# of the paragraph below; the meeting is the same, its name is taken from the headline.
LABEL_ONLY = {("o08_aggregator_published_in_kuwait_pledges", 64)}


def unlabelled(f: dict) -> dict:
    return {**f, "meetings": [{k: v for k, v in m.items() if k != "label"} for m in f["meetings"]]}


@pytest.mark.parametrize("path", list(articles()))
def test_a_wrapped_article_gives_the_facts_it_gives_unwrapped(path):
    text = path.read_text(encoding="utf-8")
    want = facts(extract_text(text))
    for width in (40, 64, 90):
        got = facts(extract_text(wrapped(text, width)))
        if (path.stem, width) in LABEL_ONLY:
            assert got != want and unlabelled(got) == unlabelled(want), width
        else:
            assert got == want, width


def breaks(text: str) -> list[str]:
    """The words after each newline kg.wraps finds soft."""
    norm = normalise(text).norm
    return [norm[k + 1:].split()[0] for k in sorted(soft_breaks(norm, load()))]


def test_a_paragraph_wrapped_over_lines_is_one_sentence_up_to_its_full_stop():
    text = ("استضافت وزارة الخارجية في الكويت اليوم الاجتماع الوزاري\n"
            "لمجموعة العمل الخاصة بالمقاتلين الإرهابيين الأجانب التابعة\n"
            "للتحالف الدولي، برئاسة مشتركة من الكويت وتركيا وهولندا.\n"
            "وقال الوزير إن الاجتماع ناجح.")
    assert breaks(text) == ["لمجموعه", "للتحالف"]


def test_headlines_menus_and_short_lines_of_a_wrapped_page_keep_their_breaks():
    page = ("الأعرجي يترأس اجتماعا أمنيا مع التحالف الدولي في بغداد\n"
            "الأعرجي يترأس اجتماعا أمنيا مع التحالف الدولي في بغداد\n"
            "منذ يومين\n"
            "ترأس مستشار الأمن القومي قاسم الأعرجي أمس في بغداد اجتماعا\n"
            "مع قادة التحالف الدولي.")
    assert breaks(page) == ["مع"]  # only the paragraph's own line break


def test_a_page_written_a_paragraph_per_line_keeps_every_break():
    headline = "التحالف الدولي يعقد اجتماعه الوزاري في روما بمشاركة واسعة"
    body = "انعقد اليوم في روما الاجتماع الوزاري للتحالف الدولي ضد داعش " * 3
    assert breaks(f"{headline}\n{body.strip()}.") == []


def test_a_line_ending_on_a_preposition_goes_on_below_in_any_text():
    text = "وأعلن الوزير تقديم 10 ملايين دولار " * 3 + "في\nالعراق وسوريا."
    assert breaks(text) == ["العراق"]


def test_a_figure_at_a_lines_end_goes_on_to_its_scale_word_below_in_any_text():
    text = "وقال الوزير إن الأزمة عميقة. " * 3 + "وأعلن الاتحاد الأوروبي وحده عن 350\nمليون يورو.\nوقال المفوض إن الوضع صعب"
    assert breaks(text) == ["مليون"]


def test_a_wrapped_name_reads_on_one_line():
    x = extract_text("روما - 28 يونيو 2021 - انعقد اليوم في روما الاجتماع الوزاري\n"
                     "للتحالف الدولي ضد داعش برئاسة مشتركة\nإيطالية أمريكية.")
    assert [m.label for m in x.meetings] == ["الاجتماع الوزاري للتحالف الدولي ضد داعش"]


def test_a_closing_mark_ends_no_sentence_and_a_sign_off_does_not_hide_the_full_stop():
    text = ("عقد وزراء خارجية التحالف الدولي ضد تنظيم «داعش»\n"
            "اجتماعهم الوزاري في واشنطن أمس برئاسة الولايات\n"
            "المتحدة. (رويترز)")
    assert breaks(text) == ["اجتماعهم", "المتحده."]


def test_a_headline_over_a_short_paragraph_keeps_its_break():
    text = ("الكويت تترأس اجتماع مجموعة عمل المقاتلين الأجانب في التحالف الدولي\n"
            "ترأست دولة الكويت اليوم اجتماع مجموعة عمل المقاتلين الأجانب بمشاركة 70 دولة ومنظمة.")
    assert breaks(text) == []


def test_a_long_line_does_not_stop_a_wrapped_text_being_read_as_wrapped():
    url = "https://www.example.com/ar/news/2023/06/08/" + "coalition-ministerial-meeting-riyadh-" * 3
    text = ("الرياض - 8 يونيو 2023 - عقد وزراء خارجية التحالف الدولي\n"
            "لهزيمة داعش اجتماعهم الوزاري في الرياض اليوم برئاسة\n"
            "مشتركة من المملكة العربية السعودية والولايات المتحدة.\n"
            "وقال الوزير إن الاجتماع ناجح.\n"
            "وعقد الوزراء اجتماعا آخر في وقت لاحق من اليوم ذاته\n"
            "ناقشوا فيه جهود مكافحة تمويل التنظيم في أفريقيا\n"
            "ومنطقة الساحل، بمشاركة ممثلين عن الاتحاد الأفريقي.\n"
            "وأكد المشاركون أهمية التنسيق.\n"
            "وأشار البيان إلى أن الاجتماع المقبل سيعقد في\n"
            "العام المقبل في عاصمة أوروبية لم تحدد بعد، دون\n"
            "أن يذكر تفاصيل إضافية عن موعده.\n" + url)
    assert breaks(text) == ["لهزيمه", "مشتركه", "ناقشوا", "ومنطقه", "العام", "ان"]


def test_a_line_ending_on_a_date_after_a_preposition_keeps_its_break():
    assert breaks("الرئيسية | سياسة | اقتصاد\nنشر في 02/03/2022\nشارك عبر: فيسبوك | تويتر") == []


def test_a_pdfs_lines_of_uneven_width_are_one_paragraph():
    # (a PDF's lines are cut by printed width: their lengths in letters vary more than a terminal's)
    text = ("جدة 18 رجب 1436هـ - بدأت اليوم في محافظة جدة أعمال الاجتماع الثاني لمجموعة عمل\n"
            "مكافحة تمويل تنظيم داعش (CIFG) التي تترأسها المملكة العربية\n"
            "السعودية والولايات المتحدة الأمريكية وجمهورية إيطاليا، وذلك تحت رعاية\n"
            "صاحب السمو الملكي الأمير محمد بن نايف بن عبدالعزيز ولي العهد نائب رئيس مجلس الوزراء وزير\n"
            "الداخلية.")
    assert breaks(text) == ["مكافحه", "السعوديه", "صاحب", "الداخليه."]


def test_a_line_opening_with_a_pictograph_is_an_item_of_its_own():
    text = ("📊 الإجمالي كما أعلنه الرئيس الفرنسي في ختام المؤتمر: أكثر من 2 مليار يورو\n"
            "(منها حوالي 900 مليون يورو من دول الاتحاد الأوروبي مجتمعة)\n"
            "⚠️ قبل المؤتمر كانت التعهدات 190 مليون فقط!")
    assert breaks(text) == []
