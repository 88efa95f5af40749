"""Meetings: which ones an article reports, and when, where, by whom and under whose chair.

Mentions of meetings (``اجتماع``, ``المؤتمر``, ``قمة`` ...) are resolved to
meeting records sentence by sentence (:mod:`.referents`):

* the first mention in a sentence that also states an event (a meeting verb or a
  date) becomes the article's **primary** meeting;
* a definite mention with no name of its own (``الاجتماع``, ``المؤتمر``) refers
  back to the latest meeting of its kind;
* a named mention that matches no earlier meeting is a **new** meeting only if
  its own sentence dates it; earlier meetings mentioned in passing without a
  date are left out; a story cut from its middle that first says only
  ``خلال الاجتماع`` and names the meeting later gets one meeting, not two;
* ``في إطار X`` makes X the larger conference the meeting was held within;
  ``على هامش X`` (on the sidelines) does not.

The first mention of a sentence anchors the sentence's facts (date, place,
chairs, participant counts) to its meeting; each later pass reads only the
stretches of text that belong to a meeting.

* :mod:`.mentions`   meeting nouns and the name phrase after each
* :mod:`.referents`  which meeting each mention names
* :mod:`.background` whether a sentence states a meeting took place, or tells of a past one
* :mod:`.names`      a new meeting's record: label, kind, convener
* :mod:`.when_where` days and place from the meeting's own stretches
* :mod:`.agents`     lists of states, bodies and people (used by chairs)
* :mod:`.chairs`     who chaired
* :mod:`.counts`     how many took part
* :mod:`.defaults`   host's, article's or dateline's day and place; undated meetings dropped
"""
