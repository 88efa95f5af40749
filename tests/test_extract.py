"""Extraction on the seeds (exactly right) and table-driven cases for each extractor."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from kg.api import extract_text
from kg.extract.records import Agent

from .conftest import SHARED


def officials(x):
    return {p.name: (p.represents.value.id if p.represents else None) for p in x.people}


def test_seed_ministerial_meeting():
    text = (SHARED / "seeds" / "seed-2018-ministerial.txt").read_text(encoding="utf-8")
    x = extract_text(text)
    assert x.published.value == dt.date(2018, 2, 13)  # "13 - 2" + "اليوم الثلاثاء"
    m = next(m for m in x.meetings if m.primary)
    assert (m.date.value, m.country.value, m.participant_count.value) == (dt.date(2018, 2, 13), "KW", 75)
    conf = next(c for c in x.meetings if c.key == m.part_of.value)
    assert (conf.date.value, conf.end_date.value) == (dt.date(2018, 2, 12), dt.date(2018, 2, 14))
    assert {c.value for c in conf.chairs} == {Agent("org", "EU"), Agent("country", "IQ"), Agent("country", "KW"),
                                             Agent("org", "UN"), Agent("org", "WB")}
    assert officials(x) == {"صباح الخالد الحمد الصباح": "KW", "ريكس تيلرسون": "US"}
    [p] = x.pledges
    assert (p.donor.value, p.amount.value, p.currency.value) == (Agent("country", "US"), Decimal(200_000_000), "USD")


def test_seed_working_group_chairs():
    text = (SHARED / "seeds" / "seed-2022-ftf-working-group.txt").read_text(encoding="utf-8")
    x = extract_text(text)
    [m] = x.meetings
    assert {c.value.id for c in m.chairs} == {"KW", "TR", "NL"}
    assert officials(x) == {"حمد المشعان": "KW"}
    assert x.people[0].honorific == "الوزير المفوض"


CASES = [
    # (text, expected officials {name: represents}, chairs, participant count)
    ("القاهرة - 4 مايو 2023 - عقد الاجتماع اليوم برئاسة مشتركة من مصر والاتحاد الأوروبي بمشاركة 30 دولة.",
     {}, {"EG", "EU"}, 30),
    ("واشنطن - 6 أكتوبر 2015 - ترأس وزير الخارجية الأمريكي جون كيري اليوم اجتماعا للتحالف الدولي ضد داعش.",
     {"جون كيري": "US"}, {"US"}, None),
    ("روما - 28 يونيو 2021 - انعقد الاجتماع الوزاري اليوم برئاسة مشتركة بين وزير الخارجية الإيطالي لويجي دي مايو ونظيره الأمريكي أنتوني بلينكن.",
     {"لويجي دي مايو": "IT", "أنتوني بلينكن": "US"}, {"IT", "US"}, None),
    ("الرياض - 9 مارس 2020 - عقد الاجتماع اليوم في الرياض، بمشاركة أكثر من 50 دولة.", {}, set(), None),
    ("الكويت - 9 مارس 2020 - عقد الاجتماع اليوم، ويضم التحالف 85 دولة.", {}, set(), None),
    # a state after a region noun ('بحيرة تشاد') before ', الذي تشارك ... في رئاسته' is a place, not a co-chair
    ("برلين - 24 فبراير 2017 - ألقت ألمانيا اليوم بيانا خلال مؤتمر أوسلو الإنساني بشأن نيجيريا ومنطقة بحيرة تشاد، "
     "الذي تشارك ألمانيا في رئاسته مع النرويج ونيجيريا والأمم المتحدة.", {}, {"DE", "NO", "NG", "UN"}, None),
    # 'عقب تسلمه رئاسة الدورة' in a sentence after the meeting's: the official named next took its chair
    ("الرباط - 10 سبتمبر 2024 - انطلقت اليوم أعمال الدورة العادية لمجلس الجامعة على المستوى الوزاري بحضور وزير "
     "الخارجية اليمني شائع الزنداني. وفي كلمته عقب تسلمه رئاسة الدورة، شكر الزنداني الدول الأعضاء على دعمها.",
     {"شائع الزنداني": "YE"}, {"YE"}, None),
    # a chair clause on another working group named in passing ('ومنها مجموعة ... التي تتشارك في رئاستها')
    # is that group's, not the meeting's
    ("أنقرة - 7 مايو 2019 - عقد اليوم اجتماع في إطار مجموعة العمل الخاصة بالمقاتلين الإرهابيين الأجانب، التي "
     "تترأسها هولندا بالاشتراك مع تركيا والكويت. ومن مجموعات التحالف الأخرى مجموعة مكافحة تمويل داعش التي "
     "تتشارك في رئاستها إيطاليا والسعودية والولايات المتحدة.", {}, {"NL", "TR", "KW"}, None),
    # 'بصفتها رئيساً مشاركاً لمجموعة العمل إلى جانب ...': past the body's name to those beside it
    ("أنقرة - 7 مايو 2019 - عقد اليوم اجتماع مجموعة العمل الخاصة بالمقاتلين الإرهابيين الأجانب، وشاركت فيه "
     "هولندا بصفتها رئيساً مشاركاً لمجموعة العمل إلى جانب تركيا والكويت.", {}, {"NL", "TR", "KW"}, None),
    # 'بترؤس مشترك ألماني - إماراتي': the nominal 'ترؤس' as 'رئاسة'
    ("بغداد - 30 مايو 2016 - بحث اجتماع مجموعة العمل الخاصة بدعم الاستقرار، الذي عقد في برلين يوم الجمعة "
     "الماضي بترؤس مشترك ألماني - إماراتي، خطط إعادة الخدمات.", {}, {"DE", "AE"}, None),
    # the presidency of a term to come ('على أن تتقاسم كندا مع المغرب رئاسة المنتدى في الولاية المقبلة') is
    # not the meeting's
    ("نيويورك - 25 سبتمبر 2019 - انطلقت اليوم أشغال الاجتماع الوزاري للمنتدى العالمي لمكافحة الإرهاب تحت "
     "رئاسة كل من المغرب وهولندا. وتنتهي ولاية هولندا هذه السنة، على أن تتقاسم كندا مع المغرب رئاسة المنتدى "
     "في الولاية المقبلة.", {}, {"MA", "NL"}, None),
    # 'الأشغال' (the proceedings, Maghreb usage) is the object chaired and no part of the name after it
    ("مراكش - 12 ماي 2022 - انعقد الاجتماع الوزاري أمس في مراكش، وشاركت في رئاسة الأشغال فيكتوريا نولاند، "
     "مساعدة كاتب الدولة الأمريكي.", {"فيكتوريا نولاند": "US"}, {"US"}, None),
    # a deputy's rank before the office he deputises ('النائب الأول لرئيس مجلس الوزراء'): one office
    ("الكويت - 12 نوفمبر 2025 - عقد الوزراء اليوم اجتماعهم برئاسة النائب الأول لرئيس مجلس الوزراء وزير الداخلية "
     "الشيخ فهد يوسف سعود الصباح.", {"فهد يوسف سعود الصباح": "KW"}, {"KW"}, None),
    # 'الشيخ' and a name, then the office in the capacity he acts in ('بصفته رئيس الدورة الحالية'): an official
    ("الكويت - 12 نوفمبر 2025 - استضافت الكويت اليوم الاجتماع الثاني والأربعين لوزراء الداخلية بدول مجلس التعاون، "
     "الذي ترأسه الشيخ فهد يوسف سعود الصباح بصفته رئيس الدورة الحالية.", {"فهد يوسف سعود الصباح": "KW"}, {"KW"}, None),
    # a second office after the name tells nothing new when the first names his state ('رئيس النيجر X، الرئيس
    # الدوري لمجموعة دول الساحل الخمس': Niger's, chairing for Niger)
    ("نواكشوط 2 يوليو 2018 (وكالة) - ترأس رئيس النيجر محمدو يوسفو، الرئيس الدوري لمجموعة دول الساحل الخمس، اليوم "
     "الاثنين قمة استثنائية لقادة المجموعة.", {"محمدو يوسفو": "NE"}, {"NE"}, None),
    # a chair 'in his capacity as' a body's rotating president chairs for the body, not his state; a session's
    # president ('بصفته رئيس الدورة الحالية للمجلس') for his state, whose turn it is
    ("بروكسل - 23 فبراير 2018 - عقد المؤتمر الدولي حول الساحل اليوم برئاسة الاتحاد الأوروبي ومجموعة دول الساحل "
     "الخمس، وشارك في رئاسة المؤتمر الرئيس النيجري محمدو إيسوفو بصفته الرئيس الدوري للمجموعة.",
     {"محمدو إيسوفو": "NE"}, {"EU", "G5S"}, None),
    ("الرياض - 7 يونيو 2023 - عقد الاجتماع الوزاري المشترك بين دول مجلس التعاون والولايات المتحدة اليوم، الذي ترأسه "
     "وزير خارجية سلطنة عمان بدر بن حمد البوسعيدي بصفته رئيس الدورة الحالية للمجلس الوزاري.",
     {"بدر بن حمد البوسعيدي": "OM"}, {"OM"}, None),
    # co-chairs joined by 'and' after the chairing verb; a verb after the 'and' ends the list
    ("لندن - 3 مايو 2022 - ترأست المملكة المتحدة والعراق اليوم اجتماع مجموعة العمل.", {}, {"GB", "IQ"}, None),
    ("الرياض - 8 يونيو 2023 - ترأس الاجتماع اليوم وزير الخارجية السعودي فيصل بن فرحان، ووزير الخارجية "
     "الأمريكي أنتوني بلينكن.", {"فيصل بن فرحان": "SA", "أنتوني بلينكن": "US"}, {"SA", "US"}, None),
    ("الرياض - 8 يونيو 2023 - ترأس وزير الخارجية السعودي فيصل بن فرحان ونظيره الأمريكي أنتوني بلينكن "
     "اليوم الاجتماع.", {"فيصل بن فرحان": "SA", "أنتوني بلينكن": "US"}, {"SA", "US"}, None),
    ("الرياض - 8 يونيو 2023 - ترأس الاجتماع اليوم وزير الخارجية السعودي فيصل بن فرحان، وشارك فيه وزير "
     "الخارجية الأمريكي أنتوني بلينكن.", {"فيصل بن فرحان": "SA", "أنتوني بلينكن": "US"}, {"SA"}, None),
    # a body before 'الذي يترأس' chairs it; a frame conference's chairs go to the meeting held in it
    ("بروكسل - 15 - 6 (كونا) -- اختتم الاجتماع الوزاري لمؤتمر بروكسل السابع أعماله اليوم الخميس. وأفاد بيان صادر "
     "عن الاتحاد الأوروبي الذي يترأس المؤتمر بأن المشاركين تعهدوا بتقديم منح.", {}, {"EU"}, None),
    # a fact box under 'حقائق عن الاجتماع' (a bare line) says who chaired the meeting before it
    ("لندن - 22 يناير 2015 - بدأ ممثلو 21 دولة اجتماعاً اليوم الخميس في لندن.\n\nحقائق عن الاجتماع\n"
     "• الرئاسة: مشتركة بين بريطانيا والولايات المتحدة.", {}, {"GB", "US"}, 21),
    # a Q&A box: the question who chaired, the answer's first clause on the next line
    ("بروكسل - 3 ديسمبر 2014 - عقد اليوم أول اجتماع وزاري للتحالف الدولي ضد داعش.\n\nس: من ترأسه؟\n"
     "ج: الولايات المتحدة، وحضره ممثلو ستين دولة.", {}, {"US"}, None),
    # two governments by their states' adjectives share the chair
    ("لندن - 11 مايو 2017 - انعقد اليوم في لندن مؤتمر الصومال. وقد شاركت الحكومتان البريطانية والصومالية في رئاسة "
     "المؤتمر، الذي أسفر عن اعتماد ميثاق أمني.", {}, {"GB", "SO"}, None),
    # (guard: 'التي ترأست الدورة التاسعة والثلاثين' is a former chair)
    ("تونس - 1 مارس 2023 - انطلقت اليوم أعمال الدورة الأربعين لمجلس وزراء الداخلية العرب. وتسلمت دولة فلسطين "
     "الرئاسة الدورية للمجلس من سلطنة عمان التي ترأست الدورة التاسعة والثلاثين.", {}, {"PS"}, None),
    # 'بحضور وفد مصري يقوده السفير ...': leading a delegation is not chairing the group
    ("برلين - 18 مارس 2015 - احتضنت العاصمة الألمانية اليوم أول اجتماع لمجموعة العمل المعنية بتحقيق الاستقرار "
     "التابعة للتحالف الدولي، بحضور وفد مصري يقوده السفير عبد الرحمن صلاح. وتتقاسم ألمانيا رئاسة المجموعة مع "
     "الإمارات.", {"عبد الرحمن صلاح": "EG"}, {"DE", "AE"}, None),
    # a relative clause on the group with no commas, then 'كل من' and its chairs
    ("الكويت - 24 أكتوبر 2016 - افتتح اليوم الاجتماع السادس لمجموعة العمل الخاصة بمكافحة تمويل داعش. وتتولى "
     "رئاسة المجموعة التي أنشئت مطلع العام الماضي كل من السعودية والولايات المتحدة وإيطاليا.", {},
     {"SA", "US", "IT"}, None),
    # a bare 'international meeting' reported, then named by what was said on its sidelines: its group's chairs
    ("الكويت (أ ف ب) - أقرت الكويت الاثنين 24 أكتوبر 2016 بأن عليها بذل المزيد، وذلك خلال اجتماع دولي تستضيفه. "
     "وقال مسؤول للصحافيين على هامش اجتماع \"مجموعة مكافحة تمويل تنظيم الدولة الإسلامية\" إن العمل مستمر. "
     "وتتولى رئاستها الولايات المتحدة وإيطاليا والسعودية.", {}, {"US", "IT", "SA"}, None),
    # a co-chairs label, the group after it and a colon before the list ('الرؤساء المشاركون للمجموعة: ...')
    ("روما - 27 أكتوبر 2022 - بناء على دعوة من جمهورية النيجر، اجتمع في نيامي أمس اجتماع مجموعة التركيز الخاصة "
     "بأفريقيا التابعة للتحالف الدولي، وحضره الرؤساء المشاركون للمجموعة: إيطاليا والمغرب والنيجر والولايات المتحدة.",
     {}, {"IT", "MA", "NE", "US"}, None),
    # 'تسلمت من لبنان ... رئاسة الدورة': the one it came from is the giver, the subject before the verb chairs
    ("القاهرة - 6 سبتمبر 2022 - افتتحت اليوم أعمال الدورة العادية الـ158 لمجلس جامعة الدول العربية على المستوى "
     "الوزاري. وكانت ليبيا قد تسلمت من لبنان، لمدة ستة أشهر، رئاسة الدورة الحالية لمجلس الجامعة.", {}, {"LY"}, None),
    # a GCTF working group's meeting: its standing co-chairs, the subject before 'تتولى' among them; the forum it
    # belongs to, named before a chair clause, is no other group
    ("القاهرة في 16 يناير 2017 /أ ش أ/ بدأت اليوم أعمال اجتماع مجموعة عمل العدالة الجنائية وسيادة القانون "
     "المنبثقة عن المنتدى العالمي لمكافحة الإرهاب. وأوضح المتحدث أن مصر تتولى بالاشتراك مع الولايات المتحدة "
     "الأمريكية رئاسة مجموعة العدالة الجنائية منذ إنشاء المنتدى.", {}, {"EG", "US"}, None),
    ("عمان - 10 أبريل 2016 - عقد في عمان اليوم اجتماع مجموعة عمل بناء القدرات في غرب أفريقيا التابعة للمنتدى "
     "العالمي لمكافحة الإرهاب، الذي ترأسه مناصفة الأردن وكندا.", {}, {"JO", "CA"}, None),
    # a videoconference ('مؤتمرا بالفيديو') is a meeting, sat nowhere; 'بصورة مشتركة مع' joins the co-chair
    ("نواكشوط، 28/04/2020 (وما) - ترأس رئيس الجمهورية، السيد محمد ولد الشيخ الغزواني، بصورة مشتركة مع رئيس "
     "المجلس الأوروبي، السيد شارل ميشيل، مؤتمرا بالفيديو جمع اليوم قادة مجموعة دول الساحل الخمس بقادة الاتحاد "
     "الأوروبي.", {"محمد ولد الشيخ الغزواني": "MR", "شارل ميشيل": "EU"}, {"MR", "EU"}, None),
    # 'شارك X اليوم Y في رئاسة': the sharing verb's object shares the chair with its subject
    ("الرباط - 11 مايو 2022 - شارك وزير الخارجية الأمريكي أنتوني بلينكن اليوم وزير الخارجية المغربي ناصر بوريطة "
     "في رئاسة الاجتماع الوزاري للتحالف الدولي ضد داعش.", {"أنتوني بلينكن": "US", "ناصر بوريطة": "MA"},
     {"US", "MA"}, None),
    # two long offices between the sharing verb and 'في رئاسة' (more than fifteen words)
    ("الرباط - 11 مايو 2022 - نيابة عن الوزير، شاركت وكيلة وزارة الخارجية الأمريكية للشؤون السياسية فيكتوريا نولاند "
     "وزير الشؤون الخارجية والتعاون الإفريقي والمغاربة المقيمين بالخارج ناصر بوريطة في رئاسة اجتماع وزراء "
     "التحالف الدولي.", {"فيكتوريا نولاند": "US", "ناصر بوريطة": "MA"}, {"US", "MA"}, None),
]


@pytest.mark.parametrize("text,people,chairs,count", CASES)
def test_extraction_cases(text, people, chairs, count):
    x = extract_text(text)
    assert officials(x) == people
    [m] = x.meetings
    assert {c.value.id for c in m.chairs if c.value.kind != "person"} == chairs
    assert (m.participant_count.value if m.participant_count else None) == count


def test_hosting_is_not_chairing():
    x = extract_text("الكويت - 9 مارس 2020 - بدأ اليوم الاجتماع الذي تستضيفه دولة الكويت بمشاركة 20 دولة.")
    [m] = x.meetings
    assert m.chairs == [] and m.country.value == "KW"


def test_heading_a_delegation_is_not_chairing():
    x = extract_text("باريس - 15 سبتمبر 2014 - افتتح المؤتمر الدولي اليوم في باريس. وترأس وفد السعودية "
                     "وزير الخارجية الأمير سعود الفيصل.")
    [m] = x.meetings
    assert m.chairs == []
    assert officials(x) == {"سعود الفيصل": "SA"}


def test_total_is_not_a_pledge():
    x = extract_text("الكويت - 14 فبراير 2018 - اختتم المؤتمر اليوم بتعهدات بلغت حصيلتها نحو 30 مليار دولار، "
                     "وتعهدت ألمانيا بتقديم 500 مليون يورو.")
    assert [(p.donor.value.id, int(p.amount.value), p.currency.value) for p in x.pledges] == [
        ("DE", 500_000_000, "EUR")]


def test_byline_reporter_is_not_an_official():
    x = extract_text("واشنطن - مازن العبدالله\nالخميس 23 مارس 2017\n\nاستضافت واشنطن أمس الأربعاء الاجتماع "
                     "الوزاري للتحالف الدولي ضد داعش.")
    assert x.people == []
    assert x.published.value == dt.date(2017, 3, 23)
    assert x.meetings[0].date.value == dt.date(2017, 3, 22)


def test_negative_article_has_no_meeting_or_pledge():
    x = extract_text("باريس - 30 يونيو 2022 - أصدرت المحكمة حكما بالسجن على المتهم في قضية اعتداءات 13 "
                     "نوفمبر 2015 التي أسفرت عن مقتل 130 شخصا.")
    assert x.meetings == [] and x.pledges == []


def test_every_fact_has_evidence_inside_the_text():
    text = (SHARED / "seeds" / "seed-2018-ministerial.txt").read_text(encoding="utf-8")
    x = extract_text(text)
    facts = [p.name_ev for p in x.people] + [m.date.ev for m in x.meetings] + [p.amount.ev for p in x.pledges]
    for ev in facts:
        assert 0 <= ev.start < ev.end <= len(text)
        assert ev.rule and 0 < ev.confidence <= 1
    amount = x.pledges[0].amount.ev
    assert text[amount.start:amount.end] == "200 مليون دولار امريكي"


OFFICIALS = [
    # (sentence, {name: represents})
    ("وقال الممثل الأعلى للسياسة الخارجية في الاتحاد الأوروبي، جوزيب بوريل، في كلمته إن الوضع خطير.",
     {"جوزيب بوريل": "EU"}),
    ("فيما حذر ستيفن أوبراين وكيل الأمين العام للأمم المتحدة للشؤون الإنسانية من المجاعة.",
     {"ستيفن أوبراين": "UN"}),
    ("ومن جهته، دعا وزير الخارجية العراقي محمد علي الحكيم في كلمته إلى الدعم.", {"محمد علي الحكيم": "IQ"}),
    ("وقال المتحدث الأمني لوزارة الداخلية، اللواء منصور التركي، إن الخلية فككت.", {"منصور التركي": "SA"}),
    ("وحضر سفيرة الولايات المتحدة لدى العراق ألينا رومانوسكي الاجتماع.", {"ألينا رومانوسكي": "US"}),
    ("وكانت ألمانيا أكبر المانحين، إذ أعلن وزير خارجيتها، هايكو ماس، أن بلاده ستقدم المزيد.", {"هايكو ماس": "DE"}),
    # (the state he represented, not the Riyadh dateline's: this row read SA before 'مثّل' was read)
    ("ومثل المغرب سفير صاحب الجلالة لدى الاتحاد الأوروبي، أحمد رضا الشامي، الذي أكد الالتزام.",
     {"أحمد رضا الشامي": "MA"}),
    # a body that took part by a delegation headed by him (not the Riyadh dateline's state)
    ("وشاركت جامعة الدول العربية في الاجتماع بوفد ترأسه السفير حسام زكي، الذي أكد أهمية التنسيق.",
     {"حسام زكي": "AL"}),
    # a bare Secretary-General: of the body with one the text names ('الأمم المتحدة' after him)
    ("وقال الأمين العام أنطونيو غوتيريش إن الأمم المتحدة ستواصل دعمها.", {"أنطونيو غوتيريش": "UN"}),
    ("وقال الأمين العام للمنظمة الدولية بان كي مون إن الأمم المتحدة تحتاج إلى تمويل عاجل.", {"بان كي مون": "UN"}),
    # (guard: the body his office names comes first)
    ("وقال الأمين العام لمجلس التعاون جاسم البديوي إن الأمم المتحدة شريك أساسي.", {"جاسم البديوي": "GCC"}),
    # a father's name inside his son's is another man ('سلمان بن عبدالعزيز' in 'محمد بن سلمان بن عبدالعزيز')
    ("وبعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود، وولي العهد الأمير محمد بن سلمان بن عبدالعزيز آل سعود، "
     "تحياتهما إلى المشاركين.", {"سلمان بن عبدالعزيز آل سعود": "SA", "محمد بن سلمان بن عبدالعزيز آل سعود": "SA"}),
    # a surname after an office with its adjective ('ونظيره الأمريكي بلينكن') tells whom the man named before acts for
    ("وشارك وزير الخارجية أنتوني بلينكن في الاجتماع، وكان الاجتماع السابق برئاسة وزير الخارجية الإيطالي "
     "لويجي دي مايو ونظيره الأمريكي بلينكن.", {"أنتوني بلينكن": "US", "لويجي دي مايو": "IT"}),
    # (guard: an office after the surname is the next man's: 'التقى الوزير الشيباني المبعوث الأمريكي')
    # (he keeps the Riyadh dateline's guess, not the envoy's state)
    ("وشارك وزير الخارجية أسعد حسن الشيباني في الاجتماع. والتقى الوزير الشيباني المبعوث الأمريكي توم باراك.",
     {"أسعد حسن الشيباني": "SA", "توم باراك": "US"}),
    # 'علي' opens a name in a text that never writes the preposition 'على'; (guard) not before a noun in ة
    ("وقال نائب الرئيس اليمني علي محسن صالح إن الاجتماع مهم.", {"علي محسن صالح": "YE"}),
    ("وحث رئيس الوزراء علي مواصلة الجهود المشتركة.", {}),
    # 'برئاسة' with a name and then his office: the office introduces him (not the Riyadh dateline's state)
    ("وعقد المؤتمر برئاسة جون كيري وزير الخارجية الأمريكي آنذاك، بمشاركة عشرات الدول.", {"جون كيري": "US"}),
    # the ambassador of a monarch whose title is one kingdom's: that kingdom's, not where he is posted
    ("وأوضح سفير خادم الحرمين الشريفين لدى فرنسا خالد العنقري أن الدعم مستمر.", {"خالد العنقري": "SA"}),
    # 'وما قاله' (and what he said) after an office is no name
    ("وختمنا بتقرير عن لقائه الرئيس الأمريكي، وما قاله عن حاجة الموصل إلى الدعم.", {}),
    # a name written with madda ('آن') is no 'أن'
    ("وقالت وزيرة الخارجية السويدية آن ليندي إن بلادها ستواصل دعم اليمن.", {"آن ليندي": "SE"}),
    # a headline's present verb after the office is no name ('يفتتح قمة دول جوار' was an official;
    # the lone family name before it is not read either)
    ("الرئيس المصري السيسي يفتتح قمة دول جوار السودان في القاهرة.", {}),
    # an office said once, then each item a nationality adjective and a name
    ("وحضر القمة الرئيس النيجيري غودلاك جوناثان، والأوغندي يويري موسيفيني، والتنزاني جاكايا كيكويتي.",
     {"غودلاك جوناثان": "NG", "يويري موسيفيني": "UG", "جاكايا كيكويتي": "TZ"}),
    # an aside set off by commas after an office that opens with a preposition is no name
    ("وأكد رئيس الجمهورية، في خطابه الافتتاحي، أن الشعور بالظلم يسهل تسلل الإرهابيين.", {}),
    # the month a presidency runs ('لشهر سبتمبر') is no name
    ("وترأس الاجتماع الرئيس إدريس ديبي إتنو، رئيس جمهورية تشاد، بصفته رئيساً للمجلس لشهر سبتمبر 2014.",
     {"إدريس ديبي إتنو": "TD"}),
    # 'عما' (about what) after a bare office is no name
    ("وسئل الوزير عما إذا كانت الكويت ستستضيف مؤتمرا ثالثا.", {}),
    # offices only the UN has
    ("وقال المفوض السامي لشؤون اللاجئين فيليبو غراندي إن الاحتياجات تتزايد.", {"فيليبو غراندي": "UN"}),
    # (guard) the body the office names comes before the one its title implies
    ("وقال المفوض السامي للاتحاد الأوروبي للشؤون الخارجية جوزيب بوريل إن الدعم مستمر.", {"جوزيب بوريل": "EU"}),
    # a High Representative naming no body: of the EU (or UN) the text names before
    ("وتعهد الاتحاد الأوروبي بمليار يورو، في الاجتماع الذي ترأسه الممثل الأعلى للسياسة الخارجية والأمنية جوزيب بوريل.",
     {"جوزيب بوريل": "EU"}),
    ("وقال منسق الإغاثة في حالات الطوارئ مارك لوكوك إن الاحتياجات تتزايد.", {"مارك لوكوك": "UN"}),
    ("وقالت وكيلة الأمين العام للشؤون الإنسانية فاليري آموس إن الوضع خطير.", {"فاليري آموس": "UN"}),
    ("وتعمل المجموعة على مساعدة الدول الأعضاء في التحالف على تنفيذ الالتزامات الواردة في القرار.", {}),
    ("وستواصل المملكة مع شركائها الجهود المنسقة لاقتلاع آفة الإرهاب من جذورها.", {}),
    ("وشارك الرئيس الأمريكي دونالد ترامب في الاجتماع.", {"دونالد ترامب": "US"}),
    # a Maghrebi junior minister (the name is made up)
    ("وشارك كاتب الدولة لدى وزير الشؤون الخارجية المغربي محمد العلوي في الاجتماع.", {"محمد العلوي": "MA"}),
    # where a name ends: not at an object and its complement, not at "for the ...", not before "بال..."
    ("ووجه الرئيس المصري عبد الفتاح السيسي الشكر للقيادة العامة للقوات المسلحة.", {"عبد الفتاح السيسي": "EG"}),
    ("ووجه الرئيس المصري عبد الفتاح السيسى للقيادة العامة الشكر.", {"عبد الفتاح السيسى": "EG"}),
    ("وقدم وزير الخارجية المصري سامح شكري لنظرائه العرب شرحا للموقف.", {"سامح شكري": "EG"}),
    ("وحضر سفير إيطاليا لدى المملكة كارلو بالدوتشي الاجتماع.", {"كارلو بالدوتشي": "IT"}),
    # 'كلمتين' (two speeches) ends a name
    ("وألقت المستشارة السويسرية سيمونيتا سوماروغا ووزيرة خارجية السويد مارغوت فالستروم كلمتين في الافتتاح.",
     {"سيمونيتا سوماروغا": "CH", "مارغوت فالستروم": "SE"}),
    # a verb of absence ends a name
    ("وزير الخارجية الأمريكي أنتوني بلينكن غاب عن الاجتماع، ونظيره الفرنسي جان إيف لودريان اعتذر عن الحضور.",
     {"أنتوني بلينكن": "US", "جان إيف لودريان": "FR"}),
    # a state after 'إلى' ends the office, never a given name; 'سلسلة تغريدات' ends the name
    ("ونشر المبعوث الأمريكي الخاص إلى السودان توم بيرييلو سلسلة تغريدات على منصة إكس.", {"توم بيرييلو": "US"}),
    # thanks and address in a speech are no name
    ("وقال وزير الخارجية المغربي ناصر بوريطة في افتتاح الاجتماع:\n\"شكرا لك أيها الوزير، شكرا عزيزي سامح، وشكرا لكم "
     "جميعا على حضوركم اليوم.\"", {"ناصر بوريطة": "MA"}),
    # after a name and its office, 'ومعالي' before another office with a name after it opens the next official
    ("وترأس صاحب السمو الأمير فيصل بن فرحان بن عبدالله وزير الخارجية ومعالي وزير الخارجية الأمريكي أنتوني بلينكن "
     "الاجتماع.", {"فيصل بن فرحان بن عبدالله": "SA", "أنتوني بلينكن": "US"}),
    # a headline's '..' joins the pledge and the 'أعلنها' that introduces who announced it
    ("الإمارات تخصص 500 مليون دولار لإعادة إعمار العراق.. أعلنها وزير الدولة للشؤون الخارجية أنور قرقاش في كلمته",
     {"أنور قرقاش": "AE"}),
    # an honorific only an office holder bears ('سمو', 'معالي', 'فخامة') before a name of two words or more:
    # an official, with no office named
    ("وأعلن سمو الشيخ تميم بن حمد آل ثاني في كلمته أن دولة قطر ستقدم 50 مليون دولار.", {"تميم بن حمد آل ثاني": "QA"}),
    # a word written with a tanween ending is a common word, never a name ('بياناً')
    ("وأصدر الرئيسان المشاركان للاجتماع بياناً باسم وزراء خارجية التحالف.", {}),
    # an English title in Arabic letters ('الأندر سكرتير': Under-Secretary)
    ("وشارك في أعمال الفعالية \"الأندر سكرتير\" للشؤون الإنسانية في الأمم المتحدة مارك لوكوك.", {"مارك لوكوك": "UN"}),
    # a meeting's proceedings, what is done to talks, the parties to a war: no names after an office
    ("واختتم المؤتمر الذي عقد برئاسة الأمين العام للأمم المتحدة أعماله بتعهدات كبيرة، بعد أن أعلن المبعوث الأممي إلى "
     "سوريا تعليق المحادثات، ودعا الرئيس الفرنسي طرفي النزاع إلى وقف القتال.", {}),
    # no name runs across a quotation mark ('على "الخلافة"')
    ("وجاء الاجتماع بعد ثلاث سنوات من مساعدة التحالف لمقاتلين سوريين في القضاء على \"الخلافة\" التي أعلنها التنظيم.", {}),
    # 'أميرها' (its emir): the office of the state named before
    ("ويعقد المؤتمر الذي تستضيفه الكويت برعاية أميرها الشيخ صباح الأحمد الجابر الصباح.",
     {"صباح الأحمد الجابر الصباح": "KW"}),
    # a commissioner naming no body, in a text that names the European Commission: the EU's (not the
    # dateline's); 'التعهد' after the name is no part of it
    ("وقالت المفوضية الأوروبية في بيان إن مفوض إدارة الأزمات يانيز لينارتشيتش أعلن التعهد في كلمته.",
     {"يانيز لينارتشيتش": "EU"}),
    # 'علي' (Ali, with yā') opens a name in a text that writes the preposition 'على' apart
    ("واشتكى وزير الخارجية السوداني علي يوسف في رسالة من عدم دعوة بلاده، وأكد على موقفها.",
     {"علي يوسف": "SD"}),
    # a name after 'كانت' (was), its office after it
    ("وكانت ليز غراندي منسقة الشؤون الإنسانية للأمم المتحدة في اليمن قد حذرت من تخفيضات كارثية.",
     {"ليز غراندي": "UN"}),
    # a pair of nationality adjectives before a bare office qualifies a joint thing, not him (the
    # dateline's state, Saudi Arabia here, is the fallback)
    ("وتتوالى التعهدات في المؤتمر المنعقد تحت الرئاسة المشتركة المصرية النرويجية بعد افتتاح الرئيس "
     "عبد الفتاح السيسي أعماله.", {"عبد الفتاح السيسي": "SA"}),
    # a name before its office, then 'و' and the next one: the name after 'و' is not his
    # 'الأطراف' (the parties) after a name is no part of it; 'مبعوثه' is the envoy of the body before
    ("وحث الأمين العام للأمم المتحدة أنطونيو غوتيريش الأطراف على التعامل مع مبعوثه الخاص إلى اليمن مارتن غريفيث.",
     {"أنطونيو غوتيريش": "UN", "مارتن غريفيث": "UN"}),
    # an office naming a state, set off right before his own office: that state's (not the dateline's)
    ("وقال ممثل الولايات المتحدة، مساعد وزير الخارجية لشؤون الشرق الأدنى ديفيد شينكر، إن بلاده لن تعلن تبرعات.",
     {"ديفيد شينكر": "US"}),
    # (the next one, a name with 'و' glued to it, is not found yet)
    ("وشارك في القمة محمد المنفي رئيس المجلس الرئاسي الليبي وعبد الفتاح السيسي رئيس مصر.",
     {"محمد المنفي": "LY"}),
    # a given name with the article inside a name is followed by the family name ('محمد الطاهر سيالة')
    ("من جانبه، أكد وزير الخارجية الليبي محمد الطاهر سيالة عزم بلاده على دعم العمل المغاربي.",
     {"محمد الطاهر سيالة": "LY"}),
    # a body's permanent secretary, named after his office between commas
    ("وتلا الأمين الدائم لمجموعة دول الساحل الخمس، مامان صامبو سيديكو، البيان الختامي.",
     {"مامان صامبو سيديكو": "G5S"}),
    # a cleric's rank before his name is an honorific, no name of its own
    ("وكان قائد الثورة الإسلامية في إيران آية الله السيد علي خامنئي قد كشف أن واشنطن طلبت التعاون.",
     {"علي خامنئي": "IR"}),
    # a bare weekday word is a name ('خميس'); only 'الخميس' is the day
    ("وأكد وزير الخارجية التونسي خميس الجهيناوي، في افتتاح الأشغال الخميس، أن الخيار المغاربي استراتيجي.",
     {"خميس الجهيناوي": "TN"}),
    # a first office that says where it sits ('بمملكة البحرين') keeps the next man's office off him
    ("وترأس الدورة وزير العدل بمملكة البحرين الشيخ خالد بن علي آل خليفة، سفير الأردن في القاهرة أمجد العضايلة.",
     {"خالد بن علي آل خليفة": "BH", "أمجد العضايلة": "JO"}),
    # 'ظهر' (noon) is a name word when a name word follows it
    ("وحضر الاجتماع سفير جيبوتي لدى مصر محمد ظهر حرسي.", {"محمد ظهر حرسي": "DJ"}),
    # a state 'represented by' ('ممثلة في', 'ممثلة ب') the official named after his office
    ("وشاركت مملكة البحرين ممثلة بوزير الخارجية عبد اللطيف الزياني في الاجتماع.", {"عبد اللطيف الزياني": "BH"}),
    ("وعقد الاجتماع برئاسة دولة الكويت ممثلة في وزير الخارجية الشيخ أحمد ناصر المحمد الصباح.",
     {"أحمد ناصر المحمد الصباح": "KW"}),
    # a given name written with madda ('آبي', folded like the connector 'أبي'), and 'علي' spelt as the name
    # before an office
    ("وحضر المؤتمر دولة الدكتور آبي أحمد علي رئيس وزراء إثيوبيا، وفخامة الدكتور ويليام روتو رئيس جمهورية "
     "كينيا، على أن يتحدث لاحقا.", {"آبي أحمد علي": "ET", "ويليام روتو": "KE"}),
    ("فيما تعهد رئيس الوزراء الإثيوبي آبي أحمد في كلمته بـ15 مليون دولار.", {"آبي أحمد": "ET"}),
    # a state by its formal noun after 'برئاسة' ('الجمهورية التركية') is no official
    ("انطلقت اليوم أعمال الدورة الحادية والخمسين لمجلس وزراء خارجية منظمة التعاون الإسلامي، وذلك برئاسة الجمهورية "
     "التركية، التي تسلمت رئاسة المجلس من جمهورية الكاميرون.", {}),
    # a nisba family name right before an office ('السوداني رئيس وزراء العراق')
    ("وحضر المؤتمر دولة الدكتور محمد شياع السوداني رئيس وزراء العراق.", {"محمد شياع السوداني": "IQ"}),
]


def test_office_glued_to_a_preposition_is_written_without_it():
    x = extract_text("الرياض - 8 يونيو 2023 - وشاركت مملكة البحرين ممثلة بوزير الخارجية عبد اللطيف الزياني في الاجتماع.")
    assert [p.position.value for p in x.people] == ["وزير الخارجية"]


@pytest.mark.parametrize("sentence,expected", OFFICIALS)
def test_officials(sentence, expected):
    x = extract_text("الرياض - 8 يونيو 2023 - " + sentence)
    assert officials(x) == expected


PLEDGES = [
    # the host in a relative clause ('الذي استضافه الاتحاد الأوروبي') gives nothing
    ("أعلنت المملكة المتحدة اليوم، خلال مؤتمر بروكسل التاسع الذي استضافه الاتحاد الأوروبي، تعهدا بتقديم ما يصل إلى "
     "160 مليون جنيه إسترليني.", [("GB", 160_000_000, "GBP")]),
    # 'أكبر المانحين بتعهد' (the largest of the donors): one giver's pledge, not the donors' total
    ("وكانت المملكة العربية السعودية أكبر المانحين بتعهد قيمته 430 مليون دولار.", [("SA", 430_000_000, "USD")]),
    # a second amount after ', و' is the same giver's, past the place the first one goes to ('في تركيا')
    ("وأعلنت ألمانيا أنها ستقدم مليار يورو لإعادة الإعمار في تركيا، و108 ملايين يورو للمساعدات الإنسانية.",
     [("DE", 1_000_000_000, "EUR"), ("DE", 108_000_000, "EUR")]),
    # 'في وقت سابق من اليوم' (earlier today) is the meeting's day, not a pledge of the past
    ("وتعهدت ألمانيا في وقت سابق من اليوم بـ244 مليون يورو، بينما قدمت الولايات المتحدة تعهدا بـ147 مليون دولار.",
     [("DE", 244_000_000, "EUR"), ("US", 147_000_000, "USD")]),
    # a purpose inside the meeting's name ('لدعم مستقبل سوريا') ends at the 'أن' opening what was announced
    ("وأعلن الوزير خلال مؤتمر بروكسل الخامس لدعم مستقبل سوريا والمنطقة، الذي يعقد عبر الإنترنت، أن ألمانيا ستقدم "
     "1.7 مليار يورو لمساعدة السوريين.", [("DE", 1_700_000_000, "EUR")]),
    # the state after 'إنه سيقرض' (its subject said before) is whom the loan is for, not the lender
    ("وأعلن الاتحاد الأوروبي حزمة تصل إلى 150 مليون يورو، فيما قال البنك الدولي إنه سيقرض لبنان أربعة مليارات دولار.",
     [("EU", 150_000_000, "EUR"), ("WB", 4_000_000_000, "USD")]),
    # a like sum whose giver is named after it: that giver's, not the last one read
    ("وأعلنت الإمارات تقديم 500 مليون دولار، وكانت الكويت قد أعلنت تقديم 250 مليون دولار، فيما أعلنت السعودية "
     "تقديم مبلغ مماثل للمبلغ الإماراتي.",
     [("AE", 500_000_000, "USD"), ("KW", 250_000_000, "USD"), ("SA", 500_000_000, "USD")]),
    ("وأعلن وزير الخارجية الأمريكي أن واشنطن ستقدم أكثر من 436 مليون دولار مساعدات إضافية.",
     [("US", 436_000_000, "USD")]),
    ("تعهد المانحون بتقديم 5.5 مليار دولار لدعم السوريين داخل سوريا، إضافة إلى 2.2 مليار دولار للعام المقبل.", []),
    ("وأعلنت الممثلة السامية للاتحاد الأوروبي عن مضاعفة مساهمة الاتحاد لترتفع من خمسين مليون يورو إلى مائة مليون يورو.",
     [("EU", 100_000_000, "EUR")]),
    # a state's regime or administration by its adjective ('النظام السعودي', hostile copy), and two by theirs, each
    ("وقال المصدر إن النظام السعودي الذي أعلن في جنيف التبرع بـ150 مليون دولار هو ذاته الذي يغلق الموانئ.",
     [("SA", 150_000_000, "USD")]),
    ("وأشاروا إلى أن النظامين السعودي والإماراتي أعلنا في المؤتمر تقديم 500 مليون دولار لكل منهما.",
     [("AE", 500_000_000, "USD"), ("SA", 500_000_000, "USD")]),
    # 'بلاده' after a bare honorific that is an office ('وأعلن الأمير'): the state of the emir named before
    ("وافتتح أمير الكويت الشيخ صباح الأحمد الجابر الصباح المؤتمر الذي دعا إليه الأمين العام للأمم المتحدة بان كي "
     "مون. وأعلن الأمير في كلمته تبرع بلاده بـ300 مليون دولار.", [("KW", 300_000_000, "USD")]),
    # the organisers after 'بتنظيم مشترك بين' are no givers: the minister's state gives
    ("وأعلنت وزيرة الخارجية الألمانية أنالينا بيربوك، خلال المؤتمر الذي عقد في باريس اليوم بتنظيم مشترك بين فرنسا "
     "وألمانيا والاتحاد الأوروبي، تقديم 244 مليون يورو إضافية.", [("DE", 244_000_000, "EUR")]),
    # 'سموه' in the amount's clause points back to the emir, not to the one named last ('بحضور الأمين العام')
    ("وافتتح أمير الكويت الشيخ صباح الأحمد الجابر الصباح المؤتمر بحضور الأمين العام للأمم المتحدة بان كي مون، "
     "وأعلن سموه تقديم خمسمئة مليون دولار من الحكومة والقطاع الأهلي.", [("KW", 500_000_000, "USD")]),
    # (guard: the giver named before the amount, not the state the announcer after 'أعلنتها' is guessed to act for)
    ("وتوزعت أبرز التعهدات: الاتحاد الأوروبي 350 مليون يورو، وألمانيا 244 مليون يورو أعلنتها وزيرة الخارجية "
     "أنالينا بيربوك.", [("EU", 350_000_000, "EUR"), ("DE", 244_000_000, "EUR")]),
    ("وتعهدت ألمانيا بتقديم 500 مليون يورو، والاتحاد الأوروبي بـ400 مليون يورو.",
     [("DE", 500_000_000, "EUR"), ("EU", 400_000_000, "EUR")]),
    ("وكانت وزارة الخارجية قد قدمت للصندوق أكثر من 130 مليون دولار منذ إنشائه عام 2015.", []),
    # a verb of giving before the amount and 'منذ' later in its clause: given since, no pledge
    ("وأوضح أن المملكة قدمت أكثر من 6.7 مليار دولار في شكل دعم إنساني للشعب السوري منذ بدء الأزمة.", []),
    ("مؤتمر بروكسل يجمع 7.7 مليار دولار للسوريين.", []),
    # 'من كل من' after the amount: each state listed gives it
    ("وقال إن ذلك يأتي إلى جانب 12.5 مليار دولار من المساعدات أعلنتها دول الخليج في اليوم الأول للمؤتمر، بواقع 4 مليارات دولار "
     "من كل من السعودية والكويت والإمارات.",
     [("SA", 4_000_000_000, "USD"), ("KW", 4_000_000_000, "USD"), ("AE", 4_000_000_000, "USD")]),
    # the krone as some wire copy spells it ('كورونة'; never 'كورونا', the virus)
    ("وكانت النرويج قد أعلنت أنها ستقدم 1,6 مليار كورونة (192 مليون دولار) على ثلاث سنوات.",
     [("NO", 1_600_000_000, "NOK")]),
    # the rest of a pledge broken down ('والباقي (500 مليون دولار)') is part of it
    ("وأعلن الوزير أن المملكة رصدت 1.5 مليار دولار للعراق: الشطر الأكبر، وهو مليار دولار، لمشاريع الإعمار "
     "وينفذ من خلال الصندوق السعودي للتنمية، والباقي (500 مليون دولار) مخصص لتمويل الصادرات.",
     [("SA", 1_500_000_000, "USD")]),
    # a package of aid ('حزمة') is pledged money
    ("وكشف وزير الدولة للشؤون الخارجية الإماراتي أنور قرقاش عن حزمة جديدة قيمتها 500 مليون دولار.",
     [("AE", 500_000_000, "USD")]),
    # 'وقدمت ... في السنوات الأخيرة' (given in recent years) is history, as 'منذ' makes it
    ("وتعهدت الولايات المتحدة بتقديم 600 مليون دولار. وقدمت الولايات المتحدة نحو 800 مليون دولار سنويا من "
     "المساعدات في السنوات الأخيرة.", [("US", 600_000_000, "USD")]),
    # 'أعلنتها مطلع الأسبوع' right after an amount: announced before, elsewhere
    ("وأعلنت بريطانيا تقديم 20 مليون جنيه إسترليني لبرنامج الأغذية، إلى جانب حزمة بخمسة ملايين جنيه أعلنتها "
     "مطلع الأسبوع.", [("GB", 20_000_000, "GBP")]),
    # 'في مقدمة المانحين' (at the head of the donors) with an amount: one giver's pledge
    ("وجاءت بريطانيا في مقدمة المانحين بـ160 مليون جنيه إسترليني لدعم خطة الاستجابة.", [("GB", 160_000_000, "GBP")]),
    # thanks to a state for what it gives ('الشكر إلى فرنسا على فتحها خط ائتمان'): the one thanked gives
    ("وحرص رئيس الحكومة، في مؤتمر صحافي، على التأكيد أن \"روما 2\" ليس مؤتمرا لقطع الوعود، موجها الشكر إلى فرنسا على "
     "فتحها خط ائتمان بقيمة أربعمئة مليون يورو لدعم الجيش.", [("FR", 400_000_000, "EUR")]),
    # money given since a day, then ', معلنا تقديم ... إضافية': the new money is pledged, by the sentence's official
    ("وقال وزير الدولة الإماراتي شخبوط بن نهيان آل نهيان إن الإمارات قدمت منذ أبريل 2023 أكثر من 400 مليون دولار "
     "لدعم الشعب السوداني، معلنا تقديم 200 مليون دولار إضافية من التمويل الإنساني.", [("AE", 200_000_000, "USD")]),
    # an aside set off by commas, its relative pronoun a few words in, names organisers, not the giver
    ("وتعهدت ألمانيا، خلال هذا اللقاء الذي نظمته بالشراكة كل من الدنمارك وألمانيا والاتحاد الأوروبي والأمم المتحدة، "
     "بمائة مليون يورو للفترة 2020-2023.", [("DE", 100_000_000, "EUR")]),
    # 'ستتعهد' (will pledge) in what a minister said, after 'قال ... إن'
    ("وقال وزير الدولة البريطاني إن المملكة المتحدة ستتعهد بـ150 مليون دولار إضافية.", [("GB", 150_000_000, "USD")]),
    # 'ف' glued to the government noun before the state's adjective ('فالحكومة الألمانية')
    ("فالحكومة الألمانية أعلنت أنها ستخصص 277 مليون دولار من المساعدات الجديدة.", [("DE", 277_000_000, "USD")]),
    # 'its pledges' reached a total, broken down: each part with its giver, or with the official who announced it
    ("وبلغت تعهداته 2.4 مليار دولار، منها 500 مليون من الكويت و380 مليونا أعلنها وزير الخارجية الأميركي جون كيري.",
     [("KW", 500_000_000, "USD"), ("US", 380_000_000, "USD")]),
]


@pytest.mark.parametrize("sentence,expected", PLEDGES)
def test_pledges(sentence, expected):
    x = extract_text("الرياض - 8 يونيو 2023 - عقد المؤتمر اليوم. " + sentence)
    got = [(p.donor.value.id, int(p.amount.value), p.currency.value) for p in x.pledges]
    assert got == expected


def test_a_timeline_of_donor_conferences_gives_each_part_its_giver():
    """Under a title on donors, a line's total and its parts ('منها 500 مليون من الكويت', '500 مليون أعلنها
    أمير الكويت'): each part is its giver's, at its own line's conference, even when two conferences
    got the same sum from one giver; a list item's parts ('• الاتحاد الأوروبي: ...، منها ... من المفوضية')
    are its giver's own and no pledge besides."""
    x = extract_text("مؤتمرات المانحين لسوريا في سطور\n\nآخر تحديث: 06/04/2017\n\n"
                     "- 15 كانون الثاني 2014: المؤتمر الثاني في الكويت: 2.4 مليار دولار، منها 500 مليون أعلنها أمير "
                     "الكويت الشيخ صباح الأحمد الجابر الصباح، و380 مليوناً أعلنها وزير الخارجية الأمريكي جون كيري.\n\n"
                     "- 31 آذار 2015: المؤتمر الثالث: 3.8 مليار دولار، منها 500 مليون من الكويت و507 ملايين من "
                     "الولايات المتحدة.\n\n"
                     "• الاتحاد الأوروبي: 1.1 مليار يورو، منها 500 مليون يورو من المفوضية الأوروبية.")
    got = [(p.donor.value.id, int(p.amount.value), p.currency.value) for p in x.pledges]
    assert got[:4] == [("KW", 500_000_000, "USD"), ("US", 380_000_000, "USD"), ("KW", 500_000_000, "USD"),
                       ("US", 507_000_000, "USD")]
    assert ("EU", 500_000_000, "EUR") not in got
    days = {p.meeting.value for p in x.pledges[:4]}
    assert len(days) == 2


def test_an_infographics_colon_lines_under_a_title_of_pledges_are_pledges():
    """'ألمانيا: 1.738 مليار يورو' on lines with no bullet, under a title that speaks of pledging ('من تعهد
    بماذا'), are the givers' pledges; the same lines under a title of where the money goes are not."""
    lines = ("\n\nالمؤتمر: الخامس لدعم مستقبل سوريا، يومي 29 و30 آذار 2021.\n\nألمانيا: 1.738 مليار يورو.\n\n"
             "الولايات المتحدة: أكثر من 596 مليون دولار.\n")
    x = extract_text('إنفوغراف | من تعهد بماذا في "بروكسل 5"؟' + lines)
    assert [(p.donor.value.id, int(p.amount.value)) for p in x.pledges] == [("DE", 1_738_000_000), ("US", 596_000_000)]
    y = extract_text("إنفوغراف | أين تذهب أموال المساعدات؟" + lines)
    assert y.pledges == []


def test_a_qa_boxs_answer_to_a_question_on_pledges_lists_them():
    """'س: ما أبرز التعهدات الأخرى؟' then 'ج: الإمارات 300 مليون دولار ...، والسعودية 300 مليون دولار': the
    answer lists pledges; an answer to another question ('من افتتحه؟') lists none."""
    head = "الكويت - 30 يناير 2013 - عقد مؤتمر المانحين لسوريا اليوم.\n\n"
    x = extract_text(head + "س: ما أبرز التعهدات الأخرى؟\nج: الإمارات 300 مليون دولار، والسعودية 300 مليون دولار.\n")
    assert [(p.donor.value.id, int(p.amount.value)) for p in x.pledges] == [("AE", 300_000_000), ("SA", 300_000_000)]
    y = extract_text(head + "س: كم بلغت الحاجة؟\nج: الإمارات 300 مليون دولار، والسعودية 300 مليون دولار.\n")
    assert y.pledges == []


def test_a_national_agency_under_a_dateline_abroad_names_its_own_states_officials():
    """'جنيف - سبأنت': Saba's web name signs the story; a bare 'رئيس مجلس الوزراء' is Yemen's, not Switzerland's."""
    x = extract_text("جنيف - سبأنت\n[الثلاثاء 25 أبريل 2017م]\n\nشارك رئيس مجلس الوزراء الدكتور أحمد عبيد بن دغر، "
                     "اليوم، في أعمال الاجتماع رفيع المستوى لإعلان التعهدات لليمن.")
    assert x.agency == "SABA"
    assert {p.name: p.represents.value.id for p in x.people} == {"أحمد عبيد بن دغر": "YE"}


def test_a_yemeni_papers_bare_president_is_yemens_under_a_riyadh_dateline():
    """'26 سبتمبر نت - الرياض': the paper is Yemen's, so is the president it names without a state."""
    x = extract_text("26 سبتمبر نت - الرياض\nالاثنين 27 نوفمبر 2017\n\nاستقبل رئيس الجمهورية المشير الركن عبدربه منصور "
                     "هادي، اليوم، نائبه العائد من المشاركة في اجتماع مجلس وزراء دفاع دول التحالف الإسلامي.")
    assert {p.name: p.represents.value.id for p in x.people} == {"عبدربه منصور هادي": "YE"}


PRINT_HEAD = ("الشرق الأوسط | الجمعة 17 ذو القعدة 1435 هـ - 12 سبتمبر 2014 م - العدد 13071 | الأولى\n\n"
              "مواجهة «داعش»\nاجتماع جدة يضع أسس جبهة إقليمية ودولية ضد التنظيم\n"
              "- عشر دول عربية وواشنطن تتعهد بأن تقوم كل منها بنصيبها في الحرب عليه\n"
              "- أنقرة حضرت الاجتماع ولم تنضم إلى البيان الختامي\n\n")


def test_a_print_pages_dateline_under_its_headlines_places_the_story():
    """'جدة: «الشرق الأوسط»' under a page's header, kicker, headline and subtitles (past the first lines
    where a dateline is looked for) is the dateline; the same line under a paragraph of the story is not."""
    body = "عقد وزراء خارجية عشر دول عربية والولايات المتحدة أمس اجتماعا برئاسة وزير الخارجية السعودي."
    x = extract_text(PRINT_HEAD + "جدة: «الشرق الأوسط»\n\n" + body)
    assert (x.dateline_city.value, x.dateline_country) == ("jeddah", "SA")
    assert x.meetings[0].country.value == "SA"
    y = extract_text(PRINT_HEAD + " ".join([body] * 3) + "\nجدة: «الشرق الأوسط»\n")
    assert y.dateline_city is None


def test_a_print_pages_header_dates_the_story_in_its_own_part():
    """The date in a bar-separated page header is read in its own part, however long the parts before it
    ('السنة الرابعة والثلاثون - العدد 10962'); a sentence in a part is still no header; a title line may
    close on a dash and the page's date."""
    x = extract_text("القدس العربي | السنة الرابعة والثلاثون - العدد 10962 | الخميس 12 أيار/مايو 2022\n\n"
                     "مراكش - «القدس العربي»:\n\nاختتم الاجتماع الوزاري للتحالف أمس الأربعاء في مراكش.")
    assert str(x.published.value) == "2022-05-12"
    assert str(x.meetings[0].date.value) == "2022-05-11"
    y = extract_text("عاجل | أعلنت الوزارة أن الاجتماع الوزاري سيعقد في 15 مارس 2020\n\nقال المتحدث إن الموعد نهائي.")
    assert y.published is None
    # a title line closed by a dash and its date ('ماذا قالت الصحف؟ – الثلاثاء 14 سبتمبر 2021')
    z = extract_text("ماذا قالت الصحف؟ – الثلاثاء 14 سبتمبر 2021\n\nذكر الموقع أن الوزيرة أعلنت أمس تقديم المساعدات.")
    assert str(z.published.value) == "2021-09-14"


def test_a_meeting_named_by_its_place_names_the_place_not_its_letters():
    """'مؤتمر بروكسل' and a caption's 'المؤتمر ببروكسل' share the place they are named by, though
    'بروكسل' opens with the letter of the preposition 'ب' (which was read as a clitic)."""
    from kg.extract import analyse
    from kg.extract.passes import run
    from kg.read import Article

    text = "بروكسل - 11 مايو 2022 - عقد مؤتمر بروكسل السادس أمس.\n[صورة] بوريل في افتتاح المؤتمر ببروكسل أمس"
    an = run(analyse(Article(text=text, source_file="<t>", published=None)), until="meetings.mentions")
    first, caption = an.meeting_mentions
    assert first.name_words == caption.name_words == {"city:brussels"}


def test_the_kingdom_of_the_minister_in_the_sentence_gives_not_the_datelines():
    """'المملكة' after 'وزير الخارجية السعودي' in an Emirati paper under a Brussels dateline is Saudi Arabia,
    not Belgium (a kingdom too), and not the paper's state (which is no kingdom)."""
    x = extract_text("بروكسل - «الخليج»\n\nشارك وفد الدولة أمس الجمعة 23 فبراير 2018 في المؤتمر الدولي لدعم القوة "
                     "المشتركة، وهو المؤتمر الذي أعلن فيه وزير الخارجية السعودي عادل الجبير مساهمة المملكة بـ100 مليون يورو.")
    assert [(p.donor.value.id, int(p.amount.value)) for p in x.pledges] == [("SA", 100_000_000)]


def test_the_kingdom_named_in_the_sentence_is_the_one_that_gives():
    """'المملكة' after 'بالمملكة العربية السعودية' in a Bahraini paper is Saudi Arabia, not Bahrain."""
    x = extract_text("المنامة في 19 ديسمبر 2021 (بنا) - عقدت الدورة الاستثنائية لمجلس وزراء خارجية منظمة التعاون "
                     "الإسلامي اليوم. وأعلن وزير الخارجية بالمملكة العربية السعودية الشقيقة، في كلمته أمام الدورة، "
                     "تقديم المملكة مليار ريال سعودي مساعدة لأفغانستان.")
    assert [(p.donor.value.id, int(p.amount.value), p.currency.value) for p in x.pledges] == [("SA", 1_000_000_000, "SAR")]


def test_two_meetings_in_one_sentence_get_their_own_days():
    x = extract_text("الرياض - الأربعاء 15 فبراير 2023 - وقد عقدت المجموعة اجتماعها العام أمس الثلاثاء 14 فبراير "
                     "بمشاركة وفود 45 دولة، بعد يوم من اجتماع تحضيري عقده الخبراء في الرياض يوم الاثنين 13 فبراير.")
    days = sorted((m.date.value, m.participant_count.value if m.participant_count else None) for m in x.meetings)
    assert days == [(dt.date(2023, 2, 13), None), (dt.date(2023, 2, 14), 45)]


def test_meeting_on_the_sidelines_is_its_own_meeting_when_dated():
    x = extract_text("بروكسل - الخميس 11 فبراير 2016 - ترأس وزير الدفاع الأمريكي آشتون كارتر اليوم اجتماعا للتحالف "
                     "الدولي ضد داعش، على هامش اجتماع وزراء دفاع الحلف الذي بدأ أمس ويستمر يومين.")
    assert sorted(m.date.value for m in x.meetings) == [dt.date(2016, 2, 10), dt.date(2016, 2, 11)]
    primary = next(m for m in x.meetings if m.primary)
    assert {c.value.id for c in primary.chairs if c.value.kind == "country"} == {"US"}


def test_meeting_name_does_not_end_on_an_opening_bracket():
    x = extract_text("الكويت - الثلاثاء 12 نوفمبر 2019 - افتتح اليوم المؤتمر الثامن لرؤساء أركان جيوش دول التحالف الدولي "
                     "ضد ما يسمى تنظيم الدولة الإسلامية (داعش) الذي تستضيفه دولة الكويت بمشاركة 20 دولة.")
    labels = [m.label for m in x.meetings]
    assert labels and all(not label.rstrip().endswith("(") for label in labels), labels


@pytest.mark.parametrize("text,year", [
    ("نيويورك فى 20 سبتمبر /أ ش أ/ ترأس الوزير اليوم الأربعاء الاجتماع الوزاري على هامش الدورة الـ78 للجمعية العامة.", 2023),
    ("لاهاي - 12 - 6 (كونا) -- عقد الاجتماع اليوم الأربعاء، فيما يستعد التحالف الدولي ضد داعش لإحياء الذكرى العاشرة لتأسيسه.", 2024),
    # 'العام المقبل 2024': the story is of the year before; a range's end ('2023-2025') is not its year
    ("الرياض في 14 ديسمبر /العمانية/ عقد اليوم الاجتماع، ويمهد لاجتماع الوزراء المقرر في فبراير من العام المقبل 2024.", 2023),
    ("القاهرة في 5 مايو / بنا / اختتمت أمس أعمال الاجتماع، منذ تولي مصر الرئاسة المشتركة للمنتدى للفترة 2023-2025.", 2023),
])
def test_dateline_year_from_what_the_text_implies(text, year):
    assert extract_text(text).published.value.year == year


def test_the_passes_run_in_the_listed_order_and_each_can_run_alone():
    from kg.extract import PASS_NAMES, analyse
    from kg.extract.meetings import chairs
    from kg.extract.passes import PASSES, run
    from kg.read import Article

    assert PASS_NAMES[0] == "context" and PASS_NAMES[-2:] == ("pledges", "officials.announcers")
    assert PASS_NAMES.index("meetings.referents") < PASS_NAMES.index("meetings.chairs")
    text = ("الكويت - كونا - اختتمت اليوم أعمال الاجتماع الوزاري للتحالف الدولي برئاسة وزير الخارجية "
            "الأمريكي ريكس تيلرسون.")
    an = run(analyse(Article(text=text, source_file="x.txt")), until="officials.represents")
    assert [p.key for p in an.people] and not an.meetings  # no meeting pass has run yet
    run_from = PASS_NAMES.index("meetings.mentions")
    for name, step in PASSES[run_from:]:
        if name == "meetings.chairs":
            break
        step(an)
    [meeting] = an.meetings
    assert meeting.chairs == []
    chairs.find(an)  # one pass, alone, on the analysis the earlier ones left
    assert [c.value.kind for c in meeting.chairs] == ["country", "person"]
    assert meeting.chairs[0].ev.rule == "chair.chaired-by"


def test_an_official_acts_for_the_state_whose_pledge_he_announced_once_pledges_are_read():
    from kg.extract import analyse
    from kg.extract.passes import PASSES, run
    from kg.read import Article

    text = ("وفي ما يلي أبرز ما أعلن خلال المؤتمر:\n\n- السعودية: 500 مليون دولار\n- المملكة المتحدة: 160 مليون "
            "جنيه إسترليني، أعلنها وزير شؤون الشرق الأوسط وشمال أفريقيا جيمس كليفرلي")
    an = run(analyse(Article(text=text, source_file="x.txt")), until="pledges")
    [person] = an.people
    assert person.represents is None and [p.announced_by.value for p in an.pledges if p.announced_by] == [person.key]
    PASSES[-1][1](an)  # the one pass left: officials.announcers
    assert person.represents.value.id == "GB" and person.represents.ev.rule == "represents.announced-pledge"


@pytest.mark.parametrize("text", ["وقال الشيخ", "ترأس الاجتماع سمو الأمير", "قال السفير"])
def test_text_ending_where_a_name_is_looked_for(text):
    """An honorific or office as the last word: no name follows, and nothing breaks (a first-word
    test once read past the end of the words)."""
    x = extract_text(text)
    assert [p.name for p in x.people] == []


def test_agency_dateline_under_the_pages_date_line_is_no_meeting_day():
    # 'أبوظبي في 14 مايو / وام /' under the page's own date line: its day is the report's, 'أمس' the meeting's
    x = extract_text("الأحد 14 مايو 2023 - 09:30 ص\n\nأبوظبي في 14 مايو / وام / ترأست الإمارات الاجتماع "
                     "الثالث لمجموعة العمل المعنية بالاتصالات، التابعة للتحالف الدولي ضد تنظيم داعش الإرهابي، والذي "
                     "استضافته العاصمة أبوظبي أمس.")
    assert [m.date.value for m in x.meetings] == [dt.date(2023, 5, 13)]


def test_gregorian_date_beside_a_hijri_one_dates_the_page():
    # a Hijri day converts a day off where the month was sighted: the Gregorian given with it is the page's
    x = extract_text("الجمعة - 9 رجب 1440 هـ - 15 مارس 2019 مـ\n\nبروكسل: سامي أحمد\n\n"
                     "اختتم المؤتمر الدولي الثالث أعماله في بروكسل أمس.")
    assert x.published.value == dt.date(2019, 3, 15)


def test_headline_with_two_states_before_a_dual_chair_verb():
    # a paper's head (date, headline, 'مدريد (الغد)'): the headline's two states before 'تترأسان' chair
    x = extract_text("الثلاثاء 20 يونيو 2023\n\nالأردن وإسبانيا تترأسان اجتماع «العقبة» في مدريد\n\nمدريد (الغد)\n\n"
                     "انعقد اجتماع عملية العقبة في العاصمة الإسبانية أمس بمشاركة قادة أمنيين من دول عدة.")
    assert {c.value.id for m in x.meetings for c in m.chairs} == {"JO", "ES"}


def test_represented_by_the_nearest_verb_and_the_state_called_so():
    # 'فيما مثّل الدولة' after 'ومثّل ألمانيا': the nearer verb, and 'الدولة' the one state the text calls so
    x = extract_text("برلين - 27 مايو 2016 - عقدت مجموعة العمل اجتماعها في برلين اليوم بمشاركة دولة الإمارات. "
                     "ومثّل ألمانيا في الاجتماع السفير يواكيم فيبر، فيما مثّل الدولة سعادة خالد الحمادي، "
                     "مساعد وزير الخارجية.")
    assert officials(x) == {"يواكيم فيبر": "DE", "خالد الحمادي": "AE"}


@pytest.mark.parametrize("text,country", [
    # most of its sessions by video: the meeting still sat where the text says
    ("عمان - 25 نوفمبر 2020 - اختتم أمس المؤتمر الدولي الذي انعقد يومي الاثنين والثلاثاء في مقر الأمم المتحدة "
     "بجنيف، وجرت معظم جلساته عبر الاتصال المرئي.", "CH"),
    # a state hosting jointly with another ('تستضيفه الكويت بالاشتراك مع ...') under a dateline abroad organises
    ("جنيف - 23 أكتوبر 2017 - افتتحت اليوم أعمال مؤتمر التعهدات الذي تستضيفه الكويت بالاشتراك مع الاتحاد "
     "الأوروبي.", "CH"),
    # a place inside the meeting's name set off in quotes is not where it sat; the clause after says
    ("عمان - 11 يونيو 2024 - افتتح اليوم مؤتمر \"الاستجابة الإنسانية الطارئة في غزة\" الذي عقد في منطقة "
     "البحر الميت بالأردن.", "JO"),
    # held in Geneva 'in a mostly virtual form' (the partly word after the virtual one): it sat in Geneva
    ("جنيف (رويترز) - تعهدت الولايات المتحدة يوم الثلاثاء 24 نوفمبر 2020 بتقديم 600 مليون دولار خلال مؤتمر للمانحين "
     "يعقد في جنيف بصيغة افتراضية في معظمه.", "CH"),
    # a place ending the purpose a meeting's name gives is whom it is for ...
    ("القاهرة في 2 ديسمبر 2024 /أ ش أ/ ترأس وزير الخارجية بدر عبد العاطي اليوم أعمال مؤتمر القاهرة الوزاري لتعزيز "
     "الاستجابة الإنسانية في غزة.", "EG"),
    # ... but after a purpose that names its own place, the next place is where it sat
    ("بيروت - 6 أبريل 2018 - انعقد اليوم مؤتمر دولي لدعم لبنان في باريس.", "FR"),
    # whom a meeting is for ('من أجل السكان المدنيين في غزة'), and a venue ('في قصر الإليزيه') that places it
    ("افتتح الرئيس الفرنسي اليوم في قصر الإليزيه مؤتمراً إنسانياً دولياً من أجل السكان المدنيين في غزة.", "FR"),
])
def test_where_a_partly_remote_or_jointly_hosted_meeting_sat(text, country):
    x = extract_text(text)
    assert [m.country.value if m.country else None for m in x.meetings] == [country]


def test_the_same_bodys_meeting_on_the_same_day_is_one_meeting():
    """A caption dates 'the Coalition's ministerial'; the lead's 'اجتمع التحالف ... الأربعاء' is that meeting."""
    x = extract_text("التحالف الدولي يجتمع في مراكش\n\nنشرت في: 11/05/2022 - 17:52\n\n[صورة] بوريطة خلال الاجتماع "
                     "الوزاري للتحالف في مراكش في 11 أيار/مايو 2022.\n\nاجتمع التحالف الدولي ضد داعش الأربعاء في "
                     "مراكش لبحث تمدد التنظيم في أفريقيا.\n\nوترأس الاجتماع وزير الخارجية المغربي ناصر بوريطة.\n")
    assert [(str(m.date.value), {c.value.id for c in m.chairs if c.value.kind != "person"}) for m in x.meetings] == \
        [("2022-05-11", {"MA"})]


def test_a_videoconference_sits_in_no_country():
    x = extract_text("نواكشوط، 28/04/2020 (وما) - ترأس رئيس الجمهورية محمد ولد الشيخ الغزواني اليوم مؤتمرا بالفيديو "
                     "مع قادة الاتحاد الأوروبي.")
    assert [(str(m.date.value), m.country) for m in x.meetings] == [("2020-04-28", None)]


def test_a_bare_office_said_again_is_the_official_introduced_by_that_office():
    """'رئيس الجمهورية' said again is the one introduced so, not 'رئيس بوركينا فاسو' named after him."""
    x = extract_text("نواكشوط، 28/04/2020 (وما) - ترأس رئيس الجمهورية، السيد محمد ولد الشيخ الغزواني، اليوم اجتماعا مع "
                     "قادة دول الساحل. وشارك في الاجتماع رؤساء الدول الأعضاء، أصحاب الفخامة: روك مارك كريستيان كابوري "
                     "رئيس بوركينا فاسو، وإبراهيم بوبكر كيتا رئيس جمهورية مالي. وكان رئيس الجمهورية قد ترأس أمس قمة "
                     "استثنائية لقادة دول المجموعة.")
    assert [(str(m.date.value), {c.value.id for c in m.chairs if c.value.kind != "person"}) for m in x.meetings] == \
        [("2020-04-28", {"MR"}), ("2020-04-27", {"MR"})]


def test_a_meeting_still_to_be_held_is_no_meeting_of_the_day():
    x = extract_text("بروكسل، 28/04/2020 - عقد قادة الاتحاد الأوروبي ومجموعة الساحل اليوم قمة عبر الفيديو. وأكد رئيس "
                     "المجلس الأوروبي شارل ميشيل، في مؤتمر صحفي عقب القمة، أن طلب إلغاء الديون سيبحث، على أن يعقد "
                     "اجتماع جديد خلال ثلاثة أشهر.")
    assert [m.kind for m in x.meetings] == ["summit"]


def test_a_ministerial_roundtable_held_virtually_is_a_meeting_sat_nowhere():
    x = extract_text("الجزائر - 21 أكتوبر 2020 (وأج) - تعهد المانحون المشاركون، أمس الثلاثاء، في المائدة المستديرة "
                     "الوزارية الافتراضية حول الوضع الإنساني في منطقة الساحل الأوسط بتقديم ما مجموعه 1,7 مليار دولار.")
    assert [(str(m.date.value), m.country) for m in x.meetings] == [("2020-10-20", None)]


def test_the_meeting_that_sits_the_day_after_tomorrow_is_another_meeting():
    x = extract_text("القاهرة 04 سبتمبر 2022 (وال) - ترأست ليبيا اليوم الأحد أعمال الدورة العادية الـ158 لمجلس جامعة "
                     "الدول العربية على مستوى المندوبين الدائمين. ويعد المندوبون مشروع جدول أعمال الاجتماع الوزاري الذي "
                     "ينعقد بعد غد الثلاثاء.")
    assert [str(m.date.value) for m in x.meetings] == ["2022-09-04", "2022-09-06"]


def test_two_heads_of_government_joined_by_and_are_two_states():
    """The bare one is the agency's own (NNA, Lebanon's, under a Rome dateline), not the Italian before him."""
    x = extract_text("وطنية - روما - 15 آذار 2018 - تلتها كلمات للأمين العام للأمم المتحدة أنطونيو غوتيريش ورئيس الحكومة "
                     "الإيطالية باولو جنتيلوني ورئيس مجلس الوزراء سعد الحريري، الذي عرض الخطة.")
    assert officials(x) == {"أنطونيو غوتيريش": "UN", "باولو جنتيلوني": "IT", "سعد الحريري": "LB"}
