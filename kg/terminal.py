"""Text from articles made safe to print on a terminal.

Article text is whatever a scraper fetched: an escape sequence in it (``ESC [``
... ) printed raw can recolour, retitle or rewrite the user's terminal, and
bidirectional controls reorder what is shown. Every place that prints article
text for a person (``kg explain``, query tables) passes it through
:func:`printable`: C0 and C1 control characters and DEL are shown escaped
(``\\x1b``), bidi controls are removed.
"""
from __future__ import annotations

import re

from .arabic import strip_bidi

_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
_NAMED = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}


def _escape(m: re.Match) -> str:
    c = m.group()
    return _NAMED.get(c) or f"\\x{ord(c):02x}"


def printable(text: str) -> str:
    """``text`` on one line, with control characters escaped and bidi controls removed."""
    return _CONTROL.sub(_escape, strip_bidi(str(text)))
