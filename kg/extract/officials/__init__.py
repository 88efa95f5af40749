"""Officials: a position and a name, and whom the person acts for.

Arabic news introduces an official by office, then name::

    وزير الخارجية الأمريكي ريكس تيلرسون
    نائب رئيس مجلس الوزراء وزير الخارجية القطري الشيخ محمد بن عبدالرحمن آل ثاني

or by honorific, name, then office::

    الشيخ صباح الخالد الحمد الصباح نائب رئيس مجلس الوزراء الكويتي وزير الخارجية

Nobody is found by name alone: people are found by the office or honorific that
introduces them, so the reporter in a byline is never taken for an official.

* :mod:`.tokens`        what may open or continue a name
* :mod:`.positions`     the extent of an office phrase and the entities it names
* :mod:`.names`         the extent of a name, and who is the same person
* :mod:`.introductions` the pass that finds people by office or honorific
* :mod:`.represents`    the pass that decides whom each acts for
"""
