"""A monarch's state when the office names none: 'جلالة الملك عبدالله الثاني' in a report from Rome.

A king, an emir or a sultan reigns over a state of that kind (``monarchies`` in
words/officials.yaml). When the outlet's or the dateline's state is one, the bare title is its
monarch, as before; when it is not (a kingdom's king in a republic's capital), the monarch's
state is the one state of that kind the text names, and with none or several, none is said
rather than the dateline's.
"""
from __future__ import annotations

from ...arabic import fold
from ...data import words
from ..analysis import Analysis
from ..records import Person

OFFICIALS = words("officials")
MORPH = words("morphology")


def reigns(person: Person) -> bool:
    """A monarch's title, written as one ('الملك', 'العاهل', 'خادم الحرمين الشريفين'); an indefinite
    word alone is a given name as often ('سلطان محمد الشامسي', 'أمير عبد اللهيان')."""
    office = fold(person.position.value).split() if person.position else []
    return person.title_id in OFFICIALS.monarchies and bool(office) and \
        (office[0].startswith(MORPH.article) or len(office) > 1)


def monarch_state(an: Analysis, person: Person, home: str | None) -> str | None:
    """The state the bare monarch's title of ``person`` is of, or None when the text does not say."""
    kind = set(OFFICIALS.monarchies[person.title_id])
    if home in kind:
        return home
    if len(kind) == 1:  # ('خادم الحرمين الشريفين': one kingdom's)
        return next(iter(kind))
    named = {e.id for m in an.doc.mentions for e in m.entries if e.kind == "country" and e.id in kind}
    return named.pop() if len(named) == 1 else None
