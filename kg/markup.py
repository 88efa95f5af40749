"""Plain text that still carries HTML markup, read as the text it marks up.

A scraper's ``text`` field or a page's source saved as ``.txt`` keeps ``<p>``, ``<br>``
and entities (``&quot;``, ``&nbsp;``). Read as words they put ``p`` and ``br`` before the
dateline and split names (the development set so marked up scored 0.75, meetings 0.50).
A text with block tags is read with each block on its own line, the other tags dropped
and the entities decoded; a text without them is left exactly as it is. A whole page
(``<html>``) goes through the HTML reader instead (:func:`kg.read._html_text`).

A page's dateline and date often stand in a header outside its main text, where the
HTML reader leaves them; when the page's markup gives no date, :func:`with_lead` puts
the words just before the main text back on a line of their own above it.
"""
from __future__ import annotations

import html
import re

_BLOCK = re.compile(r"<\s*/?\s*(?:p|br|div|h[1-6]|li|ul|ol|tr|td|th|table|section|article|blockquote)\b[^<>]{0,500}>",
                    re.IGNORECASE)
_TAG = re.compile(r"<\s*/?\s*[a-zA-Z][a-zA-Z0-9]*\b[^<>]{0,500}>")
_PAGE = re.compile(r"<\s*(?:!doctype|html|head|body)\b", re.IGNORECASE)
_BLANKS = re.compile(r"[ \t]*\n[ \t\n]*\n")


def is_page(text: str) -> bool:
    """A whole HTML document, not marked-up paragraphs."""
    return _PAGE.search(text[:2000]) is not None


def unmarked(text: str) -> str:
    """``text`` with its block tags as line breaks, other tags dropped, entities decoded."""
    if _BLOCK.search(text) is None:
        return text
    out = _TAG.sub("", _BLOCK.sub("\n", text))
    return _BLANKS.sub("\n\n", html.unescape(out)).strip("\n")


LEAD_CHARS = 160  # of the page's words before its main text: a byline, a dateline, a date


def with_lead(page_text: str, main: str) -> str:
    """``main`` with the words the whole page's text (``page_text``) has just before it,
    on a line above it; ``main`` alone when it cannot be found in the page's text."""
    head = main.lstrip()[:40]
    at = page_text.find(head) if head else -1
    if at <= 0:
        return main
    start = max(0, at - LEAD_CHARS)
    words = page_text[start:at].split()
    lead = " ".join(words[1:] if start else words)  # the first word may be cut in two
    return f"{lead}\n{main}" if lead else main
