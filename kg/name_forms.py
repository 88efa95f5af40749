"""The forms a lexicon name takes beyond those written: a nationality adjective's gender,
number and article; a working group's names from its topic; a foreign name's other spellings.
"""
from __future__ import annotations

from .arabic import fold
from .data import words

LEXICON = words("lexicon")
MORPH = words("morphology")


def adjective_forms(base: str) -> list[str]:
    """كويتي -> كويتي, كويتية, الكويتي, الكويتية and the plural/dual forms.

    For a multi-word adjective (كوري جنوبي) every word takes the same form.
    """
    words = fold(base).split()
    out = []
    for article in ("", MORPH.article):
        for ending in ("", *MORPH.adjective_endings):
            out.append(" ".join(article + w + ending for w in words))
    return out


def topic_names(topic: str) -> list[str]:
    """'الاستقرار' -> 'مجموعة عمل الاستقرار', 'مجموعة العمل الخاصة بالاستقرار', 'مجموعة الاستقرار'
    ... (lexicon.yaml group_names); 'ل' before the article makes 'لل' ('مجموعة العمل للاستقرار')."""
    out = []
    for template in LEXICON.group_names:
        if template.endswith(MORPH.li + "{}") and topic.startswith(MORPH.article):
            out.append(template[:-2] + topic[1:])  # ("ل" + "الاستقرار": "للاستقرار")
        else:
            out.append(template.format(topic))
    return out


def foreign_spellings(name: str) -> list[str]:
    """A foreign place's name as other outlets spell it (lexicon.yaml foreign_letters): the 'g' written
    'ج' in Egyptian copy ('هامبورغ' -> 'هامبورج'), a final 'ة' written 'ا' in Maghrebi copy ('مالقة' ->
    'مالقا'). Only for states where Arabic is not spoken: their names are no Arabic words."""
    out = []
    for letter, other in LEXICON.foreign_letters.items():
        if letter in name:
            out.append(name.replace(letter, other))
    for ending, other in LEXICON.foreign_endings.items():
        if name.endswith(ending):
            out.append(name[: -len(ending)] + other)
    return [f for f in out if f != name and fold(f) not in LEXICON.foreign_not_words]
